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
 * A CSV file of {@code shared/reference/options/} read as rows of text cells by column name (the options
 * files never quote, so splitting on ',' is exact), with numeric access through
 * {@link Double#parseDouble}.
 */
final class OptionsCsv {

  private final String name;
  private final Map<String, Integer> index;
  private final List<String[]> rows;

  private OptionsCsv(String name, Map<String, Integer> index, List<String[]> rows) {
    this.name = name;
    this.index = index;
    this.rows = rows;
  }

  /**
   * Reads {@code shared/reference/options/<name>} (skipping or failing the test when the shared folder
   * is missing, see {@link SharedData}).
   */
  static OptionsCsv read(String name) {
    Path file = SharedData.file("reference/options/" + name);
    try {
      List<String> lines = Files.readAllLines(file);
      String[] header = lines.get(0).split(",", -1);
      Map<String, Integer> index = new HashMap<>();
      for (int c = 0; c < header.length; c++) {
        index.put(header[c].trim(), c);
      }
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
      return new OptionsCsv(name, index, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return rows.size();
  }

  String text(int row, String column) {
    Integer c = index.get(column);
    if (c == null) {
      throw new AssertionError("no column '" + column + "' in " + name + "; columns: " + index.keySet());
    }
    return rows.get(row)[c].trim();
  }

  double number(int row, String column) {
    return Double.parseDouble(text(row, column));
  }

  OptionType type(int row) {
    String t = text(row, "type");
    switch (t) {
      case "call":
        return OptionType.CALL;
      case "put":
        return OptionType.PUT;
      default:
        throw new AssertionError("row " + row + " of " + name + ": type " + t);
    }
  }
}
