package io.quantor.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BarCsvReader}: accepted spellings and layouts, and every documented error, each checked for the
 * file name, line and column in the message; lenient reads report every skipped row.
 */
class BarCsvReaderTest {

  private static final String YAHOO = "Date,Open,High,Low,Close,Adj Close,Volume\n";
  private static final String ROW2 = "2024-01-02,10,11,9,10.5,10.4,1000\n";
  private static final String ROW3 = "2024-01-03,10.5,12,10,11,10.9,2000\n";
  private static final String ROW4 = "2024-01-04,11,11.5,10.5,11.2,11.1,1500\n";

  @TempDir
  Path dir;

  private Path file(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** Reads {@code content} strictly from a file {@code name} and checks the exception's location. */
  private DataFormatException fails(BarCsvReader reader, String name, String content, long line,
      String column, String reasonPart) throws Exception {
    Path p = file(name, content);
    DataFormatException e = assertThrows(DataFormatException.class, () -> reader.read(p));
    String m = e.getMessage();
    assertTrue(m.contains(name), m);
    assertEquals(line, e.line(), m);
    assertEquals(column, e.column(), m);
    assertTrue(e.reason().contains(reasonPart), m);
    if (line > 0) {
      assertTrue(m.contains("line " + line), m);
    }
    if (column != null) {
      assertTrue(m.contains("column '" + column + "'"), m);
    }
    return e;
  }

  private DataFormatException dailyFails(String content, long line, String column, String reasonPart)
      throws Exception {
    return fails(BarCsvReader.daily(), "bad.csv", content, line, column, reasonPart);
  }

  @Test
  void readsYahooAndSharedSpellings() throws Exception {
    BarSeries yahoo = BarCsvReader.daily().read(file("y.csv", YAHOO + ROW2 + ROW3 + ROW4));
    BarSeries shared = BarCsvReader.daily().read(file("s.csv",
        "date,open,high,low,close,adj_close,volume\n" + ROW2 + ROW3 + ROW4));
    BarSeries upper = BarCsvReader.daily().read(file("u.csv",
        "\uFEFFDATE,OPEN,HIGH,LOW,CLOSE,ADJ-CLOSE,VOLUME\r\n" + (ROW2 + ROW3 + ROW4).replace("\n", "\r\n")));
    assertEquals(3, yahoo.size());
    assertEquals(Bar.of(Instant.parse("2024-01-02T21:00:00Z"), 10, 11, 9, 10.5, 1000), yahoo.bar(0));
    for (int i = 0; i < 3; i++) {
      assertEquals(yahoo.bar(i), shared.bar(i));
      assertEquals(yahoo.bar(i), upper.bar(i));
    }
  }

  @Test
  void acceptsReorderedExtraQuotedAndBlankLines() throws Exception {
    String csv = "Volume,Note,Close,Low,High,Open,Date\n\n"
        + "1000,\"hello, world\",10.5,9,11,10,2024-01-02\n"
        + "\n"
        + "\"2000\",x,\"11\",10,12,10.5,2024-01-03";
    BarSeries s = BarCsvReader.daily().read(new StringReader(csv), "mem.csv");
    assertEquals(2, s.size());
    assertEquals(Bar.of(Instant.parse("2024-01-03T21:00:00Z"), 10.5, 12, 10, 11, 2000), s.bar(1));
    assertEquals("mem", s.symbol());
  }

  @Test
  void timestampFormatTakesIsoInstantsAndEpochMillis() {
    String csv = "timestamp,open,high,low,close,volume\n"
        + "2024-01-02T09:00:00Z,1,2,0.5,1.5,10\n"
        + "2024-01-02T10:30:00+01:00,1,2,0.5,1.5,10\n"
        + "1704189600000,1,2,0.5,1.5,10\n"
        + "2024-01-02T10:00:00.250Z,1,2,0.5,1.5,1e3\n";
    BarSeries s = BarCsvReader.timestamped().read(new StringReader(csv), "ts");
    assertEquals(Instant.parse("2024-01-02T09:00:00Z"), s.time(0));
    assertEquals(Instant.parse("2024-01-02T09:30:00Z"), s.time(1));
    assertEquals(Instant.parse("2024-01-02T10:00:00Z"), s.time(2));
    assertEquals(Instant.parse("2024-01-02T10:00:00.250Z"), s.time(3));
    assertEquals(1000.0, s.volume(3));
  }

  @Test
  void intradayUsesTheConfiguredZone() {
    String csv = "date,time,open,high,low,close,volume,open_interest\n"
        + "2006-07-03,09:01:00,1,2,1,2,5,0\n2006-07-03,09:02,1,2,1,2,5,0\n";
    BarSeries s = BarCsvReader.intraday().withZone(ZoneId.of("Europe/Berlin"))
        .read(new StringReader(csv), "i");
    assertEquals(Instant.parse("2006-07-03T07:01:00Z"), s.time(0));
    assertEquals(Instant.parse("2006-07-03T07:02:00Z"), s.time(1));
  }

  @Test
  void missingAndRepeatedColumns() throws Exception {
    dailyFails("Date,Open,High,Close,Volume\n" + ROW2, 1, "low", "missing column");
    dailyFails("date,open,high,low,close,close,volume\n2024-01-02,1,1,1,1,1,1\n", 1, "close", "repeated");
    fails(BarCsvReader.daily().withAdjustedPrices(true), "noadj.csv",
        "date,open,high,low,close,volume\n2024-01-02,1,1,1,1,1\n", 1, "adj_close", "missing column");
    fails(BarCsvReader.intraday(), "i.csv", "date,open,high,low,close,volume\n", 1, "time", "missing column");
    fails(BarCsvReader.timestamped(), "t.csv", YAHOO + ROW2, 1, "timestamp", "missing column");
  }

  @Test
  void nonNumericCells() throws Exception {
    dailyFails(YAHOO + ROW2 + "2024-01-03,10.5,abc,10,11,10.9,2000\n", 3, "High", "not a number: 'abc'");
    dailyFails(YAHOO + ROW2 + "2024-01-03,,12,10,11,10.9,2000\n", 3, "Open", "not a number: ''");
    dailyFails(YAHOO + "2024-01-02,NaN,11,9,10.5,10.4,1000\n", 2, "Open", "not a number");
    dailyFails(YAHOO + "2024-01-02,10,Infinity,9,10.5,10.4,1000\n", 2, "High", "not a number");
    dailyFails(YAHOO + "2024-01-02,10,11,9,10.5,10.4,1e999\n", 2, "Volume", "out of range");
    dailyFails(YAHOO + "2024-01-02,10,11,9, 10.5x,10.4,1000\n", 2, "Close", "not a number");
  }

  @Test
  void barInvariants() throws Exception {
    dailyFails(YAHOO + ROW2 + "2024-01-03,10,9,10,10,10,1\n", 3, "High", "high 9 < low 10");
    dailyFails(YAHOO + "2024-01-02,10,11,9,12,12,1\n", 2, "High", "high 11 < max(open 10, close 12)");
    dailyFails(YAHOO + "2024-01-02,10,11,9,8.5,8.5,1\n", 2, "Low", "low 9 > min(open 10, close 8.5)");
    dailyFails(YAHOO + "2024-01-02,10,11,9,10,10,-5\n", 2, "Volume", "negative volume -5");
  }

  @Test
  void duplicateAndUnsortedTimestamps() throws Exception {
    dailyFails(YAHOO + ROW2 + ROW3 + ROW3, 4, "Date", "duplicate timestamp 2024-01-03T21:00:00Z");
    dailyFails(YAHOO + ROW2 + ROW4 + ROW3, 4, "Date", "out of order");
    String head = "date,time,open,high,low,close,volume,open_interest\n";
    fails(BarCsvReader.intraday(), "m.csv", head + "2006-01-02,09:02:00,1,1,1,1,1,0\n"
        + "2006-01-02,09:01:00,1,1,1,1,1,0\n", 3, "time", "out of order");
    fails(BarCsvReader.intraday(), "m.csv", head + "2006-01-03,09:02:00,1,1,1,1,1,0\n"
        + "2006-01-02,09:03:00,1,1,1,1,1,0\n", 3, "date", "out of order");
  }

  @Test
  void emptyAndHeaderOnlyFiles() throws Exception {
    dailyFails("", 1, null, "empty file");
    dailyFails("\n\n\r\n", 1, null, "empty file");
    dailyFails(YAHOO, 2, null, "no data rows");
    ReadReport lenient = BarCsvReader.daily().readLenient(file("h.csv", YAHOO));
    assertEquals(0, lenient.series().size());
    assertTrue(lenient.isClean());
  }

  @Test
  void wrongColumnCount() throws Exception {
    dailyFails(YAHOO + ROW2 + "2024-01-03,10.5,12,10,11,10.9\n", 3, "Volume", "missing value");
    dailyFails(YAHOO + "2024-01-02,10,11,9,10.5,10.4,1000,7\n", 2, "#8", "extra value");
  }

  @Test
  void badDatesTimesAndTimestamps() throws Exception {
    dailyFails(YAHOO + "2024-02-30,10,11,9,10.5,10.4,1000\n", 2, "Date", "not a date");
    dailyFails(YAHOO + "01/02/2024,10,11,9,10.5,10.4,1000\n", 2, "Date", "not a date");
    fails(BarCsvReader.intraday(), "m.csv", "date,time,open,high,low,close,volume\n"
        + "2006-01-02,24:00:00,1,1,1,1,1\n", 2, "time", "not a time");
    String head = "timestamp,open,high,low,close,volume\n";
    fails(BarCsvReader.timestamped(), "t.csv", head + "yesterday,1,1,1,1,1\n", 2, "timestamp",
        "not an ISO-8601 instant");
    fails(BarCsvReader.timestamped(), "t.csv", head + "99999999999999999999,1,1,1,1,1\n", 2, "timestamp",
        "epoch milliseconds");
    fails(BarCsvReader.timestamped(), "t.csv", head + "2024-01-02T00:00:00.000001Z,1,1,1,1,1\n", 2,
        "timestamp", "finer than a millisecond");
  }

  @Test
  void malformedCsvAndEncoding() throws Exception {
    dailyFails(YAHOO + ROW2 + "2024-01-03,\"10.5,12,10,11,10.9,2000\n" + ROW4, 3, null, "malformed CSV");
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, (YAHOO + ROW2 + "2024-01-03,10.5,12,10,11,10.9,2000\u00e9\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    DataFormatException e = assertThrows(DataFormatException.class, () -> BarCsvReader.daily().read(latin1));
    assertTrue(e.getMessage().contains("latin1.csv") && e.reason().contains("UTF-8"), e.getMessage());
    assertThrows(UncheckedIOException.class, () -> BarCsvReader.daily().read(dir.resolve("missing.csv")));
  }

  @Test
  void adjustment() throws Exception {
    fails(BarCsvReader.daily().withAdjustedPrices(true), "z.csv", YAHOO + "2024-01-02,0,0,0,0,1,1\n", 2,
        "Adj Close", "cannot adjust");
    BarSeries s = BarCsvReader.daily().withAdjustedPrices(true).read(file("a.csv", YAHOO + ROW2));
    double r = 10.4 / 10.5;
    assertEquals(Bar.of(Instant.parse("2024-01-02T21:00:00Z"), 10 * r, 11 * r, 9 * r, 10.5 * r, 1000),
        s.bar(0));
    assertThrows(IllegalArgumentException.class, () -> BarCsvReader.intraday().withAdjustedPrices(true));
  }

  @Test
  void readerSourceNameAppearsInMessages() {
    DataFormatException e = assertThrows(DataFormatException.class, () -> BarCsvReader.daily()
        .read(new StringReader(YAHOO + "2024-01-02,x,11,9,10.5,10.4,1000\n"), "feed:ORCL"));
    assertEquals("feed:ORCL: line 2, column 'Open': not a number: 'x'", e.getMessage());
    assertEquals("feed:ORCL", e.source());
  }

  @Test
  void lenientReadReportsEverySkippedRow() throws Exception {
    String csv = YAHOO
        + ROW2                                       // line 2, good
        + "2024-01-03,10.5,abc,10,11,10.9,2000\n"    // line 3, non-numeric
        + ROW3                                       // line 4, good
        + ROW3                                       // line 5, duplicate
        + "2024-01-05,10,9,10,10,10,1\n"             // line 6, high < low
        + "2024-01-06,10,11,9,10,10\n"               // line 7, too few values
        + "2024-01-07,10,11,9,10,10,-1\n"            // line 8, negative volume
        + "2024-01-01,10,11,9,10,10,1\n"             // line 9, out of order
        + ROW4;                                      // line 10, good
    ReadReport r = BarCsvReader.daily().readLenient(file("lenient.csv", csv));
    assertEquals("lenient.csv", Path.of(r.source()).getFileName().toString());
    assertEquals(3, r.series().size());
    assertEquals(Instant.parse("2024-01-04T21:00:00Z"), r.series().time(2));
    List<SkippedRow> s = r.skipped();
    assertEquals(6, s.size());
    long[] lines = {3, 5, 6, 7, 8, 9};
    String[] columns = {"High", "Date", "High", "Volume", "Volume", "Date"};
    String[] reasons = {"not a number", "duplicate", "high 9 < low 10", "missing value", "negative volume",
        "out of order"};
    for (int i = 0; i < lines.length; i++) {
      assertEquals(lines[i], s.get(i).line(), s.get(i).toString());
      assertEquals(columns[i], s.get(i).column(), s.get(i).toString());
      assertTrue(s.get(i).reason().contains(reasons[i]), s.get(i).toString());
    }
    // The strict read of the same file stops at line 3 and returns nothing.
    dailyFails(csv, 3, "High", "not a number");
  }

  @Test
  void exceptionWithoutLineOrColumn() {
    DataFormatException e = new DataFormatException("f.csv", 0, null, "why");
    assertEquals("f.csv: why", e.getMessage());
    assertNull(e.column());
    assertEquals("f.csv: column 'x': why", new DataFormatException("f.csv", 0, "x", "why").getMessage());
  }
}
