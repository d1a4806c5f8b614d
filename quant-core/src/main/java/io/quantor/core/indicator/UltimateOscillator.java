package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Larry Williams' ultimate oscillator, TA-Lib {@code ULTOSC}, in [0, 100].
 *
 * <p>Per bar from the second: buying pressure {@code BP = close - min(low, prevClose)} and the
 * {@link TrueRange} TR. With the three periods sorted so that {@code p1 <= p2 <= p3}, and
 * {@code avg_p = sum(BP)/sum(TR)} over the last {@code p} bars (0 when {@code sum(TR)} is within 1e-8 of
 * zero): {@code ULTOSC = 100*((4*avg_p1 + 2*avg_p2 + avg_p3)/7)}. The weights go to the sorted periods, so
 * the order of the arguments does not matter (TA-Lib sorts them too).
 *
 * <p>Lookback {@code p3}, the longest period. The three windows are running sums, each started where TA-Lib
 * starts it, over one ring of {@code p3} terms: O(1) per update.
 */
public final class UltimateOscillator implements BarIndicator {

  private final int shortPeriod;
  private final int midPeriod;
  private final int longPeriod;
  private final double[] buying;
  private final double[] ranges;
  private int slot;
  private long count;
  private double prevClose;
  private double buyShort;
  private double buyMid;
  private double buyLong;
  private double rangeShort;
  private double rangeMid;
  private double rangeLong;
  private double value = Double.NaN;

  /**
   * Creates the indicator; the periods may be given in any order.
   *
   * @param period1 a period, {@code >= 1} (usually 7)
   * @param period2 a period, {@code >= 1} (usually 14)
   * @param period3 a period, {@code >= 1} (usually 28)
   * @throws IllegalArgumentException if a period is {@code < 1}
   */
  public UltimateOscillator(int period1, int period2, int period3) {
    Args.atLeast(period1, 1, "period1");
    Args.atLeast(period2, 1, "period2");
    Args.atLeast(period3, 1, "period3");
    this.shortPeriod = Math.min(period1, Math.min(period2, period3));
    this.longPeriod = Math.max(period1, Math.max(period2, period3));
    this.midPeriod = (int) ((long) period1 + period2 + period3 - shortPeriod - longPeriod);
    this.buying = new double[longPeriod];
    this.ranges = new double[longPeriod];
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @param close the close
   * @return the oscillator, {@code NaN} for the first {@code p3} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low, double close) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    InputCheck.finite(close, "close");
    if (count > 0) {
      double bp = close - Math.min(low, prevClose);
      double tr = TrueRange.of(high, low, prevClose);
      buying[slot] = bp;
      ranges[slot] = tr;
      // TA-Lib primes the window of period p from bar p3 - p + 1: same sums, same rounding.
      if (count > longPeriod - shortPeriod) {
        buyShort += bp;
        rangeShort += tr;
      }
      if (count > longPeriod - midPeriod) {
        buyMid += bp;
        rangeMid += tr;
      }
      buyLong += bp;
      rangeLong += tr;
      if (count >= longPeriod) {
        double sum = 0.0;
        if (!isZero(rangeShort)) {
          sum += 4.0 * (buyShort / rangeShort);
        }
        if (!isZero(rangeMid)) {
          sum += 2.0 * (buyMid / rangeMid);
        }
        if (!isZero(rangeLong)) {
          sum += buyLong / rangeLong;
        }
        value = 100.0 * (sum / 7.0);
        int oldest = oldest(shortPeriod);
        buyShort -= buying[oldest];
        rangeShort -= ranges[oldest];
        oldest = oldest(midPeriod);
        buyMid -= buying[oldest];
        rangeMid -= ranges[oldest];
        oldest = oldest(longPeriod);
        buyLong -= buying[oldest];
        rangeLong -= ranges[oldest];
      }
      if (++slot == longPeriod) {
        slot = 0;
      }
    }
    prevClose = close;
    count++;
    return value;
  }

  /** The ring slot of the oldest term of a window of {@code period} terms ending at {@code slot}. */
  private int oldest(int period) {
    int i = slot - (period - 1);
    return i < 0 ? i + longPeriod : i;
  }

  private static boolean isZero(double x) {
    // TA-Lib's TA_IS_ZERO.
    return x > -1e-8 && x < 1e-8;
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low, close);
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return count > longPeriod;
  }

  @Override
  public int lookback() {
    return longPeriod;
  }

  @Override
  public void reset() {
    slot = 0;
    count = 0;
    prevClose = 0;
    buyShort = 0;
    buyMid = 0;
    buyLong = 0;
    rangeShort = 0;
    rangeMid = 0;
    rangeLong = 0;
    value = Double.NaN;
  }

  /**
   * The sorted periods.
   *
   * @return {@code {p1, p2, p3}} with {@code p1 <= p2 <= p3} (a new array)
   */
  public int[] periods() {
    return new int[] {shortPeriod, midPeriod, longPeriod};
  }
}
