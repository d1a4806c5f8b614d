package io.quantor.backtest.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table with aligned columns: the first column left-aligned (labels), the others
 * right-aligned (numbers), columns separated by two spaces. Used by the {@code render()} methods.
 */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  TextTable(String... header) {
    columns = header.length;
    rows.add(header.clone());
  }

  TextTable row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalStateException("a row has " + cells.length + " cells, the header " + columns);
    }
    rows.add(cells.clone());
    return this;
  }

  /** A number with four decimals, {@code n/a} for NaN. */
  static String number(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
  }

  /** A signed number with four decimals, {@code n/a} for NaN. */
  static String signed(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%+.4f", value);
  }

  void appendTo(StringBuilder out) {
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(width[c] - row[c].length());
        line.append(c == 0 ? row[c] + pad : pad + row[c]);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
