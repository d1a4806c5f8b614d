package io.quantor.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.core.series.BarSeries;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * What {@link BarCsvWriter} writes, {@link BarCsvReader} (configured alike) reads back identically: same
 * timestamps and bit-identical prices and volumes, for random series with prices and volumes of any
 * magnitude and digit count, in all three formats.
 */
class BarCsvRoundTripProperties {

  private static final ZoneId[] ZONES = {ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata")};

  private static double value(SplittableRandom rnd) {
    // Any digit count, magnitudes from 1e-9 to 1e12, sometimes few digits, sometimes all 17.
    double mantissa = rnd.nextBoolean() ? rnd.nextDouble() : Math.round(rnd.nextDouble() * 1e6) / 1e4;
    return mantissa * Math.pow(10, rnd.nextInt(22) - 9);
  }

  private static BarSeries series(SplittableRandom rnd, int n, BarCsvFormat format, ZoneId zone) {
    BarSeries.Builder b = BarSeries.builder("RT", n);
    long t = -2_000_000_000_000L + rnd.nextLong(6_000_000_000_000L);
    if (format == BarCsvFormat.INTRADAY) {
      t = Math.floorDiv(t, 1000) * 1000;
    }
    LocalDate day = LocalDate.of(1900 + rnd.nextInt(200), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    for (int i = 0; i < n; i++) {
      double open = rnd.nextInt(8) == 0 ? -value(rnd) : value(rnd);
      double close = rnd.nextInt(8) == 0 ? -value(rnd) : value(rnd);
      double high = Math.max(open, close) + (rnd.nextBoolean() ? 0 : value(rnd));
      double low = Math.min(open, close) - (rnd.nextBoolean() ? 0 : value(rnd));
      double volume = rnd.nextInt(5) == 0 ? 0 : rnd.nextBoolean() ? rnd.nextInt(1_000_000) : value(rnd) * 1e6;
      long stamp;
      if (format == BarCsvFormat.TIMESTAMP) {
        t += 1 + rnd.nextLong(90L * 86_400_000L);
        stamp = t;
      } else if (format == BarCsvFormat.DAILY) {
        day = day.plusDays(1 + rnd.nextInt(5));
        stamp = ZonedDateTime.of(day.atTime(16, 0), zone).toInstant().toEpochMilli();
      } else {
        // Whole seconds; skip instants whose local time is ambiguous (second pass of a DST overlap).
        do {
          t += 1000L * (1 + rnd.nextInt(rnd.nextBoolean() ? 120 : 200_000));
        } while (!ZonedDateTime.ofLocal(LocalDateTime.ofInstant(Instant.ofEpochMilli(t), zone), zone, null)
            .toInstant().equals(Instant.ofEpochMilli(t)));
        stamp = t;
      }
      b.add(stamp, open, high, low, close, volume);
    }
    return b.build();
  }

  @Property(tries = 200)
  void writeThenReadIsIdentity(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll BarCsvFormat format, @ForAll boolean epochMillis) {
    SplittableRandom rnd = new SplittableRandom(seed);
    ZoneId zone = format == BarCsvFormat.DAILY ? BarCsvReader.DEFAULT_DAILY_ZONE
        : ZONES[rnd.nextInt(ZONES.length)];
    BarSeries s = series(rnd, n, format, zone);
    StringWriter out = new StringWriter();
    BarCsvWriter.of(format).withZone(zone).withEpochMillis(epochMillis).write(s, out);
    BarSeries back = BarCsvReader.of(format).withZone(zone).withSymbol("RT")
        .read(new StringReader(out.toString()), "roundtrip.csv");
    assertEquals(s.size(), back.size(), out.toString());
    for (int i = 0; i < n; i++) {
      // Bar equality compares doubles with Double.compare: bit for bit, -0.0 apart from 0.0.
      assertEquals(s.bar(i), back.bar(i), "row " + i + " of\n" + out);
    }
  }
}
