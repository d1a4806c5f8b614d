package io.quantor.broker;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The order state machine, transition by transition: every status against every transition method, with
 * the legal ones written out by hand below (from the diagram in {@link OrderStatus}), and the rules of
 * fills and replacements. Quantities and prices are small exact binary fractions, so the expected
 * averages are exact.
 */
class OrderStateTest {

  private static final Instant T0 = Instant.parse("2024-06-03T13:30:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final Instant T2 = T0.plusSeconds(120);
  private static final Instrument ORCL = Instrument.stock("ORCL");
  private static final OrderRequest LIMIT = OrderRequest.limit("o-1", ORCL, Side.BUY, 100, 101.5, T0);

  /** The transition methods of {@link OrderState}. */
  enum Op {
    ACCEPT, FILL, CANCEL, REJECT, EXPIRE, REPLACE
  }

  /** Legal (status, method) pairs, written out from the state diagram rather than derived from code. */
  private static final Map<OrderStatus, Set<Op>> LEGAL = new EnumMap<>(OrderStatus.class);

  static {
    LEGAL.put(OrderStatus.NEW, EnumSet.of(Op.ACCEPT, Op.REJECT));
    LEGAL.put(OrderStatus.ACCEPTED, EnumSet.of(Op.FILL, Op.CANCEL, Op.REJECT, Op.EXPIRE, Op.REPLACE));
    LEGAL.put(OrderStatus.PARTIALLY_FILLED, EnumSet.of(Op.FILL, Op.CANCEL, Op.EXPIRE, Op.REPLACE));
    LEGAL.put(OrderStatus.FILLED, EnumSet.noneOf(Op.class));
    LEGAL.put(OrderStatus.CANCELED, EnumSet.noneOf(Op.class));
    LEGAL.put(OrderStatus.REJECTED, EnumSet.noneOf(Op.class));
    LEGAL.put(OrderStatus.EXPIRED, EnumSet.noneOf(Op.class));
  }

  private static Fill fill(double quantity, double price, double fees, Instant time) {
    return Fill.of(LIMIT, quantity, price, fees, time);
  }

  /** An order of {@link #LIMIT} in the given status, reached through legal transitions. */
  static OrderState inStatus(OrderStatus status) {
    OrderState s = OrderState.created(LIMIT);
    switch (status) {
      case NEW:
        return s;
      case REJECTED:
        return s.reject("no buying power", T1);
      default:
        break;
    }
    s = s.accept("B-1", T1);
    switch (status) {
      case ACCEPTED:
        return s;
      case PARTIALLY_FILLED:
        return s.fill(fill(40, 101.0, 0.5, T2));
      case FILLED:
        return s.fill(fill(100, 101.0, 1.0, T2));
      case CANCELED:
        return s.cancel("client", T2);
      case EXPIRED:
        return s.expire("end of day", T2);
      default:
        throw new AssertionError(status);
    }
  }

  private static OrderState apply(OrderState s, Op op) {
    switch (op) {
      case ACCEPT:
        return s.accept("B-2", T2);
      case FILL:
        return s.fill(fill(10, 100.0, 0.25, T2));
      case CANCEL:
        return s.cancel("client", T2);
      case REJECT:
        return s.reject("venue", T2);
      case EXPIRE:
        return s.expire("end of day", T2);
      case REPLACE:
        return s.replace(LIMIT.withQuantity(120), T2);
      default:
        throw new AssertionError(op);
    }
  }

  private static OrderStatus expectedAfter(OrderStatus from, Op op) {
    switch (op) {
      case ACCEPT:
        return OrderStatus.ACCEPTED;
      case FILL:
        return OrderStatus.PARTIALLY_FILLED; // 10 more of 100 never completes these orders
      case CANCEL:
        return OrderStatus.CANCELED;
      case REJECT:
        return OrderStatus.REJECTED;
      case EXPIRE:
        return OrderStatus.EXPIRED;
      case REPLACE:
        return from;
      default:
        throw new AssertionError(op);
    }
  }

  @ParameterizedTest
  @EnumSource(OrderStatus.class)
  void everyTransitionMethodFromEveryStatus(OrderStatus from) {
    OrderState before = inStatus(from);
    assertEquals(from, before.status());
    for (Op op : Op.values()) {
      if (LEGAL.get(from).contains(op)) {
        OrderState after = assertDoesNotThrow(() -> apply(before, op), from + " " + op);
        assertEquals(expectedAfter(from, op), after.status(), from + " " + op);
        assertEquals(T2, after.updatedAt());
      } else {
        assertThrows(IllegalStateException.class, () -> apply(before, op), from + " " + op);
      }
    }
    // Immutable: whatever was tried, the state is unchanged and still usable.
    assertEquals(inStatus(from), before);
  }

  @Test
  void statusTransitionTable() {
    OrderStatus n = OrderStatus.NEW;
    OrderStatus a = OrderStatus.ACCEPTED;
    OrderStatus p = OrderStatus.PARTIALLY_FILLED;
    OrderStatus f = OrderStatus.FILLED;
    OrderStatus c = OrderStatus.CANCELED;
    OrderStatus r = OrderStatus.REJECTED;
    OrderStatus e = OrderStatus.EXPIRED;
    Map<OrderStatus, Set<OrderStatus>> legal = new EnumMap<>(OrderStatus.class);
    legal.put(n, EnumSet.of(a, r));
    legal.put(a, EnumSet.of(p, f, c, e, r));
    legal.put(p, EnumSet.of(p, f, c, e));
    legal.put(f, EnumSet.noneOf(OrderStatus.class));
    legal.put(c, EnumSet.noneOf(OrderStatus.class));
    legal.put(r, EnumSet.noneOf(OrderStatus.class));
    legal.put(e, EnumSet.noneOf(OrderStatus.class));
    for (OrderStatus from : OrderStatus.values()) {
      for (OrderStatus to : OrderStatus.values()) {
        assertEquals(legal.get(from).contains(to), from.canTransitionTo(to), from + " -> " + to);
      }
      assertFalse(from.canTransitionTo(null));
      assertEquals(legal.get(from).isEmpty(), from.isTerminal(), from + " terminal");
    }
    assertEquals(EnumSet.of(a, p), EnumSet.copyOf(
        Arrays.stream(OrderStatus.values()).filter(OrderStatus::isWorking).toList()));
  }

  @Test
  void fillsAccumulateQuantityAveragePriceAndFees() {
    OrderState s = OrderState.created(LIMIT).accept("B-1", T1);
    assertEquals("B-1", s.brokerOrderId());
    s = s.fill(fill(25, 100.0, 0.25, T1));
    assertEquals(OrderStatus.PARTIALLY_FILLED, s.status());
    assertEquals(100.0, s.averageFillPrice());
    s = s.fill(fill(25, 101.0, 0.25, T1));
    s = s.fill(fill(50, 102.0, 0.5, T2));
    // (25 * 100 + 25 * 101 + 50 * 102) / 100 = 101.25
    assertEquals(OrderStatus.FILLED, s.status());
    assertEquals(100, s.filledQuantity());
    assertEquals(101.25, s.averageFillPrice());
    assertEquals(1.0, s.fees());
    assertEquals(0, s.remainingQuantity());
    assertEquals(T2, s.updatedAt());
    assertEquals("B-1", s.brokerOrderId());
  }

  @Test
  void aFillThatWouldOverfillIsRefusedAndTheStateStaysUsable() {
    OrderState s = inStatus(OrderStatus.PARTIALLY_FILLED);
    assertThrows(IllegalStateException.class, () -> s.fill(fill(60.5, 100, 0, T2)));
    assertThrows(IllegalStateException.class, () -> OrderState.created(LIMIT).accept("B", T1)
        .fill(fill(100.5, 100, 0, T2)));
    OrderState done = s.fill(fill(60, 100, 0, T2));
    assertEquals(OrderStatus.FILLED, done.status());
  }

  @Test
  void aFillWithinTheRoundingAllowanceCompletesTheOrder() {
    OrderRequest tenth = OrderRequest.market("o-f", ORCL, Side.SELL, 0.3, T0);
    OrderState s = OrderState.created(tenth).accept("", T0)
        .fill(Fill.of(tenth, 0.1, 10, 0, T1))
        .fill(Fill.of(tenth, 0.2, 10, 0, T1));
    // 0.1 + 0.2 = 0.30000000000000004 > 0.3: within 1e-9 relative, so FILLED and not an over-fill.
    assertEquals(OrderStatus.FILLED, s.status());
    assertEquals(0, s.remainingQuantity());
  }

  @Test
  void aFillOfAnotherOrderInstrumentOrSideIsAnArgumentError() {
    OrderState s = inStatus(OrderStatus.ACCEPTED);
    assertThrows(IllegalArgumentException.class,
        () -> s.fill(new Fill("o-2", ORCL, Side.BUY, 10, 100, 0, T2)));
    assertThrows(IllegalArgumentException.class,
        () -> s.fill(new Fill("o-1", Instrument.stock("MSFT"), Side.BUY, 10, 100, 0, T2)));
    assertThrows(IllegalArgumentException.class,
        () -> s.fill(new Fill("o-1", ORCL, Side.SELL, 10, 100, 0, T2)));
    // Even for a terminal order, the identity check comes first: the error names the real mistake.
    assertThrows(IllegalArgumentException.class,
        () -> inStatus(OrderStatus.FILLED).fill(new Fill("o-2", ORCL, Side.BUY, 10, 100, 0, T2)));
  }

  @Test
  void cancelAndExpireKeepWhatFilled() {
    OrderState partial = inStatus(OrderStatus.PARTIALLY_FILLED);
    for (UnaryOperator<OrderState> end : List.<UnaryOperator<OrderState>>of(
        s -> s.cancel("client", T2), s -> s.expire("end of day", T2))) {
      OrderState done = end.apply(partial);
      assertTrue(done.isTerminal());
      assertEquals(40, done.filledQuantity());
      assertEquals(101.0, done.averageFillPrice());
      assertEquals(0.5, done.fees());
      assertEquals(0, done.remainingQuantity());
      assertEquals("B-1", done.brokerOrderId());
      assertFalse(done.reason().isEmpty());
    }
  }

  @Test
  void rejectKeepsTheBrokerIdAndSaysWhy() {
    OrderState s = inStatus(OrderStatus.ACCEPTED).reject("venue closed", T2);
    assertEquals(OrderStatus.REJECTED, s.status());
    assertEquals("venue closed", s.reason());
    assertEquals("B-1", s.brokerOrderId());
    assertEquals(0, s.filledQuantity());
    assertTrue(Double.isNaN(s.averageFillPrice()));
  }

  @Test
  void createdIsNewWithNothingFilled() {
    OrderState s = OrderState.created(LIMIT);
    assertEquals(OrderStatus.NEW, s.status());
    assertEquals("o-1", s.clientOrderId());
    assertEquals(0, s.filledQuantity());
    assertTrue(Double.isNaN(s.averageFillPrice()));
    assertEquals("", s.brokerOrderId());
    assertEquals(T0, s.updatedAt());
    assertEquals(100, s.remainingQuantity());
    assertFalse(s.isTerminal());
  }

  @Test
  void replaceChangesQuantityAndPricesKeepingStatusAndFills() {
    OrderState s = inStatus(OrderStatus.PARTIALLY_FILLED);
    OrderRequest cheaper = new OrderRequest("o-1", ORCL, Side.BUY, 50, OrderType.LIMIT, 100.25, Double.NaN,
        TimeInForce.GTC, "other", T1);
    OrderState r = s.replace(cheaper, T2);
    assertSame(cheaper, r.request());
    assertEquals(OrderStatus.PARTIALLY_FILLED, r.status());
    assertEquals(40, r.filledQuantity());
    assertEquals(101.0, r.averageFillPrice());
    assertEquals(0.5, r.fees());
    assertEquals(10, r.remainingQuantity());
    assertEquals(T2, r.updatedAt());
    // The smaller order completes with 10 more.
    assertEquals(OrderStatus.FILLED, r.fill(fill(10, 100.0, 0, T2)).status());
    // An accepted order can be replaced with a larger quantity.
    OrderState bigger = inStatus(OrderStatus.ACCEPTED).replace(LIMIT.withQuantity(500), T2);
    assertEquals(OrderStatus.ACCEPTED, bigger.status());
    assertEquals(500, bigger.remainingQuantity());
  }

  @Test
  void replaceMustKeepTheOrdersIdentity() {
    OrderState s = inStatus(OrderStatus.ACCEPTED);
    assertThrows(IllegalArgumentException.class, () -> s.replace(LIMIT.withClientOrderId("o-2"), T2));
    assertThrows(IllegalArgumentException.class, () -> s.replace(
        OrderRequest.limit("o-1", Instrument.stock("MSFT"), Side.BUY, 100, 101.5, T0), T2));
    assertThrows(IllegalArgumentException.class, () -> s.replace(
        OrderRequest.limit("o-1", ORCL, Side.SELL, 100, 101.5, T0), T2));
    assertThrows(IllegalArgumentException.class, () -> s.replace(
        OrderRequest.market("o-1", ORCL, Side.BUY, 100, T0), T2));
    assertThrows(NullPointerException.class, () -> s.replace(null, T2));
  }

  @Test
  void replaceMustLeaveSomethingToFill() {
    OrderState s = inStatus(OrderStatus.PARTIALLY_FILLED); // 40 of 100 filled
    assertThrows(IllegalArgumentException.class, () -> s.replace(LIMIT.withQuantity(40), T2));
    assertThrows(IllegalArgumentException.class, () -> s.replace(LIMIT.withQuantity(30), T2));
    assertEquals(41, s.replace(LIMIT.withQuantity(41), T2).request().quantity());
  }

  @Test
  void constructorRejectsContradictoryStates() {
    Instant t = T1;
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.ACCEPTED, 10, 100, 0, "", "", t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.PARTIALLY_FILLED, 0, Double.NaN, 0, "", "", t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.PARTIALLY_FILLED, 100, 100, 0, "", "", t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.FILLED, 99, 100, 0, "", "", t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.CANCELED, 100, 100, 0, "", "", t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.REJECTED, 5, 100, 0, "", "", t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.FILLED, 101, 100, 0, "", "", t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.ACCEPTED, -1, Double.NaN, 0, "", "", t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.ACCEPTED, 0, 100, 0, "", "", t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.PARTIALLY_FILLED, 10, Double.NaN, 0, "", "", t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.PARTIALLY_FILLED, 10, 0, 0, "", "", t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.PARTIALLY_FILLED, 10, Double.POSITIVE_INFINITY, 0, "", "",
            t));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderState(LIMIT, OrderStatus.ACCEPTED, 0, Double.NaN, Double.NaN, "", "", t));
    assertThrows(NullPointerException.class,
        () -> new OrderState(LIMIT, null, 0, Double.NaN, 0, "", "", t));
    assertThrows(NullPointerException.class,
        () -> new OrderState(LIMIT, OrderStatus.NEW, 0, Double.NaN, 0, "", "", null));
    assertDoesNotThrow(() -> new OrderState(LIMIT, OrderStatus.CANCELED, 40, 100, 0, "", "client", t));
    assertDoesNotThrow(() -> new OrderState(LIMIT, OrderStatus.EXPIRED, 0, Double.NaN, 0, "", "eod", t));
  }
}
