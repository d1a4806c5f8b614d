package io.quantor.options.structure;

import io.quantor.core.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file of {@code ../shared/reference/options} read as text rows with named columns (the files never
 * quote, so lines split on commas; see that folder's README). Skips the test, or fails it on CI, when the
 * shared folder is missing.
 */
final class ReferenceCsv {

  private final Map<String, Integer> columns;
  private final List<String[]> rows;

  private ReferenceCsv(Map<String, Integer> columns, List<String[]> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  static ReferenceCsv options(String name) {
    Path file = SharedData.file("reference/options/" + name);
    try {
      List<String> lines = Files.readAllLines(file);
      String[] header = lines.get(0).split(",", -1);
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        columns.put(header[i].trim(), i);
      }
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
      return new ReferenceCsv(columns, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return rows.size();
  }

  String text(int row, String column) {
    Integer index = columns.get(column);
    if (index == null) {
      throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
    }
    return rows.get(row)[index].trim();
  }

  /** The cell as a double ({@code NaN}, {@code Infinity} as Java spells them). */
  double number(int row, String column) {
    return Double.parseDouble(text(row, column));
  }

  String describe(int row) {
    return String.join(",", rows.get(row));
  }
}
