package io.quantor.core.trade;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The state of a {@link Portfolio} at one moment, as an immutable value: what risk models and pre-trade
 * gates read, what a journal records, what a report prints. Derived figures (equity, exposures,
 * P&amp;L) are computed from the components on each call, with the same definitions as
 * {@link Portfolio}; they agree with the live portfolio's running sums to rounding.
 *
 * <p>What-if questions ("the book after this order fills") are answered without touching the live
 * portfolio: {@link #apply(Fill)} and {@link #withMark(String, double)} return new snapshots (each copies
 * the positions, O(number of positions)).
 *
 * <pre>{@code
 * PortfolioSnapshot now = book.snapshot();
 * PortfolioSnapshot after = now.apply(new Fill("what-if", orcl, Side.BUY, 50, 125.0, 0, t));
 * after.grossExposure() / after.equity();   // gross leverage if the order filled at 125
 * }</pre>
 *
 * @param initialCash the cash the portfolio started with, finite and {@code > 0}
 * @param cash the cash now, finite
 * @param positions the positions by symbol (flat ones included), copied in symbol order
 * @param marks the mark price by symbol, each finite and {@code > 0}; every open position has one;
 *     copied in symbol order
 * @param fees the total fees paid, finite
 * @param highWaterMark the highest equity seen, finite and {@code > 0}; raised to the current equity if
 *     below it
 * @param maxDrawdown the largest drawdown seen as a fraction of the high-water mark, finite and
 *     {@code >= 0}; raised to the current drawdown if below it
 */
public record PortfolioSnapshot(double initialCash, double cash, Map<String, Position> positions,
    Map<String, Double> marks, double fees, double highWaterMark, double maxDrawdown) {

  /**
   * Validates and copies (keeping the maps' iteration order).
   *
   * @param initialCash the initial cash, finite and {@code > 0}
   * @param cash the cash, finite
   * @param positions the positions, not null, each keyed by its own symbol
   * @param marks the marks, not null, each finite and {@code > 0}, one for every open position
   * @param fees the fees, finite
   * @param highWaterMark the high-water mark, finite and {@code > 0}
   * @param maxDrawdown the maximum drawdown, finite and {@code >= 0}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public PortfolioSnapshot {
    Args.positive(initialCash, "initialCash");
    Args.finite(cash, "cash");
    Args.finite(fees, "fees");
    Args.positive(highWaterMark, "highWaterMark");
    Args.finite(Args.atLeast(maxDrawdown, 0.0, "maxDrawdown"), "maxDrawdown");
    // Sorted by symbol, so that the sums below do not depend on the order in which a portfolio first
    // met its symbols: a book rebuilt from a journal then gives the same totals to the last bit.
    Map<String, Double> markCopy = new TreeMap<>();
    for (Map.Entry<String, Double> e : Args.notNull(marks, "marks").entrySet()) {
      Args.notNull(e.getKey(), "marks symbol");
      String name = "marks[" + e.getKey() + "]";
      markCopy.put(e.getKey(), Args.positive(Args.notNull(e.getValue(), name), name));
    }
    Map<String, Position> positionCopy = new TreeMap<>();
    for (Map.Entry<String, Position> e : Args.notNull(positions, "positions").entrySet()) {
      Position p = Args.notNull(e.getValue(), "positions[" + e.getKey() + "]");
      if (!p.symbol().equals(e.getKey())) {
        throw new IllegalArgumentException("positions key must be the position's symbol " + p.symbol()
            + ", was " + e.getKey());
      }
      if (!p.isFlat() && !markCopy.containsKey(p.symbol())) {
        throw new IllegalArgumentException("marks must hold a price for the open position in "
            + p.symbol());
      }
      positionCopy.put(p.symbol(), p);
    }
    positions = Collections.unmodifiableMap(positionCopy);
    marks = Collections.unmodifiableMap(markCopy);
    double equity = cash + sumValues(positionCopy, markCopy);
    highWaterMark = Math.max(highWaterMark, equity);
    maxDrawdown = Math.max(maxDrawdown, (highWaterMark - equity) / highWaterMark);
  }

  /**
   * A portfolio of cash only.
   *
   * @param initialCash the cash, finite and {@code > 0}
   * @return the snapshot
   * @throws IllegalArgumentException if {@code initialCash} is invalid
   */
  public static PortfolioSnapshot of(double initialCash) {
    return new PortfolioSnapshot(initialCash, initialCash, Map.of(), Map.of(), 0, initialCash, 0);
  }

  private static double sumValues(Map<String, Position> positions, Map<String, Double> marks) {
    double sum = 0;
    for (Position p : positions.values()) {
      if (!p.isFlat()) {
        sum += p.marketValue(marks.get(p.symbol()));
      }
    }
    return sum;
  }

  /**
   * This snapshot after a fill, booked as {@link Portfolio#apply(Fill)} books it.
   *
   * @param fill the fill
   * @return the new snapshot
   * @throws IllegalArgumentException if the fill is null or its instrument clashes with a held one
   */
  public PortfolioSnapshot apply(Fill fill) {
    Portfolio p = Portfolio.from(this);
    p.apply(fill);
    return p.snapshot();
  }

  /**
   * This snapshot with a new mark, applied as {@link Portfolio#mark(String, double)} applies it.
   *
   * @param symbol the symbol
   * @param price the price, finite and {@code > 0}
   * @return the new snapshot
   * @throws IllegalArgumentException if an argument is invalid
   */
  public PortfolioSnapshot withMark(String symbol, double price) {
    Portfolio p = Portfolio.from(this);
    p.mark(symbol, price);
    return p.snapshot();
  }

  /**
   * This snapshot with new marks, applied as {@link Portfolio#mark(Map)} applies them.
   *
   * @param prices the prices by symbol
   * @return the new snapshot
   * @throws IllegalArgumentException if an argument is invalid
   */
  public PortfolioSnapshot withMarks(Map<String, Double> prices) {
    Portfolio p = Portfolio.from(this);
    p.mark(prices);
    return p.snapshot();
  }

  /**
   * The signed market value of all positions at their marks.
   *
   * @return the market value
   */
  public double marketValue() {
    return sumValues(positions, marks);
  }

  /**
   * Cash plus market value.
   *
   * @return the equity
   */
  public double equity() {
    return cash + marketValue();
  }

  /**
   * The sum of the absolute market values of the positions.
   *
   * @return the gross exposure, {@code >= 0}
   */
  public double grossExposure() {
    double sum = 0;
    for (Position p : positions.values()) {
      if (!p.isFlat()) {
        sum += Math.abs(p.marketValue(marks.get(p.symbol())));
      }
    }
    return sum;
  }

  /**
   * The signed sum of the positions' market values.
   *
   * @return the net exposure
   */
  public double netExposure() {
    return marketValue();
  }

  /**
   * The P&amp;L realized so far, before fees.
   *
   * @return the sum of the positions' realized P&amp;L
   */
  public double realizedPnl() {
    double sum = 0;
    for (Position p : positions.values()) {
      sum += p.realizedPnl();
    }
    return sum;
  }

  /**
   * The P&amp;L of the open quantities at their marks, before fees.
   *
   * @return the unrealized P&amp;L
   */
  public double unrealizedPnl() {
    double sum = 0;
    for (Position p : positions.values()) {
      if (!p.isFlat()) {
        sum += p.unrealizedPnl(marks.get(p.symbol()));
      }
    }
    return sum;
  }

  /**
   * The unrealized P&amp;L of one position.
   *
   * @param symbol the symbol
   * @return the unrealized P&amp;L at its mark, 0 if nothing is held
   * @throws IllegalArgumentException if {@code symbol} is null
   */
  public double unrealizedPnl(String symbol) {
    Position p = positions.get(Args.notNull(symbol, "symbol"));
    return p == null || p.isFlat() ? 0 : p.unrealizedPnl(marks.get(symbol));
  }

  /**
   * The signed market value of one position.
   *
   * @param symbol the symbol
   * @return the market value at its mark, 0 if nothing is held
   * @throws IllegalArgumentException if {@code symbol} is null
   */
  public double marketValue(String symbol) {
    Position p = positions.get(Args.notNull(symbol, "symbol"));
    return p == null || p.isFlat() ? 0 : p.marketValue(marks.get(symbol));
  }

  /**
   * The position in a symbol.
   *
   * @param symbol the symbol
   * @return the position (possibly flat), or empty if never traded
   * @throws IllegalArgumentException if {@code symbol} is null
   */
  public Optional<Position> position(String symbol) {
    return Optional.ofNullable(positions.get(Args.notNull(symbol, "symbol")));
  }

  /**
   * The signed quantity held in a symbol.
   *
   * @param symbol the symbol
   * @return the quantity, 0 if nothing is held
   * @throws IllegalArgumentException if {@code symbol} is null
   */
  public double quantity(String symbol) {
    Position p = positions.get(Args.notNull(symbol, "symbol"));
    return p == null ? 0 : p.quantity();
  }

  /**
   * The open (non-flat) positions, in the order first traded.
   *
   * @return the open positions
   */
  public List<Position> openPositions() {
    List<Position> out = new ArrayList<>();
    for (Position p : positions.values()) {
      if (!p.isFlat()) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The mark of a symbol.
   *
   * @param symbol the symbol
   * @return the price, or empty if never marked nor filled
   * @throws IllegalArgumentException if {@code symbol} is null
   */
  public OptionalDouble markPrice(String symbol) {
    Double m = marks.get(Args.notNull(symbol, "symbol"));
    return m == null ? OptionalDouble.empty() : OptionalDouble.of(m);
  }

  /**
   * The fall of equity from the high-water mark, as a fraction of it.
   *
   * @return {@code (highWaterMark - equity) / highWaterMark}, {@code >= 0}
   */
  public double drawdown() {
    return Math.max(0, (highWaterMark - equity()) / highWaterMark);
  }
}
