package io.quantor.backtest.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantor.backtest.internal.EquityReturns;
import io.quantor.backtest.metrics.Trade;
import io.quantor.broker.OrderState;
import io.quantor.core.internal.Args;
import io.quantor.core.series.BarSeries;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.PortfolioSnapshot;
import io.quantor.core.trade.Position;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run produced: the bar-close equity curve with its times, cash and returns, every fill, the final
 * state of every order, the closed round trips, and the final portfolio. Immutable: the array accessors
 * return copies (use the indexed accessors in loops), the lists are unmodifiable.
 *
 * <p><b>Curves.</b> Entry {@code i} belongs to the engine's bar {@code i} (the {@code i}-th timestamp of
 * the run), after that bar's fills were booked and the positions marked at its closes:
 * {@code equity(i) = cash(i) + sum quantity * mark * multiplier}. {@code returns(i)} is the simple return
 * {@code equity(i) / equity(i - 1) - 1}, with {@code equity(-1)} the initial cash, bounded below by
 * {@code -1} where the equity reaches zero or below (see {@link #returns(int)}).
 *
 * <p><b>Storage.</b> Only the equity is stored per bar. The times of a run over one series are that
 * series' timestamps, read from it (the result keeps the series); cash changes only at fills, so it is
 * stored as its changes and expanded into a per-bar array the first time {@link #cash(int)} or
 * {@link #cash()} is called.
 *
 * <p><b>JSON.</b> {@link #toJson()} writes the result as one JSON object (times as ISO-8601 instants,
 * {@code NaN} as {@code null}), for reports and for comparing runs.
 *
 * <pre>{@code
 * BacktestResult r = engine.run();
 * double total = r.totalReturn();
 * for (int i = 0; i < r.size(); i++) {
 *   System.out.println(Instant.ofEpochMilli(r.time(i)) + " " + r.equity(i));
 * }
 * Files.writeString(Path.of("run.json"), r.toJson());
 * }</pre>
 */
public final class BacktestResult {

  private final RunMode mode;
  private final List<Instrument> instruments;
  private final double initialCash;
  private final int size;
  /** The times, or null when {@link #timeline} gives them. */
  private final long[] times;
  private final BarSeries timeline;
  private final double[] equity;
  /** Cash from bar {@code cashBars[j]} on is {@code cashValues[j]}; {@code cashBars[0] == 0}. */
  private final int[] cashBars;
  private final double[] cashValues;
  /** Expanded on first use. */
  private volatile double[] cash;
  private final List<Fill> fills;
  private final int[] fillBars;
  private final List<OrderState> orders;
  /** Paired on first use: a run that never asks for its trades does not pay for them. */
  private volatile List<Trade> trades;
  private final PortfolioSnapshot finalPortfolio;

  BacktestResult(RunMode mode, List<Instrument> instruments, double initialCash, int size, long[] times,
      BarSeries timeline, double[] equity, int[] cashBars, double[] cashValues, List<Fill> fills,
      int[] fillBars, List<OrderState> orders, PortfolioSnapshot finalPortfolio) {
    this.mode = Args.notNull(mode, "mode");
    if (equity.length != size || (times == null ? timeline.size() : times.length) != size
        || (size > 0 && (cashBars.length == 0 || cashBars[0] != 0))) {
      throw new IllegalStateException("inconsistent curves of " + size + " bars");
    }
    this.instruments = List.copyOf(instruments);
    this.initialCash = initialCash;
    this.size = size;
    this.times = times;
    this.timeline = times == null ? timeline : null;
    this.equity = equity;
    this.cashBars = cashBars;
    this.cashValues = cashValues;
    this.fills = List.copyOf(fills);
    this.fillBars = fillBars;
    this.orders = List.copyOf(orders);
    this.finalPortfolio = finalPortfolio;
  }

  /**
   * The mode of the run.
   *
   * @return the mode
   */
  public RunMode mode() {
    return mode;
  }

  /**
   * The run's instruments, in the engine's order.
   *
   * @return an unmodifiable list
   */
  public List<Instrument> instruments() {
    return instruments;
  }

  /**
   * The cash the run started with.
   *
   * @return the initial cash
   */
  public double initialCash() {
    return initialCash;
  }

  /**
   * The number of bars (timestamps) of the run.
   *
   * @return the size of every curve
   */
  public int size() {
    return size;
  }

  /**
   * The time of bar {@code i}.
   *
   * @param i the bar, {@code 0 <= i < size()}
   * @return epoch milliseconds
   */
  public long time(int i) {
    return times != null ? times[i] : timeline.epochMillis(i);
  }

  /**
   * The equity at the close of bar {@code i}.
   *
   * @param i the bar, {@code 0 <= i < size()}
   * @return the equity
   */
  public double equity(int i) {
    return equity[i];
  }

  /**
   * The cash at the close of bar {@code i}.
   *
   * @param i the bar, {@code 0 <= i < size()}
   * @return the cash
   */
  public double cash(int i) {
    return cashCurve()[i];
  }

  private double[] cashCurve() {
    double[] c = cash;
    if (c == null) {
      // Deterministic, so two threads racing here build equal arrays.
      c = new double[size];
      for (int j = 0; j < cashBars.length; j++) {
        Arrays.fill(c, cashBars[j], j + 1 < cashBars.length ? cashBars[j + 1] : size, cashValues[j]);
      }
      cash = c;
    }
    return c;
  }

  /**
   * The simple return of bar {@code i}, with {@code equity(-1)} the initial cash:
   * <ul>
   *   <li>{@code equity(i) / equity(i - 1) - 1} while {@code equity(i - 1) > 0};</li>
   *   <li>but {@code -1} if that is below {@code -1}: a leveraged or short position that loses more than
   *       the equity (equity at or below zero) has lost everything, and a simple return cannot be lower;
   *       </li>
   *   <li>{@code 0} once {@code equity(i - 1) <= 0}: a return on zero or negative capital is undefined, and
   *       ruin is kept absorbing, so compounding the returns keeps the wealth at zero whatever the equity
   *       does after.</li>
   * </ul>
   * So the returns are always finite and {@code >= -1}, as the compounding metrics of
   * {@link io.quantor.backtest.metrics} require (a ruin shows as a cumulative return and a maximum drawdown
   * of {@code -1}); {@code MetricsReport.of}, which also fits log growth, rejects a total loss. After a
   * ruin the returns no longer follow the equity curve, which {@link #equity(int)} still reports as is.
   *
   * @param i the bar, {@code 0 <= i < size()}
   * @return the return, finite and {@code >= -1}
   */
  public double returns(int i) {
    return EquityReturns.simple(i == 0 ? initialCash : equity[i - 1], equity[i]);
  }

  /**
   * The bar times (a copy).
   *
   * @return epoch milliseconds, one per bar
   */
  public long[] times() {
    return times != null ? times.clone() : timeline.epochMillis();
  }

  /**
   * The equity curve (a copy).
   *
   * @return the equity at each bar's close
   */
  public double[] equity() {
    return equity.clone();
  }

  /**
   * The cash curve (a copy).
   *
   * @return the cash at each bar's close
   */
  public double[] cash() {
    return cashCurve().clone();
  }

  /**
   * The simple returns, {@link #returns(int)} for every bar (a copy): {@code -1} at the bar where the
   * equity first reaches zero or below, {@code 0} after it.
   *
   * @return one return per bar, the first against the initial cash, each finite and {@code >= -1}
   */
  public double[] returns() {
    double[] r = new double[equity.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = returns(i);
    }
    return r;
  }

  /**
   * The equity after the last bar.
   *
   * @return the final equity, the initial cash if the run had no bar
   */
  public double finalEquity() {
    return size == 0 ? initialCash : equity[size - 1];
  }

  /**
   * The return over the whole run.
   *
   * @return {@code finalEquity() / initialCash() - 1}
   */
  public double totalReturn() {
    return finalEquity() / initialCash - 1;
  }

  /**
   * Every fill, in the order booked.
   *
   * @return an unmodifiable list
   */
  public List<Fill> fills() {
    return fills;
  }

  /**
   * The bar at which fill {@code j} was booked.
   *
   * @param j the fill, {@code 0 <= j < fills().size()}
   * @return the engine's bar index
   */
  public int fillBar(int j) {
    return fillBars[j];
  }

  /**
   * Every order of the run in its final state, in submission order.
   *
   * @return an unmodifiable list
   */
  public List<OrderState> orders() {
    return orders;
  }

  /**
   * The closed round trips, paired first in, first out per symbol from the fills: a fill that reduces a
   * position closes its oldest open quantities first, one trade per quantity it closes, with that
   * quantity's share of both fills' fees and the engine bars between the fills as bars held. Quantities
   * still open at the end are not trades. Feed them to
   * {@link io.quantor.backtest.metrics.TradeStatistics#of(List)}.
   *
   * @return an unmodifiable list, in the order the trades closed
   */
  public List<Trade> trades() {
    List<Trade> t = trades;
    if (t == null) {
      // Pairing is deterministic, so two threads racing here compute equal lists.
      t = List.copyOf(RoundTrips.of(fills, fillBars));
      trades = t;
    }
    return t;
  }

  /**
   * The portfolio after the last bar: the booked cash, positions and fees, marked at the last marks; its
   * high-water mark and maximum drawdown are those of the equity curve.
   *
   * @return the snapshot
   */
  public PortfolioSnapshot finalPortfolio() {
    return finalPortfolio;
  }

  /**
   * The result as a JSON object: {@code mode}, {@code initialCash}, {@code instruments}, {@code bars}
   * (time, equity, cash, return per bar), {@code fills}, {@code orders}, {@code trades} and
   * {@code finalPortfolio}.
   *
   * @return the JSON text
   */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("mode", mode.name());
    root.put("initialCash", initialCash);
    ArrayNode ins = root.putArray("instruments");
    for (Instrument i : instruments) {
      ObjectNode n = ins.addObject();
      n.put("symbol", i.symbol());
      n.put("assetClass", i.assetClass().name());
      n.put("multiplier", i.multiplier());
      if (i.underlying() != null) {
        n.put("underlying", i.underlying());
      }
    }
    ArrayNode bars = root.putArray("bars");
    double[] c = cashCurve();
    for (int i = 0; i < size; i++) {
      ObjectNode n = bars.addObject();
      n.put("time", Instant.ofEpochMilli(time(i)).toString());
      number(n, "equity", equity[i]);
      number(n, "cash", c[i]);
      number(n, "return", returns(i));
    }
    ArrayNode fs = root.putArray("fills");
    for (int j = 0; j < fills.size(); j++) {
      Fill f = fills.get(j);
      ObjectNode n = fs.addObject();
      n.put("orderId", f.orderId());
      n.put("symbol", f.instrument().symbol());
      n.put("side", f.side().name());
      n.put("quantity", f.quantity());
      n.put("price", f.price());
      n.put("fees", f.fees());
      n.put("time", f.time().toString());
      n.put("bar", fillBars[j]);
    }
    ArrayNode os = root.putArray("orders");
    for (OrderState o : orders) {
      ObjectNode n = os.addObject();
      n.put("clientOrderId", o.clientOrderId());
      n.put("symbol", o.request().instrument().symbol());
      n.put("side", o.request().side().name());
      n.put("type", o.request().type().name());
      n.put("quantity", o.request().quantity());
      number(n, "limitPrice", o.request().limitPrice());
      number(n, "stopPrice", o.request().stopPrice());
      n.put("status", o.status().name());
      n.put("filledQuantity", o.filledQuantity());
      number(n, "averageFillPrice", o.averageFillPrice());
      n.put("fees", o.fees());
      if (!o.reason().isEmpty()) {
        n.put("reason", o.reason());
      }
    }
    ArrayNode ts = root.putArray("trades");
    for (Trade t : trades()) {
      ObjectNode n = ts.addObject();
      n.put("symbol", t.symbol());
      n.put("side", t.side().name());
      n.put("quantity", t.quantity());
      n.put("entryTime", t.entryTime().toString());
      n.put("exitTime", t.exitTime().toString());
      n.put("entryPrice", t.entryPrice());
      n.put("exitPrice", t.exitPrice());
      n.put("barsHeld", t.barsHeld());
      n.put("grossPnl", t.grossPnl());
      n.put("fees", t.fees());
      n.put("netPnl", t.netPnl());
      number(n, "netReturn", t.netReturn());
    }
    ObjectNode p = root.putObject("finalPortfolio");
    p.put("cash", finalPortfolio.cash());
    p.put("fees", finalPortfolio.fees());
    p.put("highWaterMark", finalPortfolio.highWaterMark());
    p.put("maxDrawdown", finalPortfolio.maxDrawdown());
    ArrayNode ps = p.putArray("positions");
    for (Position pos : finalPortfolio.positions().values()) {
      ObjectNode n = ps.addObject();
      n.put("symbol", pos.symbol());
      n.put("quantity", pos.quantity());
      n.put("averageCost", pos.averageCost());
      n.put("realizedPnl", pos.realizedPnl());
    }
    ObjectNode marks = p.putObject("marks");
    for (Map.Entry<String, Double> e : finalPortfolio.marks().entrySet()) {
      marks.put(e.getKey(), e.getValue());
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      // A tree of plain strings and numbers always serializes; this is not an expected outcome.
      throw new IllegalStateException("could not write the result as JSON", e);
    }
  }

  private static void number(ObjectNode n, String name, double value) {
    if (Double.isFinite(value)) {
      n.put(name, value);
    } else {
      n.putNull(name);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BacktestResult[%s, %d bars, %d fills, equity %.2f -> %.2f]", mode,
        size, fills.size(), initialCash, finalEquity());
  }
}
