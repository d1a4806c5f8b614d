package io.quantor.backtest.engine;

import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.OrderState;
import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import io.quantor.core.series.Resampler;
import io.quantor.core.series.TimeFrame;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.PortfolioSnapshot;
import io.quantor.core.trade.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a strategy: the clock, the instruments' tracks, the book, the orders and the recorded curves.
 * {@link TradingEngine#run()} and {@link LiveSession} drive it the same way: set the tracks of the
 * instruments that gained a bar, then {@link #step(long)}.
 *
 * <p><b>Accounting.</b> The core {@link Portfolio} books every fill (cash, positions, average cost,
 * realized P&amp;L, fees). Marking it by symbol on every bar costs about 8 ns per instrument (a map
 * lookup and four compensated sums), a quarter of the per-bar budget, so the session keeps each
 * instrument's quantity and mark in primitive arrays, copies quantity and cash from the portfolio after
 * each fill, and computes equity as {@code cash + sum quantity * mark * multiplier} at each bar (the
 * portfolio's formula, summed plainly rather than compensated). The portfolio is marked only when a
 * snapshot is taken and at the end, so the final cash, positions, marks and fees are the portfolio's own.
 */
final class Session implements StrategyContext {

  /** Up to this many instruments, symbols are found by a linear scan (identity first), not a map. */
  private static final int LINEAR_LOOKUP = 8;

  private enum Phase { NEW, START, BARS, FINISH, DONE }

  private final RunMode mode;
  private final Strategy strategy;
  private final String strategyId;
  private final String orderIdPrefix;
  private final DecisionSink sink;
  final Executor executor;
  /** Whether every timestamp needs the executor, working orders or not (broker events, option marks). */
  private final boolean alwaysExecute;

  final Track[] tracks;
  final Instrument[] instruments;
  private final String[] symbols;
  private final List<Instrument> instrumentList;
  private final Map<String, Integer> bySymbol = new HashMap<>();
  /** The number of instruments with bars; marked instruments (options without bars) follow them. */
  final int barred;
  private final OptionMarker[] markers;
  private final int[] underlying;
  final boolean[] updated;

  private long now = Long.MIN_VALUE;
  private Instant nowInstant;
  private int barIndex = -1;
  private Phase phase = Phase.NEW;

  private final Portfolio book;
  private final double initialCash;
  private double cash;
  final double[] qty;
  final double[] mark;
  private final double[] mult;
  private double highWaterMark;
  private double maxDrawdown;

  private final OrderTable orders = new OrderTable();
  private long orderCounter;

  /** The run's timestamps when they are one series' bars (a one-series run): then not recorded. */
  private final BarSeries timeline;
  private long[] times;
  private double[] equity;
  private int steps;
  /**
   * The cash curve as its changes: cash changes only at fills, so recording it at every bar would write
   * the same value again and again. Change {@code j} sets the cash from bar {@code cashBars[j]} on.
   */
  private int[] cashBars = new int[16];
  private double[] cashValues = new double[16];
  private int cashChanges;
  /** The bits of the cash last recorded; NaN's at first, which cash never is, so bar 0 records it. */
  private long recordedCash = Double.doubleToRawLongBits(Double.NaN);
  private final List<Fill> fills = new ArrayList<>();
  private int[] fillBars = new int[16];

  private final List<Subscribed> subscriptions = new ArrayList<>();
  private final View view = new View();

  Session(TradingEngine engine, Track[] tracks, int barred, OptionMarker[] markers, Executor executor,
      int expectedBars, BarSeries timeline) {
    this.mode = engine.mode();
    this.strategy = engine.strategy;
    this.strategyId = engine.strategyId;
    this.orderIdPrefix = engine.orderIdPrefix;
    this.sink = engine.sink;
    this.executor = executor;
    this.tracks = tracks;
    this.barred = barred;
    this.markers = markers;
    int n = tracks.length;
    this.instruments = new Instrument[n];
    this.symbols = new String[n];
    this.underlying = new int[n];
    this.updated = new boolean[n];
    this.qty = new double[n];
    this.mark = new double[n];
    this.mult = new double[n];
    Arrays.fill(mark, Double.NaN);
    for (int k = 0; k < n; k++) {
      instruments[k] = tracks[k].instrument;
      symbols[k] = instruments[k].symbol();
      mult[k] = instruments[k].multiplier();
      bySymbol.put(symbols[k], k);
    }
    for (int k = barred; k < n; k++) {
      underlying[k] = bySymbol.get(instruments[k].underlying());
    }
    this.instrumentList = List.of(instruments);
    this.initialCash = engine.initialCash;
    this.book = Portfolio.create(initialCash);
    this.cash = book.cash();
    this.highWaterMark = initialCash;
    int capacity = Math.max(expectedBars, 16);
    this.timeline = timeline;
    this.times = timeline == null ? new long[capacity] : null;
    this.equity = new double[capacity];
    this.alwaysExecute = executor.drains || executor.seesEveryBar || barred < n;
    executor.attach(this);
  }

  // ---------------------------------------------------------------- driving

  void start() {
    phase = Phase.START;
    executor.start();
    strategy.onStart(this);
    phase = Phase.BARS;
  }

  /** One timestamp: the tracks of the instruments flagged in {@link #updated} hold their new bar. */
  void step(long time) {
    advance(time);
    if (hasWork()) {
      execute();
    }
    close();
  }

  /*
   * A step in three parts, so that a driver's loop can call them itself (TradingEngine.run does): the JIT
   * then compiles the order path (execute, inlined into the loop) apart from the per-bar path (close, with
   * the marking, the curves and the strategy call inlined into it). Compiled as one method, the inlined
   * order path used up the inlining budget and left the per-bar calls out of line.
   */

  /** Part 1: the clock moves to the new timestamp. */
  void advance(long time) {
    now = time;
    nowInstant = null;
    barIndex++;
  }

  /** Whether {@link #execute()} has anything to do at this timestamp. */
  boolean hasWork() {
    return alwaysExecute || !orders.noneWorking();
  }

  /** Part 2: the executor fills orders against the new bars and marks; its fills are booked. */
  void execute() {
    Executor x = executor;
    if (x.drains) {
      x.drain();
    }
    if (x.seesEveryBar || !orders.noneWorking()) {
      for (int k = 0; k < barred; k++) {
        if (updated[k]) {
          x.onBar(k);
        }
      }
    }
    for (int k = barred; k < tracks.length; k++) {
      markOption(k);
    }
    if (x.drains) {
      x.drain();
    }
  }

  /** Part 3: marks at the new closes, the curves, then the strategy. */
  void close() {
    for (int k = 0; k < barred; k++) {
      if (updated[k]) {
        Track t = tracks[k];
        mark[k] = t.close(t.count - 1);
      }
    }
    double e = equity();
    if (e >= highWaterMark) {
      highWaterMark = e;
    } else {
      double dd = (highWaterMark - e) / highWaterMark;
      if (dd > maxDrawdown) {
        maxDrawdown = dd;
      }
    }
    record(e);
    List<Subscribed> subs = subscriptions;
    int m = subs.size();
    for (int i = 0; i < m; i++) {
      subs.get(i).advance(updated, barred);
    }
    strategy.onBar(this);
    for (int i = 0; i < m; i++) {
      Subscribed s = subs.get(i);
      if (s.any) {
        strategy.onBar(this, s.timeFrame);
      }
    }
  }

  private void markOption(int k) {
    Track u = tracks[underlying[k]];
    if (u.count == 0) {
      return;
    }
    double p = markers[k].mark(instruments[k], now, u.close(u.count - 1));
    if (p > 0 && p < Double.POSITIVE_INFINITY) {
      executor.onMark(k, p);
      mark[k] = p;
    }
  }

  private void record(double e) {
    if (steps == equity.length) {
      int n = steps * 2;
      equity = Arrays.copyOf(equity, n);
      if (times != null) {
        times = Arrays.copyOf(times, n);
      }
    }
    if (times != null) {
      times[steps] = now;
    }
    equity[steps] = e;
    long c = Double.doubleToRawLongBits(cash);
    if (c != recordedCash) {
      recordedCash = c;
      if (cashChanges == cashBars.length) {
        cashBars = Arrays.copyOf(cashBars, cashChanges * 2);
        cashValues = Arrays.copyOf(cashValues, cashChanges * 2);
      }
      cashBars[cashChanges] = steps;
      cashValues[cashChanges] = cash;
      cashChanges++;
    }
    steps++;
  }

  BacktestResult finish() {
    executor.drain();
    phase = Phase.FINISH;
    strategy.onFinish(this);
    executor.finish();
    executor.drain();
    phase = Phase.DONE;
    // A run over a feed fills its preallocated curves exactly: hand them over without copying.
    boolean exact = steps == equity.length;
    long[] t = times == null ? null : exact ? times : Arrays.copyOf(times, steps);
    return new BacktestResult(mode, instrumentList, initialCash, steps, t, timeline,
        exact ? equity : Arrays.copyOf(equity, steps), Arrays.copyOf(cashBars, cashChanges),
        Arrays.copyOf(cashValues, cashChanges), fills, Arrays.copyOf(fillBars, fills.size()), orders.all(),
        snapshot());
  }

  double equity() {
    return cash + marketValue();
  }

  private double marketValue() {
    double mv = 0;
    for (int k = 0; k < qty.length; k++) {
      double q = qty[k];
      if (q != 0) {
        mv += q * mark[k] * mult[k];
      }
    }
    return mv;
  }

  // ---------------------------------------------------------------- executor callbacks

  /** Books a fill of one of the session's orders. */
  void book(Fill fill) {
    int k = indexOf(fill.instrument().symbol());
    Position p = book.apply(fill);
    qty[k] = p.quantity();
    cash = book.cash();
    if (Double.isNaN(mark[k])) {
      mark[k] = fill.price();
    }
    if (fills.size() == fillBars.length) {
      fillBars = Arrays.copyOf(fillBars, fillBars.length * 2);
    }
    fillBars[fills.size()] = barIndex;
    fills.add(fill);
  }

  /** Records an order's new state. */
  void update(OrderState state) {
    orders.put(state);
  }

  boolean isOwnOrder(String clientOrderId) {
    return orders.find(clientOrderId) >= 0;
  }

  void event(ExecutionEvent event) {
    if (sink != null) {
      sink.execution(event);
    }
  }

  /** Whether execution events have a reader (executors that make their own events skip them if not). */
  boolean wantsEvents() {
    return sink != null;
  }

  Instant instant() {
    if (nowInstant == null) {
      nowInstant = Instant.ofEpochMilli(now);
    }
    return nowInstant;
  }

  long now() {
    return now;
  }

  PortfolioSnapshot snapshot() {
    Map<String, Double> marks = new LinkedHashMap<>();
    for (int k = 0; k < mark.length; k++) {
      if (mark[k] > 0) {
        marks.put(symbols[k], mark[k]);
      }
    }
    if (!marks.isEmpty()) {
      book.mark(marks);
    }
    PortfolioSnapshot s = book.snapshot();
    return new PortfolioSnapshot(s.initialCash(), s.cash(), s.positions(), s.marks(), s.fees(),
        highWaterMark, maxDrawdown);
  }

  // ---------------------------------------------------------------- lookups

  int indexOf(String symbol) {
    String[] s = symbols;
    for (int k = 0; k < s.length; k++) {
      if (s[k] == symbol) {
        return k;
      }
    }
    if (s.length <= LINEAR_LOOKUP) {
      for (int k = 0; k < s.length; k++) {
        if (s[k].equals(symbol)) {
          return k;
        }
      }
    } else {
      Integer k = bySymbol.get(symbol);
      if (k != null) {
        return k;
      }
    }
    throw new IllegalArgumentException("symbol must be an instrument of the run " + bySymbol.keySet()
        + ", was " + symbol);
  }

  private Track barTrack(String symbol) {
    Track t = tracks[indexOf(symbol)];
    if (t.count == 0) {
      throw new IllegalStateException("no bar of " + symbol + " yet at bar " + barIndex);
    }
    return t;
  }

  private Subscribed subscription(TimeFrame timeFrame) {
    for (Subscribed s : subscriptions) {
      if (s.timeFrame.equals(timeFrame)) {
        return s;
      }
    }
    throw new IllegalArgumentException("timeFrame " + timeFrame + " is not subscribed");
  }

  // ---------------------------------------------------------------- StrategyContext

  @Override
  public RunMode mode() {
    return mode;
  }

  @Override
  public String strategyId() {
    return strategyId;
  }

  @Override
  public Instant time() {
    if (barIndex < 0) {
      throw new IllegalStateException("no time before the first bar");
    }
    return instant();
  }

  @Override
  public long epochMillis() {
    return now;
  }

  @Override
  public int barIndex() {
    return barIndex;
  }

  @Override
  public List<Instrument> instruments() {
    return instrumentList;
  }

  @Override
  public Instrument instrument(String symbol) {
    return instruments[indexOf(symbol)];
  }

  @Override
  public boolean hasBar(String symbol) {
    return updated[indexOf(symbol)];
  }

  @Override
  public int barCount(String symbol) {
    return tracks[indexOf(symbol)].count;
  }

  @Override
  public Bar bar(String symbol) {
    Track t = barTrack(symbol);
    int i = t.count - 1;
    return new Bar(Instant.ofEpochMilli(t.time(i)), t.open(i), t.high(i), t.low(i), t.close(i), t.volume(i));
  }

  @Override
  public double open(String symbol) {
    Track t = barTrack(symbol);
    return t.open(t.count - 1);
  }

  @Override
  public double high(String symbol) {
    Track t = barTrack(symbol);
    return t.high(t.count - 1);
  }

  @Override
  public double low(String symbol) {
    Track t = barTrack(symbol);
    return t.low(t.count - 1);
  }

  @Override
  public double close(String symbol) {
    Track t = barTrack(symbol);
    return t.close(t.count - 1);
  }

  @Override
  public double volume(String symbol) {
    Track t = barTrack(symbol);
    return t.volume(t.count - 1);
  }

  @Override
  public double close(String symbol, int barsAgo) {
    if (barsAgo < 0) {
      throw new IllegalArgumentException("barsAgo must be >= 0 (no future bars), was " + barsAgo);
    }
    Track t = tracks[indexOf(symbol)];
    if (barsAgo >= t.count) {
      throw new IndexOutOfBoundsException("barsAgo " + barsAgo + " reaches before the first bar: "
          + t.count + " bars of " + symbol + " so far");
    }
    return t.close(t.count - 1 - barsAgo);
  }

  @Override
  public double mark(String symbol) {
    return mark[indexOf(symbol)];
  }

  @Override
  public BarSeries history(String symbol) {
    return tracks[indexOf(symbol)].history();
  }

  @Override
  public void subscribe(Resampler resampler) {
    Args.notNull(resampler, "resampler");
    if (phase != Phase.START) {
      throw new IllegalStateException("subscribe only in onStart");
    }
    for (Subscribed s : subscriptions) {
      if (s.timeFrame.equals(resampler.timeFrame())) {
        throw new IllegalArgumentException("timeFrame " + resampler.timeFrame() + " is already subscribed");
      }
    }
    HigherTrack[] higher = new HigherTrack[barred];
    for (int k = 0; k < barred; k++) {
      higher[k] = tracks[k].higher(resampler);
    }
    subscriptions.add(new Subscribed(resampler.timeFrame(), higher));
  }

  @Override
  public BarSeries history(String symbol, TimeFrame timeFrame) {
    int k = indexOf(symbol);
    Subscribed s = subscription(timeFrame);
    if (k >= barred) {
      throw new IllegalArgumentException(symbol + " has no bars to resample");
    }
    return s.tracks[k].history();
  }

  @Override
  public boolean hasBar(String symbol, TimeFrame timeFrame) {
    int k = indexOf(symbol);
    Subscribed s = subscription(timeFrame);
    return k < barred && s.updated[k];
  }

  @Override
  public PortfolioView portfolio() {
    return view;
  }

  @Override
  public OrderState submit(OrderRequest order) {
    Args.notNull(order, "order");
    if (phase != Phase.BARS && phase != Phase.FINISH) {
      throw new IllegalStateException("orders can be submitted only from onBar and onFinish");
    }
    Instrument known = instruments[indexOf(order.instrument().symbol())];
    if (known != order.instrument() && !known.equals(order.instrument())) {
      throw new IllegalArgumentException("order instrument must be the run's " + known + ", was "
          + order.instrument());
    }
    if (orders.find(order.clientOrderId()) >= 0) {
      throw new IllegalArgumentException("clientOrderId was used before in this run: "
          + order.clientOrderId());
    }
    if (sink != null) {
      sink.orderSubmitted(order);
    }
    OrderState s = executor.submit(order);
    OrderState reported = orders.get(order.clientOrderId());
    if (reported == null) {
      update(s);
      return s;
    }
    return reported;
  }

  @Override
  public OrderState cancel(String clientOrderId) {
    Args.notNull(clientOrderId, "clientOrderId");
    OrderState s = orders.get(clientOrderId);
    if (s == null) {
      throw new IllegalArgumentException("clientOrderId is not an order of this run: " + clientOrderId);
    }
    if (s.isTerminal()) {
      return s;
    }
    executor.cancel(clientOrderId);
    return orders.get(clientOrderId);
  }

  @Override
  public List<OrderState> openOrders() {
    return orders.workingStates();
  }

  @Override
  public Optional<OrderState> order(String clientOrderId) {
    return Optional.ofNullable(orders.get(clientOrderId));
  }

  @Override
  public String nextOrderId() {
    return orderIdPrefix + "-" + (++orderCounter);
  }

  @Override
  public void record(String symbol, String decision, String... reasonCodes) {
    Args.notNull(reasonCodes, "reasonCodes");
    decide(symbol, "", decision, Arrays.asList(reasonCodes), Double.NaN);
  }

  @Override
  public void record(OrderRequest order, String decision, double confidence, List<String> reasonCodes) {
    Args.notNull(order, "order");
    decide(order.instrument().symbol(), order.clientOrderId(), decision, reasonCodes, confidence);
  }

  private void decide(String symbol, String orderId, String decision, List<String> codes, double c) {
    indexOf(symbol);
    if (barIndex < 0) {
      throw new IllegalStateException("decisions are recorded from onBar and onFinish");
    }
    if (sink == null) {
      // Nothing reads the record: validate it as the record would, without building it.
      DecisionRecord.check(strategyId, barIndex, symbol, orderId, decision, codes, c);
      return;
    }
    sink.decision(new DecisionRecord(instant(), strategyId, barIndex, symbol, orderId, decision, codes, c));
  }

  @Override
  public String toString() {
    return "StrategyContext[" + mode + ", bar " + barIndex + " at "
        + (barIndex < 0 ? "start" : instant().toString()) + "]";
  }

  // ---------------------------------------------------------------- parts

  /** A registered higher time frame: one tracker per barred instrument. */
  private static final class Subscribed {

    final TimeFrame timeFrame;
    final HigherTrack[] tracks;
    final boolean[] updated;
    boolean any;

    Subscribed(TimeFrame timeFrame, HigherTrack[] tracks) {
      this.timeFrame = timeFrame;
      this.tracks = tracks;
      this.updated = new boolean[tracks.length];
    }

    void advance(boolean[] baseUpdated, int barred) {
      boolean a = false;
      for (int k = 0; k < barred; k++) {
        boolean u = baseUpdated[k] && tracks[k].advance();
        updated[k] = u;
        a |= u;
      }
      any = a;
    }
  }

  /** The read-only portfolio view handed to the strategy. */
  private final class View implements PortfolioView {

    @Override
    public double initialCash() {
      return initialCash;
    }

    @Override
    public double cash() {
      return cash;
    }

    @Override
    public double equity() {
      return Session.this.equity();
    }

    @Override
    public double marketValue() {
      return Session.this.marketValue();
    }

    @Override
    public double quantity(String symbol) {
      return qty[indexOf(symbol)];
    }

    @Override
    public Position position(String symbol) {
      Instrument instrument = instruments[indexOf(symbol)];
      return book.position(symbol).orElse(Position.flat(instrument));
    }

    @Override
    public double fees() {
      return book.fees();
    }

    @Override
    public PortfolioSnapshot snapshot() {
      return Session.this.snapshot();
    }

    @Override
    public String toString() {
      return "PortfolioView[cash " + cash + ", equity " + Session.this.equity() + "]";
    }
  }
}
