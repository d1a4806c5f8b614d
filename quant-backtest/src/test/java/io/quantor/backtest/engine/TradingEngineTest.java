package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantor.backtest.metrics.Trade;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.sim.CommissionModel;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.series.BarSeries;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradingEngineTest {

  private static final ExecutionSimulator COSTS = ExecutionSimulator.builder()
      .slippage(SlippageModel.fixedBps(10))
      .commission(CommissionModel.perShare(0.01, 1.0, Double.POSITIVE_INFINITY))
      .build();

  /** Buys 100 on bar 0 and sells them on bar 2. */
  private static final Strategy ROUND_TRIP = ctx -> {
    if (ctx.barIndex() == 0) {
      ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("X"), Side.BUY, 100, ctx.time()));
    } else if (ctx.barIndex() == 2) {
      ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("X"), Side.SELL, 100, ctx.time()));
    }
  };

  private static BarSeries fiveBars() {
    return TestBars.of("X", new double[] {10, 11, 12, 13, 14}, new double[] {10.5, 11.5, 12.5, 13.5, 14.5});
  }

  /**
   * Worked by hand: the buy placed on bar 0 fills at bar 1's open 11 plus 10 bps, 11.011, with a 1.00
   * minimum commission (cash 100000 - 1101.1 - 1 = 98897.9); the sell placed on bar 2 fills at bar 3's open
   * 13 less 10 bps, 12.987 (cash 98897.9 + 1298.7 - 1 = 100195.6).
   */
  @Test
  void fillsAtTheNextOpenWithCostsAndMarksAtTheClose() {
    BarSeries x = fiveBars();
    BacktestResult r = TradingEngine.builder().bars(x).initialCash(100_000).simulator(COSTS)
        .strategy(ROUND_TRIP).build().run();
    assertEquals(5, r.size());
    double[] expected = {100_000, 98_897.9 + 1150, 98_897.9 + 1250, 100_195.6, 100_195.6};
    for (int i = 0; i < 5; i++) {
      assertEquals(expected[i], r.equity(i), 1e-9, "equity at bar " + i);
      assertEquals(x.epochMillis(i), r.time(i));
    }
    assertEquals(2, r.fills().size());
    Fill buy = r.fills().get(0);
    assertEquals(11.011, buy.price(), 1e-12);
    assertEquals(1.0, buy.fees(), 0);
    assertEquals(x.time(1), buy.time());
    assertEquals(1, r.fillBar(0));
    Fill sell = r.fills().get(1);
    assertEquals(12.987, sell.price(), 1e-12);
    assertEquals(x.time(3), sell.time());
    assertEquals(3, r.fillBar(1));
    assertEquals(100_195.6, r.finalPortfolio().cash(), 1e-9);
    assertEquals(2.0, r.finalPortfolio().fees(), 0);
    assertEquals(100_195.6 / 100_000 - 1, r.totalReturn(), 1e-12);
    assertEquals(100_047.9 / 100_000 - 1, r.returns(1), 1e-12);
    List<Trade> trades = r.trades();
    assertEquals(1, trades.size());
    Trade t = trades.get(0);
    assertEquals(Side.BUY, t.side());
    assertEquals(100, t.quantity());
    assertEquals(2, t.barsHeld());
    assertEquals(197.6, t.grossPnl(), 1e-9);
    assertEquals(195.6, t.netPnl(), 1e-9);
    assertEquals(2, r.orders().size());
    assertTrue(r.orders().stream().allMatch(o -> o.status() == OrderStatus.FILLED));
  }

  @Test
  void anOrderPlacedOnTheLastBarNeverFills() {
    Strategy lastBar = ctx -> {
      if (ctx.barIndex() == 4) {
        ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("X"), Side.BUY, 1, ctx.time()));
      }
    };
    BacktestResult r = TradingEngine.builder().bars(fiveBars()).initialCash(1000).simulator(COSTS)
        .strategy(lastBar).build().run();
    assertTrue(r.fills().isEmpty());
    assertEquals(OrderStatus.ACCEPTED, r.orders().get(0).status());
    assertEquals(1000, r.finalEquity(), 0);
  }

  @Test
  void limitOrdersWaitForTheirPriceAndCanBeCancelled() {
    // Bar lows are open - 0.5 or close - 0.5: 9.5, 10.5, 11.5, 12.5, 13.5.
    List<String> ids = new ArrayList<>();
    Strategy s = ctx -> {
      if (ctx.barIndex() == 0) {
        ids.add(ctx.submit(OrderRequest.limit(ctx.nextOrderId(), ctx.instrument("X"), Side.BUY, 5, 12.0,
            ctx.time()).withTimeInForce(TimeInForce.GTC)).clientOrderId());
        ids.add(ctx.submit(OrderRequest.limit(ctx.nextOrderId(), ctx.instrument("X"), Side.BUY, 5, 9.0,
            ctx.time()).withTimeInForce(TimeInForce.GTC)).clientOrderId());
      }
      if (ctx.barIndex() == 3) {
        assertEquals(1, ctx.openOrders().size());
        assertEquals(OrderStatus.CANCELED, ctx.cancel(ids.get(1)).status());
        assertTrue(ctx.openOrders().isEmpty());
      }
    };
    BacktestResult r = TradingEngine.builder().bars(fiveBars()).initialCash(1000)
        .simulator(ExecutionSimulator.defaults()).strategy(s).build().run();
    assertEquals(1, r.fills().size());
    // Bar 1 (open 11, low 10.5) reaches the limit 12 and fills at min(open, limit) = 11.
    assertEquals(11.0, r.fills().get(0).price(), 0);
    assertEquals(1, r.fillBar(0));
    assertEquals(OrderStatus.FILLED, r.orders().get(0).status());
    assertEquals(OrderStatus.CANCELED, r.orders().get(1).status());
  }

  @Test
  void dayOrdersExpireAtTheEndOfTheirTradingDay() {
    Strategy s = ctx -> {
      if (ctx.barIndex() == 0) {
        ctx.submit(OrderRequest.limit(ctx.nextOrderId(), ctx.instrument("X"), Side.BUY, 5, 9.0, ctx.time()));
      }
    };
    BacktestResult r = TradingEngine.builder().bars(fiveBars()).initialCash(1000)
        .simulator(ExecutionSimulator.defaults()).strategy(s).build().run();
    assertTrue(r.fills().isEmpty());
    assertEquals(OrderStatus.EXPIRED, r.orders().get(0).status());
  }

  @Test
  void runsAreDeterministic() {
    BarSeries x = TestBars.daily("X", 600, 7);
    TradingEngine engine = TradingEngine.builder().bars(x).initialCash(100_000).simulator(COSTS)
        .strategy(new SmaCrossover("X", 10, 50, 100)).build();
    BacktestResult a = engine.run();
    BacktestResult b = engine.run();
    assertFalse(a.fills().isEmpty());
    assertArrayEquals(a.equity(), b.equity());
    assertArrayEquals(a.cash(), b.cash());
    assertEquals(a.fills(), b.fills());
    assertEquals(a.orders(), b.orders());
    assertEquals(a.trades(), b.trades());
    assertEquals(a.finalPortfolio(), b.finalPortfolio());
    assertEquals(a.toJson(), b.toJson());
  }

  @Test
  void writesJson() throws Exception {
    BacktestResult r = TradingEngine.builder().bars(fiveBars()).initialCash(100_000).simulator(COSTS)
        .strategy(ROUND_TRIP).build().run();
    JsonNode root = new ObjectMapper().readTree(r.toJson());
    assertEquals("BACKTEST", root.get("mode").asText());
    assertEquals(5, root.get("bars").size());
    assertEquals("2024-01-02T00:00:00Z", root.get("bars").get(1).get("time").asText());
    assertEquals(100_047.9, root.get("bars").get(1).get("equity").asDouble(), 1e-9);
    assertEquals(11.011, root.get("fills").get(0).get("price").asDouble(), 1e-12);
    assertEquals("FILLED", root.get("orders").get(1).get("status").asText());
    assertTrue(root.get("orders").get(0).get("limitPrice").isNull());
    assertEquals(195.6, root.get("trades").get(0).get("netPnl").asDouble(), 1e-9);
    assertEquals(100_195.6, root.get("finalPortfolio").get("cash").asDouble(), 1e-9);
  }

  @Test
  void resultArraysAreCopies() {
    BacktestResult r = TradingEngine.builder().bars(fiveBars()).initialCash(100_000).simulator(COSTS)
        .strategy(ROUND_TRIP).build().run();
    r.equity()[0] = -1;
    r.times()[0] = -1;
    assertEquals(100_000, r.equity(0), 0);
    assertThrows(UnsupportedOperationException.class, () -> r.fills().clear());
  }
}
