package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.backtest.metrics.MetricsReport;
import io.quantor.backtest.metrics.ReturnMetrics;
import io.quantor.broker.sim.CommissionModel;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import org.junit.jupiter.api.Test;

/**
 * A short position that loses all the equity and more: the returns stop at {@code -1} on the bar the
 * equity reaches zero or below, are {@code 0} after it, and stay acceptable to the metrics that compound
 * them (drawdown, cumulative return); the equity curve itself is reported as is. Worked by hand, no
 * costs: 1000 cash, 100 shares sold short at bar 1's open 10 (cash 2000), so
 * {@code equity(i) = 2000 - 100 * close(i)}.
 */
class RuinReturnsTest {

  private static final ExecutionSimulator FREE = ExecutionSimulator.builder()
      .slippage(SlippageModel.none()).commission(CommissionModel.none()).build();

  /** Sells 100 short on bar 0 and holds. */
  private static final Strategy SHORT = ctx -> {
    if (ctx.barIndex() == 0) {
      ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("X"), Side.SELL, 100, ctx.time()));
    }
  };

  private static BacktestResult run(double[] closes) {
    double[] opens = closes.clone();
    opens[1] = 10;
    return TradingEngine.builder().bars(TestBars.of("X", opens, closes)).initialCash(1000).simulator(FREE)
        .strategy(SHORT).build().run();
  }

  /** Equity 1000, 1000, 500, 0, -500, 1500: returns 0, 0, -0.5, -1, then 0 although the equity moves. */
  @Test
  void equityExactlyZeroGivesMinusOneThenZeros() {
    BacktestResult r = run(new double[] {10, 10, 15, 20, 25, 5});
    assertArrayEquals(new double[] {1000, 1000, 500, 0, -500, 1500}, r.equity(), 1e-9);
    double[] expected = {0, 0, -0.5, -1, 0, 0};
    assertArrayEquals(expected, r.returns(), 1e-12);
    for (int i = 0; i < r.size(); i++) {
      assertEquals(expected[i], r.returns(i), 1e-12, "return at bar " + i);
    }
    assertEquals(0.5, r.totalReturn(), 1e-12);
  }

  /** Equity 1000, 1000, 500, -200, 200: the bar that crosses below zero returns -1, not -1.4. */
  @Test
  void equityBelowZeroIsBoundedAtMinusOne() {
    BacktestResult r = run(new double[] {10, 10, 15, 22, 18});
    assertArrayEquals(new double[] {1000, 1000, 500, -200, 200}, r.equity(), 1e-9);
    assertArrayEquals(new double[] {0, 0, -0.5, -1, 0}, r.returns(), 1e-12);
    assertEquals(-1.0, ReturnMetrics.maxDrawdown(r.returns()), 1e-12);
    assertEquals(-1.0, ReturnMetrics.cumulativeReturn(r.returns()), 1e-12);
    assertDoesNotThrow(() -> ReturnMetrics.sharpeRatio(r.returns()));
    // The full report also measures log growth (stability), which a total loss does not have.
    assertThrows(IllegalArgumentException.class, () -> MetricsReport.of(r.returns()));
  }
}
