package io.quantor.broker.sim;

import static io.quantor.broker.sim.Fixtures.T1;
import static io.quantor.broker.sim.Fixtures.T2;
import static io.quantor.broker.sim.Fixtures.T3;
import static io.quantor.broker.sim.Fixtures.bar;
import static io.quantor.broker.sim.Fixtures.limit;
import static io.quantor.broker.sim.Fixtures.market;
import static io.quantor.broker.sim.Fixtures.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.SessionCalendar;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Partial fills under a participation cap, and every time in force: IOC cancels the rest, FOK fills in
 * full or not at all, DAY expires at the end of its trading day, GTC works on. Hand-worked quantities.
 */
class ExecutionSimulatorTimeInForceTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static ExecutionSimulator capped(double cap) {
    return ExecutionSimulator.builder().participationCap(cap).build();
  }

  @Test
  void aCappedOrderFillsAcrossBars() {
    ExecutionSimulator sim = ExecutionSimulator.builder().participationCap(0.1)
        .commission(CommissionModel.perShare(0.01, 5, Double.POSITIVE_INFINITY)).build();
    SimulatedOrder order = market(Side.BUY, 1000, TimeInForce.GTC);
    // 10 % of 4,000 = 400 a bar: 400 + 400 + 200.
    Fill first = sim.match(order, bar(T1, 100, 101, 99, 100, 4000));
    assertEquals(400, first.quantity());
    assertEquals(100, first.price());
    assertEquals(5, first.fees(), 1e-12, "400 * 0.01 = 4 < minimum 5 on the first fill");
    assertFalse(order.isDone());
    assertEquals(600, order.remainingQuantity());

    Fill second = sim.match(order, bar(T2, 102, 103, 101, 102, 4000));
    assertEquals(400, second.quantity());
    assertEquals(102, second.price());
    assertEquals(4, second.fees(), 1e-12, "no minimum after the first fill");

    Fill third = sim.match(order, bar(T3, 101, 102, 100, 101, 4000));
    assertEquals(200, third.quantity());
    assertEquals(2, third.fees(), 1e-12);
    assertTrue(order.isDone());
    assertTrue(order.isFilled());
    assertEquals(1000, order.filledQuantity());
    // (400 * 100 + 400 * 102 + 200 * 101) / 1000 = 101.
    assertEquals(101, order.averageFillPrice(), 1e-12);
  }

  @Test
  void wholeUnitOrdersFillWholeUnits() {
    SimulatedOrder order = market(Side.BUY, 1000, TimeInForce.GTC);
    // 10 % of 1,234 = 123.4: 123 shares.
    assertEquals(123, capped(0.1).match(order, bar(T1, 100, 101, 99, 100, 1234)).quantity());
    // 0.29 * 100 is 28.999999999999996 in binary floating point: still 29 shares.
    assertEquals(29, capped(0.29).match(order, bar(T2, 100, 101, 99, 100, 100)).quantity());
    // 10 % of 9 = 0.9 rounds down to nothing.
    assertNull(capped(0.1).match(order, bar(T3, 100, 101, 99, 100, 9)));
    assertEquals(1000 - 123 - 29, order.remainingQuantity());
  }

  @Test
  void fractionalOrdersFillFractions() {
    SimulatedOrder order = market(Side.BUY, 10.5, TimeInForce.GTC);
    assertEquals(4.2, capped(0.1).match(order, bar(T1, 100, 101, 99, 100, 42)).quantity(), 1e-15);
  }

  @Test
  void zeroVolumeFillsNothingUnderACapAndEverythingWithout() {
    SimulatedOrder capped = market(Side.BUY, 100, TimeInForce.GTC);
    assertNull(capped(0.5).match(capped, bar(T1, 100, 101, 99, 100, 0)));
    assertFalse(capped.isDone());
    Fill uncapped = ExecutionSimulator.defaults().match(market(Side.BUY, 100), bar(T1, 100, 101, 99, 100, 0));
    assertEquals(100, uncapped.quantity());
  }

  @Test
  void theDefaultCapOfOneIsNoCap() {
    assertEquals(1.0, ExecutionSimulator.defaults().participationCap());
    Fill fill = ExecutionSimulator.defaults().match(market(Side.BUY, 5000), bar(T1, 100, 101, 99, 100, 10));
    assertEquals(5000, fill.quantity());
  }

  @Test
  void iocFillsWhatItCanAndCancelsTheRest() {
    ExecutionSimulator sim = capped(0.1);
    SimulatedOrder order = market(Side.BUY, 1000, TimeInForce.IOC);
    assertEquals(400, sim.match(order, bar(T1, 100, 101, 99, 100, 4000)).quantity());
    assertTrue(order.isDone());
    assertFalse(order.isFilled());
    assertEquals(600, order.remainingQuantity());
    assertNull(sim.match(order, bar(T2, 100, 101, 99, 100, 4000)));
  }

  @Test
  void iocThatIsNotReachedIsCancelled() {
    SimulatedOrder order = order(OrderType.LIMIT, Side.BUY, 100, 90, Double.NaN, TimeInForce.IOC);
    assertNull(ExecutionSimulator.defaults().match(order, bar(100, 101, 99, 100)));
    assertTrue(order.isDone());
    assertEquals(0, order.filledQuantity());
  }

  @Test
  void fokFillsInFullOrNotAtAll() {
    ExecutionSimulator sim = capped(0.1);
    SimulatedOrder tooBig = market(Side.BUY, 1000, TimeInForce.FOK);
    // The cap allows 400 of 1,000: nothing fills, and the order is killed.
    assertNull(sim.match(tooBig, bar(T1, 100, 101, 99, 100, 4000)));
    assertTrue(tooBig.isDone());
    assertEquals(0, tooBig.filledQuantity());
    assertNull(sim.match(tooBig, bar(T2, 100, 101, 99, 100, 1_000_000)));

    SimulatedOrder fits = market(Side.BUY, 1000, TimeInForce.FOK);
    Fill fill = sim.match(fits, bar(T1, 100, 101, 99, 100, 20_000));
    assertEquals(1000, fill.quantity());
    assertTrue(fits.isFilled());
  }

  @Test
  void fokLimitNotReachedIsKilled() {
    SimulatedOrder order = order(OrderType.LIMIT, Side.SELL, 100, 110, Double.NaN, TimeInForce.FOK);
    assertNull(ExecutionSimulator.defaults().match(order, bar(100, 101, 99, 100)));
    assertTrue(order.isDone());
  }

  @Test
  void dayOrderExpiresAfterItsTradingDay() {
    ExecutionSimulator sim = ExecutionSimulator.defaults();
    // Placed after Monday's close; its day is Tuesday, the day of the first bar it meets.
    SimulatedOrder order = limit(Side.BUY, 100, 90);
    Instant tuesdayOpen = Instant.parse("2024-06-04T13:35:00Z");
    Instant tuesdayClose = Instant.parse("2024-06-04T19:55:00Z");
    Instant wednesdayOpen = Instant.parse("2024-06-05T13:35:00Z");
    assertFalse(sim.expireIfDayEnded(order, tuesdayOpen, NEW_YORK), "not matched yet");
    assertNull(sim.match(order, bar(tuesdayOpen, 100, 101, 99, 100, 1e6)));
    assertFalse(sim.expireIfDayEnded(order, tuesdayClose, NEW_YORK));
    assertNull(sim.match(order, bar(tuesdayClose, 100, 101, 99, 100, 1e6)));
    assertTrue(sim.expireIfDayEnded(order, wednesdayOpen, NEW_YORK));
    assertTrue(order.isDone());
    assertFalse(order.isFilled());
    assertFalse(sim.expireIfDayEnded(order, wednesdayOpen, NEW_YORK), "already done");
    assertNull(sim.match(order, bar(wednesdayOpen, 85, 86, 84, 85, 1e6)));
  }

  @Test
  void dayOrdersOnDailyBarsLiveForOneSession() {
    // Daily bars stamped at midnight UTC: the trading day is the UTC date.
    ExecutionSimulator sim = ExecutionSimulator.defaults();
    SimulatedOrder order = limit(Side.BUY, 100, 90);
    Instant day1 = Instant.parse("2024-06-04T00:00:00Z");
    Instant day2 = Instant.parse("2024-06-05T00:00:00Z");
    assertNull(sim.match(order, bar(day1, 100, 101, 99, 100, 1e6)));
    assertTrue(sim.expireIfDayEnded(order, day2, ZoneOffset.UTC));
  }

  @Test
  void dayUsesTheSessionCalendarsRollover() {
    // CME-style trade date: a 17:00 Chicago rollover. 16:00 and 18:00 Chicago are different trading days.
    SessionCalendar globex = SessionCalendar.rollingAt(ZoneId.of("America/Chicago"), LocalTime.of(17, 0));
    ExecutionSimulator sim = ExecutionSimulator.defaults();
    SimulatedOrder order = limit(Side.BUY, 1, 90);
    Instant evening = Instant.parse("2024-06-04T23:00:00Z");   // 18:00 CDT Tuesday: Wednesday's session
    Instant night = Instant.parse("2024-06-05T05:00:00Z");     // 00:00 CDT Wednesday: same session
    Instant nextEvening = Instant.parse("2024-06-05T22:01:00Z"); // 17:01 CDT Wednesday: Thursday's
    assertNull(sim.match(order, bar(evening, 100, 101, 99, 100, 1e6)));
    assertFalse(sim.expireIfDayEnded(order, night, globex));
    assertTrue(sim.expireIfDayEnded(order, nextEvening, globex));
  }

  @Test
  void gtcAndImmediateOrdersDoNotExpire() {
    ExecutionSimulator sim = ExecutionSimulator.defaults();
    SimulatedOrder gtc = order(OrderType.LIMIT, Side.BUY, 100, 90, Double.NaN, TimeInForce.GTC);
    assertNull(sim.match(gtc, bar(T1, 100, 101, 99, 100, 1e6)));
    assertFalse(sim.expireIfDayEnded(gtc, Instant.parse("2024-07-01T13:35:00Z"), NEW_YORK));
    assertFalse(gtc.isDone());
    Fill later = sim.match(gtc, bar(Instant.parse("2024-07-01T13:35:00Z"), 91, 92, 89, 90, 1e6));
    assertNotNull(later);
    assertEquals(90, later.price());
  }

  @Test
  void rejectsACapOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> ExecutionSimulator.builder().participationCap(0));
    assertThrows(IllegalArgumentException.class, () -> ExecutionSimulator.builder().participationCap(1.5));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExecutionSimulator.builder().participationCap(Double.NaN));
    assertEquals("participationCap must be in (0, 1], was NaN", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ExecutionSimulator.builder().slippage(null));
    assertThrows(IllegalArgumentException.class, () -> ExecutionSimulator.builder().commission(null));
    assertThrows(IllegalArgumentException.class, () -> ExecutionSimulator.builder().limitFillRule(null));
  }
}
