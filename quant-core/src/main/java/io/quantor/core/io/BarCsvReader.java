package io.quantor.core.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quantor.core.internal.Args;
import io.quantor.core.series.BarSeries;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads OHLCV bars from CSV ({@link BarCsvFormat}) into a {@link BarSeries}, validating every row.
 * Immutable and thread-safe; configure with the {@code with...} methods.
 *
 * <p><b>Strict and lenient.</b> {@link #read(Path)} stops at the first bad row with a
 * {@link DataFormatException} naming the source, the line (the header is line 1) and the column, and
 * returns nothing. {@link #readLenient(Path)} leaves bad rows out and returns the series of the good rows
 * with a {@link ReadReport} listing every skipped row (line, column, reason). A row is bad when a value is
 * missing or not a number, date, time or timestamp (numbers are plain decimals such as {@code 3602.00} or
 * {@code 1.5e3}, without surrounding spaces; {@code NaN}, {@code Infinity} and out-of-range values are
 * rejected; a cell may be quoted), when it has more or
 * fewer values than the header (a missing value is reported under its header name, an extra one by its
 * position such as {@code #8}), when it breaks a {@link io.quantor.core.series.Bar} invariant
 * ({@code high < low}, {@code high < max(open, close)}, {@code low > min(open, close)}, negative volume), or
 * when its timestamp is not later than the previous good row's (duplicate or unsorted). Problems of the
 * whole file throw in both modes: an empty file, a header without a required column or with a repeated
 * one, malformed CSV that cannot be resynchronized (an unclosed quote), text that is not UTF-8. A strict
 * read of a file with a header and no data row throws; a lenient one returns an empty series. Blank lines
 * are skipped. I/O failures throw {@link UncheckedIOException}.
 *
 * <p><b>Timestamps.</b> Quantor stamps bars with their close time:
 * <ul>
 *   <li>{@link BarCsvFormat#DAILY}: the date at the session close, by default 16:00 America/New_York
 *       ({@link #DEFAULT_DAILY_TIME}, {@link #DEFAULT_DAILY_ZONE}; the NYSE close), so a daily bar is never
 *       visible before its day's close; {@link #withDailyTime} and {@link #withZone} change it. The date is
 *       the bar's trading date in that zone.</li>
 *   <li>{@link BarCsvFormat#INTRADAY}: the local date and time read in the reader's zone, by default UTC
 *       ({@link #DEFAULT_INTRADAY_ZONE}) because the files carry no zone; set the exchange zone with
 *       {@link #withZone}. Local times in a DST gap move forward by the gap; a repeated (DST overlap) local
 *       time takes the earlier offset, so the second pass of a repeated hour reads as unsorted rows.</li>
 *   <li>{@link BarCsvFormat#TIMESTAMP}: the instant as written (the zone is not used); at most millisecond
 *       precision.</li>
 * </ul>
 *
 * <p><b>Adjusted prices.</b> With {@link #withAdjustedPrices(boolean) withAdjustedPrices(true)} a daily file
 * must have an {@code adj_close} column, and each row's open, high, low and close are multiplied by
 * {@code adj_close / close} (so the close becomes {@code adj_close} within one rounding, and multiplying by a
 * positive ratio keeps the bar's high/low ordering). Volume is left as is: Yahoo's {@code Adj Close} folds
 * dividends (and splits) into the price, and Yahoo's volume is already split-adjusted, so there is no
 * share-count change to undo. Without the option {@code adj_close} is ignored.
 *
 * <p><b>Decisions on the shared data files</b> ({@code shared/data/README.md}):
 * <ul>
 *   <li>ORCL and YHOO daily files read as they are (5,036 and 4,965 rows). Their prices are split- but not
 *       dividend-adjusted; ORCL's {@code adj_close/close} runs from 0.889 to 0.941, so
 *       {@code withAdjustedPrices(true)} gives the dividend-adjusted series, used for returns.</li>
 *   <li>YHOO's first row is its IPO day (1996-04-12, range 1.02 to 1.79, volume 408,720,000). It is a valid
 *       bar and is kept; callers who want to skip the IPO day slice it off.</li>
 *   <li>1-minute file: minutes without trades are missing (725 gaps within days, up to 14 minutes). Gaps are
 *       accepted: the reader requires increasing, not evenly spaced, timestamps, and the resampler makes no
 *       empty bars. {@code open_interest} (always 0) is not read.</li>
 *   <li>5-minute file: every volume is 0 (index data). Zero volume is a valid bar and is accepted.</li>
 * </ul>
 *
 * <pre>{@code
 * BarSeries orcl = BarCsvReader.daily().withSymbol("ORCL").read(Path.of("orcl_daily_1995_2014.csv"));
 * BarSeries adjusted = BarCsvReader.daily().withAdjustedPrices(true)
 *     .read(Path.of("orcl_daily_1995_2014.csv"));
 * ReadReport r = BarCsvReader.intraday().withZone(ZoneId.of("Europe/Berlin")).readLenient(file);
 * r.skipped().forEach(row -> log.warn("skipped line {} ({}): {}", row.line(), row.column(), row.reason()));
 * }</pre>
 */
public final class BarCsvReader {

  /** Default zone of daily dates: the NYSE's. */
  public static final ZoneId DEFAULT_DAILY_ZONE = ZoneId.of("America/New_York");
  /** Default local time of daily bars: the NYSE close. */
  public static final LocalTime DEFAULT_DAILY_TIME = LocalTime.of(16, 0);
  /** Default zone of intraday local dates and times: UTC, since the files name no zone. */
  public static final ZoneId DEFAULT_INTRADAY_ZONE = ZoneOffset.UTC;

  private static final CsvFactory FACTORY = new CsvFactory();

  private static final int IGNORED = 0;
  private static final int DATE = 1;
  private static final int TIME = 2;
  private static final int STAMP = 3;
  private static final int OPEN = 4;
  private static final int HIGH = 5;
  private static final int LOW = 6;
  private static final int CLOSE = 7;
  private static final int ADJ_CLOSE = 8;
  private static final int VOLUME = 9;
  private static final String[] ROLE_NAMES = {
      "", "date", "time", "timestamp", "open", "high", "low", "close", "adj_close", "volume"};

  private final BarCsvFormat format;
  private final ZoneId zone;
  private final LocalTime dailyTime;
  private final boolean adjusted;
  private final String symbol;

  private BarCsvReader(BarCsvFormat format, ZoneId zone, LocalTime dailyTime, boolean adjusted,
      String symbol) {
    this.format = format;
    this.zone = zone;
    this.dailyTime = dailyTime;
    this.adjusted = adjusted;
    this.symbol = symbol;
  }

  /**
   * A reader of {@code format} with the defaults: zone {@link #DEFAULT_DAILY_ZONE} for daily files and
   * {@link #DEFAULT_INTRADAY_ZONE} otherwise, daily time {@link #DEFAULT_DAILY_TIME}, unadjusted prices,
   * symbol taken from the source name.
   *
   * @param format the CSV layout
   * @return the reader
   */
  public static BarCsvReader of(BarCsvFormat format) {
    Args.notNull(format, "format");
    ZoneId zone = format == BarCsvFormat.DAILY ? DEFAULT_DAILY_ZONE : DEFAULT_INTRADAY_ZONE;
    return new BarCsvReader(format, zone, DEFAULT_DAILY_TIME, false, null);
  }

  /**
   * A reader of Yahoo-style daily files, {@link BarCsvFormat#DAILY}.
   *
   * @return the reader
   */
  public static BarCsvReader daily() {
    return of(BarCsvFormat.DAILY);
  }

  /**
   * A reader of {@code timestamp,open,high,low,close,volume} files, {@link BarCsvFormat#TIMESTAMP}.
   *
   * @return the reader
   */
  public static BarCsvReader timestamped() {
    return of(BarCsvFormat.TIMESTAMP);
  }

  /**
   * A reader of {@code date,time,open,high,low,close,volume,open_interest} files,
   * {@link BarCsvFormat#INTRADAY}.
   *
   * @return the reader
   */
  public static BarCsvReader intraday() {
    return of(BarCsvFormat.INTRADAY);
  }

  /**
   * This reader with another zone for local dates and times (not used by {@link BarCsvFormat#TIMESTAMP}).
   *
   * @param zone the exchange zone
   * @return the new reader
   */
  public BarCsvReader withZone(ZoneId zone) {
    return new BarCsvReader(format, Args.notNull(zone, "zone"), dailyTime, adjusted, symbol);
  }

  /**
   * This reader with another local time for daily bars (used by {@link BarCsvFormat#DAILY} only).
   *
   * @param dailyTime the local time daily bars are stamped at, whole milliseconds
   * @return the new reader
   * @throws IllegalArgumentException if {@code dailyTime} has sub-millisecond digits
   */
  public BarCsvReader withDailyTime(LocalTime dailyTime) {
    Args.notNull(dailyTime, "dailyTime");
    if (dailyTime.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException("dailyTime must be whole milliseconds, was " + dailyTime);
    }
    return new BarCsvReader(format, zone, dailyTime, adjusted, symbol);
  }

  /**
   * This reader with or without the {@code adj_close / close} adjustment of daily prices (see the class
   * comment).
   *
   * @param adjusted true to adjust open, high, low and close by {@code adj_close / close}
   * @return the new reader
   * @throws IllegalArgumentException if {@code adjusted} and the format is not {@link BarCsvFormat#DAILY}
   */
  public BarCsvReader withAdjustedPrices(boolean adjusted) {
    if (adjusted && format != BarCsvFormat.DAILY) {
      throw new IllegalArgumentException("adjusted prices need the DAILY format, was " + format);
    }
    return new BarCsvReader(format, zone, dailyTime, adjusted, symbol);
  }

  /**
   * This reader with a fixed symbol for the series (by default the source name without folders and
   * extension: {@code orcl_daily_1995_2014}).
   *
   * @param symbol the symbol
   * @return the new reader
   */
  public BarCsvReader withSymbol(String symbol) {
    return new BarCsvReader(format, zone, dailyTime, adjusted, Args.notNull(symbol, "symbol"));
  }

  /**
   * The CSV layout.
   *
   * @return the format
   */
  public BarCsvFormat format() {
    return format;
  }

  /**
   * The zone of local dates and times.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The local time daily bars are stamped at.
   *
   * @return the daily time
   */
  public LocalTime dailyTime() {
    return dailyTime;
  }

  /**
   * Whether daily prices are adjusted by {@code adj_close / close}.
   *
   * @return true if adjusted
   */
  public boolean adjustsPrices() {
    return adjusted;
  }

  /**
   * Reads a UTF-8 file strictly.
   *
   * @param file the file
   * @return the series
   * @throws DataFormatException on the first bad row or a bad file, naming the file, line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public BarSeries read(Path file) {
    return readFile(file, true).series();
  }

  /**
   * Reads CSV text strictly. The reader is read to its end but not closed.
   *
   * @param in the text
   * @param source the name used in messages and for the default symbol, such as a file name
   * @return the series
   * @throws DataFormatException on the first bad row or bad content, naming the source, line and column
   * @throws UncheckedIOException if reading fails
   */
  public BarSeries read(Reader in, String source) {
    return run(Args.notNull(in, "in"), Args.notNull(source, "source"), 1024, true).series();
  }

  /**
   * Reads a UTF-8 file leniently: bad rows are left out and reported.
   *
   * @param file the file
   * @return the series of the good rows and the skipped rows
   * @throws DataFormatException if the file as a whole is bad (empty, a required column missing, malformed
   *     CSV, not UTF-8)
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadReport readLenient(Path file) {
    return readFile(file, false);
  }

  /**
   * Reads CSV text leniently. The reader is read to its end but not closed.
   *
   * @param in the text
   * @param source the name used in messages and for the default symbol
   * @return the series of the good rows and the skipped rows
   * @throws DataFormatException if the content as a whole is bad
   * @throws UncheckedIOException if reading fails
   */
  public ReadReport readLenient(Reader in, String source) {
    return run(Args.notNull(in, "in"), Args.notNull(source, "source"), 1024, false);
  }

  private ReadReport readFile(Path file, boolean strict) {
    Args.notNull(file, "file");
    String source = file.toString();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      // About 40 bytes a row in every supported layout: size the builder once.
      long rows = Files.size(file) / 40 + 16;
      return run(in, source, (int) Math.min(rows, 1 << 24), strict);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private ReadReport run(Reader in, String source, int expectedRows, boolean strict) {
    String name = symbol != null ? symbol : symbolOf(source);
    Pass pass = new Pass(source, name, expectedRows, strict);
    try (CsvParser parser = (CsvParser) FACTORY.createParser(in)) {
      parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      pass.parse(parser);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      long line = pass.rowLine > 0 ? pass.rowLine : at == null ? 0 : Math.max(0, at.getLineNr());
      throw new DataFormatException(source, line, null, "malformed CSV: " + e.getOriginalMessage(), e);
    } catch (CharacterCodingException e) {
      throw new DataFormatException(source, pass.rowLine, null, "not UTF-8 text: " + e, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return new ReadReport(source, pass.builder.build(), pass.skipped);
  }

  private static String symbolOf(String source) {
    String s = source;
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    s = s.substring(slash + 1);
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(0, dot) : s;
  }

  /** The mutable state of one read. */
  private final class Pass {

    final String source;
    final boolean strict;
    final BarSeries.Builder builder;
    final List<SkippedRow> skipped = new ArrayList<>();
    final ZoneConverter converter = new ZoneConverter(zone);
    final long dailyMillis = dailyTime.toNanoOfDay() / 1_000_000L;

    String[] names;
    int[] roles;
    int width;
    final int[] columnOf = new int[ROLE_NAMES.length];

    long headerLine;
    long rowLine;
    double open;
    double high;
    double low;
    double close;
    double adjClose;
    double volume;
    long epochDay;
    long timeMillis;
    long stamp;
    String lastDateText;
    long lastDateDay;
    String errorColumn;
    String errorReason;

    long lastStamp = Long.MIN_VALUE;
    long lastLine;
    long lastEpochDay = Long.MIN_VALUE;

    Pass(String source, String symbol, int expectedRows, boolean strict) {
      this.source = source;
      this.strict = strict;
      this.builder = BarSeries.builder(symbol, expectedRows);
    }

    void parse(CsvParser p) throws IOException {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        throw new DataFormatException(source, 1, null, "empty file: no header");
      }
      if (!header(p)) {
        throw new DataFormatException(source, 1, null, "empty file: no header");
      }
      int rows = 0;
      while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
        rowLine = p.currentLocation().getLineNr();
        errorColumn = null;
        int c = 0;
        boolean firstEmpty = false;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          String text = p.getText();
          if (c == 0) {
            firstEmpty = text.isEmpty();
          }
          if (errorColumn == null) {
            cell(c, text);
          }
          c++;
        }
        if (c == 1 && firstEmpty) {
          continue;
        }
        rows++;
        if (errorColumn == null && c < width) {
          fail(names[c], "missing value: the row has " + c + " values, the header " + width);
        }
        if (errorColumn == null) {
          finishRow();
        }
        if (errorColumn != null) {
          if (strict) {
            throw new DataFormatException(source, rowLine, errorColumn, errorReason);
          }
          skipped.add(new SkippedRow(rowLine, errorColumn, errorReason));
        }
      }
      rowLine = 0;
      if (rows == 0 && strict) {
        throw new DataFormatException(source, headerLine + 1, null, "no data rows after the header");
      }
    }

    /** Reads the header row (skipping blank lines); false if there is none. */
    private boolean header(CsvParser p) throws IOException {
      List<String> cells = new ArrayList<>();
      long line = 0;
      while (true) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_ARRAY) {
          return false;
        }
        line = p.currentLocation().getLineNr();
        cells.clear();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          cells.add(p.getText());
        }
        if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
          break;
        }
      }
      headerLine = line;
      width = cells.size();
      names = new String[width];
      roles = new int[width];
      Arrays.fill(columnOf, -1);
      for (int c = 0; c < width; c++) {
        String raw = cells.get(c);
        if (c == 0 && raw.startsWith("\uFEFF")) {
          raw = raw.substring(1);
        }
        names[c] = raw.trim();
        int role = role(normalize(raw));
        roles[c] = role;
        if (role != IGNORED) {
          if (columnOf[role] >= 0) {
            throw new DataFormatException(source, line, names[c], "repeated column (also column "
                + (columnOf[role] + 1) + ", '" + names[columnOf[role]] + "')");
          }
          columnOf[role] = c;
        }
      }
      for (int role : required()) {
        if (columnOf[role] < 0) {
          throw new DataFormatException(source, line, ROLE_NAMES[role], "missing column; the header has "
              + Arrays.toString(names) + ", a " + format + " file needs " + Arrays.toString(format.header()));
        }
      }
      return true;
    }

    private int[] required() {
      switch (format) {
        case DAILY:
          return adjusted ? new int[] {DATE, OPEN, HIGH, LOW, CLOSE, ADJ_CLOSE, VOLUME}
              : new int[] {DATE, OPEN, HIGH, LOW, CLOSE, VOLUME};
        case TIMESTAMP:
          return new int[] {STAMP, OPEN, HIGH, LOW, CLOSE, VOLUME};
        default:
          return new int[] {DATE, TIME, OPEN, HIGH, LOW, CLOSE, VOLUME};
      }
    }

    private int role(String name) {
      switch (name) {
        case "open":
          return OPEN;
        case "high":
          return HIGH;
        case "low":
          return LOW;
        case "close":
          return CLOSE;
        case "volume":
          return VOLUME;
        case "date":
          return format == BarCsvFormat.TIMESTAMP ? IGNORED : DATE;
        case "time":
          return format == BarCsvFormat.INTRADAY ? TIME : IGNORED;
        case "timestamp":
          return format == BarCsvFormat.TIMESTAMP ? STAMP : IGNORED;
        case "adjclose":
          return format == BarCsvFormat.DAILY && adjusted ? ADJ_CLOSE : IGNORED;
        default:
          return IGNORED;
      }
    }

    private void cell(int c, String text) {
      if (c >= width) {
        fail("#" + (c + 1), "extra value: the row has more values than the header's " + width);
        return;
      }
      switch (roles[c]) {
        case OPEN:
          open = number(c, text);
          break;
        case HIGH:
          high = number(c, text);
          break;
        case LOW:
          low = number(c, text);
          break;
        case CLOSE:
          close = number(c, text);
          break;
        case ADJ_CLOSE:
          adjClose = number(c, text);
          break;
        case VOLUME:
          volume = number(c, text);
          break;
        case DATE:
          epochDay = date(c, text);
          break;
        case TIME:
          timeMillis = time(c, text);
          break;
        case STAMP:
          stamp = timestamp(c, text);
          break;
        default:
          break;
      }
    }

    private double number(int c, String text) {
      double v = Decimals.parse(text);
      if (Double.isNaN(v)) {
        fail(names[c], "not a number: " + quote(text));
      } else if (Double.isInfinite(v)) {
        fail(names[c], "number out of range: " + quote(text));
      }
      return v;
    }

    private long date(int c, String text) {
      if (text.equals(lastDateText)) {
        return lastDateDay;
      }
      long day = parseDate(text);
      if (day == Long.MIN_VALUE) {
        fail(names[c], "not a date (yyyy-MM-dd): " + quote(text));
      } else {
        lastDateText = text;
        lastDateDay = day;
      }
      return day;
    }

    private long time(int c, String text) {
      long ms = parseTime(text);
      if (ms < 0) {
        fail(names[c], "not a time (HH:mm:ss or HH:mm): " + quote(text));
      }
      return ms;
    }

    private long timestamp(int c, String text) {
      int n = text.length();
      int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
      boolean digits = n > i;
      for (int k = i; k < n && digits; k++) {
        char ch = text.charAt(k);
        digits = ch >= '0' && ch <= '9';
      }
      try {
        if (digits) {
          return Long.parseLong(text);
        }
        long fast = parseUtcInstant(text);
        if (fast != Long.MIN_VALUE) {
          return fast;
        }
        Instant at = Instant.parse(text);
        if (at.getNano() % 1_000_000 != 0) {
          fail(names[c], "timestamp finer than a millisecond: " + quote(text));
          return 0;
        }
        return at.toEpochMilli();
      } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
        fail(names[c], "not an ISO-8601 instant or epoch milliseconds: " + quote(text));
        return 0;
      }
    }

    private void finishRow() {
      long t;
      switch (format) {
        case DAILY:
          t = converter.toEpochMillis(epochDay, dailyMillis);
          break;
        case INTRADAY:
          t = converter.toEpochMillis(epochDay, timeMillis);
          break;
        default:
          t = stamp;
          break;
      }
      if (high < low) {
        fail(HIGH, String.format(Locale.ROOT, "high %s < low %s", text(high), text(low)));
        return;
      }
      if (high < open || high < close) {
        fail(HIGH, String.format(Locale.ROOT, "high %s < max(open %s, close %s)", text(high), text(open),
            text(close)));
        return;
      }
      if (low > open || low > close) {
        fail(LOW, String.format(Locale.ROOT, "low %s > min(open %s, close %s)", text(low), text(open),
            text(close)));
        return;
      }
      if (volume < 0) {
        fail(VOLUME, "negative volume " + text(volume));
        return;
      }
      if (t <= lastStamp) {
        int role = format == BarCsvFormat.TIMESTAMP ? STAMP
            : format == BarCsvFormat.INTRADAY && epochDay == lastEpochDay ? TIME : DATE;
        fail(role, (t == lastStamp ? "duplicate timestamp " : "timestamp out of order: ")
            + Instant.ofEpochMilli(t) + (t == lastStamp ? ", as on line " : " is before ")
            + (t == lastStamp ? "" : Instant.ofEpochMilli(lastStamp) + " on line ") + lastLine);
        return;
      }
      double o = open;
      double h = high;
      double l = low;
      double c = close;
      if (adjusted) {
        double ratio = adjClose / close;
        if (!(ratio > 0 && ratio < Double.POSITIVE_INFINITY)) {
          fail(ADJ_CLOSE, "cannot adjust: adj_close / close = " + text(adjClose) + " / " + text(close)
              + " is not a positive finite ratio");
          return;
        }
        o *= ratio;
        h *= ratio;
        l *= ratio;
        c *= ratio;
        if (!(Double.isFinite(h) && Double.isFinite(l) && Double.isFinite(o) && Double.isFinite(c))) {
          fail(ADJ_CLOSE, "adjusted prices out of range with ratio " + ratio);
          return;
        }
      }
      builder.add(t, o, h, l, c, volume);
      lastStamp = t;
      lastLine = rowLine;
      lastEpochDay = epochDay;
    }

    private void fail(int role, String reason) {
      fail(names[columnOf[role]], reason);
    }

    private void fail(String column, String reason) {
      if (errorColumn == null) {
        errorColumn = column;
        errorReason = reason;
      }
    }
  }

  /** Header name normalization: case, spaces, underscores and hyphens do not matter. */
  static String normalize(String header) {
    StringBuilder b = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char ch = header.charAt(i);
      if (ch != ' ' && ch != '_' && ch != '-' && ch != '\uFEFF' && ch != '\t') {
        b.append(Character.toLowerCase(ch));
      }
    }
    return b.toString();
  }

  /** Epoch day of {@code yyyy-MM-dd}, or {@code Long.MIN_VALUE} if malformed or not a real date. */
  static long parseDate(String s) {
    return s.length() == 10 ? parseDate(s, 0) : Long.MIN_VALUE;
  }

  /** Epoch day of {@code yyyy-MM-dd} at {@code from}, or {@code Long.MIN_VALUE}. */
  private static long parseDate(String s, int from) {
    if (s.length() < from + 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
      return Long.MIN_VALUE;
    }
    int y = digits(s, from, 4);
    int m = digits(s, from + 5, 2);
    int d = digits(s, from + 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
      return Long.MIN_VALUE;
    }
    // Days from the civil date (H. Hinnant's algorithm), without allocating a LocalDate per row.
    long yy = m <= 2 ? y - 1 : y;
    long era = Math.floorDiv(yy, 400);
    long yoe = yy - era * 400;
    long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  /**
   * Epoch milliseconds of the common instant shape {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} with at most
   * millisecond precision, or {@code Long.MIN_VALUE} for any other text (which then goes to
   * {@link Instant#parse}).
   */
  static long parseUtcInstant(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(10) != 'T' || s.charAt(n - 1) != 'Z' || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return Long.MIN_VALUE;
    }
    long day = parseDate(s, 0);
    int h = digits(s, 11, 2);
    int m = digits(s, 14, 2);
    int sec = digits(s, 17, 2);
    if (day == Long.MIN_VALUE || h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) {
      return Long.MIN_VALUE;
    }
    int millis = 0;
    if (n > 20) {
      int digitsCount = n - 21;
      if (s.charAt(19) != '.' || digitsCount < 1 || digitsCount > 9) {
        return Long.MIN_VALUE;
      }
      for (int i = 0; i < digitsCount; i++) {
        char ch = s.charAt(20 + i);
        if (ch < '0' || ch > '9' || (i >= 3 && ch != '0')) {
          return Long.MIN_VALUE;
        }
        if (i < 3) {
          millis = millis * 10 + (ch - '0');
        }
      }
      for (int i = digitsCount; i < 3; i++) {
        millis *= 10;
      }
    }
    return day * 86_400_000L + ((h * 60L + m) * 60 + sec) * 1000 + millis;
  }

  /** Milliseconds of day of {@code HH:mm:ss} or {@code HH:mm}, or -1 if malformed. */
  static long parseTime(String s) {
    int n = s.length();
    if ((n != 5 && n != 8) || s.charAt(2) != ':' || (n == 8 && s.charAt(5) != ':')) {
      return -1;
    }
    int h = digits(s, 0, 2);
    int m = digits(s, 3, 2);
    int sec = n == 8 ? digits(s, 6, 2) : 0;
    if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) {
      return -1;
    }
    return ((h * 60L + m) * 60 + sec) * 1000;
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }

  private static int daysInMonth(int y, int m) {
    if (m == 2) {
      boolean leap = (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
      return leap ? 29 : 28;
    }
    return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
  }

  private static String quote(String text) {
    return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 40) + "...'";
  }

  private static String text(double v) {
    return Double.isFinite(v) ? Decimals.format(v) : Double.toString(v);
  }
}
