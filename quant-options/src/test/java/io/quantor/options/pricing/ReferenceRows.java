package io.quantor.options.pricing;

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
 * The rows of a CSV file of {@code ../shared/reference/options} with text and numeric cells (the options
 * files never quote, so lines split on commas; see that folder's README).
 */
final class ReferenceRows {

  private final Map<String, Integer> columns;
  private final List<String[]> rows;

  private ReferenceRows(Map<String, Integer> columns, List<String[]> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /** Reads {@code reference/options/<name>}; skips (or fails, on CI) when the shared folder is missing. */
  static ReferenceRows options(String name) {
    Path file = SharedData.file("reference/options/" + name);
    try {
      List<String> lines = Files.readAllLines(file);
      String[] header = lines.get(0).split(",", -1);
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        columns.put(header[i], i);
      }
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
      return new ReferenceRows(columns, rows);
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
      throw new IllegalArgumentException("no column " + column);
    }
    return rows.get(row)[index];
  }

  double number(int row, String column) {
    return Double.parseDouble(text(row, column));
  }

  /** A short description of a row for assertion messages. */
  String describe(int row) {
    return String.join(",", rows.get(row));
  }
}
