package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Chaikin volatility, as R TTR's {@code chaikinVolatility(HL, n)} (TA-Lib has no such function): the rate
 * of change of an EMA of the bar range.
 *
 * <p>{@code e = EMA_n(high - low)}, the {@link Ema} with TA-Lib's seeding ({@code k = 2/(n+1)}, seeded with
 * the SMA of the first {@code n} ranges, first value at index {@code n-1}); the value is
 * {@code e_t / e_(t-n) - 1}, a <b>fraction</b> (0.25 = the average range grew 25 %), not a percentage.
 * Lookback {@code 2n - 1}. When {@code e_(t-n)} is 0 (a run of flat bars) the value is 0, the guard TA-Lib
 * uses for its {@code ROC}, instead of an infinity. Open, close and volume are ignored.
 *
 * <pre>{@code
 * ChaikinVolatility cv = new ChaikinVolatility(10);
 * cv.update(high, low);                        // NaN for the first 19 bars
 * }</pre>
 */
public final class ChaikinVolatility implements BarIndicator {

  private final int period;
  private final Ema ema;
  private final double[] pastEma;
  private int next;
  private int emaCount;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the EMA period and the rate-of-change distance, {@code >= 1} (TTR default 10)
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public ChaikinVolatility(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.ema = new Ema(period);
    this.pastEma = new double[period];
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low);
  }

  /**
   * Feeds the next bar's high and low.
   *
   * @param high the high; finite
   * @param low the low; finite
   * @return the value after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    double e = ema.update(high - low);
    if (!ema.isReady()) {
      return value;
    }
    // pastEma is a ring of the last 'period' EMA values; the slot at 'next' holds e_(t-n) once full.
    if (emaCount < period) {
      emaCount++;
    } else {
      double old = pastEma[next];
      value = old != 0 ? e / old - 1 : 0.0;
    }
    pastEma[next] = e;
    if (++next == period) {
      next = 0;
    }
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return !Double.isNaN(value);
  }

  @Override
  public int lookback() {
    return 2 * period - 1;
  }

  @Override
  public void reset() {
    ema.reset();
    next = 0;
    emaCount = 0;
    value = Double.NaN;
  }

  /**
   * The period.
   *
   * @return the period
   */
  public int period() {
    return period;
  }

  /**
   * The latest EMA of the range.
   *
   * @return the EMA, {@code NaN} before index {@code period - 1}
   */
  public double rangeEma() {
    return ema.value();
  }
}
