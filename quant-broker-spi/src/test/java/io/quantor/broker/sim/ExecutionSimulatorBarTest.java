package io.quantor.broker.sim;

import static io.quantor.broker.sim.Fixtures.ORCL;
import static io.quantor.broker.sim.Fixtures.T1;
import static io.quantor.broker.sim.Fixtures.bar;
import static io.quantor.broker.sim.Fixtures.limit;
import static io.quantor.broker.sim.Fixtures.market;
import static io.quantor.broker.sim.Fixtures.stop;
import static io.quantor.broker.sim.Fixtures.stopLimit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.Bar;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Side;
import org.junit.jupiter.api.Test;

/**
 * Every order type against hand-worked bars {@code (open, high, low, close)}: gaps through stops and
 * limits, touch against trade-through, the stop-limit's trigger bar, slippage and the limit clamp.
 * Prices the rules take from the bar are compared exactly; prices with slippage to 1e-12 relative.
 */
class ExecutionSimulatorBarTest {

  private static final double REL = 1e-12;
  private final ExecutionSimulator touch = ExecutionSimulator.defaults();
  private final ExecutionSimulator through =
      ExecutionSimulator.builder().limitFillRule(LimitFillRule.TRADE_THROUGH).build();

  private static void assertFill(Fill fill, Side side, double quantity, double price) {
    assertNotNull(fill, "expected a fill");
    assertEquals(side, fill.side());
    assertEquals(quantity, fill.quantity());
    assertEquals(price, fill.price(), Math.abs(price) * REL);
  }

  @Test
  void marketOrdersFillAtTheOpen() {
    SimulatedOrder buy = market(Side.BUY, 100);
    Fill fill = touch.match(buy, bar(100, 105, 95, 102));
    assertFill(fill, Side.BUY, 100, 100);
    assertEquals("o-1", fill.orderId());
    assertEquals(ORCL, fill.instrument());
    assertEquals(T1, fill.time());
    assertEquals(0, fill.fees());
    assertTrue(buy.isDone());
    assertTrue(buy.isFilled());
    assertEquals(0, buy.remainingQuantity());
    assertEquals(100, buy.filledQuantity());
    assertEquals(100, buy.averageFillPrice());

    assertFill(touch.match(market(Side.SELL, 40), bar(99.5, 101, 98, 100)), Side.SELL, 40, 99.5);
  }

  @Test
  void marketOrdersPaySlippageAgainstTheirSide() {
    ExecutionSimulator tenBps = ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(10)).build();
    // 10 bp of 100: a buy pays 100.10, a sell receives 99.90.
    assertFill(tenBps.match(market(Side.BUY, 100), bar(100, 105, 95, 102)), Side.BUY, 100, 100.1);
    assertFill(tenBps.match(market(Side.SELL, 100), bar(100, 105, 95, 102)), Side.SELL, 100, 99.9);
  }

  @Test
  void buyLimitFillsAtTheLimitWhenTheBarComesDownToIt() {
    assertFill(touch.match(limit(Side.BUY, 100, 98), bar(100, 101, 97, 99)), Side.BUY, 100, 98);
  }

  @Test
  void buyLimitFillsAtTheOpenWhenTheBarGapsBelowIt() {
    assertFill(touch.match(limit(Side.BUY, 100, 98), bar(96, 97, 95, 96.5)), Side.BUY, 100, 96);
    assertFill(through.match(limit(Side.BUY, 100, 98), bar(96, 97, 95, 96.5)), Side.BUY, 100, 96);
  }

  @Test
  void buyLimitTouchedButNotTradedThrough() {
    Bar lowAtLimit = bar(100, 101, 98, 99);
    assertFill(touch.match(limit(Side.BUY, 100, 98), lowAtLimit), Side.BUY, 100, 98);
    SimulatedOrder conservative = limit(Side.BUY, 100, 98);
    assertNull(through.match(conservative, lowAtLimit));
    assertFalse(conservative.isDone());
    assertEquals(100, conservative.remainingQuantity());
    assertTrue(Double.isNaN(conservative.averageFillPrice()));
    // One cent through the limit is enough: fills at the limit.
    assertFill(through.match(conservative, bar(100, 101, 97.99, 99)), Side.BUY, 100, 98);
  }

  @Test
  void tradeThroughNeedsAPriceBelowTheLimitEvenWhenTheBarOpensAtIt() {
    Bar openAtLimit = bar(98, 99, 98, 98.5);
    assertFill(touch.match(limit(Side.BUY, 100, 98), openAtLimit), Side.BUY, 100, 98);
    assertNull(through.match(limit(Side.BUY, 100, 98), openAtLimit));
  }

  @Test
  void buyLimitNotReached() {
    SimulatedOrder order = limit(Side.BUY, 100, 98);
    assertNull(touch.match(order, bar(100, 101, 98.01, 99)));
    assertFalse(order.isDone());
    assertEquals(0, order.filledQuantity());
  }

  @Test
  void sellLimitMirrorsTheBuy() {
    assertFill(touch.match(limit(Side.SELL, 50, 102), bar(100, 103, 99, 101)), Side.SELL, 50, 102);
    // Gap up through the limit: sells at the higher open.
    assertFill(touch.match(limit(Side.SELL, 50, 102), bar(104, 105, 103, 104.5)), Side.SELL, 50, 104);
    Bar highAtLimit = bar(100, 102, 99, 101);
    assertFill(touch.match(limit(Side.SELL, 50, 102), highAtLimit), Side.SELL, 50, 102);
    assertNull(through.match(limit(Side.SELL, 50, 102), highAtLimit));
    assertNull(touch.match(limit(Side.SELL, 50, 102), bar(100, 101.99, 99, 101)));
  }

  @Test
  void buyStopTriggersAtTheStop() {
    SimulatedOrder order = stop(Side.BUY, 100, 105);
    assertFill(touch.match(order, bar(100, 106, 99, 104)), Side.BUY, 100, 105);
    assertTrue(order.isTriggered());
    assertTrue(order.isDone());
  }

  @Test
  void buyStopGappedThroughFillsAtTheOpen() {
    assertFill(touch.match(stop(Side.BUY, 100, 105), bar(107, 108, 106, 107.5)), Side.BUY, 100, 107);
  }

  @Test
  void stopTriggersOnTouchWhateverTheLimitRule() {
    assertFill(through.match(stop(Side.BUY, 100, 105), bar(100, 105, 99, 104)), Side.BUY, 100, 105);
  }

  @Test
  void buyStopNotReached() {
    SimulatedOrder order = stop(Side.BUY, 100, 105);
    assertNull(touch.match(order, bar(100, 104.99, 99, 104)));
    assertFalse(order.isTriggered());
    assertFalse(order.isDone());
  }

  @Test
  void sellStopMirrorsTheBuy() {
    assertFill(touch.match(stop(Side.SELL, 100, 95), bar(100, 101, 94, 96)), Side.SELL, 100, 95);
    // Gap down through the stop: sells at the lower open.
    assertFill(touch.match(stop(Side.SELL, 100, 95), bar(92, 93, 90, 91)), Side.SELL, 100, 92);
    assertNull(touch.match(stop(Side.SELL, 100, 95), bar(100, 101, 95.01, 96)));
  }

  @Test
  void stopsPaySlippageWithoutAClamp() {
    ExecutionSimulator twentyBps = ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(20)).build();
    // 95 * (1 - 0.002) = 94.81.
    assertFill(twentyBps.match(stop(Side.SELL, 100, 95), bar(100, 101, 94, 96)), Side.SELL, 100, 94.81);
    // 105 * 1.002 = 105.21.
    assertFill(twentyBps.match(stop(Side.BUY, 100, 105), bar(100, 106, 99, 104)), Side.BUY, 100, 105.21);
  }

  @Test
  void stopLimitFillsAtTheStopInsideTheTriggerBar() {
    SimulatedOrder order = stopLimit(Side.BUY, 100, 100, 101);
    // Opens below the stop, rises through it: triggered at 100, marketable against the 101 limit.
    assertFill(touch.match(order, bar(98, 103, 97, 102)), Side.BUY, 100, 100);
    assertTrue(order.isTriggered());
  }

  @Test
  void stopLimitTriggersThenMissesThenFillsLater() {
    SimulatedOrder order = stopLimit(Side.BUY, 100, 100, 101);
    // Gaps above the stop and stays above the 101 limit: triggered, not filled.
    assertNull(touch.match(order, bar(Fixtures.T1, 102, 103, 101.5, 102.5, 1e6)));
    assertTrue(order.isTriggered());
    assertFalse(order.isDone());
    // Still above the limit: nothing.
    assertNull(touch.match(order, bar(Fixtures.T2, 102.5, 103, 101.01, 102, 1e6)));
    // Comes back down through 101: a triggered limit, fills at the limit.
    Fill fill = touch.match(order, bar(Fixtures.T3, 101.2, 101.6, 100.8, 101, 1e6));
    assertFill(fill, Side.BUY, 100, 101);
    assertEquals(Fixtures.T3, fill.time());
    assertTrue(order.isDone());
  }

  @Test
  void stopLimitGappedThroughFillsAtTheOpenBelowTheLimit() {
    // Opens at 100.5, above the 100 stop and below the 101 limit: the open is the trigger and the fill.
    assertFill(touch.match(stopLimit(Side.BUY, 100, 100, 101), bar(100.5, 103, 100.2, 102)),
        Side.BUY, 100, 100.5);
  }

  @Test
  void stopLimitWithTheLimitBelowTheStopCountsOnlyPricesAfterTheTrigger() {
    // Buy stop 100, limit 99. Triggered at 100 inside the bar; the close 98.5 shows the price came back
    // below 99 after the trigger: fills at 99.
    assertFill(touch.match(stopLimit(Side.BUY, 100, 100, 99), bar(98, 101, 97, 98.5)), Side.BUY, 100, 99);
    // Same range but closes at 100.5: the low of 97 may have come before the trigger, so no fill.
    SimulatedOrder order = stopLimit(Side.BUY, 100, 100, 99);
    assertNull(touch.match(order, bar(98, 101, 97, 100.5)));
    assertTrue(order.isTriggered());
    assertFalse(order.isDone());
  }

  @Test
  void stopLimitWithStopEqualToLimitUnderTradeThrough() {
    // Triggered at 100 = limit: touch fills at 100; trade-through needs the close below 100.
    assertFill(touch.match(stopLimit(Side.BUY, 100, 100, 100), bar(98, 101, 97, 100.5)),
        Side.BUY, 100, 100);
    assertNull(through.match(stopLimit(Side.BUY, 100, 100, 100), bar(98, 101, 97, 100.5)));
    assertFill(through.match(stopLimit(Side.BUY, 100, 100, 100), bar(98, 101, 97, 99.5)),
        Side.BUY, 100, 100);
  }

  @Test
  void sellStopLimitMirrorsTheBuy() {
    // Sell stop 95, limit 94: opens at 97, falls through 95: fills at the stop.
    assertFill(touch.match(stopLimit(Side.SELL, 100, 95, 94), bar(97, 98, 93, 93.5)), Side.SELL, 100, 95);
    // Gaps down to 93, below the 94 limit, and never trades back up to it: triggered, not filled.
    SimulatedOrder order = stopLimit(Side.SELL, 100, 95, 94);
    assertNull(touch.match(order, bar(Fixtures.T1, 93, 93.5, 92, 93, 1e6)));
    assertTrue(order.isTriggered());
    assertFill(touch.match(order, bar(Fixtures.T2, 93.5, 94.5, 93, 94.2, 1e6)), Side.SELL, 100, 94);
  }

  @Test
  void slippageNeverPushesALimitBeyondItsLimit() {
    ExecutionSimulator onePercent =
        ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(100)).build();
    // Reference 98 (the limit), 98 * 1.01 = 98.98 > 98: clamped to 98.
    assertFill(onePercent.match(limit(Side.BUY, 100, 98), bar(100, 101, 97, 99)), Side.BUY, 100, 98);
    // Gap to 96: 96 * 1.01 = 96.96 <= 98, not clamped.
    assertFill(onePercent.match(limit(Side.BUY, 100, 98), bar(96, 97, 95, 96.5)), Side.BUY, 100, 96.96);
    // Sell limit 102 gapped to 104: 104 * 0.99 = 102.96; at the limit: clamped to 102.
    assertFill(onePercent.match(limit(Side.SELL, 100, 102), bar(104, 105, 103, 104.5)),
        Side.SELL, 100, 102.96);
    assertFill(onePercent.match(limit(Side.SELL, 100, 102), bar(100, 103, 99, 101)), Side.SELL, 100, 102);
    // A stop-limit is clamped too: stop 100 limit 100.5, 100 * 1.01 = 101 -> 100.5.
    assertFill(onePercent.match(stopLimit(Side.BUY, 100, 100, 100.5), bar(98, 103, 97, 102)),
        Side.BUY, 100, 100.5);
  }

  @Test
  void doneOrdersAreLeftAlone() {
    SimulatedOrder order = market(Side.BUY, 100);
    assertNotNull(touch.match(order, bar(100, 105, 95, 102)));
    assertNull(touch.match(order, bar(100, 105, 95, 102)));
    assertEquals(100, order.filledQuantity());
  }

  @Test
  void cancelEndsAWorkingOrder() {
    SimulatedOrder order = limit(Side.BUY, 100, 90);
    assertTrue(touch.cancel(order));
    assertTrue(order.isDone());
    assertFalse(order.isFilled());
    assertFalse(touch.cancel(order));
    assertNull(touch.match(order, bar(85, 86, 84, 85)));
  }

  @Test
  void aFillNeedsAPositivePrice() {
    // Bars may carry zero or negative prices (spreads); a Fill may not.
    SimulatedOrder order = market(Side.BUY, 1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> touch.match(order, bar(-1, 0, -2, -0.5)));
    assertTrue(e.getMessage().contains("price"), e.getMessage());
  }

  @Test
  void rejectsNullArguments() {
    assertThrows(IllegalArgumentException.class, () -> touch.match(null, bar(1, 1, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> touch.match(market(Side.BUY, 1), (Bar) null));
    assertThrows(IllegalArgumentException.class, () -> SimulatedOrder.of(null));
  }
}
