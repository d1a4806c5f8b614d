package io.quantor.broker.sim;

import static io.quantor.broker.sim.Fixtures.ORCL;
import static io.quantor.broker.sim.Fixtures.PLACED;
import static io.quantor.broker.sim.Fixtures.T1;
import static io.quantor.broker.sim.Fixtures.T2;
import static io.quantor.broker.sim.Fixtures.T3;
import static io.quantor.broker.sim.Fixtures.bar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ExecutionSimulator#replace(SimulatedOrder, OrderRequest)}: what a replacement keeps (fills,
 * average price, the paid per-order minimum, a triggered stop, a DAY order's day), what it changes, and
 * what it refuses. Hand-worked quantities and prices; fees to 1e-12.
 */
class ExecutionSimulatorReplaceTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  /** 10 % of a bar's volume; IB-style 0.005 a share with a 1.00 minimum per order, no maximum. */
  private static final ExecutionSimulator SIM = ExecutionSimulator.builder().participationCap(0.1)
      .commission(CommissionModel.perShare(0.005, 1, Double.POSITIVE_INFINITY)).build();

  private static OrderRequest buyLimit(double quantity, double limit) {
    return OrderRequest.limit("o-1", ORCL, Side.BUY, quantity, limit, PLACED)
        .withTimeInForce(TimeInForce.GTC);
  }

  /** A GTC buy limit of 100 at 99 that the first bar fills 30 of (10 % of 300) at 99. */
  private static SimulatedOrder partlyFilled() {
    SimulatedOrder order = SimulatedOrder.of(buyLimit(100, 99));
    Fill first = SIM.match(order, bar(T1, 100, 100, 98, 99, 300));
    assertEquals(30, first.quantity());
    assertEquals(99, first.price());
    assertEquals(1, first.fees(), 1e-12, "30 * 0.005 = 0.15, raised to the 1.00 minimum");
    return order;
  }

  @Test
  void aReplacementKeepsTheFillsAndResizesWhatIsLeft() {
    SimulatedOrder order = partlyFilled();
    SIM.replace(order, buyLimit(50, 98.5));
    assertEquals(buyLimit(50, 98.5), order.request());
    assertEquals(30, order.filledQuantity());
    assertEquals(20, order.remainingQuantity());
    assertEquals(99, order.averageFillPrice());
    assertFalse(order.isDone());
    // Low 98.6 misses the new limit 98.5 (the old limit 99 would have filled).
    assertNull(SIM.match(order, bar(T2, 99, 99, 98.6, 98.8, 300)));
    Fill second = SIM.match(order, bar(T3, 98.8, 99, 98, 98.5, 300));
    assertEquals(20, second.quantity());
    assertEquals(98.5, second.price());
    assertTrue(order.isFilled());
    // (30 * 99 + 20 * 98.5) / 50 = 98.8.
    assertEquals(98.8, order.averageFillPrice(), 1e-12);
  }

  @Test
  void theFirstFillsMinimumIsNotChargedAgain() {
    SimulatedOrder order = partlyFilled();
    SIM.replace(order, buyLimit(50, 99));
    Fill second = SIM.match(order, bar(T2, 99, 99, 98, 98.5, 300));
    assertEquals(20, second.quantity());
    assertEquals(0.10, second.fees(), 1e-12, "20 * 0.005, no second minimum");
    // A new order for the rest would have paid the minimum again.
    SimulatedOrder fresh = SimulatedOrder.of(buyLimit(20, 99));
    assertEquals(1, SIM.match(fresh, bar(T2, 99, 99, 98, 98.5, 300)).fees(), 1e-12);
  }

  @Test
  void aTriggeredStopLimitStaysTriggeredAndWorksAtItsNewLimit() {
    ExecutionSimulator sim = ExecutionSimulator.defaults();
    SimulatedOrder order = SimulatedOrder.of(OrderRequest.stopLimit("o-1", ORCL, Side.BUY, 100, 102, 100.5,
        PLACED).withTimeInForce(TimeInForce.GTC));
    // High 103 triggers the stop at 102 inside the bar; after it only 102 and the close 101 are known to
    // trade, both above the limit 100.5: triggered, not filled.
    assertNull(sim.match(order, bar(T1, 100, 103, 99, 101, 1e6)));
    assertTrue(order.isTriggered());
    OrderRequest replacement = OrderRequest.stopLimit("o-1", ORCL, Side.BUY, 100, 110, 101.5, PLACED)
        .withTimeInForce(TimeInForce.GTC);
    sim.replace(order, replacement);
    assertTrue(order.isTriggered(), "a replacement keeps the trigger");
    // The bar never reaches the new stop 110, nor (low 101.2) the old limit 100.5: the triggered order
    // fills as a limit at its new limit 101.5, min(open 101.8, 101.5).
    Fill fill = sim.match(order, bar(T2, 101.8, 102, 101.2, 101.6, 1e6));
    assertNotNull(fill);
    assertEquals(100, fill.quantity());
    assertEquals(101.5, fill.price());
  }

  @Test
  void aStopLimitNotYetTriggeredWaitsForItsNewStop() {
    ExecutionSimulator sim = ExecutionSimulator.defaults();
    SimulatedOrder order = SimulatedOrder.of(OrderRequest.stopLimit("o-1", ORCL, Side.BUY, 100, 105, 106,
        PLACED).withTimeInForce(TimeInForce.GTC));
    assertNull(sim.match(order, bar(T1, 100, 103, 99, 101, 1e6)));
    sim.replace(order, OrderRequest.stopLimit("o-1", ORCL, Side.BUY, 100, 102.5, 103, PLACED)
        .withTimeInForce(TimeInForce.GTC));
    assertFalse(order.isTriggered());
    // High 103 reaches the new stop 102.5 inside the bar; the close 102.8 is within the limit 103.
    Fill fill = sim.match(order, bar(T2, 101, 103, 100, 102.8, 1e6));
    assertEquals(102.5, fill.price());
  }

  @Test
  void aTriggeredStopStaysAMarketOrder() {
    SimulatedOrder order = SimulatedOrder.of(OrderRequest.stop("o-1", ORCL, Side.BUY, 100, 102, PLACED)
        .withTimeInForce(TimeInForce.GTC));
    // High 103 triggers the stop; it fills 30 (10 % of 300) at max(open 100, stop 102).
    assertEquals(102, SIM.match(order, bar(T1, 100, 103, 99, 102.5, 300)).price());
    SIM.replace(order, OrderRequest.stop("o-1", ORCL, Side.BUY, 60, 104, PLACED)
        .withTimeInForce(TimeInForce.GTC));
    // The new stop 104 is never reached; the triggered order takes the rest, 30, at the open 103.
    Fill rest = SIM.match(order, bar(T2, 103, 103.5, 102, 103, 300));
    assertEquals(30, rest.quantity());
    assertEquals(103, rest.price());
    assertTrue(order.isFilled());
    assertEquals(102.5, order.averageFillPrice(), 1e-12);
  }

  @Test
  void aDayOrderKeepsItsTradingDay() {
    ExecutionSimulator sim = ExecutionSimulator.defaults();
    SimulatedOrder order = SimulatedOrder.of(OrderRequest.limit("o-1", ORCL, Side.BUY, 100, 90, PLACED));
    Instant tuesday = Instant.parse("2024-06-04T13:35:00Z");
    Instant wednesday = Instant.parse("2024-06-05T13:35:00Z");
    assertNull(sim.match(order, bar(tuesday, 100, 101, 99, 100, 1e6)));
    sim.replace(order, OrderRequest.limit("o-1", ORCL, Side.BUY, 200, 91, PLACED));
    assertEquals(Optional.of(tuesday), order.firstMatch());
    assertTrue(sim.expireIfDayEnded(order, wednesday, NEW_YORK), "Tuesday's order ends on Wednesday");
    // A new order would have started a new day.
    SimulatedOrder fresh = SimulatedOrder.of(OrderRequest.limit("o-1", ORCL, Side.BUY, 200, 91, PLACED));
    assertFalse(sim.expireIfDayEnded(fresh, wednesday, NEW_YORK));
  }

  @Test
  void anOrderMadeADayOrderStartsItsDayAtItsNextMatch() {
    ExecutionSimulator sim = ExecutionSimulator.defaults();
    SimulatedOrder order = SimulatedOrder.of(buyLimit(100, 90));
    Instant tuesday = Instant.parse("2024-06-04T13:35:00Z");
    Instant wednesday = Instant.parse("2024-06-05T13:35:00Z");
    Instant thursday = Instant.parse("2024-06-06T13:35:00Z");
    assertNull(sim.match(order, bar(tuesday, 100, 101, 99, 100, 1e6)));
    sim.replace(order, buyLimit(100, 90).withTimeInForce(TimeInForce.DAY));
    assertEquals(Optional.empty(), order.firstMatch());
    assertFalse(sim.expireIfDayEnded(order, wednesday, NEW_YORK), "no day yet");
    assertNull(sim.match(order, bar(wednesday, 100, 101, 99, 100, 1e6)));
    assertTrue(sim.expireIfDayEnded(order, thursday, NEW_YORK), "its day was Wednesday");
  }

  @Test
  void anOrderMadeIocGetsOneMoreMatch() {
    SimulatedOrder order = partlyFilled();
    SIM.replace(order, buyLimit(100, 99).withTimeInForce(TimeInForce.IOC));
    // Low 98 reaches 99: 30 more fill and the other 40 are cancelled.
    assertEquals(30, SIM.match(order, bar(T2, 99, 99, 98, 98.5, 300)).quantity());
    assertTrue(order.isDone());
    assertEquals(40, order.remainingQuantity());
  }

  @Test
  void wholeUnitsHoldOnlyWhileTheQuantitiesAreWhole() {
    SimulatedOrder whole = partlyFilled();
    SIM.replace(whole, buyLimit(90, 99));
    // 10 % of 305 = 30.5, rounded down to 30 for a whole-unit order.
    assertEquals(30, SIM.match(whole, bar(T2, 99, 99, 98, 98.5, 305)).quantity());
    SimulatedOrder fractional = partlyFilled();
    SIM.replace(fractional, buyLimit(90.5, 99));
    assertEquals(30.5, SIM.match(fractional, bar(T2, 99, 99, 98, 98.5, 305)).quantity(), 1e-12);
  }

  @Test
  void theReplacementMustKeepTheOrdersIdentity() {
    SimulatedOrder order = partlyFilled();
    assertMessage(() -> SIM.replace(order, OrderRequest.limit("o-2", ORCL, Side.BUY, 100, 99, PLACED)),
        "clientOrderId");
    assertMessage(() -> SIM.replace(order, OrderRequest.limit("o-1", Instrument.stock("MSFT"), Side.BUY,
        100, 99, PLACED)), "instrument");
    assertMessage(() -> SIM.replace(order, OrderRequest.limit("o-1", ORCL, Side.SELL, 100, 99, PLACED)),
        "side");
    assertMessage(() -> SIM.replace(order, OrderRequest.market("o-1", ORCL, Side.BUY, 100, PLACED)),
        "type");
    assertMessage(() -> SIM.replace(order, buyLimit(30, 99)), "quantity");
    assertMessage(() -> SIM.replace(order, buyLimit(29, 99)), "quantity");
    assertMessage(() -> SIM.replace(order, null), "replacement");
    assertMessage(() -> SIM.replace(null, buyLimit(50, 99)), "order");
    // Nothing changed.
    assertEquals(buyLimit(100, 99), order.request());
    assertEquals(70, order.remainingQuantity());
  }

  @Test
  void aDoneOrderCannotBeReplaced() {
    SimulatedOrder filled = SimulatedOrder.of(buyLimit(10, 99));
    assertNotNull(SIM.match(filled, bar(T1, 100, 100, 98, 99, 300)));
    assertTrue(filled.isFilled());
    assertThrows(IllegalStateException.class, () -> SIM.replace(filled, buyLimit(20, 99)));
    SimulatedOrder cancelled = SimulatedOrder.of(buyLimit(10, 99));
    SIM.cancel(cancelled);
    assertThrows(IllegalStateException.class, () -> SIM.replace(cancelled, buyLimit(20, 99)));
  }

  private static void assertMessage(Runnable call, String expected) {
    String message = assertThrows(IllegalArgumentException.class, call::run).getMessage();
    assertTrue(message.contains(expected), message);
  }
}
