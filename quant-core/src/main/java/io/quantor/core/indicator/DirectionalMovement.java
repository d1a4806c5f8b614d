package io.quantor.core.indicator;

/**
 * Wilder's directional movement engine shared by {@link PlusDi}, {@link MinusDi} and {@link Adx}, in
 * TA-Lib's order of operations.
 *
 * <p>Per bar (from the second): {@code up = high - prevHigh}, {@code down = prevLow - low};
 * {@code -DM = down} if {@code down > 0 && down > up}, else {@code +DM = up} if {@code up > 0 && up > down}
 * (ties give 0 to both); TR is the {@link TrueRange}. Bars 1 to {@code n-1} are summed plainly; from bar
 * {@code n} each sum runs {@code s = s - s/n + x} and the DIs are {@code 100*(sDM/sTR)} (0 when sTR is
 * within 1e-8 of zero). DX is {@code 100*(|-DI - +DI|/(-DI + +DI))}, undefined when sTR or the DI sum is
 * within 1e-8 of zero: TA-Lib then leaves the ADX as it was.
 *
 * <p>Inputs must already have been checked finite.
 */
final class DirectionalMovement {

  private final int period;
  private final double inversePeriod;
  private double prevHigh;
  private double prevLow;
  private double prevClose;
  private double plusDm;
  private double minusDm;
  private double trSum;
  private long count;
  private double plusDi = Double.NaN;
  private double minusDi = Double.NaN;
  private double dx = Double.NaN;
  private boolean dxDefined;

  /**
   * Creates the engine.
   *
   * @param period the smoothing period, {@code >= 1} (checked by the caller)
   */
  DirectionalMovement(int period) {
    this.period = period;
    this.inversePeriod = 1.0 / period;
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high, finite
   * @param low the low, finite
   * @param close the close, finite
   */
  void update(double high, double low, double close) {
    if (count > 0) {
      double up = high - prevHigh;
      double down = prevLow - low;
      double tr = TrueRange.of(high, low, prevClose);
      // Which directional movement counts is data-dependent and unpredictable, so it is selected without
      // branches (adding 0.0 leaves a sum unchanged bit for bit).
      // (The two conditions exclude each other: -DM needs up < down, +DM needs up > down.)
      // A boolean-to-mask conversion compiles to a conditional move on the integer side (x86 has none for
      // doubles); the mask keeps the movement's bits or clears them to +0.0.
      long minusMask = down > 0 && up < down ? -1L : 0L;
      long plusMask = up > 0 && up > down ? -1L : 0L;
      double minusAdd = Double.longBitsToDouble(Double.doubleToRawLongBits(down) & minusMask);
      double plusAdd = Double.longBitsToDouble(Double.doubleToRawLongBits(up) & plusMask);
      if (count < period) {
        minusDm += minusAdd;
        plusDm += plusAdd;
        trSum += tr;
      } else {
        smooth(minusAdd, plusAdd, tr);
      }
    }
    prevHigh = high;
    prevLow = low;
    prevClose = close;
    count++;
  }

  /**
   * Wilder's smoothing of the sums and the DI and DX of the bar. A method of its own so that
   * {@link #update} stays below the JIT's inlining limit (325 bytes of bytecode): above it, every bar paid
   * for a call, and ADX cost about a third more.
   */
  private void smooth(double minusAdd, double plusAdd, double tr) {
    // Multiplying by 1/period instead of dividing by period takes a division off each of these
    // loop-carried chains; the result differs from TA-Lib's by a few ulps (about 1e-15 relative).
    minusDm = minusDm - minusDm * inversePeriod + minusAdd;
    plusDm = plusDm - plusDm * inversePeriod + plusAdd;
    trSum = trSum - trSum * inversePeriod + tr;
    dxDefined = false;
    if (isZero(trSum)) {
      plusDi = 0.0;
      minusDi = 0.0;
    } else {
      double scale = 100.0 / trSum;
      minusDi = minusDm * scale;
      plusDi = plusDm * scale;
      double sum = minusDi + plusDi;
      if (!isZero(sum)) {
        dx = 100.0 * (Math.abs(minusDi - plusDi) / sum);
        dxDefined = true;
      }
    }
  }

  private static boolean isZero(double x) {
    // TA-Lib's TA_IS_ZERO.
    return x > -1e-8 && x < 1e-8;
  }

  /**
   * The latest +DI.
   *
   * @return +DI in [0, 100], {@code NaN} before bar {@code period}
   */
  double plusDi() {
    return plusDi;
  }

  /**
   * The latest -DI.
   *
   * @return -DI in [0, 100], {@code NaN} before bar {@code period}
   */
  double minusDi() {
    return minusDi;
  }

  /**
   * Whether the latest bar produced a DX.
   *
   * @return true if {@link #dx()} belongs to the latest bar
   */
  boolean dxDefined() {
    return dxDefined;
  }

  /**
   * The latest DX; valid only if {@link #dxDefined()}.
   *
   * @return the directional index in [0, 100]
   */
  double dx() {
    return dx;
  }

  /**
   * The number of bars fed.
   *
   * @return the count since construction or reset
   */
  long count() {
    return count;
  }

  /** Forgets every input. */
  void reset() {
    prevHigh = 0;
    prevLow = 0;
    prevClose = 0;
    plusDm = 0;
    minusDm = 0;
    trSum = 0;
    count = 0;
    plusDi = Double.NaN;
    minusDi = Double.NaN;
    dx = Double.NaN;
    dxDefined = false;
  }
}
