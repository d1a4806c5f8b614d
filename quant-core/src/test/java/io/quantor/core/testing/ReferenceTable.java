package io.quantor.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reference CSV of the shared folder ({@code index,date,<columns>}, an empty cell for undefined) read
 * into columns of doubles with {@code NaN} for empty cells, plus the input price file it was computed
 * from.
 */
public final class ReferenceTable {

  private final Path file;
  private final Map<String, double[]> columns;
  private final int rows;

  private ReferenceTable(Path file, Map<String, double[]> columns, int rows) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Reads a CSV file with a header; empty cells become {@code NaN}; non-numeric columns (dates) become NaN
   * columns too and are simply not used.
   *
   * @param file the file
   * @return the table
   */
  public static ReferenceTable read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      String[] header = lines.get(0).split(",", -1);
      int n = lines.size() - 1;
      double[][] cols = new double[header.length][n];
      for (int r = 0; r < n; r++) {
        String[] cells = lines.get(r + 1).split(",", -1);
        for (int c = 0; c < header.length; c++) {
          String cell = c < cells.length ? cells[c].trim() : "";
          double v;
          if (cell.isEmpty()) {
            v = Double.NaN;
          } else {
            try {
              v = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
              v = Double.NaN;
            }
          }
          cols[c][r] = v;
        }
      }
      Map<String, double[]> map = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        map.put(header[c].trim(), cols[c]);
      }
      return new ReferenceTable(file, map, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code shared/reference/indicators/<name>}.
   *
   * @param name the file name
   * @return the table
   */
  public static ReferenceTable indicator(String name) {
    return read(SharedData.indicatorReference(name));
  }

  /**
   * The ORCL daily input of the indicator references, {@code shared/data/orcl_daily_1995_2014.csv}
   * (columns date, open, high, low, close, adj_close, volume).
   *
   * @return the table
   */
  public static ReferenceTable orclDaily() {
    return read(SharedData.data("orcl_daily_1995_2014.csv"));
  }

  /**
   * A column.
   *
   * @param name the header name
   * @return the values (the table's own array: do not modify)
   */
  public double[] column(String name) {
    double[] c = columns.get(name);
    if (c == null) {
      throw new AssertionError("no column '" + name + "' in " + file + "; columns: " + columns.keySet());
    }
    return c;
  }

  /**
   * The number of data rows.
   *
   * @return the row count
   */
  public int rows() {
    return rows;
  }

  /**
   * The first row whose value in {@code column} is defined.
   *
   * @param column the column name
   * @return the index, or {@code rows()} if none
   */
  public int firstDefined(String column) {
    double[] c = column(column);
    for (int i = 0; i < c.length; i++) {
      if (!Double.isNaN(c[i])) {
        return i;
      }
    }
    return c.length;
  }

  /**
   * Asserts that {@code actual} has the reference column's warm-up (the same undefined rows, all NaN) and
   * agrees after it within {@code |e - a| <= relTol * max(1, |e|)}, the reference README's test (which is
   * the absolute tolerance {@code relTol} near zero).
   *
   * @param column the reference column
   * @param actual the computed values
   * @param relTol the relative tolerance, such as 1e-9
   * @return the largest scaled difference seen, for reporting
   */
  public double assertMatches(String column, double[] actual, double relTol) {
    double[] expected = column(column);
    assertEquals(expected.length, actual.length, "length of " + column + " vs " + file.getFileName());
    List<String> problems = new ArrayList<>();
    double worst = 0;
    for (int i = 0; i < expected.length; i++) {
      double e = expected[i];
      double a = actual[i];
      if (Double.isNaN(e)) {
        if (!Double.isNaN(a)) {
          problems.add(String.format(Locale.ROOT, "row %d: expected undefined (warm-up), got %s", i, a));
        }
        continue;
      }
      if (!Double.isFinite(a)) {
        problems.add(String.format(Locale.ROOT, "row %d: expected %s, got %s", i, e, a));
        continue;
      }
      double scaled = Math.abs(e - a) / Math.max(1.0, Math.abs(e));
      worst = Math.max(worst, scaled);
      if (scaled > relTol) {
        problems.add(String.format(Locale.ROOT, "row %d: expected %.17g, got %.17g (scaled diff %.3g)",
            i, e, a, scaled));
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " mismatches in column '" + column + "' of " + file.getFileName()
          + " (tolerance " + relTol + "), first: " + problems.subList(0, Math.min(5, problems.size())));
    }
    return worst;
  }
}
