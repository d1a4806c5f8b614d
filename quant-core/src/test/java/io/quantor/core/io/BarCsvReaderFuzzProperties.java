package io.quantor.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * The reader never fails with anything but {@link DataFormatException} on arbitrary input: random
 * strings, CSV-like text, random bytes (not always UTF-8), and random truncations and mutations of valid
 * files of every format, in strict and lenient mode. Lenient reads account for every data row: each is
 * either in the series or in the report.
 */
class BarCsvReaderFuzzProperties {

  private static final String DAILY = "Date,Open,High,Low,Close,Adj Close,Volume\n"
      + "1995-01-03,2.179012,2.191358,2.117284,2.117284,1.883304,36301200\n"
      + "1995-01-04,2.123457,2.148148,2.092592,2.135803,1.899776,46051600\n"
      + "1995-01-05,2.141975,2.148148,2.086420,2.092592,1.861340,37762800\n"
      + "1995-01-06,2.092592,2.154321,2.061728,2.117284,1.883304,41864400\n";
  private static final String INTRADAY = "date,time,open,high,low,close,volume,open_interest\n"
      + "2006-01-02,09:01:00,3602.00,3603.00,3597.00,3599.00,5699,0\n"
      + "2006-01-02,09:02:00,3600.00,3601.00,3598.00,3599.00,894,0\n"
      + "2006-01-02,09:03:00,3599.00,3602.00,3598.00,3600.00,883,0\n"
      + "2006-01-02,09:04:00,3599.00,3599.00,3597.00,3597.00,726,0\n";
  private static final String TIMESTAMP = "timestamp,open,high,low,close,volume\n"
      + "2006-01-02T08:01:00Z,3602,3603,3597,3599,5699\n"
      + "1136188920000,3600,3601,3598,3599,894\n"
      + "2006-01-02T09:03:00+01:00,3599,3602,3598,3600,883\n"
      + "2006-01-02T08:04:00.000Z,3599,3599,3597,3597,726\n";
  private static final Map<BarCsvFormat, String> VALID = Map.of(BarCsvFormat.DAILY, DAILY,
      BarCsvFormat.INTRADAY, INTRADAY, BarCsvFormat.TIMESTAMP, TIMESTAMP);
  private static final String ALPHABET = "0123456789,.-:;\"\n\r eETZ+xN\uFEFF\u00e9";

  /**
   * Reads {@code text} strictly and leniently; fails on any exception but {@link DataFormatException}.
   *
   * @return the outcome, for coverage statistics
   */
  private static String readOnlyThrowsDataFormatException(BarCsvFormat format, String text,
      boolean adjusted) {
    BarCsvReader reader = BarCsvReader.of(format);
    if (adjusted && format == BarCsvFormat.DAILY) {
      reader = reader.withAdjustedPrices(true);
    }
    String outcome;
    try {
      reader.read(new StringReader(text), "fuzz.csv");
      outcome = "strict read";
    } catch (DataFormatException e) {
      assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
      outcome = "strict rejected";
    }
    try {
      ReadReport r = reader.readLenient(new StringReader(text), "fuzz.csv");
      if (text.indexOf('"') < 0) {
        assertEquals(dataRows(text), r.series().size() + r.skipped().size(), text);
      }
      return outcome + (r.isClean() ? ", lenient clean" : ", lenient skipped rows");
    } catch (DataFormatException e) {
      assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
      return outcome + ", lenient rejected";
    }
  }

  /** Non-blank lines after the first non-blank one (the header), for text without quotes. */
  private static int dataRows(String text) {
    int rows = -1;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      if (!line.isEmpty()) {
        rows++;
      }
    }
    return Math.max(rows, 0);
  }

  @Property(tries = 300)
  void arbitraryStrings(@ForAll String text, @ForAll BarCsvFormat format, @ForAll boolean adjusted) {
    readOnlyThrowsDataFormatException(format, text, adjusted);
  }

  @Property(tries = 300)
  void csvLikeText(@ForAll @StringLength(max = 300) @Chars({'0', '1', '2', '9', ',', '.', '-', ':', '"', '\n',
      '\r', 'e', 'T', 'Z', 'd', 'a', 't', ' '}) String body, @ForAll BarCsvFormat format) {
    readOnlyThrowsDataFormatException(format, String.join(",", format.header()) + "\n" + body, false);
    readOnlyThrowsDataFormatException(format, body, false);
  }

  @Property(tries = 400)
  void mutationsOfValidFiles(@ForAll long seed, @ForAll BarCsvFormat format,
      @ForAll @IntRange(min = 1, max = 6) int mutations, @ForAll boolean adjusted) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder(VALID.get(format));
    for (int m = 0; m < mutations; m++) {
      // Mostly below the header, where a mutation makes a bad row rather than a bad file.
      int headerEnd = b.indexOf("\n") + 1;
      int at = rnd.nextInt(5) == 0 ? rnd.nextInt(b.length() + 1)
          : headerEnd + rnd.nextInt(b.length() - headerEnd + 1);
      switch (rnd.nextInt(5)) {
        case 0:
          b.setLength(at);
          break;
        case 1:
          if (at < b.length()) {
            b.deleteCharAt(at);
          }
          break;
        case 2:
          b.insert(at, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
          break;
        case 3:
          if (at < b.length()) {
            b.setCharAt(at, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
          }
          break;
        default:
          int end = Math.min(b.length(), at + rnd.nextInt(40));
          b.insert(at, b.substring(at, end));
          break;
      }
    }
    String outcome = readOnlyThrowsDataFormatException(format, b.toString(), adjusted);
    Statistics.label("outcome").collect(outcome);
    Statistics.label("outcome").coverage(c -> {
      c.check("strict read, lenient clean").percentage(p -> p > 1);
      c.check("strict rejected, lenient skipped rows").percentage(p -> p > 50);
      c.check("strict rejected, lenient rejected").percentage(p -> p > 1);
    });
  }

  @Property(tries = 60)
  void randomBytesFromAFile(@ForAll @Size(max = 200) byte[] noise, @ForAll BarCsvFormat format)
      throws Exception {
    Path file = Files.createTempFile("fuzz", ".csv");
    try {
      byte[] header = (String.join(",", format.header()) + "\n").getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[header.length + noise.length];
      System.arraycopy(header, 0, all, 0, header.length);
      System.arraycopy(noise, 0, all, header.length, noise.length);
      Files.write(file, all);
      try {
        BarCsvReader.of(format).readLenient(file);
      } catch (DataFormatException e) {
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
      }
    } finally {
      Files.delete(file);
    }
  }
}
