package io.quantor.core.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.io.BarCsvReader;
import io.quantor.core.testing.SharedData;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Resampling against buckets checked by hand (with {@code awk} on the CSV files, not with this code) on
 * {@code shared/data/intraday_1min_2006-01-02_to_2006-02-27.csv} (read in Europe/Berlin, UTC+1 in January)
 * and {@code shared/data/orcl_daily_1995_2014.csv}, and on small synthetic series for DST, anchors and
 * rollover calendars. Prices are compared exactly: aggregation only selects and sums integers.
 */
class ResamplerTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static BarSeries oneMinute() {
    return BarCsvReader.intraday().withZone(BERLIN)
        .read(SharedData.data("intraday_1min_2006-01-02_to_2006-02-27.csv"));
  }

  private static void assertBar(BarSeries s, int i, String time, double o, double h, double l, double c,
      double v) {
    assertEquals(Bar.of(Instant.parse(time), o, h, l, c, v), s.bar(i), "bar " + i);
  }

  @Test
  void firstFiveMinuteBarsOf2006_01_02() {
    Resampled r = Resampler.of(TimeFrame.FIVE_MINUTES, BERLIN).resample(oneMinute());
    BarSeries m5 = r.series();
    // (09:00, 09:05] Berlin: the 1-minute bars 09:01..09:05, labelled 09:05 = 08:05Z.
    assertBar(m5, 0, "2006-01-02T08:05:00Z", 3602, 3603, 3596, 3598, 5699 + 894 + 883 + 726 + 1085);
    assertEquals(0, r.firstBaseIndex(0));
    assertEquals(4, r.lastBaseIndex(0));
    assertBar(m5, 1, "2006-01-02T08:10:00Z", 3598, 3601, 3597, 3601, 3848);
    assertEquals(6365, m5.size());
    assertTrue(r.isLastComplete(), "the file's last bar, 22:00, closes its bucket");
  }

  @Test
  void fifteenAndSixtyMinuteBars() {
    BarSeries base = oneMinute();
    BarSeries m15 = Resampler.of(TimeFrame.FIFTEEN_MINUTES, BERLIN).resample(base).series();
    assertBar(m15, 0, "2006-01-02T08:15:00Z", 3602, 3605, 3596, 3604, 16032);
    assertEquals(2125, m15.size());
    Resampled h1 = Resampler.of(TimeFrame.ONE_HOUR, BERLIN).resample(base);
    assertBar(h1.series(), 0, "2006-01-02T09:00:00Z", 3602, 3619, 3596, 3613, 46340);
    assertEquals(59, h1.lastBaseIndex(0));
    assertEquals(532, h1.size());
  }

  @Test
  void aBucketWithMissingMinutesIsLabelledByItsEnd() {
    BarSeries base = oneMinute();
    Resampled r = Resampler.of(TimeFrame.FIVE_MINUTES, BERLIN).resample(base);
    // (18:10, 18:15] on 2006-01-02 holds only 18:11 and 18:12; its label is still 18:15 (17:15Z).
    int j = r.series().indexAtOrBefore(Instant.parse("2006-01-02T17:15:00Z").toEpochMilli());
    assertBar(r.series(), j, "2006-01-02T17:15:00Z", 3621, 3622, 3621, 3621, 23 + 37);
    assertEquals(2, r.lastBaseIndex(j) - r.firstBaseIndex(j) + 1);
    assertEquals(Instant.parse("2006-01-02T17:12:00Z"), base.time(r.lastBaseIndex(j)));
  }

  @Test
  void noBucketSpansTwoTradingDays() {
    Resampled r = Resampler.of(TimeFrame.FIVE_MINUTES, BERLIN).resample(oneMinute());
    BarSeries m5 = r.series();
    // 2006-01-02 ends at 20:04: (20:00, 20:05] holds 20:01 and 20:04; the next bucket is the next morning.
    int j = m5.indexAtOrBefore(Instant.parse("2006-01-02T19:05:00Z").toEpochMilli());
    assertBar(m5, j, "2006-01-02T19:05:00Z", 3618, 3618, 3617, 3617, 15 + 107);
    assertBar(m5, j + 1, "2006-01-03T08:05:00Z", 3623, 3626, 3620, 3626, 4026 + 6824 + 854 + 1771 + 1212);
    // Even a 24-hour bucket does not join two sessions.
    Resampled day = Resampler.of(TimeFrame.minutes(1440), BERLIN).resample(oneMinute());
    assertEquals(41, day.size());
  }

  @Test
  void dailyBarsOfTheMinuteFile() {
    Resampled r = Resampler.of(TimeFrame.DAILY, BERLIN).resample(oneMinute());
    assertEquals(41, r.size());
    // Labelled by the last bar of the day, 20:04 Berlin on 2006-01-02 (584 bars).
    assertBar(r.series(), 0, "2006-01-02T19:04:00Z", 3602, 3624, 3596, 3617, 161267);
    assertEquals(583, r.lastBaseIndex(0));
    assertEquals(744, r.lastBaseIndex(40) - r.firstBaseIndex(40) + 1);
    assertEquals(Instant.parse("2006-01-02T22:59:59.999Z"), r.end(0));
    // The calendar knows no session close: the last day is not known to be complete.
    assertFalse(r.isLastComplete());
    assertEquals(40, r.dropIncompleteLast().size());
    assertEquals(40, r.dropIncompleteLast(Instant.parse("2006-02-27T22:59:59.998Z")).size());
    assertEquals(41, r.dropIncompleteLast(Instant.parse("2006-02-27T22:59:59.999Z")).size());
  }

  @Test
  void weeklyAndMonthlyOrcl() {
    BarSeries orcl = BarCsvReader.daily().read(SharedData.data("orcl_daily_1995_2014.csv"));
    Resampled w = Resampler.of(TimeFrame.WEEKLY, NEW_YORK).resample(orcl);
    assertEquals(1044, w.size());
    // 1995-01-03..06, labelled by Friday's close, 16:00 New York.
    assertBar(w.series(), 0, "1995-01-06T21:00:00Z", 2.179012, 2.191358, 2.061728, 2.117284,
        36301200.0 + 46051600 + 37762800 + 41864400);
    // The week of 9/11 has one trading day, Monday 2001-09-10.
    int j = w.series().indexAtOrBefore(Instant.parse("2001-09-10T20:00:00Z").toEpochMilli());
    assertBar(w.series(), j, "2001-09-10T20:00:00Z", 10.89, 11.52, 10.85, 11.46, 53889500);
    assertBar(w.series(), j + 1, "2001-09-21T20:00:00Z", 10.29, 11.63, 10.16, 10.76,
        63861900.0 + 77758800 + 67253400 + 57281700 + 80169100);
    // The ISO week's end is Sunday night in New York.
    assertEquals(Instant.parse("2001-09-17T03:59:59.999Z"), w.end(j));

    Resampled m = Resampler.of(TimeFrame.MONTHLY, NEW_YORK).resample(orcl);
    assertEquals(240, m.size());
    assertBar(m.series(), 0, "1995-01-31T21:00:00Z", 2.179012, 2.216049, 1.975309, 2.104938, 888534800);
    assertEquals(20, m.lastBaseIndex(0));
    assertEquals(Instant.parse("1995-02-01T04:59:59.999Z"), m.end(0));
  }

  @Test
  void aBucketIsCutAtADstChange() {
    // Europe/Berlin falls back at 01:00Z on 2006-10-29: 03:00 CEST becomes 02:00 CET.
    BarSeries.Builder b = BarSeries.builder("X");
    String[] times = {"00:30", "00:40", "00:50", "01:00", "01:10", "01:20"};
    for (int i = 0; i < times.length; i++) {
      b.add(Instant.parse("2006-10-29T" + times[i] + ":00Z"), 10 + i, 11 + i, 9 + i, 10 + i, 1);
    }
    Resampled r = Resampler.of(TimeFrame.ONE_HOUR, BERLIN).resample(b.build());
    assertEquals(3, r.size());
    // (02:00, 03:00] CEST ends a millisecond before the transition; 02:00 CET closes (01:00, 02:00] CET.
    assertArrayEquals(new long[] {Instant.parse("2006-10-29T00:59:59.999Z").toEpochMilli(),
        Instant.parse("2006-10-29T01:00:00Z").toEpochMilli(),
        Instant.parse("2006-10-29T02:00:00Z").toEpochMilli()}, r.series().epochMillis());
    assertEquals(2, r.lastBaseIndex(0));
    assertEquals(3, r.lastBaseIndex(1));
    assertEquals(3.0, r.series().volume(0));
  }

  @Test
  void anchoredHourlyBuckets() {
    BarSeries.Builder b = BarSeries.builder("X");
    for (String t : new String[] {"09:30", "09:31", "10:00", "10:30", "10:31"}) {
      b.add(Instant.parse("2024-03-04T" + t + ":00Z"), 1, 2, 1, 1, 1);
    }
    Resampled r = Resampler.of(TimeFrame.ONE_HOUR, ZoneOffset.UTC).withAnchor(LocalTime.of(9, 30))
        .resample(b.build());
    assertEquals(3, r.size());
    assertEquals(Instant.parse("2024-03-04T09:30:00Z"), r.series().time(0));
    assertEquals(Instant.parse("2024-03-04T10:30:00Z"), r.series().time(1));
    assertEquals(3.0, r.series().volume(1));
    assertEquals(Instant.parse("2024-03-04T11:30:00Z"), r.series().time(2));
    assertFalse(r.isLastComplete());
    assertThrows(IllegalArgumentException.class,
        () -> Resampler.of(TimeFrame.DAILY, ZoneOffset.UTC).withAnchor(LocalTime.of(9, 30)));
  }

  @Test
  void rolloverCalendarSplitsAtTheRollover() {
    ZoneId chicago = ZoneId.of("America/Chicago");
    SessionCalendar cme = SessionCalendar.rollingAt(chicago, LocalTime.of(17, 0));
    BarSeries.Builder b = BarSeries.builder("ES");
    // Monday 2024-03-04 16:30, 17:00 and 17:30 CST (UTC-6).
    for (String t : new String[] {"22:30", "23:00", "23:30"}) {
      b.add(Instant.parse("2024-03-04T" + t + ":00Z"), 1, 2, 1, 1, 1);
    }
    BarSeries s = b.build();
    Resampled hourly = Resampler.of(TimeFrame.ONE_HOUR, cme).resample(s);
    assertEquals(2, hourly.size());
    assertEquals(Instant.parse("2024-03-04T23:00:00Z"), hourly.series().time(0));
    assertTrue(hourly.isComplete(0));
    assertEquals(Instant.parse("2024-03-05T00:00:00Z"), hourly.series().time(1));
    Resampled daily = Resampler.of(TimeFrame.DAILY, cme).resample(s);
    assertEquals(2, daily.size());
    assertEquals(1, daily.lastBaseIndex(0));
    assertEquals(Instant.parse("2024-03-04T23:00:00Z"), daily.end(0));
    assertTrue(Resampler.of(TimeFrame.DAILY, cme).resample(s.slice(0, 2)).isLastComplete(),
        "the 17:00 bar is stamped at the trading day's end");
    assertFalse(Resampler.of(TimeFrame.DAILY, cme).resample(s.slice(0, 1)).isLastComplete());
  }

  @Test
  void midnightStampedDailyBarsKeepTheirWeek() {
    BarSeries s = BarSeries.builder("X")
        .add(Instant.parse("2024-01-05T00:00:00Z"), 1, 2, 1, 2, 10) // Friday
        .add(Instant.parse("2024-01-08T00:00:00Z"), 2, 3, 2, 3, 20) // Monday
        .build();
    BarSeries w = s.resample(TimeFrame.WEEKLY, ZoneOffset.UTC);
    assertEquals(2, w.size());
    assertEquals(Instant.parse("2024-01-08T00:00:00Z"), w.time(1));
  }

  @Test
  void emptyAndShortcut() {
    Resampled r = Resampler.of(TimeFrame.FIVE_MINUTES, BERLIN).resample(BarSeries.builder("E").build());
    assertEquals(0, r.size());
    assertTrue(r.isLastComplete());
    assertSame(r, r.dropIncompleteLast());
    BarSeries base = oneMinute().slice(0, 500);
    assertArrayEquals(Resampler.of(TimeFrame.FIFTEEN_MINUTES, BERLIN).resample(base).series().closes(),
        base.resample(TimeFrame.FIFTEEN_MINUTES, BERLIN).closes());
    assertThrows(IllegalArgumentException.class, () -> Resampler.of(null, BERLIN));
    assertThrows(IndexOutOfBoundsException.class, () -> r.endMillis(0));
  }

  @Test
  void aPrefixEndingInsideABucketHasAnIncompleteLastBar() {
    BarSeries base = oneMinute();
    Resampler r5 = Resampler.of(TimeFrame.FIVE_MINUTES, BERLIN);
    Resampled upTo0904 = r5.resample(base.slice(0, 4));
    assertFalse(upTo0904.isLastComplete());
    assertEquals(0, upTo0904.dropIncompleteLast().size());
    Resampled upTo0905 = r5.resample(base.slice(0, 5));
    assertTrue(upTo0905.isLastComplete());
    assertEquals(0, upTo0905.bucketOf(4));
    assertEquals(1, r5.resample(base.slice(0, 7)).bucketOf(6));
  }
}
