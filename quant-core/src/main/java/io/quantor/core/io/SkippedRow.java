package io.quantor.core.io;

/**
 * A row that a lenient read left out, with the first problem found in it.
 *
 * @param line the 1-based line number of the row (the header is line 1)
 * @param column the column name as spelled in the header
 * @param reason what is wrong
 */
public record SkippedRow(long line, String column, String reason) {

  /**
   * Validates the fields.
   *
   * @param line the line number, {@code >= 1}
   * @param column the column name
   * @param reason the reason
   * @throws IllegalArgumentException if {@code line < 1} or a string is null
   */
  public SkippedRow {
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
    if (column == null || reason == null) {
      throw new IllegalArgumentException("column and reason must not be null");
    }
  }
}
