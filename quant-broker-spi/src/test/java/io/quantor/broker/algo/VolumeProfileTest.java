package io.quantor.broker.algo;

import static io.quantor.broker.algo.SliceScheduleTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.core.io.BarCsvReader;
import io.quantor.core.series.BarSeries;
import io.quantor.core.series.TimeFrame;
import io.quantor.core.testing.SharedData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumeProfileTest {

  private static final ZoneId UTC = ZoneOffset.UTC;

  private static void add(BarSeries.Builder b, String time, double volume) {
    b.add(Instant.parse(time), 10, 10, 10, 10, volume);
  }

  @Test
  void averagesEachDaysFractionsPerBin() {
    BarSeries.Builder b = BarSeries.builder("X");
    add(b, "2006-01-02T09:00:00Z", 1000);   // at the session start: outside (the bin before it)
    add(b, "2006-01-02T09:01:00Z", 10);     // bin 0 = (09:00, 09:05]
    add(b, "2006-01-02T09:05:00Z", 30);     // bin 0
    add(b, "2006-01-02T09:06:00Z", 60);     // bin 1 = (09:05, 09:10]
    add(b, "2006-01-02T09:11:00Z", 1000);   // after the session: ignored
    add(b, "2006-01-03T09:03:00Z", 500);    // day 2: bin 0
    add(b, "2006-01-03T09:10:00Z", 500);    // bin 1
    add(b, "2006-01-04T09:04:00Z", 0);      // day 3: no session volume, skipped
    VolumeProfile p = VolumeProfile.fromHistory(b.build(), UTC, LocalTime.of(9, 0), LocalTime.of(9, 10),
        TimeFrame.FIVE_MINUTES);
    // Day 1: 40 / 100 and 60 / 100; day 2: 1/2 and 1/2; averaged: 0.45 and 0.55.
    assertArrayEquals(new double[] {0.45, 0.55}, p.fractions(), 1e-15);
    assertEquals(2, p.days());
    assertEquals(2, p.bins());
    assertEquals(LocalTime.of(9, 5), p.binEnd(0));
    assertEquals(LocalTime.of(9, 10), p.sessionEnd());
    assertEquals(Duration.ofMinutes(5), p.binWidth());
    assertArrayEquals(new double[] {0.55}, p.weights(LocalTime.of(9, 5), LocalTime.of(9, 10)), 1e-15);
    assertEquals("VolumeProfile[09:00..09:10 Z, 2 bins of 5 min, 2 days]", p.toString());
  }

  @Test
  void rejectsInvalidInput() {
    BarSeries.Builder b = BarSeries.builder("X");
    add(b, "2006-01-02T09:01:00Z", 10);
    BarSeries s = b.build();
    assertMessage("bin 7m must divide the session 09:00..09:10",
        () -> VolumeProfile.fromHistory(s, UTC, LocalTime.of(9, 0), LocalTime.of(9, 10),
            TimeFrame.minutes(7)));
    assertMessage("sessionEnd must be after sessionStart 09:00, was 09:00",
        () -> VolumeProfile.fromHistory(s, UTC, LocalTime.of(9, 0), LocalTime.of(9, 0),
            TimeFrame.ONE_MINUTE));
    assertMessage("bin must be a minute frame, was 1d",
        () -> VolumeProfile.fromHistory(s, UTC, LocalTime.of(9, 0), LocalTime.of(9, 10), TimeFrame.DAILY));
    assertMessage("history has no volume in the session 10:00..10:10",
        () -> VolumeProfile.fromHistory(s, UTC, LocalTime.of(10, 0), LocalTime.of(10, 10),
            TimeFrame.FIVE_MINUTES));
    VolumeProfile p = VolumeProfile.fromHistory(s, UTC, LocalTime.of(9, 0), LocalTime.of(9, 10),
        TimeFrame.FIVE_MINUTES);
    assertMessage("from must be on the 5-minute grid of the session 09:00..09:10, was 09:01",
        () -> p.weights(LocalTime.of(9, 1), LocalTime.of(9, 10)));
    assertMessage("to must be on the 5-minute grid of the session 09:00..09:10, was 09:15",
        () -> p.weights(LocalTime.of(9, 0), LocalTime.of(9, 15)));
    assertMessage("to must be after from 09:05, was 09:05",
        () -> p.weights(LocalTime.of(9, 5), LocalTime.of(9, 5)));
  }

  /**
   * On the real 1-minute file (README: 41 days, bars 09:01..22:00, volume on every bar), the profile
   * equals one computed along an independent path: the core {@code Resampler}'s 5-minute bars (same
   * {@code (end - 5, end]} buckets) turned into per-day fractions and averaged. Tolerance 1e-12 (sums in a
   * different order).
   */
  @Test
  void realDataMatchesResampledFiveMinuteBars() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    BarSeries minutes = BarCsvReader.intraday().withZone(berlin)
        .read(SharedData.data("intraday_1min_2006-01-02_to_2006-02-27.csv"));
    VolumeProfile p = VolumeProfile.fromHistory(minutes, berlin, LocalTime.of(9, 0), LocalTime.of(22, 0),
        TimeFrame.FIVE_MINUTES);
    assertEquals(156, p.bins());
    assertEquals(41, p.days());
    BarSeries five = minutes.resample(TimeFrame.FIVE_MINUTES, berlin);
    Map<LocalDate, double[]> byDay = new LinkedHashMap<>();
    for (int i = 0; i < five.size(); i++) {
      LocalTime end = five.time(i).atZone(berlin).toLocalTime();
      int bin = (end.toSecondOfDay() - LocalTime.of(9, 0).toSecondOfDay()) / 300 - 1;
      byDay.computeIfAbsent(five.time(i).atZone(berlin).toLocalDate(), d -> new double[156])[bin] +=
          five.volume(i);
    }
    double[] expected = new double[156];
    for (double[] day : byDay.values()) {
      double total = 0;
      for (double v : day) {
        total += v;
      }
      for (int k = 0; k < 156; k++) {
        expected[k] += day[k] / total / byDay.size();
      }
    }
    assertEquals(41, byDay.size());
    assertArrayEquals(expected, p.fractions(), 1e-12);
    double sum = 0;
    for (double f : p.fractions()) {
      sum += f;
    }
    assertEquals(1.0, sum, 1e-12);
  }
}
