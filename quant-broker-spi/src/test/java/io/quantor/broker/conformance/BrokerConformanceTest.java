package io.quantor.broker.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quantor.broker.Account;
import io.quantor.broker.Broker;
import io.quantor.broker.BrokerCapabilities;
import io.quantor.broker.BrokerException;
import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.ExecutionListener;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.Subscription;
import io.quantor.core.series.Bar;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit of the {@link Broker} contract: scripted sessions, one per clause of the contract in
 * {@link Broker}'s Javadoc, that every adapter runs by extending this class. Published in the
 * {@code quant-broker-spi} test-jar.
 *
 * <p><b>How to use.</b> Extend the class in the adapter's tests and implement the two hooks:
 * <ul>
 *   <li>{@link #openBroker()}: a fresh, connected broker for one session (a new paper account, or a
 *       sandbox account with no open orders and no position in {@link #instrument()}), with money
 *       enough for orders of a few hundred units at about 100. The kit closes it after the session.</li>
 *   <li>{@link #advanceMarket(Broker, Instrument, Bar)}: make the market trade one bar of the instrument,
 *       so that working orders can fill against it and the broker marks positions at its close. A
 *       simulator pushes the bar into the broker. A live adapter against a sandbox cannot choose prices:
 *       it overrides {@link #controlsMarket()} to return {@code false} (the sessions that need exact
 *       prices are then skipped) and its {@code advanceMarket} waits until the venue has had time to work
 *       the orders (for example one bar interval, or until no order is pending acknowledgement).</li>
 * </ul>
 * Optional hooks: {@link #instrument()}, {@link #restingBuyLimit()} (a price where a buy limit rests
 * unfilled; a live venue sets it from its market), {@link #sessionStart()}, {@link #eventTimeout()},
 * {@link #clientOrderIdPrefix()} (make it unique per run against a venue that remembers ids),
 * {@link #concurrentOrders()}.
 *
 * <p><b>The scripted market.</b> Each session starts with one bar at 100 (so the broker knows a price),
 * then moves as the session says; bars are one minute apart from {@link #sessionStart()} and trade
 * {@value #BAR_VOLUME} units, so that the small orders of the kit are not limited by volume (except in
 * {@code fillsNeverExceedTheOrderQuantity}, whose first bars are thin on purpose).
 *
 * <p><b>Events.</b> The kit subscribes a recording listener before anything happens and waits up to
 * {@link #eventTimeout()} for an event the broker owes, so adapters that deliver events on their own
 * threads pass too. At the end of every session it checks the whole event log (see
 * {@link #assertEventLogConsistent(List, Broker)}).
 *
 * <pre>{@code
 * class MyBrokerConformanceTest extends BrokerConformanceTest {
 *   protected Broker openBroker() { return new MyBroker(sandboxConfig()); }
 *   protected void advanceMarket(Broker broker, Instrument instrument, Bar bar) {
 *     ((MyBroker) broker).onBar(instrument, bar);
 *   }
 * }
 * }</pre>
 */
public abstract class BrokerConformanceTest {

  /** The volume of every scripted bar: large against the kit's orders of at most a few hundred units. */
  public static final double BAR_VOLUME = 1_000_000;

  private Broker broker;
  private EventRecorder recorder;
  private Subscription subscription;
  private Instant clock;
  private int ids;
  private double rest;

  /**
   * Opens a fresh broker for one session. Called before every test; the kit closes it afterwards.
   *
   * @return a connected broker with no open orders, no position in {@link #instrument()}, and cash for a
   *     few hundred units at about 100
   */
  protected abstract Broker openBroker();

  /**
   * Makes the market trade one bar of the instrument: orders working at the broker may fill against it,
   * and positions are marked at its close. Called by the kit with bars one minute apart.
   *
   * @param broker the broker {@link #openBroker()} returned
   * @param instrument the instrument that traded
   * @param bar the bar (when {@link #controlsMarket()} is false, its prices are only the kit's guess)
   */
  protected abstract void advanceMarket(Broker broker, Instrument instrument, Bar bar);

  /**
   * Whether {@link #advanceMarket} sets the prices orders fill at. Return {@code false} for a live venue:
   * the sessions that depend on exact prices are then skipped.
   *
   * @return true (the default) for simulators and the paper broker
   */
  protected boolean controlsMarket() {
    return true;
  }

  /**
   * The instrument the sessions trade.
   *
   * @return a stock named {@code QCONF} by default; a sandbox returns a liquid symbol it can trade
   */
  protected Instrument instrument() {
    return Instrument.stock("QCONF");
  }

  /**
   * A buy limit price far enough below the market that an order there rests without filling during a
   * session. Sessions that need a working order place it here (and a cent or two below).
   *
   * @return 50 by default, half the scripted market's price; a live venue returns about half its price
   */
  protected double restingBuyLimit() {
    return 50;
  }

  /**
   * The time of the first scripted bar; every session stays within one trading day of it.
   *
   * @return 2024-06-03 09:31 New York time by default
   */
  protected Instant sessionStart() {
    return Instant.parse("2024-06-03T13:31:00Z");
  }

  /**
   * How long to wait for an event the broker owes.
   *
   * @return 5 seconds by default
   */
  protected Duration eventTimeout() {
    return Duration.ofSeconds(5);
  }

  /**
   * The start of every client order id the kit makes; the kit appends a counter.
   *
   * @return {@code "conf-"} by default; make it unique per run if the venue remembers ids
   */
  protected String clientOrderIdPrefix() {
    return "conf-";
  }

  /**
   * How many orders the thread-safety session submits from its threads.
   *
   * @return 200 by default
   */
  protected int concurrentOrders() {
    return 200;
  }

  @BeforeEach
  final void openSession() {
    broker = openBroker();
    assertNotNull(broker, "openBroker() returned null");
    recorder = new EventRecorder();
    subscription = broker.subscribe(recorder);
    clock = sessionStart().minusSeconds(60);
    rest = restingBuyLimit();
    bar(100, 100.5, 99.5, 100);
  }

  @AfterEach
  final void closeSession() {
    if (subscription != null) {
      subscription.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Helpers for sessions (also usable by subclasses adding their own).

  /**
   * The broker of the running session.
   *
   * @return the broker
   */
  protected final Broker broker() {
    return broker;
  }

  /**
   * The events recorded in the running session.
   *
   * @return the recorder
   */
  protected final EventRecorder recorder() {
    return recorder;
  }

  /**
   * The time of the latest scripted bar.
   *
   * @return the session's clock
   */
  protected final Instant now() {
    return clock;
  }

  /**
   * A client order id not used before in this session.
   *
   * @return the id
   */
  protected final String newId() {
    return clientOrderIdPrefix() + (++ids);
  }

  /**
   * Trades one scripted bar, one minute after the previous one, with volume {@value #BAR_VOLUME}.
   *
   * @param open the open
   * @param high the high
   * @param low the low
   * @param close the close
   * @return the bar
   */
  protected final Bar bar(double open, double high, double low, double close) {
    clock = clock.plusSeconds(60);
    Bar b = Bar.of(clock, open, high, low, close, BAR_VOLUME);
    advanceMarket(broker, instrument(), b);
    return b;
  }

  /**
   * A limit order of the session's instrument, good for the day.
   *
   * @param side buy or sell
   * @param quantity the quantity
   * @param limit the limit price
   * @return the order, with a new id
   */
  protected final OrderRequest limit(Side side, double quantity, double limit) {
    return OrderRequest.limit(newId(), instrument(), side, quantity, limit, clock);
  }

  /**
   * A market order of the session's instrument, good for the day.
   *
   * @param side buy or sell
   * @param quantity the quantity
   * @return the order, with a new id
   */
  protected final OrderRequest market(Side side, double quantity) {
    return OrderRequest.market(newId(), instrument(), side, quantity, clock);
  }

  /**
   * Waits for the broker's event that puts an order into a status.
   *
   * @param clientOrderId the order
   * @param status the status
   * @return the order's state in that event
   */
  protected final OrderState awaitStatus(String clientOrderId, OrderStatus status) {
    return recorder.await(e -> e.clientOrderId().equals(clientOrderId) && e.status() == status,
        eventTimeout(), clientOrderId + " " + status).order();
  }

  /**
   * The fills reported for one order so far.
   *
   * @param clientOrderId the order
   * @return the fills, in event order
   */
  protected final List<Fill> fillsOf(String clientOrderId) {
    List<Fill> out = new ArrayList<>();
    for (ExecutionEvent e : recorder.events()) {
      if (e.clientOrderId().equals(clientOrderId) && e.lastFill() != null) {
        out.add(e.lastFill());
      }
    }
    return out;
  }

  /**
   * Asserts the broker refuses a call with {@link BrokerException.Code#REJECTED}.
   *
   * @param call the call
   * @param what what was tried, for the message
   * @return the exception
   */
  protected static BrokerException assertRejected(Runnable call, String what) {
    BrokerException e = assertThrows(BrokerException.class, call::run, what + " must be refused");
    assertEquals(BrokerException.Code.REJECTED, e.code(), what + ": " + e.getMessage());
    assertFalse(e.isRetryable(), what + ": a rejection is not retryable");
    return e;
  }

  // ---------------------------------------------------------------------------------------------------
  // Scripted sessions, named after the clauses of the Broker contract.

  /** Submitting a valid order returns it ACCEPTED, reports NEW -> ACCEPTED, and the broker knows it. */
  @Test
  void submitReturnsAccepted() {
    OrderRequest order = limit(Side.BUY, 10, rest);
    OrderState state = broker.submit(order);
    assertEquals(order.clientOrderId(), state.clientOrderId());
    assertEquals(OrderStatus.ACCEPTED, state.status());
    assertEquals(order, state.request());
    assertEquals(0, state.filledQuantity());
    ExecutionEvent accepted = recorder.await(e -> e.clientOrderId().equals(order.clientOrderId()),
        eventTimeout(), "the acceptance of " + order.clientOrderId());
    assertEquals(OrderStatus.NEW, accepted.previousStatus());
    assertEquals(OrderStatus.ACCEPTED, accepted.status());
    assertEquals(Optional.of(OrderStatus.ACCEPTED),
        broker.order(order.clientOrderId()).map(OrderState::status));
    assertTrue(broker.openOrders().stream().anyMatch(s -> s.clientOrderId().equals(order.clientOrderId())));
    assertEquals(Optional.empty(), broker.order(clientOrderIdPrefix() + "never-submitted"));
    assertSessionConsistent();
  }

  /**
   * Submitting a client order id the broker knows returns that order and places nothing new, even with
   * other terms; after a fill, the position holds one order's quantity.
   */
  @Test
  void submitIsIdempotentOnTheClientOrderId() {
    OrderRequest order = market(Side.BUY, 10);
    OrderState first = broker.submit(order);
    OrderState again = broker.submit(order);
    OrderState other = broker.submit(order.withQuantity(20));
    assertEquals(first.clientOrderId(), again.clientOrderId());
    assertEquals(10, again.request().quantity());
    assertEquals(10, other.request().quantity(), "the id, not the terms, identifies the order");
    assertEquals(1, broker.openOrders().stream().filter(s -> s.clientOrderId().equals(order.clientOrderId()))
        .count());
    bar(100, 100.5, 99.5, 100);
    awaitStatus(order.clientOrderId(), OrderStatus.FILLED);
    // Once filled, resubmitting still returns the (finished) order.
    assertEquals(OrderStatus.FILLED, broker.submit(order).status());
    bar(100, 100.5, 99.5, 100);
    assertEquals(10, positionQuantity(), 1e-9);
    assertEquals(1, recorder.events().stream()
        .filter(e -> e.clientOrderId().equals(order.clientOrderId()) && e.status() == OrderStatus.ACCEPTED)
        .count(), "one acceptance");
    assertEquals(10, fillsOf(order.clientOrderId()).stream().mapToDouble(Fill::quantity).sum(), 1e-9);
    assertSessionConsistent();
  }

  /** The same client order id submitted from several threads at once places exactly one order. */
  @Test
  void concurrentSubmitsArePlacedOnceEach() throws Exception {
    int threads = 4;
    int perThread = Math.max(1, concurrentOrders() / threads);
    OrderRequest shared = limit(Side.BUY, 1, rest);
    List<List<OrderRequest>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<OrderRequest> mine = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        mine.add(limit(Side.BUY, 1, rest - 0.01 * (i % 100)));
      }
      work.add(mine);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (List<OrderRequest> mine : work) {
        done.add(pool.submit(() -> {
          start.await();
          for (OrderRequest o : mine) {
            broker.submit(o);
            broker.submit(shared);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(eventTimeout().toMillis() * 4, TimeUnit.MILLISECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    int expected = threads * perThread + 1;
    Set<String> ids = new HashSet<>();
    for (List<OrderRequest> mine : work) {
      for (OrderRequest o : mine) {
        ids.add(o.clientOrderId());
        awaitStatus(o.clientOrderId(), OrderStatus.ACCEPTED);
      }
    }
    ids.add(shared.clientOrderId());
    awaitStatus(shared.clientOrderId(), OrderStatus.ACCEPTED);
    long acceptances = recorder.events().stream().filter(e -> e.status() == OrderStatus.ACCEPTED).count();
    assertEquals(expected, acceptances, "one acceptance per client order id");
    assertEquals(ids, broker.openOrders().stream().map(OrderState::clientOrderId)
        .filter(ids::contains).collect(Collectors.toSet()));
    for (String id : ids) {
      broker.cancel(id);
    }
    for (String id : ids) {
      awaitStatus(id, OrderStatus.CANCELED);
    }
    assertSessionConsistent();
  }

  /** Cancelling a working order ends it CANCELED, reported once as an event. */
  @Test
  void cancelOfAWorkingOrderEndsCanceledWithAnEvent() {
    OrderRequest order = limit(Side.BUY, 10, rest);
    broker.submit(order);
    OrderState after = broker.cancel(order.clientOrderId());
    assertEquals(order.clientOrderId(), after.clientOrderId());
    OrderState canceled = awaitStatus(order.clientOrderId(), OrderStatus.CANCELED);
    assertEquals(0, canceled.filledQuantity());
    assertEquals(Optional.of(OrderStatus.CANCELED), broker.order(order.clientOrderId())
        .map(OrderState::status));
    assertTrue(broker.openOrders().stream().noneMatch(s -> s.clientOrderId().equals(order.clientOrderId())));
    // A canceled order never fills, even when the market reaches it.
    bar(50, 51, 40, 45);
    assertEquals(List.of(), fillsOf(order.clientOrderId()));
    assertSessionConsistent();
  }

  /** Cancelling an id the broker does not know is refused with REJECTED. */
  @Test
  void cancelOfAnUnknownIdIsRejected() {
    assertRejected(() -> broker.cancel(clientOrderIdPrefix() + "unknown"), "cancel of an unknown id");
  }

  /** Cancelling an order that already finished returns its state and changes nothing. */
  @Test
  void cancelOfAFinishedOrderReturnsItsState() {
    assumeTrue(controlsMarket(), "needs a controlled market to fill the order");
    OrderRequest order = market(Side.BUY, 5);
    broker.submit(order);
    bar(100, 100.5, 99.5, 100);
    awaitStatus(order.clientOrderId(), OrderStatus.FILLED);
    int before = recorder.events().size();
    OrderState state = broker.cancel(order.clientOrderId());
    assertEquals(OrderStatus.FILLED, state.status());
    assertEquals(5, state.filledQuantity(), 1e-9);
    assertEquals(before, recorder.events().size(), "no event for a no-op cancel");
    assertSessionConsistent();
  }

  /** Replacing a working order changes its quantity and limit price, keeps its id, and reports it. */
  @Test
  void replaceChangesQuantityAndLimitPrice() {
    // With a controlled market the new limit is reached by the next bar; at a venue both rest.
    double first = controlsMarket() ? 90 : rest;
    double second = controlsMarket() ? 91 : rest + 0.01;
    OrderRequest order = limit(Side.BUY, 10, first);
    broker.submit(order);
    OrderRequest replacement = OrderRequest.limit(order.clientOrderId(), instrument(), Side.BUY, 20, second,
        now());
    OrderState replaced = broker.replace(replacement);
    assertEquals(order.clientOrderId(), replaced.clientOrderId());
    recorder.await(e -> e.clientOrderId().equals(order.clientOrderId())
        && e.order().request().quantity() == 20, eventTimeout(),
        "the replacement of " + order.clientOrderId());
    OrderState now = broker.order(order.clientOrderId()).orElseThrow();
    assertEquals(20, now.request().quantity());
    assertEquals(second, now.request().limitPrice());
    assertTrue(now.status().isWorking());
    if (controlsMarket()) {
      // Low 90.5: below the new limit, above the old one.
      bar(92, 92.5, 90.5, 91.5);
      OrderState filled = awaitStatus(order.clientOrderId(), OrderStatus.FILLED);
      assertEquals(20, filled.filledQuantity(), 1e-9);
      assertTrue(filled.averageFillPrice() <= 91, "a buy limit fills at the limit or better");
    }
    assertSessionConsistent();
  }

  /** Replacing an unknown order, a finished one or one with other identity is refused with REJECTED. */
  @Test
  void replaceOfAnUnknownFinishedOrMismatchedOrderIsRejected() {
    assertRejected(() -> broker.replace(OrderRequest.limit(clientOrderIdPrefix() + "unknown", instrument(),
        Side.BUY, 1, restingBuyLimit(), now())), "replace of an unknown id");
    OrderRequest order = limit(Side.BUY, 10, rest);
    broker.submit(order);
    assertRejected(() -> broker.replace(OrderRequest.limit(order.clientOrderId(), instrument(), Side.SELL,
        10, 50, now())), "replace changing the side");
    assertRejected(() -> broker.replace(OrderRequest.market(order.clientOrderId(), instrument(), Side.BUY,
        10, now())), "replace changing the type");
    broker.cancel(order.clientOrderId());
    awaitStatus(order.clientOrderId(), OrderStatus.CANCELED);
    assertRejected(() -> broker.replace(order.withQuantity(5)), "replace of a canceled order");
    assertEquals(OrderStatus.CANCELED, broker.order(order.clientOrderId()).orElseThrow().status());
    assertSessionConsistent();
  }

  /**
   * A market order fills on the next bar, at that bar's prices (the bar opens at 102, away from the
   * previous close of 100, so a fill at the old price shows).
   */
  @Test
  void marketOrderFillsOnTheNextBar() {
    OrderRequest buy = market(Side.BUY, 10);
    broker.submit(buy);
    Bar next = bar(102, 103, 101.5, 102.5);
    OrderState filled = awaitStatus(buy.clientOrderId(), OrderStatus.FILLED);
    assertEquals(10, filled.filledQuantity(), 1e-9);
    assertEquals(10, fillsOf(buy.clientOrderId()).stream().mapToDouble(Fill::quantity).sum(), 1e-9);
    if (controlsMarket()) {
      assertBetween(next.low() * 0.99, filled.averageFillPrice(), next.high() * 1.01, "market fill price");
    }
    assertSessionConsistent();
  }

  /** A buy limit fills only once the market trades at or below it, and then at the limit or better. */
  @Test
  void buyLimitFillsOnlyWhenTheMarketReachesIt() {
    assumeTrue(controlsMarket(), "needs a controlled market");
    OrderRequest buy = limit(Side.BUY, 10, 95);
    broker.submit(buy);
    bar(99, 99.5, 96, 97);
    bar(97, 98, 95.5, 96);
    assertEquals(OrderStatus.ACCEPTED, broker.order(buy.clientOrderId()).orElseThrow().status(),
        "low 95.5 is above the limit 95");
    assertEquals(List.of(), fillsOf(buy.clientOrderId()));
    bar(96, 96, 94, 94.5);
    OrderState filled = awaitStatus(buy.clientOrderId(), OrderStatus.FILLED);
    assertTrue(filled.averageFillPrice() <= 95, "bought at " + filled.averageFillPrice() + " above 95");
    assertSessionConsistent();
  }

  /** A sell limit fills only once the market trades at or above it, and then at the limit or better. */
  @Test
  void sellLimitFillsOnlyWhenTheMarketReachesIt() {
    assumeTrue(controlsMarket(), "needs a controlled market");
    OrderRequest buy = market(Side.BUY, 10);
    broker.submit(buy);
    bar(100, 100.5, 99.5, 100);
    awaitStatus(buy.clientOrderId(), OrderStatus.FILLED);
    OrderRequest sell = limit(Side.SELL, 10, 105);
    broker.submit(sell);
    bar(101, 104.5, 100.5, 104);
    assertEquals(OrderStatus.ACCEPTED, broker.order(sell.clientOrderId()).orElseThrow().status(),
        "high 104.5 is below the limit 105");
    bar(104, 106, 103.5, 105.5);
    OrderState filled = awaitStatus(sell.clientOrderId(), OrderStatus.FILLED);
    assertTrue(filled.averageFillPrice() >= 105, "sold at " + filled.averageFillPrice() + " below 105");
    assertSessionConsistent();
  }

  /**
   * Fills never exceed an order: over several bars (some thin), each order's reported fills sum to its
   * filled quantity, which never exceeds its quantity, and nothing fills after FILLED.
   */
  @Test
  void fillsNeverExceedTheOrderQuantity() {
    assumeTrue(controlsMarket(), "needs a controlled market");
    List<OrderRequest> orders = List.of(market(Side.BUY, 7), market(Side.BUY, 130), limit(Side.BUY, 45, 99),
        limit(Side.BUY, 3, 101));
    for (OrderRequest o : orders) {
      broker.submit(o);
    }
    for (int i = 0; i < 5; i++) {
      clock = clock.plusSeconds(60);
      // Thin bars first: a broker that limits fills by volume fills in parts.
      double volume = i < 3 ? 40 : BAR_VOLUME;
      advanceMarket(broker, instrument(), Bar.of(clock, 100, 100.5, 98.5, 100, volume));
    }
    for (OrderRequest o : orders) {
      OrderState s = awaitStatus(o.clientOrderId(), OrderStatus.FILLED);
      double sum = fillsOf(o.clientOrderId()).stream().mapToDouble(Fill::quantity).sum();
      assertEquals(s.filledQuantity(), sum, 1e-9 * o.quantity(), o.clientOrderId());
      assertTrue(sum <= o.quantity() * (1 + OrderState.QUANTITY_TOLERANCE), "over-filled " + o);
    }
    bar(100, 100.5, 98.5, 100);
    for (OrderRequest o : orders) {
      assertEquals(o.quantity(), fillsOf(o.clientOrderId()).stream().mapToDouble(Fill::quantity).sum(),
          1e-9 * o.quantity(), "a fill after FILLED for " + o.clientOrderId());
    }
    assertEquals(185, positionQuantity(), 1e-9);
    assertSessionConsistent();
  }

  /**
   * Listeners get every state change once, in order: strictly increasing sequence numbers, each order's
   * events chained by their previous status, and the last event of each order equal to its state.
   */
  @Test
  void eventsArriveOnceInOrderWithIncreasingSequenceNumbers() {
    OrderRequest a = market(Side.BUY, 10);
    OrderRequest b = limit(Side.BUY, 10, rest);
    OrderRequest c = limit(Side.BUY, 10, rest - 0.02);
    broker.submit(a);
    broker.submit(b);
    broker.submit(c);
    broker.replace(OrderRequest.limit(c.clientOrderId(), instrument(), Side.BUY, 12, rest - 0.01, now()));
    broker.cancel(b.clientOrderId());
    bar(100, 100.5, 99.5, 100);
    awaitStatus(a.clientOrderId(), OrderStatus.FILLED);
    awaitStatus(b.clientOrderId(), OrderStatus.CANCELED);
    broker.cancel(c.clientOrderId());
    awaitStatus(c.clientOrderId(), OrderStatus.CANCELED);
    List<ExecutionEvent> log = recorder.events();
    // a: accepted, filled; b: accepted, canceled; c: accepted, replaced, canceled.
    assertTrue(log.size() >= 7, "expected at least 7 events, got " + log);
    assertEventLogConsistent(log, broker);
  }

  /** An order whose form the capabilities exclude is refused with REJECTED and never works. */
  @Test
  void unsupportedOrderIsRejected() {
    BrokerCapabilities caps = broker.capabilities();
    List<OrderRequest> unsupported = new ArrayList<>();
    for (OrderType type : OrderType.values()) {
      if (!caps.orderTypes().contains(type)) {
        unsupported.add(new OrderRequest(newId(), instrument(), Side.BUY, 1, type,
            type.hasLimitPrice() ? rest : Double.NaN, type.hasStopPrice() ? 3 * rest : Double.NaN,
            TimeInForce.DAY, OrderRequest.DEFAULT_STRATEGY, now()));
      }
    }
    for (TimeInForce tif : TimeInForce.values()) {
      if (!caps.timesInForce().contains(tif)) {
        unsupported.add(limit(Side.BUY, 1, rest).withTimeInForce(tif));
      }
    }
    if (!caps.fractionalQuantities()) {
      unsupported.add(limit(Side.BUY, 0.5, rest));
    }
    if (!caps.options()) {
      String underlying = instrument().symbol();
      Instrument option = Instrument.option(underlying + " 240621C00100000", underlying);
      unsupported.add(OrderRequest.limit(newId(), option, Side.BUY, 1, 1.5, now()));
    }
    assumeFalse(unsupported.isEmpty(), "the broker supports every order form");
    for (OrderRequest o : unsupported) {
      assertTrue(caps.check(o).isPresent(), "the kit built a supported order " + o);
      assertRejected(() -> broker.submit(o), "unsupported " + o);
      broker.order(o.clientOrderId()).ifPresent(s -> assertEquals(OrderStatus.REJECTED, s.status()));
      assertTrue(broker.openOrders().stream().noneMatch(s -> s.clientOrderId().equals(o.clientOrderId())));
    }
    if (controlsMarket()) {
      bar(50, 51, 40, 45);
    }
    for (OrderRequest o : unsupported) {
      assertEquals(List.of(), fillsOf(o.clientOrderId()));
    }
    assertSessionConsistent();
  }

  /** Without the shorting capability, selling more than is held is refused; selling what is held is not. */
  @Test
  void shortSaleIsRejectedWithoutShorting() {
    assumeFalse(broker.capabilities().shorting(), "the broker allows shorting");
    assertRejected(() -> broker.submit(market(Side.SELL, 1)), "a short sale");
    if (controlsMarket()) {
      OrderRequest buy = market(Side.BUY, 10);
      broker.submit(buy);
      bar(100, 100.5, 99.5, 100);
      awaitStatus(buy.clientOrderId(), OrderStatus.FILLED);
      assertRejected(() -> broker.submit(market(Side.SELL, 11)), "selling 11 of 10 held");
      OrderRequest sell = market(Side.SELL, 10);
      assertEquals(OrderStatus.ACCEPTED, broker.submit(sell).status());
      bar(100, 100.5, 99.5, 100);
      awaitStatus(sell.clientOrderId(), OrderStatus.FILLED);
      assertEquals(0, positionQuantity(), 1e-9);
    }
    assertSessionConsistent();
  }

  /**
   * An order beyond the account's buying power is refused: on submission with REJECTED, or (at an
   * asynchronous venue) by an event ending it REJECTED; either way it never fills.
   */
  @Test
  void orderBeyondBuyingPowerIsRejected() {
    Account account = broker.account();
    double quantity = Math.ceil(2 * account.buyingPower() / (100 * instrument().multiplier())) + 1;
    OrderRequest huge = limit(Side.BUY, quantity, 100);
    try {
      OrderState state = broker.submit(huge);
      if (state.status() != OrderStatus.REJECTED) {
        awaitStatus(huge.clientOrderId(), OrderStatus.REJECTED);
      }
    } catch (BrokerException e) {
      assertEquals(BrokerException.Code.REJECTED, e.code(), e.getMessage());
    }
    if (controlsMarket()) {
      bar(100, 100.5, 90, 95);
    }
    assertEquals(List.of(), fillsOf(huge.clientOrderId()));
    assertSessionConsistent();
  }

  /**
   * Positions and the account follow the fills: the position is the sum of signed fills, cash moved by
   * the fills' cash flows (fees counted once), and equity is cash plus the position at the last close.
   */
  @Test
  void positionsAndAccountReflectFills() {
    assumeTrue(controlsMarket(), "needs a controlled market");
    Account start = broker.account();
    assertEquals(start.cash(), start.equity(), 1e-9 * Math.abs(start.equity()), "a fresh account is cash");
    OrderRequest buy = market(Side.BUY, 30);
    broker.submit(buy);
    bar(101, 102, 100.5, 101.5);
    awaitStatus(buy.clientOrderId(), OrderStatus.FILLED);
    OrderRequest sell = market(Side.SELL, 12);
    broker.submit(sell);
    Bar last = bar(102, 103, 101.5, 102.5);
    awaitStatus(sell.clientOrderId(), OrderStatus.FILLED);
    double cashFlows = 0;
    double signed = 0;
    double fees = 0;
    for (String id : List.of(buy.clientOrderId(), sell.clientOrderId())) {
      for (Fill f : fillsOf(id)) {
        cashFlows += f.cashFlow();
        signed += f.signedQuantity();
        fees += f.fees();
      }
    }
    assertEquals(18, signed, 1e-9);
    assertEquals(18, positionQuantity(), 1e-9);
    Account end = broker.account();
    double scale = 1e-9 * (Math.abs(start.cash()) + 10_000);
    assertEquals(start.cash() + cashFlows, end.cash(), scale, "cash = start + fill cash flows");
    double value = instrument().value(18, last.close());
    assertEquals(end.cash() + value, end.equity(), scale, "equity = cash + position at the last close");
    // Conservation: what equity gained is the position's P&L at the close less the fees.
    double pnl = 0;
    for (String id : List.of(buy.clientOrderId(), sell.clientOrderId())) {
      for (Fill f : fillsOf(id)) {
        pnl += instrument().value(f.signedQuantity(), last.close() - f.price());
      }
    }
    assertEquals(start.equity() + pnl - fees, end.equity(), scale, "equity conserved");
    assertTrue(end.buyingPower() >= 0);
    assertSessionConsistent();
  }

  /** Open orders hold exactly the working orders. */
  @Test
  void openOrdersHoldOnlyWorkingOrders() {
    OrderRequest working = limit(Side.BUY, 1, rest);
    OrderRequest canceled = limit(Side.BUY, 1, rest - 0.01);
    broker.submit(working);
    broker.submit(canceled);
    broker.cancel(canceled.clientOrderId());
    awaitStatus(canceled.clientOrderId(), OrderStatus.CANCELED);
    List<OrderState> open = broker.openOrders();
    assertTrue(open.stream().allMatch(s -> s.status().isWorking()), "open orders " + open);
    assertTrue(open.stream().anyMatch(s -> s.clientOrderId().equals(working.clientOrderId())));
    assertTrue(open.stream().noneMatch(s -> s.clientOrderId().equals(canceled.clientOrderId())));
    assertThrows(UnsupportedOperationException.class, () -> open.add(open.get(0)), "unmodifiable");
    assertThrows(UnsupportedOperationException.class, () -> broker.positions().add(null), "unmodifiable");
    assertSessionConsistent();
  }

  /** A listener that throws does not stop delivery to the listeners after it, nor later events to itself. */
  @Test
  void aListenerThatThrowsDoesNotStopDelivery() {
    List<ExecutionEvent> seenByThrower = new ArrayList<>();
    ExecutionListener thrower = e -> {
      synchronized (seenByThrower) {
        seenByThrower.add(e);
      }
      throw new IllegalStateException("listener failure for the conformance kit");
    };
    EventRecorder after = new EventRecorder();
    try (Subscription s1 = broker.subscribe(thrower); Subscription s2 = broker.subscribe(after)) {
      OrderRequest a = limit(Side.BUY, 1, rest);
      OrderRequest b = limit(Side.BUY, 1, rest - 0.01);
      assertDoesNotThrow(() -> broker.submit(a));
      assertDoesNotThrow(() -> broker.submit(b));
      after.await(e -> e.clientOrderId().equals(b.clientOrderId()), eventTimeout(), "acceptance of b");
      after.await(e -> e.clientOrderId().equals(a.clientOrderId()), eventTimeout(), "acceptance of a");
      awaitStatus(b.clientOrderId(), OrderStatus.ACCEPTED);
      synchronized (seenByThrower) {
        assertEquals(2, seenByThrower.size(), "the throwing listener still gets later events");
      }
    }
    assertSessionConsistent();
  }

  /** A closed subscription receives nothing more; closing it twice does nothing. */
  @Test
  void aClosedSubscriptionReceivesNoMoreEvents() {
    EventRecorder extra = new EventRecorder();
    Subscription s = broker.subscribe(extra);
    OrderRequest a = limit(Side.BUY, 1, rest);
    broker.submit(a);
    extra.await(e -> e.clientOrderId().equals(a.clientOrderId()), eventTimeout(), "acceptance of a");
    s.close();
    s.close();
    OrderRequest b = limit(Side.BUY, 1, rest - 0.01);
    broker.submit(b);
    awaitStatus(b.clientOrderId(), OrderStatus.ACCEPTED);
    assertTrue(extra.events().stream().noneMatch(e -> e.clientOrderId().equals(b.clientOrderId())));
    assertSessionConsistent();
  }

  /** Closing twice is harmless; a closed broker refuses calls with a {@link BrokerException}. */
  @Test
  void closeIsIdempotent() {
    assertDoesNotThrow(broker::close);
    assertDoesNotThrow(broker::close);
    assertThrows(BrokerException.class, () -> broker.submit(limit(Side.BUY, 1, rest)));
  }

  // ---------------------------------------------------------------------------------------------------
  // Checks.

  private double positionQuantity() {
    for (Position p : broker.positions()) {
      if (p.symbol().equals(instrument().symbol())) {
        return p.quantity();
      }
    }
    return 0;
  }

  private static void assertBetween(double low, double value, double high, String what) {
    assertTrue(value >= low && value <= high, what + " " + value + " outside [" + low + ", " + high + "]");
  }

  /**
   * Checks an event log against the contract: sequence numbers start at 1 or more and strictly increase;
   * each order's events chain (the first comes from NEW, each later one from the status the previous
   * one reported) through legal transitions (a replacement keeps the status); a fill event adds exactly
   * its quantity, other events none; no order's fills exceed it; and the last event of each order equals
   * the broker's current state of it (unless the broker forgot the order).
   *
   * @param log the events in delivery order
   * @param broker the broker, asked for the orders' current states
   */
  public static void assertEventLogConsistent(List<ExecutionEvent> log, Broker broker) {
    long previous = 0;
    Map<String, OrderState> last = new LinkedHashMap<>();
    Map<String, Double> fillSums = new HashMap<>();
    for (ExecutionEvent e : log) {
      assertTrue(e.sequence() > previous, "sequence " + e.sequence() + " after " + previous);
      previous = e.sequence();
      String id = e.clientOrderId();
      OrderState before = last.get(id);
      OrderStatus from = before == null ? OrderStatus.NEW : before.status();
      assertEquals(from, e.previousStatus(), "event " + e.sequence() + " of " + id);
      OrderStatus to = e.status();
      boolean replaced = before != null && e.lastFill() == null && from == to
          && !before.request().equals(e.order().request());
      assertTrue(from.canTransitionTo(to) || replaced,
          "illegal or repeated transition " + from + " -> " + to + " in event " + e);
      double filledBefore = before == null ? 0 : before.filledQuantity();
      if (e.lastFill() != null) {
        double q = e.lastFill().quantity();
        assertEquals(filledBefore + q, e.order().filledQuantity(), 1e-9 * e.order().request().quantity(),
            "fill event " + e.sequence());
        fillSums.merge(id, q, Double::sum);
      } else {
        assertEquals(filledBefore, e.order().filledQuantity(), "a status event changed the filled quantity");
      }
      assertTrue(fillSums.getOrDefault(id, 0.0)
          <= e.order().request().quantity() * (1 + OrderState.QUANTITY_TOLERANCE), "over-filled " + id);
      last.put(id, e.order());
    }
    for (Map.Entry<String, OrderState> e : last.entrySet()) {
      Optional<OrderState> now = broker.order(e.getKey());
      if (now.isPresent()) {
        assertEquals(e.getValue().status(), now.get().status(), "state of " + e.getKey());
        assertEquals(e.getValue().filledQuantity(), now.get().filledQuantity(), "filled of " + e.getKey());
        assertEquals(e.getValue().request(), now.get().request(), "request of " + e.getKey());
      }
    }
  }

  /**
   * Checks the session's event log with {@link #assertEventLogConsistent(List, Broker)}, first waiting
   * up to {@link #eventTimeout()} for events still on their way (until the last event of every order
   * agrees with the broker's state of it).
   */
  protected final void assertSessionConsistent() {
    long deadline = System.nanoTime() + eventTimeout().toNanos();
    while (System.nanoTime() < deadline && !caughtUp()) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    assertEventLogConsistent(recorder.events(), broker);
  }

  private boolean caughtUp() {
    Map<String, OrderState> last = new HashMap<>();
    for (ExecutionEvent e : recorder.events()) {
      last.put(e.clientOrderId(), e.order());
    }
    for (Map.Entry<String, OrderState> e : last.entrySet()) {
      Optional<OrderState> now = broker.order(e.getKey());
      if (now.isPresent() && (now.get().status() != e.getValue().status()
          || now.get().filledQuantity() != e.getValue().filledQuantity()
          || !now.get().request().equals(e.getValue().request()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A listener that records every event and lets a session wait for one. Thread-safe.
   */
  public static final class EventRecorder implements ExecutionListener {

    private final List<ExecutionEvent> events = new ArrayList<>();

    /** Creates an empty recorder. */
    public EventRecorder() {
    }

    @Override
    public synchronized void onEvent(ExecutionEvent event) {
      events.add(event);
      notifyAll();
    }

    /**
     * The events so far, in delivery order.
     *
     * @return a copy
     */
    public synchronized List<ExecutionEvent> events() {
      return List.copyOf(events);
    }

    /**
     * Waits for the first event matching a condition; fails the test after the timeout.
     *
     * @param condition which event
     * @param timeout how long to wait
     * @param what the event's description, for the failure message
     * @return the event
     */
    public synchronized ExecutionEvent await(Predicate<ExecutionEvent> condition, Duration timeout,
        String what) {
      long deadline = System.nanoTime() + timeout.toNanos();
      int checked = 0;
      while (true) {
        for (; checked < events.size(); checked++) {
          if (condition.test(events.get(checked))) {
            return events.get(checked);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return fail("no event for " + what + " within " + timeout + "; events: " + events);
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return fail("interrupted waiting for " + what);
        }
      }
    }
  }
}
