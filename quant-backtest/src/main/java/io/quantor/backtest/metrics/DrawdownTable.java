package io.quantor.backtest.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The deepest non-overlapping drawdown periods of a wealth curve and its underwater series, like
 * pyfolio's {@code gen_drawdown_table} and {@code get_top_drawdowns} (Quantopian).
 *
 * <p>The curve is split into <em>episodes</em>: each starts at the last position at the running maximum
 * before the wealth falls below it (the peak), has its first lowest point (the valley, or trough) and
 * ends at the first position back at or above the peak (the recovery), or at the end of the curve if it
 * has not recovered. Episodes do not overlap (one ends where or before the next one's peak is). The table
 * lists the {@code top} deepest, deepest first; equal depths keep the earlier episode first. pyfolio
 * finds the same periods by repeatedly taking the deepest point and cutting its period out; the first
 * row is always the {@link Drawdown#of(double[]) maximum drawdown}. Depths are negative fractions, not
 * pyfolio's positive percentages, and durations are bars ({@link Drawdown#durationBars()}), not
 * business days. Indices are positions of the wealth curve as in {@link Drawdown}.
 *
 * <pre>{@code
 * DrawdownTable table = DrawdownTable.of(returns, 5);
 * for (Drawdown d : table.periods()) {
 *   System.out.printf("%d -> %d -> %d: %.1f%%%n", d.peakIndex(), d.troughIndex(), d.recoveryIndex(),
 *       100 * d.depth());
 * }
 * double[] underwater = table.underwater();   // dd_t for every position, <= 0
 * }</pre>
 */
public final class DrawdownTable {

  private final List<Drawdown> periods;
  private final double[] underwater;

  private DrawdownTable(List<Drawdown> periods, double[] underwater) {
    this.periods = periods;
    this.underwater = underwater;
  }

  /**
   * The table of a series of returns, on {@link Drawdown#wealthIndex(double[])}.
   *
   * @param returns simple returns, finite, each {@code >= -1}, not empty
   * @param top the largest number of periods to list, {@code >= 1}
   * @return the table
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static DrawdownTable of(double[] returns, int top) {
    checkTop(top);
    return ofWealth(Drawdown.wealthIndex(returns), top);
  }

  /**
   * The table of an equity curve, on its own positions.
   *
   * @param equity the equity curve, finite, each {@code >= 0}, the first {@code > 0}, not empty
   * @param top the largest number of periods to list, {@code >= 1}
   * @return the table
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static DrawdownTable ofEquity(double[] equity, int top) {
    checkTop(top);
    return ofWealth(Drawdown.checkedEquity(equity), top);
  }

  /**
   * The drawdown periods, deepest first, at most {@code top} of them; empty if the curve never falls.
   *
   * @return an unmodifiable list
   */
  public List<Drawdown> periods() {
    return periods;
  }

  /**
   * The underwater series: {@code dd_t = (W_t - M_t) / M_t} for every position of the wealth curve,
   * {@code <= 0}, 0 at a new or repeated high.
   *
   * @return a new array, one value per position of the curve
   */
  public double[] underwater() {
    return underwater.clone();
  }

  private static void checkTop(int top) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be >= 1, was " + top);
    }
  }

  private static DrawdownTable ofWealth(double[] w, int top) {
    int last = w.length - 1;
    double[] dd = new double[w.length];
    List<Drawdown> episodes = new ArrayList<>();
    double runningMax = w[0];
    int lastHigh = 0;
    int peak = -1;
    int trough = -1;
    double depth = 0;
    for (int t = 0; t < w.length; t++) {
      if (w[t] >= runningMax) {
        if (peak >= 0) {
          // Back at or above the peak: the episode ends here.
          episodes.add(new Drawdown(depth, peak, trough, t, last, w[peak], w[trough]));
          peak = -1;
        }
        runningMax = w[t];
        lastHigh = t;
        dd[t] = 0;
        continue;
      }
      dd[t] = (w[t] - runningMax) / runningMax;
      if (peak < 0) {
        peak = lastHigh;
        trough = t;
        depth = dd[t];
      } else if (dd[t] < depth) {
        trough = t;
        depth = dd[t];
      }
    }
    if (peak >= 0) {
      episodes.add(new Drawdown(depth, peak, trough, -1, last, w[peak], w[trough]));
    }
    // Stable sort: equal depths keep the earlier episode first, as pyfolio's idxmin does.
    episodes.sort(Comparator.comparingDouble(Drawdown::depth));
    List<Drawdown> kept = episodes.subList(0, Math.min(top, episodes.size()));
    return new DrawdownTable(List.copyOf(kept), dd);
  }
}
