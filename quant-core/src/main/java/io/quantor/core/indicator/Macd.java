package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Moving average convergence/divergence with TA-Lib's seeding (TA-Lib {@code MACD}).
 *
 * <p>Line {@code = EMA_fast - EMA_slow}, signal {@code = EMA(line, signalPeriod)}, histogram
 * {@code = line - signal}, with {@code k = 2/(n+1)} for each EMA. TA-Lib starts <em>both</em> EMAs at
 * input {@code slow-1}: the slow one seeded with the mean of the first {@code slow} inputs, the fast one
 * seeded with the mean of the {@code fast} inputs ending there. So the fast EMA is not the standalone
 * {@link Ema} (which would start at input {@code fast-1}); R's TTR and pandas use the standalone one and
 * differ from TA-Lib early in the series. The signal EMA is seeded with the mean of the first
 * {@code signalPeriod} line values. All three outputs start at the same input: lookback
 * {@code (slow-1) + (signal-1)}.
 *
 * <p>If {@code fast > slow}, the two periods are swapped, as TA-Lib does: {@link #fastPeriod()} and
 * {@link #slowPeriod()} report the periods in use.
 */
public final class Macd implements ValueIndicator {

  private final int fast;
  private final int slow;
  private final int signalPeriod;
  private final double fastK;
  private final double slowK;
  private final Ema signalEma;
  private int seen;
  private double fastSum;
  private double slowSum;
  private double fastEma;
  private double slowEma;
  private double line = Double.NaN;
  private double signal = Double.NaN;
  private double histogram = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param fastPeriod the fast EMA period, {@code >= 1}
   * @param slowPeriod the slow EMA period, {@code >= 1} (swapped with the fast one if smaller)
   * @param signalPeriod the signal EMA period, {@code >= 1}
   * @throws IllegalArgumentException if a period is below 1
   */
  public Macd(int fastPeriod, int slowPeriod, int signalPeriod) {
    Args.atLeast(fastPeriod, 1, "fastPeriod");
    Args.atLeast(slowPeriod, 1, "slowPeriod");
    this.signalPeriod = Args.atLeast(signalPeriod, 1, "signalPeriod");
    this.fast = Math.min(fastPeriod, slowPeriod);
    this.slow = Math.max(fastPeriod, slowPeriod);
    this.fastK = 2.0 / (fast + 1);
    this.slowK = 2.0 / (slow + 1);
    this.signalEma = new Ema(signalPeriod);
  }

  /**
   * Feeds the next input.
   *
   * @param x the next input; must be finite
   * @return the MACD line after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if {@code x} is NaN or infinite (the state is then unchanged)
   */
  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    if (seen < slow) {
      seen++;
      slowSum += x;
      if (seen > slow - fast) {
        fastSum += x;
      }
      if (seen < slow) {
        return line;
      }
      slowEma = slowSum / slow;
      fastEma = fastSum / fast;
    } else {
      slowEma = (x - slowEma) * slowK + slowEma;
      fastEma = (x - fastEma) * fastK + fastEma;
    }
    double macd = fastEma - slowEma;
    double s = signalEma.update(macd);
    if (signalEma.isReady()) {
      line = macd;
      signal = s;
      histogram = macd - s;
    }
    return line;
  }

  /**
   * The MACD line, the main output.
   *
   * @return the latest MACD line, {@code NaN} during warm-up
   */
  @Override
  public double value() {
    return line;
  }

  /**
   * The MACD line: fast EMA minus slow EMA.
   *
   * @return the latest MACD line, {@code NaN} during warm-up
   */
  public double macd() {
    return line;
  }

  /**
   * The signal line: the EMA of the MACD line.
   *
   * @return the latest signal, {@code NaN} during warm-up
   */
  public double signal() {
    return signal;
  }

  /**
   * The histogram: MACD line minus signal.
   *
   * @return the latest histogram, {@code NaN} during warm-up
   */
  public double histogram() {
    return histogram;
  }

  @Override
  public boolean isReady() {
    return signalEma.isReady();
  }

  @Override
  public int lookback() {
    return (slow - 1) + (signalPeriod - 1);
  }

  @Override
  public void reset() {
    signalEma.reset();
    seen = 0;
    fastSum = 0;
    slowSum = 0;
    fastEma = 0;
    slowEma = 0;
    line = Double.NaN;
    signal = Double.NaN;
    histogram = Double.NaN;
  }

  /**
   * The fast period in use (the smaller of the two given).
   *
   * @return the fast period
   */
  public int fastPeriod() {
    return fast;
  }

  /**
   * The slow period in use (the larger of the two given).
   *
   * @return the slow period
   */
  public int slowPeriod() {
    return slow;
  }

  /**
   * The signal period.
   *
   * @return the signal period
   */
  public int signalPeriod() {
    return signalPeriod;
  }
}
