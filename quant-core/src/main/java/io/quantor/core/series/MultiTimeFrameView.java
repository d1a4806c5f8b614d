package io.quantor.core.series;

import io.quantor.core.internal.Args;

/**
 * A base series seen together with a higher time frame, without look-ahead: for each base bar, the latest
 * higher-time-frame bar that had fully closed by that base bar's time, never one still forming.
 *
 * <p>Higher bar {@code j} is visible at base bar {@code i} when every constituent of {@code j} is at or
 * before {@code i} and {@code j} is known to be closed at {@code i}: either base bar {@code i} belongs to a
 * later bucket, or it is {@code j}'s last constituent and is stamped at {@code j}'s
 * {@linkplain Resampled#endMillis(int) end} (with 1-minute bars, the 09:05 bar closes the 5-minute bucket
 * {@code (09:00, 09:05]}; if the 09:05 bar is missing, the bucket becomes visible with the next bar). So
 * the visible bar is exactly the last complete bar of {@code resample(base.slice(0, i + 1))}: what a live
 * system would have known at bar {@code i}. A daily, weekly or monthly bar becomes visible with the first
 * base bar of the next trading day, week or month, since the calendar knows no session close. For N-minute
 * frames, whose bars are stamped with their bucket's end, the visible bar is also
 * {@code higher().indexAtOrBefore(base.epochMillis(i))}.
 *
 * <pre>{@code
 * MultiTimeFrameView view = MultiTimeFrameView.of(oneMinute,
 *     Resampler.of(TimeFrame.ONE_HOUR, ZoneId.of("Europe/Berlin")));
 * for (int i = 0; i < oneMinute.size(); i++) {
 *   int h = view.higherIndex(i);
 *   if (h >= 0) {
 *     double lastClosedHourlyClose = view.higher().close(h);
 *   }
 * }
 * }</pre>
 */
public final class MultiTimeFrameView {

  private final Resampled resampled;
  private final int[] visible;

  private MultiTimeFrameView(Resampled resampled) {
    this.resampled = resampled;
    BarSeries base = resampled.base();
    int[] v = new int[base.size()];
    for (int j = 0, m = resampled.size(); j < m; j++) {
      int last = resampled.lastBaseIndex(j);
      long end = resampled.endMillis(j);
      for (int i = resampled.firstBaseIndex(j); i <= last; i++) {
        // Only a bar stamped at the bucket's end proves that nothing more can join the bucket.
        v[i] = base.epochMillis(i) >= end ? j : j - 1;
      }
    }
    this.visible = v;
  }

  /**
   * The view of {@code base} and its resampling by {@code resampler}.
   *
   * @param base the base series
   * @param resampler the resampler to the higher time frame
   * @return the view
   */
  public static MultiTimeFrameView of(BarSeries base, Resampler resampler) {
    Args.notNull(base, "base");
    return new MultiTimeFrameView(Args.notNull(resampler, "resampler").resample(base));
  }

  /**
   * The view of a resampling's base and higher series. The resampling must cover its whole base series:
   * one trimmed by {@link Resampled#dropIncompleteLast()} is rejected.
   *
   * @param resampled the resampling
   * @return the view
   * @throws IllegalArgumentException if the buckets do not cover the base series
   */
  public static MultiTimeFrameView of(Resampled resampled) {
    Args.notNull(resampled, "resampled");
    int n = resampled.base().size();
    int covered = resampled.size() == 0 ? 0 : resampled.lastBaseIndex(resampled.size() - 1) + 1;
    if (covered != n) {
      throw new IllegalArgumentException("resampled must cover its base series (" + n + " bars), covers "
          + covered);
    }
    return new MultiTimeFrameView(resampled);
  }

  /**
   * The base series.
   *
   * @return the base series
   */
  public BarSeries base() {
    return resampled.base();
  }

  /**
   * The higher-time-frame series (its last bar may still be forming at the end of the base series).
   *
   * @return the higher series
   */
  public BarSeries higher() {
    return resampled.series();
  }

  /**
   * The resampling behind the view, with bucket boundaries.
   *
   * @return the resampling
   */
  public Resampled resampled() {
    return resampled;
  }

  /**
   * The number of base bars.
   *
   * @return the base size
   */
  public int size() {
    return visible.length;
  }

  /**
   * The index into {@link #higher()} of the latest higher bar closed at base bar {@code baseIndex}.
   *
   * @param baseIndex the base bar index, {@code 0 <= baseIndex < size()}
   * @return the higher index, or -1 if no higher bar has closed yet
   */
  public int higherIndex(int baseIndex) {
    if (baseIndex < 0 || baseIndex >= visible.length) {
      throw new IndexOutOfBoundsException("base index " + baseIndex + " outside [0, " + visible.length
          + ")");
    }
    return visible[baseIndex];
  }
}
