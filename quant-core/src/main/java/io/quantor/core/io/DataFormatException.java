package io.quantor.core.io;

/**
 * Bad content in a data file or stream: names the source, the line and the column, and why. Unchecked.
 * A reader that throws it returns nothing, so no caller ever sees a half-loaded series.
 *
 * <p>The message reads {@code "<source>: line <n>, column '<name>': <reason>"}; the line or the column
 * is left out when the problem has none (an empty file has no column).
 */
public final class DataFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file name or stream name. */
  private final String source;
  /** The 1-based line number, or 0. */
  private final long line;
  /** The column name, or null. */
  private final String column;
  /** What is wrong. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the file name or stream name
   * @param line the 1-based line number (the header is line 1), or 0 if none applies
   * @param column the column name as spelled in the header, or {@code null} if none applies
   * @param reason what is wrong
   */
  public DataFormatException(String source, long line, String column, String reason) {
    this(source, line, column, reason, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param source the file name or stream name
   * @param line the 1-based line number, or 0 if none applies
   * @param column the column name, or {@code null} if none applies
   * @param reason what is wrong
   * @param cause the underlying exception, or {@code null}
   */
  public DataFormatException(String source, long line, String column, String reason, Throwable cause) {
    super(message(source, line, column, reason), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  private static String message(String source, long line, String column, String reason) {
    StringBuilder b = new StringBuilder().append(source);
    String separator = ": ";
    if (line > 0) {
      b.append(separator).append("line ").append(line);
      separator = ", ";
    }
    if (column != null) {
      b.append(separator).append("column '").append(column).append('\'');
    }
    return b.append(": ").append(reason).toString();
  }

  /**
   * The file name or stream name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line number (the header is line 1), or 0 if none applies.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * The column name as spelled in the header (or the expected name of a missing column), or {@code null}
   * if the problem concerns no column.
   *
   * @return the column, or null
   */
  public String column() {
    return column;
  }

  /**
   * What is wrong, without the location.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
