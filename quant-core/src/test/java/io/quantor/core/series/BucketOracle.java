package io.quantor.core.series;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bucket assignment written straight from {@link Resampler}'s documented rules with {@code java.time}
 * (zoned date-times, ISO week fields, year-months), for calendars of local dates: the slow, obvious
 * version the property tests compare the resampler against.
 */
final class BucketOracle {

  /** One expected bucket: base bars {@code first..last}, its bar's stamp and its end. */
  record Bucket(int first, int last, long label, long end) {
  }

  private BucketOracle() {
  }

  static List<Bucket> buckets(BarSeries s, TimeFrame tf, ZoneId zone) {
    List<Bucket> out = new ArrayList<>();
    Object key = null;
    int first = 0;
    long end = 0;
    for (int i = 0; i < s.size(); i++) {
      Instant t = s.time(i);
      ZonedDateTime z = t.atZone(zone);
      LocalDate date = z.toLocalDate();
      Object k;
      long e;
      switch (tf.unit()) {
        case MINUTE: {
          LocalDateTime local = z.toLocalDateTime();
          // Close-time buckets (end - N, end]: a bar at exactly 00:00 is on the previous day's grid.
          LocalDate gridDay = local.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.minusDays(1) : date;
          long ms = Duration.between(gridDay.atStartOfDay(), local).toMillis();
          long n = tf.amount() * 60_000L;
          long endMs = Math.min((ms + n - 1) / n * n, 86_400_000L);
          LocalDateTime endLocal = gridDay.atStartOfDay().plus(Duration.ofMillis(endMs));
          ZoneOffset offset = z.getOffset();
          k = List.of(date, endLocal, offset);
          e = Math.min(endLocal.toInstant(offset).toEpochMilli(), lastInstant(date, zone));
          ZoneOffsetTransition next = zone.getRules().nextTransition(t);
          if (next != null) {
            e = Math.min(e, next.getInstant().toEpochMilli() - 1);
          }
          break;
        }
        case DAY:
          k = date;
          e = lastInstant(date, zone);
          break;
        case WEEK:
          k = List.of(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
          e = lastInstant(date.with(DayOfWeek.SUNDAY), zone);
          break;
        default:
          k = YearMonth.from(date);
          e = lastInstant(date.with(TemporalAdjusters.lastDayOfMonth()), zone);
          break;
      }
      if (i == 0 || !Objects.equals(k, key)) {
        if (i > 0) {
          out.add(bucket(s, tf, first, i - 1, end));
        }
        key = k;
        first = i;
        end = e;
      }
    }
    if (s.size() > 0) {
      out.add(bucket(s, tf, first, s.size() - 1, end));
    }
    return out;
  }

  private static Bucket bucket(BarSeries s, TimeFrame tf, int first, int last, long end) {
    return new Bucket(first, last, tf.isIntraday() ? end : s.epochMillis(last), end);
  }

  private static long lastInstant(LocalDate date, ZoneId zone) {
    return date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
  }
}
