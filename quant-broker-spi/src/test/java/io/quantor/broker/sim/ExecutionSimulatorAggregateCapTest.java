package io.quantor.broker.sim;

import static io.quantor.broker.sim.Fixtures.T1;
import static io.quantor.broker.sim.Fixtures.T2;
import static io.quantor.broker.sim.Fixtures.bar;
import static io.quantor.broker.sim.Fixtures.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.Bar;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import org.junit.jupiter.api.Test;

/**
 * The participation cap's scope: per order, or shared by the orders matched against one bar (one side of
 * one quote) in the order the caller matches them. Hand-worked quantities.
 */
class ExecutionSimulatorAggregateCapTest {

  private static ExecutionSimulator sim(double cap, ParticipationCapScope scope) {
    return ExecutionSimulator.builder().participationCap(cap).participationCapScope(scope).build();
  }

  private static final ExecutionSimulator AGGREGATE = sim(0.1, ParticipationCapScope.AGGREGATE);
  private static final ExecutionSimulator PER_ORDER = sim(0.1, ParticipationCapScope.PER_ORDER);

  @Test
  void twoOrdersShareTenPercentOfEachBar() {
    SimulatedOrder a = market(Side.BUY, 100, TimeInForce.GTC);
    SimulatedOrder b = market(Side.BUY, 100, TimeInForce.GTC);
    Bar first = bar(T1, 100, 101, 99, 100, 300);
    // 10 % of 300 = 30: a takes all of it, b nothing.
    assertEquals(30, AGGREGATE.match(a, first, 0).quantity());
    assertNull(AGGREGATE.match(b, first, 30));
    // 10 % of 1,000 = 100: a takes its last 70, b the other 30.
    Bar second = bar(T2, 101, 102, 100, 101, 1000);
    assertEquals(70, AGGREGATE.match(a, second, 0).quantity());
    assertEquals(30, AGGREGATE.match(b, second, 70).quantity());
    assertTrue(a.isFilled());
    assertEquals(70, b.remainingQuantity());
  }

  @Test
  void perOrderIgnoresWhatOthersTook() {
    SimulatedOrder b = market(Side.BUY, 100, TimeInForce.GTC);
    assertEquals(30, PER_ORDER.match(b, bar(T1, 100, 101, 99, 100, 300), 30).quantity());
    assertEquals(ParticipationCapScope.PER_ORDER, ExecutionSimulator.defaults().participationCapScope());
  }

  @Test
  void buysAndSellsShareABarsVolume() {
    SimulatedOrder buy = market(Side.BUY, 20, TimeInForce.GTC);
    SimulatedOrder sell = market(Side.SELL, 100, TimeInForce.GTC);
    Bar bar = bar(T1, 100, 101, 99, 100, 300);
    assertEquals(20, AGGREGATE.match(buy, bar, 0).quantity());
    assertEquals(10, AGGREGATE.match(sell, bar, 20).quantity());
  }

  @Test
  void wholeUnitsRoundTheShareLeftDown() {
    ExecutionSimulator sim = sim(0.29, ParticipationCapScope.AGGREGATE);
    // 0.29 * 100 is 28.999999999999996 in binary; the allowance makes it 29, of which 10 are taken.
    Bar bar = bar(T1, 100, 101, 99, 100, 100);
    assertEquals(10, sim.match(market(Side.BUY, 10, TimeInForce.GTC), bar, 0).quantity());
    assertEquals(19, sim.match(market(Side.BUY, 100, TimeInForce.GTC), bar, 10).quantity());
    // 10 % of 305 = 30.5: whole-unit orders share 30, a fractional one takes the fraction too.
    Bar odd = bar(T1, 100, 101, 99, 100, 305);
    assertEquals(20, AGGREGATE.match(market(Side.BUY, 100, TimeInForce.GTC), odd, 10).quantity());
    assertEquals(20.5, AGGREGATE.match(market(Side.BUY, 100.5, TimeInForce.GTC), odd, 10).quantity(),
        1e-12);
  }

  @Test
  void quoteSidesAreSharedSeparately() {
    // Bid size 400, ask size 500: buys share 50, sells share 40.
    Quote quote = Quote.of(T1, 99.98, 100.02, 400, 500);
    assertEquals(50, AGGREGATE.match(market(Side.BUY, 100, TimeInForce.GTC), quote, 0).quantity());
    assertNull(AGGREGATE.match(market(Side.BUY, 100, TimeInForce.GTC), quote, 50));
    assertEquals(15, AGGREGATE.match(market(Side.BUY, 100, TimeInForce.GTC), quote, 35).quantity());
    assertEquals(40, AGGREGATE.match(market(Side.SELL, 100, TimeInForce.GTC), quote, 0).quantity());
    assertEquals(50, PER_ORDER.match(market(Side.BUY, 100, TimeInForce.GTC), quote, 50).quantity());
  }

  @Test
  void aFokOrderNeedsItsWholeQuantityInWhatIsLeft() {
    SimulatedOrder fok = market(Side.BUY, 20, TimeInForce.FOK);
    assertNull(AGGREGATE.match(fok, bar(T1, 100, 101, 99, 100, 300), 25), "5 left, 20 wanted");
    assertTrue(fok.isDone());
    assertEquals(20, AGGREGATE.match(market(Side.BUY, 20, TimeInForce.FOK),
        bar(T1, 100, 101, 99, 100, 300), 10).quantity());
  }

  @Test
  void aCapOfOneIsNoCapUnderEitherScope() {
    ExecutionSimulator sim = sim(1, ParticipationCapScope.AGGREGATE);
    assertEquals(500, sim.match(market(Side.BUY, 500, TimeInForce.GTC), bar(T1, 100, 101, 99, 100, 300),
        300).quantity());
  }

  @Test
  void whatWasTakenMustBeFiniteAndNotNegative() {
    SimulatedOrder order = market(Side.BUY, 100, TimeInForce.GTC);
    Bar bar = bar(T1, 100, 101, 99, 100, 300);
    Quote quote = Quote.of(T1, 99.98, 100.02, 400, 500);
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      String message = assertThrows(IllegalArgumentException.class, () -> AGGREGATE.match(order, bar, bad))
          .getMessage();
      assertTrue(message.contains("volumeTaken"), message);
      message = assertThrows(IllegalArgumentException.class, () -> AGGREGATE.match(order, quote, bad))
          .getMessage();
      assertTrue(message.contains("sizeTaken"), message);
    }
    assertEquals(100, order.remainingQuantity());
    assertThrows(IllegalArgumentException.class,
        () -> ExecutionSimulator.builder().participationCapScope(null));
    assertTrue(AGGREGATE.toString().contains("participationCapScope=AGGREGATE"), AGGREGATE.toString());
  }
}
