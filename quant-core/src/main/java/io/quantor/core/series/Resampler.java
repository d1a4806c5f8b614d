package io.quantor.core.series;

import io.quantor.core.internal.Args;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Aggregates a series into a coarser {@link TimeFrame}: open of the first bar, highest high, lowest low,
 * close of the last bar, sum of volumes. Immutable and thread-safe.
 *
 * <p><b>Buckets.</b> Bars are grouped by their timestamps, which Quantor reads as bar close times; the
 * resampler does not know the base bars' duration.
 * <ul>
 *   <li>N-minute frames: in local time of the calendar's zone, a bucket is the half-open interval
 *       {@code (end - N, end]} with ends on the grid {@code anchor + k N} of each calendar day (anchor
 *       00:00 unless {@link #withAnchor(LocalTime) set}), plus midnight, where the grid restarts. With
 *       1-minute bars labelled 09:01, 09:02, ..., the 5-minute bucket {@code (09:00, 09:05]} holds the
 *       bars labelled 09:01 to 09:05. A bucket never spans two trading days of the {@link SessionCalendar}
 *       nor a change of UTC offset (DST): such a bucket is cut in two.</li>
 *   <li>{@code 1d}: one bucket per trading day of the calendar.</li>
 *   <li>{@code 1w}: the trading days of one ISO week (Monday to Sunday) of trading dates.</li>
 *   <li>{@code 1M}: the trading days of one calendar month of trading dates.</li>
 * </ul>
 * Missing bars (minutes without trades, holidays) create no empty bars: a bucket exists only if at least
 * one bar falls into it.
 *
 * <p><b>Labels.</b> An N-minute bar is stamped with its bucket's end, such as 09:05, even when the base bar
 * at 09:05 is missing (cut at the trading day's {@linkplain SessionCalendar#lastInstant last instant} or
 * the millisecond before a DST transition, so stamps stay strictly increasing). A daily, weekly or monthly
 * bar is stamped with its last constituent bar's timestamp (the calendar knows no session hours, so that
 * is the best close time known), such as the Friday's 16:00 for a week of daily bars.
 *
 * <p><b>Closing.</b> Each bucket also has an {@linkplain Resampled#endMillis(int) end}: the last instant a
 * constituent could have (the N-minute label; the last instant of the day, week or month). A bucket is
 * closed once a later bar exists or a constituent is stamped at its end. The last bucket of a resampling
 * may still be forming: {@link Resampled#isLastComplete()} says whether it is known to be closed, and
 * {@link Resampled#dropIncompleteLast()} removes it otherwise. {@link MultiTimeFrameView} uses the same
 * rule to show only closed bars.
 *
 * <pre>{@code
 * SessionCalendar eurex = SessionCalendar.of(ZoneId.of("Europe/Berlin"));
 * Resampler fiveMinutes = Resampler.of(TimeFrame.FIVE_MINUTES, eurex);
 * BarSeries m5 = fiveMinutes.resample(oneMinute).series();
 * BarSeries weekly = Resampler.of(TimeFrame.WEEKLY, ZoneId.of("America/New_York")).resample(daily)
 *     .dropIncompleteLast().series();
 * }</pre>
 */
public final class Resampler {

  private final TimeFrame timeFrame;
  private final SessionCalendar calendar;
  private final LocalTime anchor;

  private Resampler(TimeFrame timeFrame, SessionCalendar calendar, LocalTime anchor) {
    this.timeFrame = timeFrame;
    this.calendar = calendar;
    this.anchor = anchor;
  }

  /**
   * A resampler to {@code timeFrame} on {@code calendar}'s trading days.
   *
   * @param timeFrame the target time frame
   * @param calendar the session calendar
   * @return the resampler
   */
  public static Resampler of(TimeFrame timeFrame, SessionCalendar calendar) {
    return new Resampler(Args.notNull(timeFrame, "timeFrame"), Args.notNull(calendar, "calendar"),
        LocalTime.MIDNIGHT);
  }

  /**
   * A resampler to {@code timeFrame} whose trading day is the local calendar date in {@code zone}
   * ({@link SessionCalendar#of(ZoneId)}).
   *
   * @param timeFrame the target time frame
   * @param zone the exchange time zone
   * @return the resampler
   */
  public static Resampler of(TimeFrame timeFrame, ZoneId zone) {
    return of(timeFrame, SessionCalendar.of(Args.notNull(zone, "zone")));
  }

  /**
   * This resampler with N-minute bucket ends on {@code anchor + k N} of each local day instead of
   * {@code k N}: {@code withAnchor(LocalTime.of(9, 30))} makes hourly buckets 09:30-10:30, 10:30-11:30, ...
   *
   * @param anchor a local time on the bucket grid, whole milliseconds
   * @return the new resampler
   * @throws IllegalArgumentException if the time frame is not N-minute and {@code anchor} is not midnight,
   *     or {@code anchor} has sub-millisecond digits
   */
  public Resampler withAnchor(LocalTime anchor) {
    Args.notNull(anchor, "anchor");
    if (!timeFrame.isIntraday() && !anchor.equals(LocalTime.MIDNIGHT)) {
      throw new IllegalArgumentException("anchor applies to minute time frames only, was " + anchor
          + " for " + timeFrame);
    }
    if (anchor.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException("anchor must be whole milliseconds, was " + anchor);
    }
    return new Resampler(timeFrame, calendar, anchor);
  }

  /**
   * The target time frame.
   *
   * @return the time frame
   */
  public TimeFrame timeFrame() {
    return timeFrame;
  }

  /**
   * The session calendar.
   *
   * @return the calendar
   */
  public SessionCalendar calendar() {
    return calendar;
  }

  /**
   * The grid anchor of N-minute buckets (midnight unless set).
   *
   * @return the anchor
   */
  public LocalTime anchor() {
    return anchor;
  }

  /**
   * Resamples {@code base}. Every base bar goes into exactly one bucket, buckets hold consecutive bars, and
   * the last bucket is kept even if it may still be forming (see {@link Resampled#isLastComplete()}).
   *
   * @param base the series to aggregate (any size, including empty)
   * @return the resampled series with its bucket boundaries
   */
  public Resampled resample(BarSeries base) {
    Args.notNull(base, "base");
    int n = base.size();
    int expected = timeFrame.isIntraday() ? n / timeFrame.amount() + 16 : n / 4 + 16;
    BarSeries.Builder out = BarSeries.builder(base.symbol(), Math.min(n, expected));
    int[] starts = new int[Math.min(n, expected) + 1];
    long[] ends = new long[starts.length];
    int m = 0;

    final TimeFrame.Unit unit = timeFrame.unit();
    final long bucketMillis = timeFrame.amount() * 60_000L;
    final long anchorMillis = Math.floorMod(anchor.toNanoOfDay() / 1_000_000L, bucketMillis);
    ZoneCursor zone = new ZoneCursor(calendar.zone().getRules());

    long curDay = Long.MIN_VALUE;
    long curKey = Long.MIN_VALUE;
    long curOffset = Long.MIN_VALUE;
    long monthDay = Long.MIN_VALUE;
    long monthKey = 0;
    long monthLastDay = 0;
    long closeDay = Long.MIN_VALUE;
    long closeOfDay = 0;

    double o = 0;
    double h = 0;
    double l = 0;
    double c = 0;
    double v = 0;
    long label = 0;
    for (int i = 0; i < n; i++) {
      long t = base.epochMillis(i);
      long offset = zone.offsetMillis(t);
      long local = t + offset;
      long day = calendar.tradingDay(local);
      long key;
      boolean same;
      switch (unit) {
        case MINUTE: {
          // The calendar day whose (00:00, 24:00] holds the bar: a bar at 00:00 closes the previous day.
          long dayStart = Math.floorDiv(local - 1, SessionCalendar.DAY_MILLIS) * SessionCalendar.DAY_MILLIS;
          long end = anchorMillis + ceilDiv(local - dayStart - anchorMillis, bucketMillis) * bucketMillis;
          key = dayStart + Math.min(end, SessionCalendar.DAY_MILLIS);
          same = key == curKey && day == curDay && offset == curOffset;
          break;
        }
        case DAY:
          key = day;
          same = key == curKey;
          break;
        case WEEK:
          // Epoch day 0, 1970-01-01, was a Thursday: (day + 3) mod 7 counts the days since Monday.
          key = day - Math.floorMod(day + 3, 7);
          same = key == curKey;
          break;
        default:
          if (day != monthDay) {
            LocalDate d = LocalDate.ofEpochDay(day);
            monthDay = day;
            monthKey = d.getYear() * 12L + d.getMonthValue();
            monthLastDay = d.withDayOfMonth(d.lengthOfMonth()).toEpochDay();
          }
          key = monthKey;
          same = key == curKey;
          break;
      }
      if (same) {
        double hi = base.high(i);
        double lo = base.low(i);
        if (hi > h) {
          h = hi;
        }
        if (lo < l) {
          l = lo;
        }
        c = base.close(i);
        v += base.volume(i);
        if (unit != TimeFrame.Unit.MINUTE) {
          label = t;
        }
        continue;
      }
      if (i > 0) {
        out.add(label, o, h, l, c, v);
      }
      if (m + 1 >= starts.length) {
        int capacity = starts.length + (starts.length >> 1) + 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
      }
      starts[m] = i;
      if (day != closeDay) {
        closeDay = day;
        closeOfDay = calendar.lastInstantMillis(day);
      }
      long end;
      switch (unit) {
        case MINUTE:
          end = Math.min(key - offset, closeOfDay);
          long transition = zone.nextTransitionMillis();
          if (transition != Long.MAX_VALUE) {
            end = Math.min(end, transition - 1);
          }
          label = end;
          break;
        case DAY:
          end = closeOfDay;
          label = t;
          break;
        case WEEK:
          end = calendar.lastInstantMillis(key + 6);
          label = t;
          break;
        default:
          end = calendar.lastInstantMillis(monthLastDay);
          label = t;
          break;
      }
      ends[m] = end;
      m++;
      curDay = day;
      curKey = key;
      curOffset = offset;
      o = base.open(i);
      h = base.high(i);
      l = base.low(i);
      c = base.close(i);
      v = base.volume(i);
    }
    if (n > 0) {
      out.add(label, o, h, l, c, v);
    }
    starts[m] = n;
    return new Resampled(base, out.build(), timeFrame, Arrays.copyOf(starts, m + 1),
        Arrays.copyOf(ends, m));
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }

  @Override
  public String toString() {
    return "Resampler[" + timeFrame + ", " + calendar
        + (anchor.equals(LocalTime.MIDNIGHT) ? "" : ", anchor " + anchor) + "]";
  }
}
