package io.quantor.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.BarSeries;
import io.quantor.core.testing.SharedData;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layouts {@link BarCsvWriter} writes, the timestamps it refuses, and a write and read of the real ORCL
 * file ({@code shared/data/orcl_daily_1995_2014.csv}) giving back the same series.
 */
class BarCsvWriterTest {

  private static BarSeries two(String t0, String t1) {
    return BarSeries.builder("W")
        .add(Instant.parse(t0), 3602, 3603, 3597, 3599, 5699)
        .add(Instant.parse(t1), 3600.5, 3601, 3598, 3599.25, 894)
        .build();
  }

  private static String write(BarCsvWriter w, BarSeries s) {
    StringWriter out = new StringWriter();
    w.write(s, out);
    return out.toString();
  }

  @Test
  void layouts() {
    BarSeries s = two("2006-01-02T08:01:00Z", "2006-01-02T08:02:00Z");
    assertEquals("date,time,open,high,low,close,volume,open_interest\n"
        + "2006-01-02,09:01:00,3602,3603,3597,3599,5699,0\n"
        + "2006-01-02,09:02:00,3600.5,3601,3598,3599.25,894,0\n",
        write(BarCsvWriter.intraday().withZone(ZoneId.of("Europe/Berlin")), s));
    assertEquals("timestamp,open,high,low,close,volume\n"
        + "2006-01-02T08:01:00Z,3602,3603,3597,3599,5699\n"
        + "2006-01-02T08:02:00Z,3600.5,3601,3598,3599.25,894\n", write(BarCsvWriter.timestamped(), s));
    assertTrue(write(BarCsvWriter.timestamped().withEpochMillis(true), s)
        .contains("\n1136188860000,3602,"));
    BarSeries daily = two("2006-01-02T21:00:00Z", "2006-01-03T21:00:00Z");
    assertEquals("date,open,high,low,close,adj_close,volume\n"
        + "2006-01-02,3602,3603,3597,3599,3599,5699\n"
        + "2006-01-03,3600.5,3601,3598,3599.25,3599.25,894\n", write(BarCsvWriter.daily(), daily));
  }

  @Test
  void refusesTimestampsTheFormatCannotHold() {
    BarSeries notAtClose = two("2006-01-02T21:00:00Z", "2006-01-03T20:59:00Z");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> write(BarCsvWriter.daily(), notAtClose));
    assertTrue(e.getMessage().contains("bar 1"), e.getMessage());
    BarSeries subSecond = two("2006-01-02T08:01:00Z", "2006-01-02T08:01:00.500Z");
    assertThrows(IllegalArgumentException.class, () -> write(BarCsvWriter.intraday(), subSecond));
    // 02:30 local on 2006-10-29 happens twice in Berlin; the second one cannot be written as local time.
    BarSeries overlap = two("2006-10-29T00:30:00Z", "2006-10-29T01:30:00Z");
    assertThrows(IllegalArgumentException.class,
        () -> write(BarCsvWriter.intraday().withZone(ZoneId.of("Europe/Berlin")), overlap));
    StringWriter untouched = new StringWriter();
    assertThrows(IllegalArgumentException.class, () -> BarCsvWriter.daily().write(notAtClose, untouched));
    assertEquals("", untouched.toString(), "nothing is written when a timestamp is refused");
  }

  @Test
  void orclFileRoundTrips(@TempDir Path dir) throws Exception {
    Path source = SharedData.data("orcl_daily_1995_2014.csv");
    BarSeries orcl = BarCsvReader.daily().read(source);
    Path copy = dir.resolve("orcl_copy.csv");
    BarCsvWriter.daily().write(orcl, copy);
    BarSeries back = BarCsvReader.daily().read(copy);
    for (int i = 0; i < orcl.size(); i++) {
      assertEquals(orcl.bar(i), back.bar(i));
    }
    assertEquals("date,open,high,low,close,adj_close,volume", Files.readAllLines(copy).get(0));
    assertEquals("1995-01-03,2.179012,2.191358,2.117284,2.117284,2.117284,36301200",
        Files.readAllLines(copy).get(1));
  }
}
