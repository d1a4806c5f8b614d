package io.quantor.backtest.metrics;

import io.quantor.backtest.internal.Inputs;
import java.util.Locale;

/**
 * One drawdown period of a wealth (equity) curve: the fall from a peak to a trough and, if it happened,
 * the recovery to the peak's level. {@link #of(double[])} gives the maximum drawdown of a series of
 * returns, {@link #ofEquity(double[])} that of an equity curve; {@link DrawdownTable} lists the deepest
 * non-overlapping periods.
 *
 * <p><b>Indices.</b> All indices are positions in the wealth curve {@code W_0 .. W_m}. For returns
 * {@code r_1 .. r_n} (Java indices {@code 0 .. n-1}) the curve is {@link #wealthIndex(double[])}, of
 * length {@code n + 1}: position 0 is the start (before the first return, e.g. the last close before
 * the sample) and position {@code i} is the wealth after {@code returns[i - 1]}. For an equity curve the
 * positions are the curve's own indices. Bar counts are differences of positions.
 *
 * <p><b>Definition</b> (empyrical {@code max_drawdown}, with the start included in the running maximum):
 * {@code dd_t = (W_t - M_t) / M_t} with {@code M_t = max(W_0 .. W_t)}; the depth is the minimum of
 * {@code dd}, a negative fraction in {@code [-1, 0]}. Ties: the <em>trough</em> is the first position of
 * the minimum; the <em>peak</em> is the last position at or before the trough where {@code dd = 0} (the
 * wealth equals its running maximum, so a curve that returns exactly to its high moves the peak
 * forward); the <em>recovery</em> is the first position after the trough where {@code dd = 0} again, or
 * {@code -1} if the curve ends under water. A curve that never falls below its running maximum has
 * depth 0, {@code peak = trough = 0} and recovery {@code -1}.
 *
 * <pre>{@code
 * Drawdown dd = Drawdown.of(new double[] {0.10, -0.20, 0.05, 0.30});
 * dd.depth();              // -0.2: wealth 100 -> 110 -> 88
 * dd.peakIndex();          // 1 (after the first return)
 * dd.troughIndex();        // 2
 * dd.recoveryIndex();      // 4: 88 * 1.05 * 1.30 = 120.12 >= 110
 * dd.durationBars();       // 3
 * }</pre>
 *
 * @param depth the drawdown, {@code (troughValue - peakValue) / peakValue}, in {@code [-1, 0]} for
 *     non-negative wealth
 * @param peakIndex the position of the peak, {@code >= 0}
 * @param troughIndex the position of the trough, {@code >= peakIndex}
 * @param recoveryIndex the position of the recovery, {@code > troughIndex}, or {@code -1} if the curve
 *     did not recover (or never fell)
 * @param lastIndex the last position of the curve ({@code n} for {@code n} returns), {@code >=} every
 *     other index
 * @param peakValue the wealth at the peak, finite and {@code > 0}
 * @param troughValue the wealth at the trough, finite and {@code >= 0}
 */
public record Drawdown(double depth, int peakIndex, int troughIndex, int recoveryIndex, int lastIndex,
    double peakValue, double troughValue) {

  /** The wealth at position 0 of {@link #wealthIndex(double[])}: {@value}, as empyrical starts it. */
  public static final double START_WEALTH = 100;

  /**
   * Validates the period.
   *
   * @param depth the depth, finite and {@code <= 0}
   * @param peakIndex the peak position, {@code >= 0}
   * @param troughIndex the trough position, in {@code [peakIndex, lastIndex]}
   * @param recoveryIndex the recovery position, in {@code (troughIndex, lastIndex]}, or {@code -1}
   * @param lastIndex the last position of the curve
   * @param peakValue the wealth at the peak, finite and {@code > 0}
   * @param troughValue the wealth at the trough, finite and {@code >= 0}
   * @throws IllegalArgumentException if an argument is invalid or the indices are out of order
   */
  public Drawdown {
    if (!(depth <= 0) || Double.isInfinite(depth)) {
      throw new IllegalArgumentException("depth must be finite and <= 0, was " + depth);
    }
    if (!(peakValue > 0) || Double.isInfinite(peakValue)) {
      throw new IllegalArgumentException("peakValue must be finite and > 0, was " + peakValue);
    }
    if (!(troughValue >= 0) || troughValue > peakValue) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "troughValue must be in [0, peakValue = %s], was %s", peakValue, troughValue));
    }
    boolean ordered = peakIndex >= 0 && peakIndex <= troughIndex && troughIndex <= lastIndex
        && (recoveryIndex == -1 || (recoveryIndex > troughIndex && recoveryIndex <= lastIndex));
    if (!ordered) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indices must satisfy 0 <= peak <= trough <= last and recovery = -1 or trough < recovery <= last,"
              + " were peak %d, trough %d, recovery %d, last %d",
          peakIndex, troughIndex, recoveryIndex, lastIndex));
    }
  }

  /**
   * The maximum drawdown of a series of returns, on {@link #wealthIndex(double[])}.
   *
   * @param returns simple returns, finite, each {@code >= -1}, not empty
   * @return the maximum drawdown period
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static Drawdown of(double[] returns) {
    return ofWealth(wealthIndex(returns));
  }

  /**
   * The maximum drawdown of an equity curve, on the curve's own positions.
   *
   * @param equity the equity curve, finite, each {@code >= 0}, the first {@code > 0}, not empty
   * @return the maximum drawdown period
   * @throws IllegalArgumentException if {@code equity} is invalid
   */
  public static Drawdown ofEquity(double[] equity) {
    return ofWealth(checkedEquity(equity));
  }

  /**
   * The wealth index of a series of returns, as empyrical builds it ({@code 100 * cumprod(1 + r)} with
   * the start prepended): {@code W_0 = 100} and {@code W_i = 100 * c_i} with
   * {@code c_i = c_(i-1) * (1 + r_i)}, {@code c_0 = 1}, multiplied in this order. The order matters for
   * ties: a curve that comes back to exactly the same double as an earlier high resolves its peak the
   * same way as the reference.
   *
   * @param returns simple returns, finite, each {@code >= -1}, not empty
   * @return the wealth curve, of length {@code returns.length + 1}
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double[] wealthIndex(double[] returns) {
    Inputs.compoundable(returns, "returns");
    double[] w = new double[returns.length + 1];
    w[0] = START_WEALTH;
    double growth = 1;
    for (int i = 0; i < returns.length; i++) {
      growth *= 1 + returns[i];
      w[i + 1] = START_WEALTH * growth;
    }
    return w;
  }

  /**
   * Whether the wealth came back to the peak's level before the end of the curve.
   *
   * @return {@code recoveryIndex >= 0}
   */
  public boolean recovered() {
    return recoveryIndex >= 0;
  }

  /**
   * Bars from the peak to the trough.
   *
   * @return {@code troughIndex - peakIndex}
   */
  public int peakToTroughBars() {
    return troughIndex - peakIndex;
  }

  /**
   * Bars from the trough to the recovery.
   *
   * @return {@code recoveryIndex - troughIndex}, or {@code -1} if not recovered
   */
  public int troughToRecoveryBars() {
    return recovered() ? recoveryIndex - troughIndex : -1;
  }

  /**
   * The length of the period in bars: from the peak to the recovery, or to the end of the curve if the
   * wealth has not recovered (then the drawdown is still running).
   *
   * @return {@code recoveryIndex - peakIndex} if recovered, else {@code lastIndex - peakIndex}
   */
  public int durationBars() {
    return (recovered() ? recoveryIndex : lastIndex) - peakIndex;
  }

  static double[] checkedEquity(double[] equity) {
    Inputs.finiteSeries(equity, "equity");
    if (!(equity[0] > 0)) {
      throw new IllegalArgumentException("equity[0] must be > 0, was " + equity[0]);
    }
    for (int i = 1; i < equity.length; i++) {
      if (!(equity[i] >= 0)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "equity[%d] must be >= 0, was %s", i, equity[i]));
      }
    }
    return equity;
  }

  /** The maximum drawdown of a validated wealth curve (first value > 0, none negative). */
  static Drawdown ofWealth(double[] w) {
    double runningMax = w[0];
    int lastHigh = 0;
    double depth = 0;
    int peak = 0;
    int trough = 0;
    for (int t = 0; t < w.length; t++) {
      if (w[t] >= runningMax) {
        runningMax = w[t];
        lastHigh = t;
      }
      double dd = (w[t] - runningMax) / runningMax;
      // Strictly lower: the first position of the minimum is the trough.
      if (dd < depth) {
        depth = dd;
        trough = t;
        peak = lastHigh;
      }
    }
    int recovery = -1;
    if (depth < 0) {
      for (int t = trough + 1; t < w.length; t++) {
        if (w[t] >= w[peak]) {
          recovery = t;
          break;
        }
      }
    }
    return new Drawdown(depth, peak, trough, recovery, w.length - 1, w[peak], w[trough]);
  }
}
