package io.quantor.core.fuzzy;

import java.util.Locale;

/**
 * An FCL text that cannot be read: names the source, the line and column (both from 1) and the token
 * where the problem was found, and says what was expected. Nothing is half-loaded: the parser returns a
 * complete system or throws this.
 */
public final class FclParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The source's name. */
  private final String source;
  /** The line, from 1. */
  private final int line;
  /** The column, from 1. */
  private final int column;
  /** The offending token's text. */
  private final String token;

  /**
   * Creates the exception.
   *
   * @param source the source's name (a file name, or "FCL")
   * @param line the line, from 1
   * @param column the column, from 1
   * @param token the offending token's text ("end of input" at the end)
   * @param problem what is wrong
   */
  public FclParseException(String source, int line, int column, String token, String problem) {
    super(String.format(Locale.ROOT, "%s line %d, column %d, at '%s': %s", source, line, column, token,
        problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.token = token;
  }

  /**
   * The source's name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The line of the offending token, from 1.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending token, from 1.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The offending token's text.
   *
   * @return the token
   */
  public String token() {
    return token;
  }
}
