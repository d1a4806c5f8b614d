package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Wilder's parabolic stop-and-reverse, TA-Lib {@code SAR} with its start-up rules.
 *
 * <p>Start (bar 1): short if bar 1 has a positive -DM ({@code low0 - low1 > 0} and
 * {@code > high1 - high0}), else long. Long start: {@code sar = low0}, {@code ep = high1}; short start:
 * {@code sar = high0}, {@code ep = low1}; {@code af = acceleration}. Each bar from bar 1 outputs the SAR
 * computed for it (or, on a reversal, the previous extreme point clamped to the previous and current bar's
 * extreme), then prepares the next bar's: {@code sar += af*(ep - sar)}, with {@code af} growing by
 * {@code acceleration} up to {@code maximum} on each new extreme, clamped so that it never enters the
 * previous or the current bar's range. For bar 1 the "previous bar" of that clamp is bar 1 itself, as in
 * TA-Lib.
 *
 * <p>Lookback 1. TA-Lib silently lowers an acceleration above the maximum; this class rejects it.
 */
public final class ParabolicSar implements BarIndicator {

  private final double acceleration;
  private final double maximum;
  private long count;
  private double high;
  private double low;
  private boolean isLong;
  private double sar;
  private double ep;
  private double af;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param acceleration the initial acceleration factor and its step, finite and {@code > 0} (usually 0.02)
   * @param maximum the largest acceleration factor, finite and {@code >= acceleration} (usually 0.2)
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public ParabolicSar(double acceleration, double maximum) {
    this.acceleration = Args.positive(acceleration, "acceleration");
    Args.finite(maximum, "maximum");
    this.maximum = Args.atLeast(maximum, acceleration, "maximum");
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @return the SAR for this bar, {@code NaN} for the first bar
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    if (count == 0) {
      this.high = high;
      this.low = low;
      count = 1;
      return value;
    }
    if (count == 1) {
      double up = high - this.high;
      double down = this.low - low;
      isLong = !(down > 0 && up < down);
      if (isLong) {
        ep = high;
        sar = this.low;
      } else {
        ep = low;
        sar = this.high;
      }
      af = acceleration;
      // TA-Lib takes bar 1 as its own previous bar for the first clamp.
      this.high = high;
      this.low = low;
      count = 2;
    }
    double prevHigh = this.high;
    double prevLow = this.low;
    this.high = high;
    this.low = low;
    if (isLong) {
      if (low <= sar) {
        isLong = false;
        sar = Math.max(Math.max(ep, prevHigh), high);
        value = sar;
        af = acceleration;
        ep = low;
        sar = Math.max(Math.max(sar + af * (ep - sar), prevHigh), high);
      } else {
        value = sar;
        if (high > ep) {
          ep = high;
          af = Math.min(af + acceleration, maximum);
        }
        sar = Math.min(Math.min(sar + af * (ep - sar), prevLow), low);
      }
    } else {
      if (high >= sar) {
        isLong = true;
        sar = Math.min(Math.min(ep, prevLow), low);
        value = sar;
        af = acceleration;
        ep = high;
        sar = Math.min(Math.min(sar + af * (ep - sar), prevLow), low);
      } else {
        value = sar;
        if (low < ep) {
          ep = low;
          af = Math.min(af + acceleration, maximum);
        }
        sar = Math.max(Math.max(sar + af * (ep - sar), prevHigh), high);
      }
    }
    return value;
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low);
  }

  @Override
  public double value() {
    return value;
  }

  /**
   * Whether the SAR is below the price (a long position would be held).
   *
   * @return true if long, false if short or still warming up
   */
  public boolean isLong() {
    return count > 1 && isLong;
  }

  @Override
  public boolean isReady() {
    return count > 1;
  }

  @Override
  public int lookback() {
    return 1;
  }

  @Override
  public void reset() {
    count = 0;
    high = 0;
    low = 0;
    isLong = false;
    sar = 0;
    ep = 0;
    af = 0;
    value = Double.NaN;
  }

  /**
   * The initial acceleration factor and its step.
   *
   * @return the acceleration
   */
  public double acceleration() {
    return acceleration;
  }

  /**
   * The largest acceleration factor.
   *
   * @return the maximum
   */
  public double maximum() {
    return maximum;
  }
}
