package io.quantor.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quantor.core.internal.Args;
import io.quantor.core.series.BarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Writes a {@link BarSeries} as CSV ({@link BarCsvFormat}) that {@link BarCsvReader}, configured alike,
 * reads back to the same series: same timestamps, and prices and volumes bit for bit, since every number
 * is printed as the shortest decimal that reads back to the same {@code double} ({@code 3602},
 * {@code 2.179012}, {@code 36301200}; never exponent notation). Lines end with {@code \n}; files are UTF-8.
 * Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link BarCsvFormat#DAILY}: header {@code date,open,high,low,close,adj_close,volume}; the date is the
 *       local date in the writer's zone. Each timestamp must be at the writer's daily time in its zone
 *       (default 16:00 America/New_York, as the reader), or the date alone would not give it back.
 *       {@code adj_close} is written equal to {@code close}: a series carries one close.</li>
 *   <li>{@link BarCsvFormat#INTRADAY}: header {@code date,time,open,high,low,close,volume,open_interest},
 *       local date and {@code HH:mm:ss} in the writer's zone (default UTC), {@code open_interest} 0. Each
 *       timestamp must be a whole second, and not in the second pass of a DST-repeated hour (which the local
 *       time cannot tell apart).</li>
 *   <li>{@link BarCsvFormat#TIMESTAMP}: header {@code timestamp,open,high,low,close,volume}, ISO-8601
 *       instants ({@link Instant#toString()}) or, with {@link #withEpochMillis(boolean)}, epoch
 *       milliseconds.</li>
 * </ul>
 *
 * <pre>{@code
 * BarCsvWriter.timestamped().write(series, Path.of("bars.csv"));
 * BarSeries back = BarCsvReader.timestamped().read(Path.of("bars.csv"));
 * }</pre>
 */
public final class BarCsvWriter {

  private static final CsvFactory FACTORY = new CsvFactory();

  private final BarCsvFormat format;
  private final ZoneId zone;
  private final LocalTime dailyTime;
  private final boolean epochMillis;

  private BarCsvWriter(BarCsvFormat format, ZoneId zone, LocalTime dailyTime, boolean epochMillis) {
    this.format = format;
    this.zone = zone;
    this.dailyTime = dailyTime;
    this.epochMillis = epochMillis;
  }

  /**
   * A writer of {@code format} with the reader's defaults (zone {@link BarCsvReader#DEFAULT_DAILY_ZONE} for
   * daily files, {@link BarCsvReader#DEFAULT_INTRADAY_ZONE} otherwise; daily time
   * {@link BarCsvReader#DEFAULT_DAILY_TIME}; ISO instants).
   *
   * @param format the CSV layout
   * @return the writer
   */
  public static BarCsvWriter of(BarCsvFormat format) {
    Args.notNull(format, "format");
    ZoneId zone = format == BarCsvFormat.DAILY ? BarCsvReader.DEFAULT_DAILY_ZONE
        : BarCsvReader.DEFAULT_INTRADAY_ZONE;
    return new BarCsvWriter(format, zone, BarCsvReader.DEFAULT_DAILY_TIME, false);
  }

  /**
   * A writer of daily files, {@link BarCsvFormat#DAILY}.
   *
   * @return the writer
   */
  public static BarCsvWriter daily() {
    return of(BarCsvFormat.DAILY);
  }

  /**
   * A writer of {@link BarCsvFormat#TIMESTAMP} files.
   *
   * @return the writer
   */
  public static BarCsvWriter timestamped() {
    return of(BarCsvFormat.TIMESTAMP);
  }

  /**
   * A writer of {@link BarCsvFormat#INTRADAY} files.
   *
   * @return the writer
   */
  public static BarCsvWriter intraday() {
    return of(BarCsvFormat.INTRADAY);
  }

  /**
   * This writer with another zone for local dates and times.
   *
   * @param zone the zone
   * @return the new writer
   */
  public BarCsvWriter withZone(ZoneId zone) {
    return new BarCsvWriter(format, Args.notNull(zone, "zone"), dailyTime, epochMillis);
  }

  /**
   * This writer with another local time of daily bars.
   *
   * @param dailyTime the local time every daily timestamp must have
   * @return the new writer
   */
  public BarCsvWriter withDailyTime(LocalTime dailyTime) {
    return new BarCsvWriter(format, zone, Args.notNull(dailyTime, "dailyTime"), epochMillis);
  }

  /**
   * This writer printing {@link BarCsvFormat#TIMESTAMP} timestamps as epoch milliseconds (true) or ISO
   * instants (false, the default).
   *
   * @param epochMillis true for epoch milliseconds
   * @return the new writer
   */
  public BarCsvWriter withEpochMillis(boolean epochMillis) {
    return new BarCsvWriter(format, zone, dailyTime, epochMillis);
  }

  /**
   * Writes the series to a UTF-8 file, replacing it. Nothing is written if a timestamp cannot be
   * represented (checked before the file is opened).
   *
   * @param series the series
   * @param file the file
   * @throws IllegalArgumentException if a timestamp does not fit the format (see the class comment)
   * @throws UncheckedIOException if writing fails
   */
  public void write(BarSeries series, Path file) {
    Args.notNull(series, "series");
    Args.notNull(file, "file");
    String[] stamps = stamps(series);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(series, stamps, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes the series to a character stream, which is flushed but not closed.
   *
   * @param series the series
   * @param out the stream
   * @throws IllegalArgumentException if a timestamp does not fit the format (nothing is written then)
   * @throws UncheckedIOException if writing fails
   */
  public void write(BarSeries series, Writer out) {
    Args.notNull(series, "series");
    Args.notNull(out, "out");
    String[] stamps = stamps(series);
    try {
      write(series, stamps, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV", e);
    }
  }

  private void write(BarSeries s, String[] stamps, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder();
    for (String name : format.header()) {
      schema.addColumn(name);
    }
    try (CsvGenerator g = (CsvGenerator) FACTORY.createGenerator(out)) {
      // The caller owns the stream: flush it, do not close it.
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setSchema(schema.build().withHeader());
      int columnsBeforePrices = format == BarCsvFormat.INTRADAY ? 2 : 1;
      for (int i = 0, n = s.size(); i < n; i++) {
        g.writeStartArray();
        g.writeString(stamps[i * columnsBeforePrices]);
        if (columnsBeforePrices == 2) {
          g.writeString(stamps[i * 2 + 1]);
        }
        g.writeNumber(Decimals.format(s.open(i)));
        g.writeNumber(Decimals.format(s.high(i)));
        g.writeNumber(Decimals.format(s.low(i)));
        String close = Decimals.format(s.close(i));
        g.writeNumber(close);
        if (format == BarCsvFormat.DAILY) {
          g.writeNumber(close);
        }
        g.writeNumber(Decimals.format(s.volume(i)));
        if (format == BarCsvFormat.INTRADAY) {
          g.writeNumber("0");
        }
        g.writeEndArray();
      }
      g.flush();
    }
  }

  /**
   * The date/time cells of every bar, checked before anything is written: converting each cell back with
   * the reader's own conversion must give the bar's timestamp again.
   */
  private String[] stamps(BarSeries s) {
    int n = s.size();
    if (format == BarCsvFormat.TIMESTAMP) {
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        out[i] = epochMillis ? Long.toString(s.epochMillis(i)) : s.time(i).toString();
      }
      return out;
    }
    boolean daily = format == BarCsvFormat.DAILY;
    long dailyMillis = dailyTime.toNanoOfDay() / 1_000_000L;
    String[] out = new String[daily ? n : 2 * n];
    ZoneRules rules = zone.getRules();
    ZoneConverter back = new ZoneConverter(zone);
    long lastDay = Long.MIN_VALUE;
    String lastDate = null;
    for (int i = 0; i < n; i++) {
      long t = s.epochMillis(i);
      long local = t + rules.getOffset(Instant.ofEpochMilli(t)).getTotalSeconds() * 1000L;
      long day = Math.floorDiv(local, ZoneConverter.DAY_MILLIS);
      long ms = local - day * ZoneConverter.DAY_MILLIS;
      if (day != lastDay) {
        LocalDate date = LocalDate.ofEpochDay(day);
        if (date.getYear() < 0 || date.getYear() > 9999) {
          throw new IllegalArgumentException("bar " + i + " at " + s.time(i) + " has a local year outside"
              + " 0000..9999 in " + zone + "; write it with the TIMESTAMP format");
        }
        lastDay = day;
        lastDate = date.toString();
      }
      if (daily) {
        if (ms != dailyMillis || back.toEpochMillis(day, dailyMillis) != t) {
          throw new IllegalArgumentException("bar " + i + " at " + s.time(i) + " is not at the daily time "
              + dailyTime + " " + zone + "; write it with the TIMESTAMP format or set withDailyTime");
        }
        out[i] = lastDate;
      } else {
        if (ms % 1000 != 0 || back.toEpochMillis(day, ms) != t) {
          throw new IllegalArgumentException("bar " + i + " at " + s.time(i) + " has no unique whole-second"
              + " local time in " + zone + "; write it with the TIMESTAMP format");
        }
        int sec = (int) (ms / 1000);
        out[2 * i] = lastDate;
        out[2 * i + 1] = two(sec / 3600) + ':' + two(sec / 60 % 60) + ':' + two(sec % 60);
      }
    }
    return out;
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }
}
