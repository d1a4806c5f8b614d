package io.quantor.core.io;

/**
 * The CSV layouts {@link BarCsvReader} reads and {@link BarCsvWriter} writes. Header names are matched
 * case-insensitively, ignoring spaces, underscores and hyphens, so {@code Adj Close}, {@code adj_close} and
 * {@code ADJCLOSE} are one column; columns may come in any order; unknown columns are ignored.
 */
public enum BarCsvFormat {

  /**
   * Daily bars, Yahoo style: {@code Date,Open,High,Low,Close,Adj Close,Volume}, also spelled
   * {@code date,open,high,low,close,adj_close,volume}. Dates are {@code yyyy-MM-dd}; {@code adj_close} is
   * optional unless prices are adjusted.
   */
  DAILY("date", "open", "high", "low", "close", "adj_close", "volume"),

  /**
   * Bars with one timestamp column: {@code timestamp,open,high,low,close,volume}, the timestamp an ISO-8601
   * instant ({@code 2024-01-02T21:00:00Z}, an offset such as {@code +01:00} allowed) or epoch milliseconds.
   */
  TIMESTAMP("timestamp", "open", "high", "low", "close", "volume"),

  /**
   * Intraday bars with separate local date and time: {@code date,time,open,high,low,close,volume,
   * open_interest}, date {@code yyyy-MM-dd}, time {@code HH:mm:ss} or {@code HH:mm} in the reader's zone;
   * {@code open_interest} is optional and not read.
   */
  INTRADAY("date", "time", "open", "high", "low", "close", "volume", "open_interest");

  private final String[] header;

  BarCsvFormat(String... header) {
    this.header = header;
  }

  /**
   * The column names the writer writes, in order.
   *
   * @return a new array of the header names
   */
  public String[] header() {
    return header.clone();
  }
}
