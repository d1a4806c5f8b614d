package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Stochastic oscillator with simple-average smoothing, TA-Lib {@code STOCH} with both MA types SMA.
 *
 * <p>{@code fastK = 100*(close - LL)/(HH - LL)} over the last {@code fastKPeriod} bars (current bar
 * included; 0 when {@code HH == LL}, as TA-Lib), {@code slowK = SMA(fastK, slowKPeriod)},
 * {@code slowD = SMA(slowK, slowDPeriod)}; both in [0, 100] up to rounding. As in TA-Lib, both outputs
 * start at the same bar: lookback {@code (fastKPeriod-1) + (slowKPeriod-1) + (slowDPeriod-1)}.
 *
 * <p>The highest high and lowest low are rolling extremes in O(1) amortized time per bar, whatever the
 * period (a block scheme without data-dependent branches); TA-Lib's own arithmetic order is kept
 * ({@code (C - LL)/((HH - LL)/100)}).
 */
public final class Stochastic implements BarIndicator {

  private final int fastKPeriod;
  private final int lookback;
  private final RollingExtreme highest;
  private final RollingExtreme lowest;
  private final Sma slowKAverage;
  private final Sma slowDAverage;
  private long count;
  private double slowK = Double.NaN;
  private double slowD = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param fastKPeriod the number of bars of the highest high and lowest low, {@code >= 1}
   * @param slowKPeriod the SMA period turning fast %K into slow %K, {@code >= 1}
   * @param slowDPeriod the SMA period turning slow %K into slow %D, {@code >= 1}
   * @throws IllegalArgumentException if a period is {@code < 1}, or the lookback exceeds
   *     {@code Integer.MAX_VALUE}
   */
  public Stochastic(int fastKPeriod, int slowKPeriod, int slowDPeriod) {
    Args.atLeast(fastKPeriod, 1, "fastKPeriod");
    Args.atLeast(slowKPeriod, 1, "slowKPeriod");
    Args.atLeast(slowDPeriod, 1, "slowDPeriod");
    long total = (fastKPeriod - 1L) + (slowKPeriod - 1L) + (slowDPeriod - 1L);
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("fastKPeriod + slowKPeriod + slowDPeriod - 3 must be <= "
          + Integer.MAX_VALUE + ", was " + total);
    }
    this.fastKPeriod = fastKPeriod;
    this.lookback = (int) total;
    this.highest = RollingExtreme.highest(fastKPeriod);
    this.lowest = RollingExtreme.lowest(fastKPeriod);
    this.slowKAverage = new Sma(slowKPeriod);
    this.slowDAverage = new Sma(slowDPeriod);
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @param close the close
   * @return slow %K, {@code NaN} for the first {@link #lookback()} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low, double close) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    InputCheck.finite(close, "close");
    highest.add(high);
    lowest.add(low);
    if (++count >= fastKPeriod) {
      double ll = lowest.extreme();
      double diff = (highest.extreme() - ll) / 100.0;
      double fastK = diff != 0.0 ? (close - ll) / diff : 0.0;
      double k = slowKAverage.update(fastK);
      if (slowKAverage.isReady()) {
        double d = slowDAverage.update(k);
        if (slowDAverage.isReady()) {
          slowK = k;
          slowD = d;
        }
      }
    }
    return slowK;
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low, close);
  }

  /**
   * The main output, slow %K.
   *
   * @return slow %K, {@code NaN} during warm-up
   */
  @Override
  public double value() {
    return slowK;
  }

  /**
   * Slow %K: the {@code slowKPeriod} SMA of fast %K.
   *
   * @return slow %K in [0, 100], {@code NaN} during warm-up
   */
  public double slowK() {
    return slowK;
  }

  /**
   * Slow %D: the {@code slowDPeriod} SMA of slow %K.
   *
   * @return slow %D in [0, 100], {@code NaN} during warm-up
   */
  public double slowD() {
    return slowD;
  }

  @Override
  public boolean isReady() {
    return count > lookback;
  }

  @Override
  public int lookback() {
    return lookback;
  }

  @Override
  public void reset() {
    highest.reset();
    lowest.reset();
    slowKAverage.reset();
    slowDAverage.reset();
    count = 0;
    slowK = Double.NaN;
    slowD = Double.NaN;
  }
}
