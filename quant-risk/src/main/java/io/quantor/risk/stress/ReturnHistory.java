package io.quantor.risk.stress;

import io.quantor.core.internal.Args;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Aligned histories of simple returns, one column per underlying, all of the same length: element
 * {@code t} of every column is the return of the same period (day), oldest first. Immutable: the arrays
 * are copied in and out.
 *
 * <pre>{@code
 * ReturnHistory history = ReturnHistory.of(Map.of(
 *     "SPY", spyDailyReturns,        // double[], simple returns, aligned by date
 *     "AAPL", aaplDailyReturns));
 * }</pre>
 */
public final class ReturnHistory {

  private final Map<String, double[]> returns;
  private final int length;

  private ReturnHistory(Map<String, double[]> returns, int length) {
    this.returns = returns;
    this.length = length;
  }

  /**
   * Histories of simple returns.
   *
   * @param returns the returns of each symbol, at least one symbol, equal non-zero lengths, every
   *     return finite and {@code > -1}
   * @return the history
   * @throws IllegalArgumentException if the map is null or empty, a symbol blank, a column null, empty
   *     or of another length, or a return invalid (naming symbol, index and value)
   */
  public static ReturnHistory of(Map<String, double[]> returns) {
    Args.notNull(returns, "returns");
    if (returns.isEmpty()) {
      throw new IllegalArgumentException("returns must hold at least one symbol, was {}");
    }
    Map<String, double[]> copy = new LinkedHashMap<>();
    int length = -1;
    for (Map.Entry<String, double[]> e : returns.entrySet()) {
      String symbol = e.getKey();
      if (symbol == null || symbol.isBlank()) {
        throw new IllegalArgumentException("returns symbol must not be blank, was " + symbol);
      }
      double[] column = Args.notNull(e.getValue(), "returns[" + symbol + "]");
      if (length < 0) {
        length = column.length;
        if (length == 0) {
          throw new IllegalArgumentException("returns[" + symbol + "] must not be empty, was length 0");
        }
      } else if (column.length != length) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "returns[%s] must have the length of the other columns (%d), was %d", symbol, length,
            column.length));
      }
      for (int t = 0; t < column.length; t++) {
        double r = column[t];
        if (!(r > -1 && r < Double.POSITIVE_INFINITY)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "returns[%s][%d] must be finite and > -1, was %s", symbol, t, r));
        }
      }
      copy.put(symbol, column.clone());
    }
    return new ReturnHistory(Collections.unmodifiableMap(copy), length);
  }

  /**
   * The number of periods.
   *
   * @return the common length of the columns
   */
  public int length() {
    return length;
  }

  /**
   * The symbols, in the order given.
   *
   * @return the symbols, unmodifiable
   */
  public Set<String> symbols() {
    return returns.keySet();
  }

  /**
   * Whether a symbol has a column.
   *
   * @param symbol the symbol
   * @return true if present
   */
  public boolean contains(String symbol) {
    return returns.containsKey(symbol);
  }

  /**
   * One symbol's returns.
   *
   * @param symbol the symbol
   * @return a copy of its column
   * @throws IllegalArgumentException if the symbol has no column
   */
  public double[] returns(String symbol) {
    return column(symbol).clone();
  }

  /** The column itself, not copied: for the replay's read-only use. */
  double[] column(String symbol) {
    double[] column = returns.get(symbol);
    if (column == null) {
      throw new IllegalArgumentException("symbol must be in the return history, was " + symbol);
    }
    return column;
  }
}
