package io.quantor.core.series;

import io.quantor.core.internal.Args;
import java.time.Instant;
import java.util.Arrays;

/**
 * The result of {@link Resampler#resample(BarSeries)}: the coarser series together with, for each of its
 * bars (buckets), the range of base bars it aggregates and the bucket's end. Immutable.
 *
 * <p>Bucket {@code j} aggregates base bars {@link #firstBaseIndex(int) firstBaseIndex(j)} to
 * {@link #lastBaseIndex(int) lastBaseIndex(j)} (inclusive); the ranges are consecutive and cover the base
 * series. Its {@linkplain #endMillis(int) end} is the last instant a constituent bar could have. A bucket is
 * {@linkplain #isComplete(int) complete} when a later bucket exists or its last constituent is stamped at
 * (or after) its end; only the last bucket can be incomplete.
 */
public final class Resampled {

  private final BarSeries base;
  private final BarSeries series;
  private final TimeFrame timeFrame;
  private final int[] starts;
  private final long[] ends;

  Resampled(BarSeries base, BarSeries series, TimeFrame timeFrame, int[] starts, long[] ends) {
    this.base = base;
    this.series = series;
    this.timeFrame = timeFrame;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * The series that was resampled.
   *
   * @return the base series
   */
  public BarSeries base() {
    return base;
  }

  /**
   * The resampled series, the last bar included even if it may still be forming.
   *
   * @return the coarser series
   */
  public BarSeries series() {
    return series;
  }

  /**
   * The time frame resampled to.
   *
   * @return the time frame
   */
  public TimeFrame timeFrame() {
    return timeFrame;
  }

  /**
   * The number of buckets (the size of {@link #series()}).
   *
   * @return the number of buckets
   */
  public int size() {
    return ends.length;
  }

  /**
   * The first base bar of bucket {@code j}.
   *
   * @param j the bucket index, {@code 0 <= j < size()}
   * @return the base index
   */
  public int firstBaseIndex(int j) {
    checkBucket(j);
    return starts[j];
  }

  /**
   * The last base bar of bucket {@code j}.
   *
   * @param j the bucket index
   * @return the base index
   */
  public int lastBaseIndex(int j) {
    checkBucket(j);
    return starts[j + 1] - 1;
  }

  /**
   * The end of bucket {@code j} in epoch milliseconds: the last instant a constituent bar could be stamped
   * at (an N-minute bucket's label; the last instant of a trading day, ISO week or month).
   *
   * @param j the bucket index
   * @return the end
   */
  public long endMillis(int j) {
    checkBucket(j);
    return ends[j];
  }

  /**
   * The end of bucket {@code j}.
   *
   * @param j the bucket index
   * @return the end
   */
  public Instant end(int j) {
    return Instant.ofEpochMilli(endMillis(j));
  }

  /**
   * Whether bucket {@code j} is known to be closed from the data: a later bucket exists, or its last
   * constituent is stamped at its end.
   *
   * @param j the bucket index
   * @return true if complete
   */
  public boolean isComplete(int j) {
    checkBucket(j);
    return j < ends.length - 1 || base.epochMillis(starts[j + 1] - 1) >= ends[j];
  }

  /**
   * Whether the last bucket is known to be closed ({@code true} when there is no bucket).
   *
   * @return true if the last bucket is complete or there is none
   */
  public boolean isLastComplete() {
    return ends.length == 0 || isComplete(ends.length - 1);
  }

  /**
   * The bucket holding base bar {@code baseIndex}, by binary search.
   *
   * @param baseIndex the base bar index, {@code 0 <= baseIndex < base().size()}
   * @return the bucket index
   */
  public int bucketOf(int baseIndex) {
    if (baseIndex < 0 || baseIndex >= starts[starts.length - 1]) {
      throw new IndexOutOfBoundsException("base index " + baseIndex + " outside [0, "
          + starts[starts.length - 1] + ")");
    }
    int j = Arrays.binarySearch(starts, 0, starts.length - 1, baseIndex);
    return j >= 0 ? j : -j - 2;
  }

  /**
   * This result without its last bucket if that bucket is not {@linkplain #isLastComplete() complete}
   * (shares the arrays; the base series is unchanged, so its last bars belong to no bucket).
   *
   * @return the result with complete buckets only
   */
  public Resampled dropIncompleteLast() {
    return isLastComplete() ? this : withoutLast();
  }

  /**
   * This result without its last bucket unless that bucket is complete or its end is at or before
   * {@code dataCompleteUntil}, the instant up to which the data source has delivered every bar (for
   * instance the end of a downloaded history, or "now" for a live feed).
   *
   * @param dataCompleteUntil the instant up to which the base data are complete
   * @return the result with complete buckets only
   */
  public Resampled dropIncompleteLast(Instant dataCompleteUntil) {
    Args.notNull(dataCompleteUntil, "dataCompleteUntil");
    if (isLastComplete() || ends[ends.length - 1] <= dataCompleteUntil.toEpochMilli()) {
      return this;
    }
    return withoutLast();
  }

  private Resampled withoutLast() {
    int m = ends.length - 1;
    return new Resampled(base, series.slice(0, m), timeFrame, Arrays.copyOf(starts, m + 1),
        Arrays.copyOf(ends, m));
  }

  private void checkBucket(int j) {
    if (j < 0 || j >= ends.length) {
      throw new IndexOutOfBoundsException("bucket index " + j + " outside [0, " + ends.length + ")");
    }
  }

  @Override
  public String toString() {
    return "Resampled[" + timeFrame + ", " + base.size() + " bars -> " + ends.length + " buckets"
        + (isLastComplete() ? "" : ", last incomplete") + "]";
  }
}
