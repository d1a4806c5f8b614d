package io.quantor.core.trade;

import io.quantor.core.internal.Args;
import io.quantor.core.internal.CompensatedSum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The account a strategy trades: cash, one {@link Position} per instrument, the latest mark price per
 * symbol, and the high-water mark of equity. A mutable accumulator: {@link #apply(Fill)} and
 * {@link #mark(String, double)} update it in place, {@link #snapshot()} returns an immutable
 * {@link PortfolioSnapshot} to hand to risk gates, journals and reports.
 *
 * <p><b>Why mutable.</b> A backtest applies thousands of fills and marks every symbol on every bar. The
 * accumulator updates one position and a few running sums per event in O(1), without copying the other
 * positions; values that leave the engine are snapshots, which cannot change under their reader. (An
 * immutable portfolio would copy or path-copy a map per event for no benefit inside the single-threaded
 * engine loop.)
 *
 * <p><b>Thread safety.</b> Not thread-safe: confine a portfolio to one thread (the engine's event loop)
 * or guard every call with one lock. Snapshots are immutable and safe to share.
 *
 * <p><b>Accounting.</b> Money is in one account currency.
 * <ul>
 *   <li>A fill moves cash by {@link Fill#cashFlow()} ({@code -signedQuantity * price * multiplier - fees})
 *       and the position by {@link Position#apply(Fill)}. Fees are counted once, in cash and in
 *       {@link #fees()}; position P&amp;L is before fees.</li>
 *   <li>{@code marketValue = sum of quantity * mark * multiplier} (shorts negative);
 *       {@code equity = cash + marketValue}; {@code netExposure = marketValue};
 *       {@code grossExposure = sum of |quantity * mark * multiplier|}. Exposure is market value (the
 *       premium for options); delta-adjusted exposure belongs to the risk module.</li>
 *   <li>Conservation: {@code equity - initialCash = realizedPnl + unrealizedPnl - fees}, to rounding.</li>
 *   <li>Marks: a fill sets its symbol's mark to the fill price only if the symbol has no mark yet (so
 *       market value is always defined); otherwise marks change only through {@code mark}. A fill away
 *       from the mark therefore shows at once as unrealized P&amp;L.</li>
 * </ul>
 * Running sums (cash, fees, realized P&amp;L, market value, gross exposure) are compensated (Neumaier), so
 * millions of updates do not drift from a fresh summation beyond a few ulps of the largest term.
 *
 * <p><b>Drawdown.</b> The high-water mark starts at the initial cash and is raised to the equity after
 * every fill and every mark call; {@link #drawdown()} is {@code (highWaterMark - equity) / highWaterMark}
 * and {@link #maxDrawdown()} the largest drawdown seen. Mark a bar's prices with one
 * {@link #mark(Map)} call, so that a half-marked book (one symbol up, the next not yet down) never sets a
 * peak. Risk models that need other peaks (per position, per day) keep them in their own state.
 *
 * <pre>{@code
 * Portfolio book = Portfolio.create(100_000);
 * Instrument orcl = Instrument.stock("ORCL");
 * book.apply(new Fill("o1", orcl, Side.BUY, 100, 120.0, 1.0, t));
 * book.mark("ORCL", 125.0);
 * book.cash();                 // 87_999.0
 * book.equity();               // 100_499.0
 * book.unrealizedPnl("ORCL");  // 500.0
 * PortfolioSnapshot view = book.snapshot();
 * }</pre>
 */
public final class Portfolio {

  private final double initialCash;
  private final CompensatedSum cash = new CompensatedSum();
  private final CompensatedSum fees = new CompensatedSum();
  private final CompensatedSum realized = new CompensatedSum();
  private final CompensatedSum marketValue = new CompensatedSum();
  private final CompensatedSum gross = new CompensatedSum();
  // Insertion order keeps iteration, summation order and snapshots reproducible.
  private final Map<String, Slot> slots = new LinkedHashMap<>();
  private double highWaterMark;
  private double maxDrawdown;

  private Portfolio(double initialCash) {
    this.initialCash = initialCash;
    this.highWaterMark = initialCash;
  }

  /**
   * An empty portfolio holding only cash.
   *
   * @param initialCash the starting cash, finite and {@code > 0}
   * @return the portfolio
   * @throws IllegalArgumentException if {@code initialCash} is not finite and {@code > 0}
   */
  public static Portfolio create(double initialCash) {
    Portfolio p = new Portfolio(Args.positive(initialCash, "initialCash"));
    p.cash.add(initialCash);
    return p;
  }

  /**
   * A portfolio that continues from a snapshot: same cash, positions, marks, fees and drawdown record.
   *
   * @param snapshot the snapshot
   * @return a new, independent portfolio
   * @throws IllegalArgumentException if {@code snapshot} is null
   */
  public static Portfolio from(PortfolioSnapshot snapshot) {
    Args.notNull(snapshot, "snapshot");
    Portfolio p = new Portfolio(snapshot.initialCash());
    p.cash.add(snapshot.cash());
    p.fees.add(snapshot.fees());
    for (Map.Entry<String, Double> e : snapshot.marks().entrySet()) {
      p.slots.computeIfAbsent(e.getKey(), k -> new Slot()).mark = e.getValue();
    }
    for (Position position : snapshot.positions().values()) {
      Slot slot = p.slots.computeIfAbsent(position.symbol(), k -> new Slot());
      slot.position = position;
      p.realized.add(position.realizedPnl());
      p.revalue(slot);
    }
    p.highWaterMark = snapshot.highWaterMark();
    p.maxDrawdown = snapshot.maxDrawdown();
    return p;
  }

  /**
   * Books a fill: moves cash by the fill's cash flow (fees included, once), updates the position, and
   * sets the symbol's mark to the fill price if it has none.
   *
   * @param fill the fill
   * @return the instrument's position after the fill
   * @throws IllegalArgumentException if {@code fill} is null, or its instrument differs from the
   *     instrument already held under the same symbol
   */
  public Position apply(Fill fill) {
    Args.notNull(fill, "fill");
    Slot slot = slots.get(fill.instrument().symbol());
    Position before = slot == null || slot.position == null ? Position.flat(fill.instrument())
        : slot.position;
    // Checked (and thrown) before any state changes.
    Position after = before.apply(fill);
    if (slot == null) {
      slot = new Slot();
      slots.put(fill.instrument().symbol(), slot);
    }
    if (Double.isNaN(slot.mark)) {
      slot.mark = fill.price();
    }
    slot.position = after;
    cash.add(fill.cashFlow());
    fees.add(fill.fees());
    realized.add(after.realizedPnl());
    realized.add(-before.realizedPnl());
    revalue(slot);
    updatePeak();
    return after;
  }

  /**
   * Sets a symbol's mark price (held or not) and revalues its position.
   *
   * @param symbol the symbol
   * @param price the price, finite and {@code > 0}
   * @throws IllegalArgumentException if {@code symbol} is null or {@code price} invalid
   */
  public void mark(String symbol, double price) {
    Args.notNull(symbol, "symbol");
    Args.positive(price, "price");
    setMark(symbol, price);
    updatePeak();
  }

  /**
   * Sets several marks at once; the high-water mark is updated once, after all of them. Every price is
   * validated before any is applied.
   *
   * @param prices the price by symbol, each finite and {@code > 0}
   * @throws IllegalArgumentException if {@code prices} is null or holds a null key or an invalid price
   */
  public void mark(Map<String, Double> prices) {
    for (Map.Entry<String, Double> e : Args.notNull(prices, "prices").entrySet()) {
      Args.notNull(e.getKey(), "prices symbol");
      Args.positive(Args.notNull(e.getValue(), "prices[" + e.getKey() + "]"), "prices[" + e.getKey() + "]");
    }
    for (Map.Entry<String, Double> e : prices.entrySet()) {
      setMark(e.getKey(), e.getValue());
    }
    updatePeak();
  }

  private void setMark(String symbol, double price) {
    Slot slot = slots.computeIfAbsent(symbol, k -> new Slot());
    slot.mark = price;
    revalue(slot);
  }

  private void revalue(Slot slot) {
    double value = slot.position == null ? 0 : slot.position.marketValue(slot.mark);
    marketValue.add(-slot.value);
    marketValue.add(value);
    gross.add(-Math.abs(slot.value));
    gross.add(Math.abs(value));
    slot.value = value;
  }

  private void updatePeak() {
    double equity = equity();
    if (equity > highWaterMark) {
      highWaterMark = equity;
    }
    double drawdown = (highWaterMark - equity) / highWaterMark;
    if (drawdown > maxDrawdown) {
      maxDrawdown = drawdown;
    }
  }

  /**
   * The immutable state of this portfolio now.
   *
   * @return the snapshot
   */
  public PortfolioSnapshot snapshot() {
    Map<String, Position> positions = new LinkedHashMap<>();
    Map<String, Double> marks = new LinkedHashMap<>();
    for (Map.Entry<String, Slot> e : slots.entrySet()) {
      Slot slot = e.getValue();
      if (slot.position != null) {
        positions.put(e.getKey(), slot.position);
      }
      if (!Double.isNaN(slot.mark)) {
        marks.put(e.getKey(), slot.mark);
      }
    }
    return new PortfolioSnapshot(initialCash, cash(), positions, marks, fees(), highWaterMark, maxDrawdown);
  }

  /**
   * The cash the portfolio started with.
   *
   * @return the initial cash, {@code > 0}
   */
  public double initialCash() {
    return initialCash;
  }

  /**
   * The cash now (negative when borrowing).
   *
   * @return the cash
   */
  public double cash() {
    return cash.value();
  }

  /**
   * The total fees paid (net of rebates).
   *
   * @return the fees
   */
  public double fees() {
    return fees.value();
  }

  /**
   * The signed market value of all positions at their marks.
   *
   * @return the market value (shorts count negative)
   */
  public double marketValue() {
    return marketValue.value();
  }

  /**
   * Cash plus market value.
   *
   * @return the equity
   */
  public double equity() {
    return cash.value() + marketValue.value();
  }

  /**
   * The sum of the absolute market values of the positions.
   *
   * @return the gross exposure, {@code >= 0}
   */
  public double grossExposure() {
    // The compensated difference of absolute values can round a hair below zero when all are closed.
    return Math.max(0, gross.value());
  }

  /**
   * The signed sum of the positions' market values (long minus short).
   *
   * @return the net exposure
   */
  public double netExposure() {
    return marketValue.value();
  }

  /**
   * The P&amp;L realized so far by all positions, before fees.
   *
   * @return the realized P&amp;L
   */
  public double realizedPnl() {
    return realized.value();
  }

  /**
   * The P&amp;L of all open quantities at their marks, before fees.
   *
   * @return the unrealized P&amp;L
   */
  public double unrealizedPnl() {
    double sum = 0;
    for (Slot slot : slots.values()) {
      if (slot.position != null) {
        sum += slot.position.unrealizedPnl(slot.mark);
      }
    }
    return sum;
  }

  /**
   * The unrealized P&amp;L of one position at its mark.
   *
   * @param symbol the symbol
   * @return the unrealized P&amp;L, 0 if nothing is held
   * @throws IllegalArgumentException if {@code symbol} is null
   */
  public double unrealizedPnl(String symbol) {
    Slot slot = slots.get(Args.notNull(symbol, "symbol"));
    return slot == null || slot.position == null ? 0 : slot.position.unrealizedPnl(slot.mark);
  }

  /**
   * The position in a symbol, flat positions included (they keep their realized P&amp;L).
   *
   * @param symbol the symbol
   * @return the position, or empty if the symbol was never traded
   * @throws IllegalArgumentException if {@code symbol} is null
   */
  public Optional<Position> position(String symbol) {
    Slot slot = slots.get(Args.notNull(symbol, "symbol"));
    return slot == null ? Optional.empty() : Optional.ofNullable(slot.position);
  }

  /**
   * Every position ever opened, flat ones included, in the order first traded.
   *
   * @return a copy of the positions
   */
  public List<Position> positions() {
    List<Position> out = new ArrayList<>();
    for (Slot slot : slots.values()) {
      if (slot.position != null) {
        out.add(slot.position);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The latest mark of a symbol.
   *
   * @param symbol the symbol
   * @return the price, or empty if the symbol was never marked nor filled
   * @throws IllegalArgumentException if {@code symbol} is null
   */
  public OptionalDouble markPrice(String symbol) {
    Slot slot = slots.get(Args.notNull(symbol, "symbol"));
    return slot == null || Double.isNaN(slot.mark) ? OptionalDouble.empty() : OptionalDouble.of(slot.mark);
  }

  /**
   * The highest equity seen after a fill or a mark call (the initial cash to start with).
   *
   * @return the high-water mark, {@code > 0}
   */
  public double highWaterMark() {
    return highWaterMark;
  }

  /**
   * The fall of equity from the high-water mark, as a fraction of it.
   *
   * @return {@code (highWaterMark - equity) / highWaterMark}, {@code >= 0} (above 1 when equity is
   *     negative)
   */
  public double drawdown() {
    return Math.max(0, (highWaterMark - equity()) / highWaterMark);
  }

  /**
   * The largest {@link #drawdown()} seen after a fill or a mark call.
   *
   * @return the maximum drawdown, {@code >= 0}
   */
  public double maxDrawdown() {
    return maxDrawdown;
  }

  /** A position and its mark; {@code value} is the market value last added to the running sums. */
  private static final class Slot {
    Position position;
    double mark = Double.NaN;
    double value;
  }
}
