package io.quantor.options.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV of 60-digit mpmath values beside {@code normalized_black_mpmath.py} in the test resources (the
 * script that wrote it): header, then rows of numbers, read as doubles (the 25 printed digits round to
 * the nearest double).
 */
final class MpmathTable {

  private final List<double[]> rows;

  private MpmathTable(List<double[]> rows) {
    this.rows = rows;
  }

  static MpmathTable read(String name) {
    try (InputStream in = MpmathTable.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<double[]> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String[] cells = lines[i].split(",");
        double[] row = new double[cells.length];
        for (int c = 0; c < cells.length; c++) {
          row[c] = Double.parseDouble(cells[c]);
        }
        rows.add(row);
      }
      return new MpmathTable(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<double[]> rows() {
    return rows;
  }
}
