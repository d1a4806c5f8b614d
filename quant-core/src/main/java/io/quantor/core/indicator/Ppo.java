package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Percentage price oscillator (TA-Lib {@code PPO}): {@code 100*(MA_fast - MA_slow)/MA_slow}, or 0 when
 * {@code MA_slow} is near zero ({@code |MA_slow| < 1e-8}, TA-Lib's {@code TA_IS_ZERO}).
 *
 * <p>Both averages are of the given {@link MovingAverageType}; TA-Lib's default is {@link
 * MovingAverageType#SMA}, not EMA. With EMAs these are the standalone EMAs (the fast one seeded at input
 * {@code fast-1}), unlike {@link Macd}, which seeds its fast EMA later. If {@code fast > slow} the periods
 * are swapped, as TA-Lib does. Lookback = the slow average's lookback ({@code slow - 1} for SMA and EMA).
 */
public final class Ppo implements ValueIndicator {

  private final int fast;
  private final int slow;
  private final MovingAverageType type;
  private final ValueIndicator fastAverage;
  private final ValueIndicator slowAverage;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param fastPeriod the fast average's period, {@code >= 1} ({@code >= 2} for KAMA)
   * @param slowPeriod the slow average's period, {@code >= 1} (swapped with the fast one if smaller)
   * @param type the moving average of both legs
   * @throws IllegalArgumentException if a period is invalid or {@code type} is null
   */
  public Ppo(int fastPeriod, int slowPeriod, MovingAverageType type) {
    Args.atLeast(fastPeriod, 1, "fastPeriod");
    Args.atLeast(slowPeriod, 1, "slowPeriod");
    this.type = Args.notNull(type, "type");
    this.fast = Math.min(fastPeriod, slowPeriod);
    this.slow = Math.max(fastPeriod, slowPeriod);
    this.fastAverage = type.create(fast);
    this.slowAverage = type.create(slow);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    double f = fastAverage.update(x);
    double s = slowAverage.update(x);
    // The fast average's lookback never exceeds the slow one's, so f is defined here too.
    if (slowAverage.isReady()) {
      value = NearZero.is(s) ? 0.0 : ((f - s) / s) * 100.0;
    }
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return slowAverage.isReady();
  }

  @Override
  public int lookback() {
    return slowAverage.lookback();
  }

  @Override
  public void reset() {
    fastAverage.reset();
    slowAverage.reset();
    value = Double.NaN;
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
   * The moving average of both legs.
   *
   * @return the type
   */
  public MovingAverageType averageType() {
    return type;
  }
}
