package io.quantor.core.analytics;

import io.quantor.core.internal.Args;
import io.quantor.core.series.BarSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Overnight gap analysis with gap-fill detection on daily bars.
 *
 * <p>For each bar {@code t >= 1}, {@code gap_t = open_t / close_(t-1) - 1}. A gap up is counted when
 * {@code gap_t > 0} and {@code gap_t >= minGap}, a gap down when {@code gap_t < 0} and
 * {@code -gap_t >= minGap} (a zero gap is never counted, even with {@code minGap = 0}). A gap up is
 * <i>filled</i> on bar {@code t + j} when {@code low_(t+j) <= close_(t-1)}, a gap down when
 * {@code high_(t+j) >= close_(t-1)}: the price came back to the previous close. {@link Gap#filled()} is the
 * same-day fill ({@code j = 0}); {@link Gap#daysToFill()} is the smallest {@code j <= maxDaysToFill}, or
 * empty (a gap near the end of the data whose horizon runs past the last bar and has not filled yet is
 * also empty).
 *
 * <pre>{@code
 * GapAnalysis a = OvernightGaps.analyze(series, 0.01, 5);    // gaps of 1 % or more, fills within 5 days
 * double upFillRate = a.summary().fillRateUp();
 * for (Gap g : a.gaps()) {
 *   System.out.println(series.time(g.index()) + " " + g.direction() + " " + g.size());
 * }
 * }</pre>
 */
public final class OvernightGaps {

  private OvernightGaps() {
  }

  /**
   * Finds the gaps of a bar series.
   *
   * @param series the daily bars
   * @param minGap the smallest absolute gap counted, a fraction {@code >= 0} (0.01 = 1 %)
   * @param maxDaysToFill how many bars after the gap bar to search for a fill, {@code >= 0}
   * @return the gaps and their summary
   * @throws IllegalArgumentException if an argument is invalid or a close is not {@code > 0}
   */
  public static GapAnalysis analyze(BarSeries series, double minGap, int maxDaysToFill) {
    Args.notNull(series, "series");
    return analyze(series.opens(), series.highs(), series.lows(), series.closes(), minGap, maxDaysToFill);
  }

  /**
   * Finds the gaps of bars given as columns.
   *
   * @param open the opens
   * @param high the highs
   * @param low the lows
   * @param close the closes, {@code > 0}
   * @param minGap the smallest absolute gap counted, a fraction {@code >= 0}
   * @param maxDaysToFill how many bars after the gap bar to search for a fill, {@code >= 0}
   * @return the gaps and their summary
   * @throws IllegalArgumentException if an argument is invalid, naming the array and the index
   */
  public static GapAnalysis analyze(double[] open, double[] high, double[] low, double[] close,
      double minGap, int maxDaysToFill) {
    int n = Args.sameLength("open, high, low, close", open, high, low, close);
    Args.finite(Args.atLeast(minGap, 0.0, "minGap"), "minGap");
    Args.atLeast(maxDaysToFill, 0, "maxDaysToFill");
    for (int i = 0; i < n; i++) {
      finite(open, i, "open");
      finite(high, i, "high");
      finite(low, i, "low");
      if (!(close[i] > 0 && close[i] <= Double.MAX_VALUE)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "close[%d] must be finite and > 0, was %s", i, close[i]));
      }
    }
    List<Gap> gaps = new ArrayList<>();
    for (int t = 1; t < n; t++) {
      double reference = close[t - 1];
      double size = open[t] / reference - 1;
      boolean up = size > 0 && size >= minGap;
      boolean down = size < 0 && -size >= minGap;
      if (!up && !down) {
        continue;
      }
      int days = -1;
      int last = Math.min(n - 1, t + maxDaysToFill);
      for (int j = t; j <= last; j++) {
        if (up ? low[j] <= reference : high[j] >= reference) {
          days = j - t;
          break;
        }
      }
      gaps.add(new Gap(t, size, up ? Gap.Direction.UP : Gap.Direction.DOWN, days == 0,
          days >= 0 ? OptionalInt.of(days) : OptionalInt.empty()));
    }
    return new GapAnalysis(gaps, GapSummary.of(gaps), minGap, maxDaysToFill);
  }

  private static void finite(double[] values, int i, String name) {
    if (!Double.isFinite(values[i])) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s[%d] must be finite, was %s",
          name, i, values[i]));
    }
  }
}
