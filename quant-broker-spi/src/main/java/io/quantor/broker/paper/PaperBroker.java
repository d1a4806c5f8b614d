package io.quantor.broker.paper;

import io.quantor.broker.Account;
import io.quantor.broker.Broker;
import io.quantor.broker.BrokerCapabilities;
import io.quantor.broker.BrokerConfig;
import io.quantor.broker.BrokerException;
import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.ExecutionListener;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.Subscription;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.Quote;
import io.quantor.broker.sim.SimulatedOrder;
import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.PortfolioSnapshot;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Broker} that trades against market data pushed into it, filling orders with the same
 * {@link ExecutionSimulator} as the backtest and keeping cash and positions in a core {@link Portfolio}.
 * Open one with {@link #create(BrokerConfig)} or by name, {@code Brokers.open("paper", config)}; the
 * settings are described in {@link PaperBrokerSettings} and the package documentation.
 *
 * <p><b>Market data.</b> Push bars with {@link #onBar(String, Bar)} or quotes with
 * {@link #onQuote(String, Quote)}, or replay a series with {@link #replay(BarSeries, Instrument)}.
 * Each symbol's data must arrive in strictly increasing time. The broker's clock ({@link #now()}) is the
 * time of the latest bar or quote of any symbol ({@link Instant#EPOCH} before the first).
 *
 * <p><b>When orders fill.</b> {@link #submit} accepts an order at once (or refuses it) and never fills
 * it: an order placed after bar {@code t} of its symbol is matched first against bar {@code t + 1} (or
 * the next quote), and then against every later one until it is done. On each bar or quote the working
 * orders of the symbol are matched in the order they were accepted (a replacement keeps the order's
 * place); each fill is booked in the portfolio and reported; then the symbol is marked at the bar's close
 * (the quote's mid).
 *
 * <p><b>Participation cap.</b> With a cap below 1 (setting {@code participationCap}) each order takes at
 * most {@code cap * volume} of a bar ({@code cap * size} of the quote's side it trades against). With
 * {@code participationCapScope=AGGREGATE} the cap holds for the symbol's working orders together: they
 * share it first come, first served in acceptance order, each taking at most what the earlier ones left
 * ({@link io.quantor.broker.sim.ParticipationCapScope}). Buys and sells share a bar's volume; against a
 * quote, buys share the ask size and sells the bid size.
 *
 * <p><b>Time in force.</b> A DAY order belongs to the trading day of the first bar or quote it meets (by
 * {@link PaperBrokerSettings#calendar()}: the calendar date in America/New_York by default), so an order
 * sent after the close works the next session; it expires, unfilled part only, when the first bar or
 * quote of a later day arrives, before that bar is matched. GTC orders work until filled or cancelled.
 * IOC and FOK orders get exactly one match, against the first bar or quote they meet (the simulator
 * decides what fills, a FOK order filling in full or not at all); what is left is then cancelled.
 *
 * <p><b>Replacing</b> a working order ({@link #replace(OrderRequest)}) changes its terms in the simulator
 * ({@link ExecutionSimulator#replace(SimulatedOrder, OrderRequest)}) and keeps the rest: its fills, its
 * DAY order's day, a triggered stop (a triggered stop-limit works at its new limit from the next bar or
 * quote; a triggered stop stays a market order), and the fact that its first fill paid any per-order
 * commission minimum, which later fills do not pay again. A replacement that makes an order a DAY order
 * gives it the day of the next bar or quote it meets; one that makes it IOC or FOK gives it one more
 * match.
 *
 * <p><b>Refusals</b> ({@link BrokerException.Code#REJECTED} from {@link #submit}, also recorded as a
 * REJECTED order and reported as a NEW to REJECTED event): an order form the
 * {@linkplain PaperBrokerSettings#capabilities() capabilities} exclude; a sale of more than the position
 * net of working sales when shorting is off; and an order that needs more than the buying power.
 *
 * <p><b>Buying power</b> is {@code max(0, equity * leverage - grossExposure - reserved)}: with the default
 * leverage 1 and only long positions that is the cash not yet reserved by working orders (a cash
 * account); with a short position it also holds the short's value back (100 % margin). An order needs
 * buying power for the part of it that opens or adds to a position (the part that closes the position,
 * net of other working orders on its side, needs none), valued at its limit price, its stop price for a
 * stop order, or the symbol's latest mark for a market order (an order that needs buying power is
 * refused while its symbol has no price yet). While it works, that amount is reserved; it is released as
 * the order fills, is cancelled or expires. The check is made at submission and replacement, at those
 * prices: a market order that fills higher can take cash slightly below zero.
 *
 * <p><b>Thread safety.</b> All methods may be called from any thread. One lock guards the whole state
 * (orders, portfolio, clock, event numbering), so every call sees and leaves a consistent book. Events
 * are numbered and queued in that lock, and delivered after it is released by the calling thread, in
 * sequence order and one at a time (a second lock serialises delivery): when a call returns, every event
 * it caused has been delivered, except for calls made from inside a listener, whose events follow once
 * the current event has reached every listener. A listener may therefore call the broker (to submit or
 * cancel). A listener that throws is logged at WARN and the event still reaches the other listeners.
 *
 * <p>Every order stays in memory after it finishes, so that resubmitting its client order id stays
 * idempotent.
 *
 * <pre>{@code
 * PaperBroker broker = PaperBroker.create(BrokerConfig.of(Map.of("initialCash", "50000",
 *     "commissionPerShare", "0.005")));
 * broker.subscribe(event -> System.out.println(event));
 * broker.onBar("ORCL", bar0);                                   // the market trades
 * broker.submit(OrderRequest.market("o-1", Instrument.stock("ORCL"), Side.BUY, 100, bar0.timestamp()));
 * broker.onBar("ORCL", bar1);                                   // o-1 fills at bar1's open
 * broker.account().equity();
 * }</pre>
 */
public final class PaperBroker implements Broker {

  /** The name the paper broker's provider registers: {@value}. */
  public static final String NAME = "paper";

  private static final Logger LOG = LoggerFactory.getLogger(PaperBroker.class);

  private final PaperBrokerSettings settings;
  private final ExecutionSimulator simulator;

  // Guards everything below (and the portfolio, which is not thread-safe).
  private final ReentrantLock lock = new ReentrantLock();
  private final Portfolio portfolio;
  private final Map<String, Entry> orders = new HashMap<>();
  private final Map<String, Book> books = new HashMap<>();
  private final List<Fill> fills = new ArrayList<>();
  private long sequence;
  private long submissions;
  private double reserved;
  private int working;
  private Instant now = Instant.EPOCH;
  private volatile boolean closed;

  // Events leave the lock through this queue, in sequence order; deliveryLock serialises delivery.
  private final ConcurrentLinkedQueue<ExecutionEvent> outbox = new ConcurrentLinkedQueue<>();
  private final ReentrantLock deliveryLock = new ReentrantLock();
  private final CopyOnWriteArrayList<Registration> listeners = new CopyOnWriteArrayList<>();

  /** One order: its state, its working state in the simulator and its buying-power reservation. */
  private static final class Entry {
    final long acceptance;
    OrderState state;
    SimulatedOrder simulated;
    // Units of the order that open or add to a position, and the price they are valued at.
    double openingQuantity;
    double referencePrice;
    double reservation;

    Entry(long acceptance, OrderState state) {
      this.acceptance = acceptance;
      this.state = state;
    }
  }

  /** The working orders of one symbol, in acceptance order, with their remaining quantities by side. */
  private static final class Book {
    // Insertion-ordered, with O(1) removal (entries compare by identity).
    final LinkedHashSet<Entry> working = new LinkedHashSet<>();
    double workingBuys;
    double workingSells;
    Instant lastTime;
    double lastPrice = Double.NaN;
  }

  private static final class Registration implements Subscription {
    final ExecutionListener listener;
    final PaperBroker broker;
    volatile boolean active = true;

    Registration(ExecutionListener listener, PaperBroker broker) {
      this.listener = listener;
      this.broker = broker;
    }

    @Override
    public void close() {
      active = false;
      broker.listeners.remove(this);
    }
  }

  private PaperBroker(PaperBrokerSettings settings) {
    this.settings = settings;
    this.simulator = settings.simulator();
    this.portfolio = Portfolio.create(settings.initialCash());
  }

  /**
   * A paper broker with the default settings (100,000 cash, no costs, every capability).
   *
   * @return the broker
   */
  public static PaperBroker create() {
    return create(PaperBrokerSettings.defaults());
  }

  /**
   * A paper broker configured by string settings (keys in {@link PaperBrokerSettings#of(BrokerConfig)}).
   *
   * @param config the settings
   * @return the broker
   * @throws IllegalArgumentException if a setting is unknown or invalid
   */
  public static PaperBroker create(BrokerConfig config) {
    return create(PaperBrokerSettings.of(config));
  }

  /**
   * A paper broker with typed settings (for example with the simulator a backtest uses:
   * {@code PaperBrokerSettings.defaults().withSimulator(sim)}).
   *
   * @param settings the settings
   * @return the broker
   */
  public static PaperBroker create(PaperBrokerSettings settings) {
    return new PaperBroker(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * The broker's settings.
   *
   * @return the settings
   */
  public PaperBrokerSettings settings() {
    return settings;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public BrokerCapabilities capabilities() {
    return settings.capabilities();
  }

  // ---------------------------------------------------------------------------------------------------
  // Market data.

  /**
   * The market traded one bar of a symbol: expires DAY orders of earlier days, matches the symbol's
   * working orders against the bar, books the fills, and marks the symbol at the close.
   *
   * @param symbol the symbol
   * @param bar the bar, later than the symbol's previous bar or quote, with {@code low > 0}
   * @throws IllegalArgumentException if the bar is out of order or has a non-positive price
   * @throws BrokerException UNAVAILABLE if the broker is closed
   */
  public void onBar(String symbol, Bar bar) {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(bar, "bar");
    if (!(bar.low() > 0)) {
      throw new IllegalArgumentException("bar low must be > 0 for paper trading, was " + bar.low()
          + " at " + bar.timestamp());
    }
    lock.lock();
    try {
      ensureOpen();
      Book book = advance(symbol, bar.timestamp());
      // What the orders matched so far took from the bar: the simulator counts it under the aggregate
      // participation cap.
      double taken = 0;
      for (Entry e : new ArrayList<>(book.working)) {
        if (prepare(e, bar.timestamp())) {
          Fill fill = simulator.match(e.simulated, bar, taken);
          if (fill != null) {
            taken += fill.quantity();
          }
          afterMatch(e, fill, bar.timestamp());
        }
      }
      mark(symbol, book, bar.close());
    } finally {
      lock.unlock();
      // Also after a failure, so that the events of the orders already matched are not held back.
      deliver();
    }
  }

  /**
   * The market quoted a symbol: like {@link #onBar(String, Bar)}, matching against the quote and marking
   * at its mid price.
   *
   * @param symbol the symbol
   * @param quote the quote, later than the symbol's previous bar or quote
   * @throws IllegalArgumentException if the quote is out of order
   * @throws BrokerException UNAVAILABLE if the broker is closed
   */
  public void onQuote(String symbol, Quote quote) {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(quote, "quote");
    lock.lock();
    try {
      ensureOpen();
      Book book = advance(symbol, quote.time());
      // Buys take from the ask size, sells from the bid size.
      double boughtTaken = 0;
      double soldTaken = 0;
      for (Entry e : new ArrayList<>(book.working)) {
        if (prepare(e, quote.time())) {
          boolean buy = e.state.request().side() == Side.BUY;
          Fill fill = simulator.match(e.simulated, quote, buy ? boughtTaken : soldTaken);
          if (fill != null) {
            if (buy) {
              boughtTaken += fill.quantity();
            } else {
              soldTaken += fill.quantity();
            }
          }
          afterMatch(e, fill, quote.time());
        }
      }
      mark(symbol, book, quote.mid());
    } finally {
      lock.unlock();
      deliver();
    }
  }

  /**
   * Pushes every bar of a series, in order, as the market of an instrument.
   *
   * @param series the bars
   * @param instrument the instrument the bars are of (its symbol is used, not the series' label)
   * @throws IllegalArgumentException if a bar is out of order or has a non-positive price
   */
  public void replay(BarSeries series, Instrument instrument) {
    replay(series, instrument, bar -> { });
  }

  /**
   * Pushes every bar of a series, in order, calling back after each one (outside the broker's lock, after
   * its events are delivered), so that a strategy can trade between bars: orders it submits from the
   * callback fill from the next bar on.
   *
   * @param series the bars
   * @param instrument the instrument the bars are of
   * @param afterEachBar called with each bar once it has been applied
   * @throws IllegalArgumentException if a bar is out of order or has a non-positive price
   */
  public void replay(BarSeries series, Instrument instrument, Consumer<Bar> afterEachBar) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(afterEachBar, "afterEachBar");
    for (int i = 0; i < series.size(); i++) {
      Bar bar = series.bar(i);
      onBar(instrument.symbol(), bar);
      afterEachBar.accept(bar);
    }
  }

  private Book advance(String symbol, Instant time) {
    Book book = books.computeIfAbsent(symbol, k -> new Book());
    if (book.lastTime != null && !time.isAfter(book.lastTime)) {
      throw new IllegalArgumentException("market data for " + symbol + " must move forward in time: "
          + time + " is not after " + book.lastTime);
    }
    book.lastTime = time;
    if (time.isAfter(now)) {
      now = time;
    }
    return book;
  }

  /**
   * Expires a DAY order of an earlier trading day (the simulator's rule: the trading day of the first bar
   * or quote the order met, kept by replacements); returns whether the order is to be matched now.
   */
  private boolean prepare(Entry e, Instant time) {
    if (!e.state.status().isWorking()) {
      return false;
    }
    if (simulator.expireIfDayEnded(e.simulated, time, settings.calendar())) {
      LocalDate day = settings.calendar().tradingDate(e.simulated.firstMatch().orElseThrow());
      finish(e, e.state.expire("end of trading day " + day, at(e, time)));
      return false;
    }
    return true;
  }

  private void afterMatch(Entry e, Fill fill, Instant time) {
    if (fill != null) {
      OrderStatus before = e.state.status();
      OrderState after = e.state.fill(fill);
      portfolio.apply(fill);
      fills.add(fill);
      e.state = after;
      updateWorkingQuantities(e, -fill.quantity());
      if (after.isTerminal()) {
        finish(e, after, before, fill);
      } else {
        reserve(e);
        emit(after, before, fill);
      }
    }
    if (e.simulated.isDone() && e.state.status().isWorking()) {
      // The simulator ended the order with a remainder: an IOC or FOK after its one match.
      String why = e.state.request().timeInForce() + ": the unfilled remainder is cancelled";
      finish(e, e.state.cancel(why, at(e, time)));
    }
  }

  private void mark(String symbol, Book book, double price) {
    if (price > 0 && price < Double.POSITIVE_INFINITY) {
      book.lastPrice = price;
      portfolio.mark(symbol, price);
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Orders.

  @Override
  public OrderState submit(OrderRequest order) {
    Objects.requireNonNull(order, "order");
    OrderState result;
    String refusal;
    lock.lock();
    try {
      ensureOpen();
      Entry known = orders.get(order.clientOrderId());
      if (known != null) {
        return known.state;
      }
      OrderState created = OrderState.created(order);
      Entry e = new Entry(++submissions, created);
      orders.put(order.clientOrderId(), e);
      refusal = settings.capabilities().check(order).orElse(null);
      if (refusal == null) {
        refusal = sizeProblem(e, order);
      }
      if (refusal != null) {
        e.state = created.reject(refusal, at(e, now));
        emit(e.state, OrderStatus.NEW, null);
      } else {
        e.state = created.accept("P-" + e.acceptance, at(e, now));
        e.simulated = SimulatedOrder.of(order);
        Book book = books.computeIfAbsent(order.instrument().symbol(), k -> new Book());
        book.working.add(e);
        working++;
        updateWorkingQuantities(e, order.quantity());
        reserve(e);
        emit(e.state, OrderStatus.NEW, null);
      }
      result = e.state;
    } finally {
      lock.unlock();
    }
    deliver();
    if (refusal != null) {
      throw new BrokerException(BrokerException.Code.REJECTED, "order " + order.clientOrderId() + ": "
          + refusal);
    }
    return result;
  }

  @Override
  public OrderState cancel(String clientOrderId) {
    Objects.requireNonNull(clientOrderId, "clientOrderId");
    OrderState result;
    lock.lock();
    try {
      ensureOpen();
      Entry e = known(clientOrderId);
      if (e.state.status().isWorking()) {
        simulator.cancel(e.simulated);
        finish(e, e.state.cancel("cancelled by the client", at(e, now)));
      }
      result = e.state;
    } finally {
      lock.unlock();
    }
    deliver();
    return result;
  }

  @Override
  public OrderState replace(OrderRequest replacement) {
    Objects.requireNonNull(replacement, "replacement");
    OrderState result;
    lock.lock();
    try {
      ensureOpen();
      Entry e = known(replacement.clientOrderId());
      OrderState current = e.state;
      if (!current.status().isWorking()) {
        throw rejected("order " + replacement.clientOrderId() + " is " + current.status()
            + " and cannot be replaced");
      }
      String problem = settings.capabilities().check(replacement).orElse(null);
      OrderState next = null;
      if (problem == null) {
        try {
          next = current.replace(replacement, at(e, now));
        } catch (IllegalArgumentException invalid) {
          problem = invalid.getMessage();
        }
      }
      if (problem == null) {
        // Size it without its own working quantity and reservation, which it replaces.
        updateWorkingQuantities(e, -current.remainingQuantity());
        double ownReservation = e.reservation;
        double ownOpening = e.openingQuantity;
        double ownPrice = e.referencePrice;
        releaseReservation(e);
        problem = sizeProblem(e, replacement.withQuantity(next.remainingQuantity()));
        if (problem != null) {
          // Put the order back as it was.
          updateWorkingQuantities(e, current.remainingQuantity());
          e.openingQuantity = ownOpening;
          e.referencePrice = ownPrice;
          e.reservation = ownReservation;
          reserved += ownReservation;
          problem = problem + " (the order is left unchanged)";
        }
      }
      if (problem != null) {
        throw rejected("replacement of order " + replacement.clientOrderId() + ": " + problem);
      }
      // The simulator works what is left under the new terms, keeping fills, trigger and day. The order
      // state has checked the same rules, so this cannot throw.
      simulator.replace(e.simulated, replacement);
      e.state = next;
      updateWorkingQuantities(e, next.remainingQuantity());
      reserve(e);
      emit(next, current.status(), null);
      result = next;
    } finally {
      lock.unlock();
    }
    deliver();
    return result;
  }

  private Entry known(String clientOrderId) {
    Entry e = orders.get(clientOrderId);
    if (e == null) {
      throw rejected("unknown order " + clientOrderId);
    }
    return e;
  }

  /**
   * Why an order cannot be placed at its size: shorting, a missing price, buying power. Sets the entry's
   * opening quantity and reference price when it can.
   */
  private String sizeProblem(Entry e, OrderRequest order) {
    Book book = books.get(order.instrument().symbol());
    double position = portfolio.position(order.instrument().symbol()).map(Position::quantity).orElse(0.0);
    double workingSame = book == null ? 0 : order.side() == Side.BUY ? book.workingBuys : book.workingSells;
    // What the order can close: the opposite position not already being closed by working orders.
    double closable = Math.max(0, order.side() == Side.BUY ? -position - workingSame
        : position - workingSame);
    double opening = Math.max(0, order.quantity() - closable);
    if (opening > 0 && order.side() == Side.SELL && !settings.capabilities().shorting()) {
      return String.format(Locale.ROOT, "shorting is not allowed: selling %s with %s held and %s already "
          + "being sold", order.quantity(), position, workingSame);
    }
    double price = referencePrice(order, book);
    if (opening > 0 && Double.isNaN(price)) {
      return "no market price for " + order.instrument().symbol() + " yet to value the order";
    }
    e.openingQuantity = opening;
    e.referencePrice = opening > 0 ? price : 0;
    double needed = order.instrument().value(opening, e.referencePrice);
    double power = buyingPowerLocked();
    if (needed > power) {
      return String.format(Locale.ROOT, "needs buying power %.2f, has %.2f", needed, power);
    }
    return null;
  }

  private static double referencePrice(OrderRequest order, Book book) {
    if (order.type().hasLimitPrice()) {
      return order.limitPrice();
    }
    if (order.type() == OrderType.STOP) {
      return order.stopPrice();
    }
    return book == null ? Double.NaN : book.lastPrice;
  }

  private double buyingPowerLocked() {
    double power = portfolio.equity() * settings.leverage() - portfolio.grossExposure() - reserved;
    return Math.max(0, power);
  }

  private void reserve(Entry e) {
    releaseReservation(e);
    // Fills close before they open, so the opening part is the last to fill.
    double open = Math.min(e.openingQuantity, e.state.remainingQuantity());
    e.reservation = e.state.request().instrument().value(open, e.referencePrice);
    reserved += e.reservation;
  }

  private void releaseReservation(Entry e) {
    reserved -= e.reservation;
    e.reservation = 0;
  }

  private void updateWorkingQuantities(Entry e, double change) {
    Book book = books.get(e.state.request().instrument().symbol());
    if (e.state.request().side() == Side.BUY) {
      book.workingBuys += change;
    } else {
      book.workingSells += change;
    }
  }

  /** Ends a working order with a status change (cancel, expire). */
  private void finish(Entry e, OrderState terminal) {
    OrderStatus before = e.state.status();
    updateWorkingQuantities(e, -e.state.remainingQuantity());
    e.state = terminal;
    finish(e, terminal, before, null);
  }

  private void finish(Entry e, OrderState terminal, OrderStatus before, Fill fill) {
    releaseReservation(e);
    Book book = books.get(terminal.request().instrument().symbol());
    book.working.remove(e);
    if (book.working.isEmpty()) {
      // Start the running sums afresh, so rounding cannot accumulate.
      book.workingBuys = 0;
      book.workingSells = 0;
    }
    if (--working == 0) {
      reserved = 0;
    }
    emit(terminal, before, fill);
  }

  /** A transition's time: the broker's clock, but never before the order's previous state. */
  private static Instant at(Entry e, Instant time) {
    Instant last = e.state.updatedAt();
    return time.isBefore(last) ? last : time;
  }

  // ---------------------------------------------------------------------------------------------------
  // Queries.

  @Override
  public Account account() {
    lock.lock();
    try {
      ensureOpen();
      return new Account(settings.accountId(), portfolio.cash(), portfolio.equity(), buyingPowerLocked(),
          now);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<Position> positions() {
    lock.lock();
    try {
      ensureOpen();
      List<Position> open = new ArrayList<>();
      for (Position p : portfolio.positions()) {
        if (!p.isFlat()) {
          open.add(p);
        }
      }
      return List.copyOf(open);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<OrderState> openOrders() {
    lock.lock();
    try {
      ensureOpen();
      List<Entry> open = new ArrayList<>(working);
      for (Book book : books.values()) {
        open.addAll(book.working);
      }
      open.sort((a, b) -> Long.compare(a.acceptance, b.acceptance));
      List<OrderState> out = new ArrayList<>(open.size());
      for (Entry e : open) {
        out.add(e.state);
      }
      return List.copyOf(out);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<OrderState> order(String clientOrderId) {
    Objects.requireNonNull(clientOrderId, "clientOrderId");
    lock.lock();
    try {
      ensureOpen();
      Entry e = orders.get(clientOrderId);
      return e == null ? Optional.empty() : Optional.of(e.state);
    } finally {
      lock.unlock();
    }
  }

  /**
   * The portfolio now: cash, positions (flat ones included), marks and fees.
   *
   * @return an immutable snapshot
   */
  public PortfolioSnapshot snapshot() {
    lock.lock();
    try {
      return portfolio.snapshot();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Every fill booked so far, in booking (and event) order.
   *
   * @return an unmodifiable copy
   */
  public List<Fill> fills() {
    lock.lock();
    try {
      return List.copyOf(fills);
    } finally {
      lock.unlock();
    }
  }

  /**
   * The latest mark of a symbol: the close of its latest bar or the mid of its latest quote.
   *
   * @param symbol the symbol
   * @return the price, or empty before the symbol's first bar or quote
   */
  public OptionalDouble lastPrice(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    lock.lock();
    try {
      Book book = books.get(symbol);
      return book == null || Double.isNaN(book.lastPrice) ? OptionalDouble.empty()
          : OptionalDouble.of(book.lastPrice);
    } finally {
      lock.unlock();
    }
  }

  /**
   * The broker's clock: the time of the latest bar or quote.
   *
   * @return the time, {@link Instant#EPOCH} before any market data
   */
  public Instant now() {
    lock.lock();
    try {
      return now;
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Events.

  @Override
  public Subscription subscribe(ExecutionListener listener) {
    Objects.requireNonNull(listener, "listener");
    ensureOpen();
    Registration r = new Registration(listener, this);
    listeners.add(r);
    return r;
  }

  private void emit(OrderState state, OrderStatus previous, Fill fill) {
    outbox.add(new ExecutionEvent(++sequence, state, previous, fill));
  }

  /**
   * Delivers queued events in sequence order. Called after the state lock is released. A thread already
   * delivering (a listener calling the broker) returns at once: its outer loop delivers the new events
   * after the current one.
   */
  private void deliver() {
    if (deliveryLock.isHeldByCurrentThread()) {
      return;
    }
    // Take the delivery lock at least once: a thread that polled this call's events finishes delivering
    // them before it lets go, so they have all been delivered when this returns.
    do {
      deliveryLock.lock();
      try {
        ExecutionEvent event;
        while ((event = outbox.poll()) != null) {
          for (Registration r : listeners) {
            if (r.active) {
              try {
                r.listener.onEvent(event);
              } catch (RuntimeException failure) {
                LOG.warn("paper broker listener {} failed on event {}", r.listener, event.sequence(),
                    failure);
              }
            }
          }
        }
      } finally {
        deliveryLock.unlock();
      }
    } while (!outbox.isEmpty());
  }

  // ---------------------------------------------------------------------------------------------------
  // Lifecycle.

  private void ensureOpen() {
    if (closed) {
      throw new BrokerException(BrokerException.Code.UNAVAILABLE, "the paper broker is closed", false, null);
    }
  }

  private static BrokerException rejected(String message) {
    return new BrokerException(BrokerException.Code.REJECTED, message);
  }

  /**
   * Closes the broker: later calls fail with {@link BrokerException.Code#UNAVAILABLE} (not retryable) and
   * listeners are dropped, after the events already queued are delivered. Idempotent.
   */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
    } finally {
      lock.unlock();
    }
    deliver();
    listeners.clear();
  }

  @Override
  public String toString() {
    return "PaperBroker[" + settings.accountId() + "]";
  }
}
