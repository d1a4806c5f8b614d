package io.quantor.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import io.quantor.core.testing.ReferenceTable;
import io.quantor.core.testing.SharedData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The four files of {@code shared/data} read strictly, checked against the counts, first and last rows and
 * quirks of {@code shared/data/README.md} and {@code data_quality.json}. Prices compare exactly: the
 * reader's decimal parsing is correctly rounded, like {@link Double#parseDouble(String)} of the literal.
 */
class SharedDataReadTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static void assertBar(BarSeries s, int i, String time, double o, double h, double l, double c,
      double v) {
    assertEquals(Bar.of(Instant.parse(time), o, h, l, c, v), s.bar(i), s.symbol() + " bar " + i);
  }

  @Test
  void orclDaily() {
    BarSeries s = BarCsvReader.daily().withSymbol("ORCL").read(SharedData.data("orcl_daily_1995_2014.csv"));
    assertEquals("ORCL", s.symbol());
    assertEquals(5036, s.size());
    // 16:00 New York: 21:00Z in winter.
    assertBar(s, 0, "1995-01-03T21:00:00Z", 2.179012, 2.191358, 2.117284, 2.117284, 36301200);
    assertBar(s, 5035, "2014-12-31T21:00:00Z", 45.450001, 45.560001, 44.970001, 44.970001, 13269200);
    // 16:00 New York is 20:00Z in summer (daylight time).
    assertEquals(Instant.parse("2001-09-10T20:00:00Z"),
        s.time(s.indexAtOrBefore(Instant.parse("2001-09-11T00:00:00Z").toEpochMilli())));
    assertEquals("orcl_daily_1995_2014",
        BarCsvReader.daily().read(SharedData.data("orcl_daily_1995_2014.csv")).symbol());
  }

  @Test
  void orclAdjustedByAdjClose() {
    BarSeries raw = BarCsvReader.daily().read(SharedData.data("orcl_daily_1995_2014.csv"));
    BarSeries adj = BarCsvReader.daily().withAdjustedPrices(true)
        .read(SharedData.data("orcl_daily_1995_2014.csv"));
    double[] adjClose = ReferenceTable.orclDaily().column("adj_close");
    assertEquals(raw.size(), adj.size());
    double minRatio = Double.POSITIVE_INFINITY;
    double maxRatio = 0;
    for (int i = 0; i < raw.size(); i++) {
      double ratio = adjClose[i] / raw.close(i);
      minRatio = Math.min(minRatio, ratio);
      maxRatio = Math.max(maxRatio, ratio);
      // The close becomes adj_close within a rounding or two; every price scales by the same ratio.
      assertEquals(adjClose[i], adj.close(i), 4 * Math.ulp(adjClose[i]), "row " + i);
      assertEquals(raw.open(i) * ratio, adj.open(i), "row " + i);
      assertEquals(raw.high(i) * ratio, adj.high(i), "row " + i);
      assertEquals(raw.low(i) * ratio, adj.low(i), "row " + i);
      assertEquals(raw.volume(i), adj.volume(i), "row " + i);
      assertEquals(raw.epochMillis(i), adj.epochMillis(i));
    }
    // data_quality.json: adj_close_over_close_min 0.88948956..., max 0.94069705...
    assertEquals(0.8894895634718913, minRatio, 1e-15);
    assertEquals(0.9406970565453138, maxRatio, 1e-15);
  }

  @Test
  void yhooDailyKeepsItsIpoDay() {
    BarSeries s = BarCsvReader.daily().read(SharedData.data("yhoo_daily_1996_2015.csv"));
    assertEquals(4965, s.size());
    assertBar(s, 0, "1996-04-12T20:00:00Z", 1.052083, 1.791667, 1.020833, 1.375, 408720000);
    assertBar(s, 4964, "2015-12-31T21:00:00Z", 33.220001, 33.689999, 33.18, 33.259998, 7423300);
    BarSeries adj = BarCsvReader.daily().withAdjustedPrices(true)
        .read(SharedData.data("yhoo_daily_1996_2015.csv"));
    // YHOO pays no dividend: adj_close == close on every row, so adjusting changes nothing.
    for (int i = 0; i < s.size(); i++) {
      assertEquals(s.bar(i), adj.bar(i));
    }
  }

  @Test
  void oneMinuteFileWithGaps() {
    BarSeries s = BarCsvReader.intraday().withZone(BERLIN)
        .read(SharedData.data("intraday_1min_2006-01-02_to_2006-02-27.csv"));
    assertEquals(30889, s.size());
    assertBar(s, 0, "2006-01-02T08:01:00Z", 3602, 3603, 3597, 3599, 5699);
    assertBar(s, 30888, "2006-02-27T21:00:00Z", 3840, 3840, 3838, 3838, 327);
    // README: 725 in-day gaps longer than one minute, the longest 14 minutes; no zero volume.
    int gaps = 0;
    long longest = 0;
    for (int i = 1; i < s.size(); i++) {
      long dt = s.epochMillis(i) - s.epochMillis(i - 1);
      boolean sameDay = LocalDate.ofInstant(s.time(i), BERLIN)
          .equals(LocalDate.ofInstant(s.time(i - 1), BERLIN));
      if (sameDay && dt > 60_000) {
        gaps++;
        longest = Math.max(longest, dt);
      }
      assertTrue(s.volume(i) > 0);
    }
    assertEquals(725, gaps);
    assertEquals(14 * 60_000, longest);
    // The default zone is UTC: the same wall-clock times as instants.
    BarSeries utc = BarCsvReader.intraday()
        .read(SharedData.data("intraday_1min_2006-01-02_to_2006-02-27.csv"));
    assertEquals(Instant.parse("2006-01-02T09:01:00Z"), utc.time(0));
    assertEquals(ZoneOffset.UTC, BarCsvReader.intraday().zone());
  }

  @Test
  void fiveMinuteFileWithZeroVolume() {
    BarSeries s = BarCsvReader.intraday().withZone(BERLIN)
        .read(SharedData.data("intraday_5min_2006-01-02_to_2006-01-30.csv"));
    assertEquals(2142, s.size());
    assertBar(s, 0, "2006-01-02T08:05:00Z", 3578.73, 3587.88, 3578.73, 3582.99, 0);
    assertBar(s, 2141, "2006-01-30T16:30:00Z", 3679.29, 3679.40, 3676.31, 3677.52, 0);
    for (int i = 0; i < s.size(); i++) {
      assertEquals(0.0, s.volume(i));
    }
  }

  @Test
  void dailyTimeAndZoneAreConfigurable() {
    BarSeries s = BarCsvReader.daily().withZone(ZoneOffset.UTC).withDailyTime(LocalTime.MIDNIGHT)
        .read(SharedData.data("orcl_daily_1995_2014.csv"));
    assertEquals(Instant.parse("1995-01-03T00:00:00Z"), s.time(0));
  }
}
