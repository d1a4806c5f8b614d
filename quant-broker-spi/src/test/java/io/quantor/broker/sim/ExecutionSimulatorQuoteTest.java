package io.quantor.broker.sim;

import static io.quantor.broker.sim.Fixtures.T1;
import static io.quantor.broker.sim.Fixtures.T2;
import static io.quantor.broker.sim.Fixtures.limit;
import static io.quantor.broker.sim.Fixtures.market;
import static io.quantor.broker.sim.Fixtures.order;
import static io.quantor.broker.sim.Fixtures.stop;
import static io.quantor.broker.sim.Fixtures.stopLimit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import org.junit.jupiter.api.Test;

/** Matching against quotes: buy at the ask, sell at the bid, stops on the mid, size caps. */
class ExecutionSimulatorQuoteTest {

  private static final double REL = 1e-12;
  private final ExecutionSimulator sim = ExecutionSimulator.defaults();

  private static Quote quote(double bid, double ask) {
    return Quote.of(T1, bid, ask, 500, 500);
  }

  @Test
  void marketOrdersTakeTheQuote() {
    Fill buy = sim.match(market(Side.BUY, 100), quote(99.98, 100.02));
    assertEquals(100.02, buy.price());
    assertEquals(T1, buy.time());
    assertEquals(99.98, sim.match(market(Side.SELL, 100), quote(99.98, 100.02)).price());
  }

  @Test
  void limitOrdersFillWhenMarketable() {
    SimulatedOrder order = limit(Side.BUY, 100, 100);
    assertNull(sim.match(order, quote(99.98, 100.02)));
    assertFalse(order.isDone());
    // Ask at the limit is executable, even under the trade-through rule (it is a rule for bars).
    ExecutionSimulator through =
        ExecutionSimulator.builder().limitFillRule(LimitFillRule.TRADE_THROUGH).build();
    assertEquals(100.0, through.match(order, quote(99.96, 100.00)).price());
    assertEquals(99.95, sim.match(limit(Side.BUY, 100, 100), quote(99.91, 99.95)).price());
    assertEquals(100.05, sim.match(limit(Side.SELL, 100, 100), quote(100.05, 100.09)).price());
    assertNull(sim.match(limit(Side.SELL, 100, 100), quote(99.99, 100.03)));
  }

  @Test
  void stopsTriggerOnTheMid() {
    SimulatedOrder buy = stop(Side.BUY, 100, 101);
    // Ask at the stop but mid 100.99 below it: no trigger.
    assertNull(sim.match(buy, quote(100.98, 101.00)));
    assertFalse(buy.isTriggered());
    // Mid 101.02: triggered, buys at the ask.
    assertEquals(101.04, sim.match(buy, quote(101.00, 101.04)).price());
    assertTrue(buy.isTriggered());

    SimulatedOrder sell = stop(Side.SELL, 100, 99);
    assertNull(sim.match(sell, quote(98.9, 99.3)));
    assertEquals(98.9, sim.match(sell, quote(98.9, 99.0)).price());
  }

  @Test
  void stopLimitTriggersThenWaitsForItsLimit() {
    SimulatedOrder order = stopLimit(Side.BUY, 100, 101, 101.02);
    // Mid 101.03 triggers, but the ask 101.06 is above the limit.
    assertNull(sim.match(order, quote(101.00, 101.06)));
    assertTrue(order.isTriggered());
    assertFalse(order.isDone());
    // Mid 101.00 would not trigger any more, but the order is already triggered: ask 101.02 <= limit.
    Fill fill = sim.match(order, Quote.of(T2, 100.98, 101.02, 500, 500));
    assertEquals(101.02, fill.price());
    assertEquals(T2, fill.time());
  }

  @Test
  void theCapTakesAShareOfTheSizeOnTheOtherSide() {
    ExecutionSimulator capped = ExecutionSimulator.builder().participationCap(0.5).build();
    SimulatedOrder buy = market(Side.BUY, 1000, TimeInForce.GTC);
    // Half of the 300 offered.
    assertEquals(150, capped.match(buy, Quote.of(T1, 99.98, 100.02, 10_000, 300)).quantity());
    assertEquals(850, capped.match(buy, Quote.of(T2, 99.98, 100.02, 0, 2000)).quantity());
    assertTrue(buy.isFilled());
    // A sell takes from the bid size; none bid, nothing fills.
    SimulatedOrder sell = market(Side.SELL, 10, TimeInForce.GTC);
    assertNull(capped.match(sell, Quote.of(T1, 99.98, 100.02, 0, 300)));
    assertFalse(sell.isDone());
    // Without a cap, sizes are ignored (feeds without sizes report 0).
    assertEquals(1000, sim.match(market(Side.BUY, 1000), Quote.of(T1, 99.98, 100.02, 0, 0)).quantity());
  }

  @Test
  void fokAndIocOnQuotes() {
    ExecutionSimulator capped = ExecutionSimulator.builder().participationCap(1e-3).build();
    SimulatedOrder fok = market(Side.BUY, 100, TimeInForce.FOK);
    assertNull(capped.match(fok, quote(99.98, 100.02)));
    assertTrue(fok.isDone());
    SimulatedOrder ioc = order(OrderType.LIMIT, Side.BUY, 100, 99, Double.NaN, TimeInForce.IOC);
    assertNull(sim.match(ioc, quote(99.98, 100.02)));
    assertTrue(ioc.isDone());
  }

  @Test
  void halfSpreadAddsNothingToAQuoteAndFixedBpsDoes() {
    ExecutionSimulator half = ExecutionSimulator.builder().slippage(SlippageModel.halfSpread(50)).build();
    assertEquals(100.02, half.match(market(Side.BUY, 100), quote(99.98, 100.02)).price());
    ExecutionSimulator fixed = ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(10)).build();
    // 100.02 * 1.001 = 100.12002; 99.98 * 0.999 = 99.88002.
    assertEquals(100.12002, fixed.match(market(Side.BUY, 100), quote(99.98, 100.02)).price(), 100 * REL);
    assertEquals(99.88002, fixed.match(market(Side.SELL, 100), quote(99.98, 100.02)).price(), 100 * REL);
  }

  @Test
  void slippageOnAQuoteIsClampedAtTheLimit() {
    ExecutionSimulator onePercent =
        ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(100)).build();
    // Bid 100.05 * 0.99 = 99.0495 is below the sell limit of 100: sells at 100.
    assertEquals(100.0, onePercent.match(limit(Side.SELL, 100, 100), quote(100.05, 100.09)).price());
  }

  @Test
  void rejectsNullQuote() {
    assertThrows(IllegalArgumentException.class, () -> sim.match(market(Side.BUY, 1), (Quote) null));
  }
}
