package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quantor.broker.sim.CommissionModel;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.indicator.Sma;
import io.quantor.core.series.BarSeries;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A BACKTEST bar without orders allocates nothing: a run of {@code n} bars over one series allocates its
 * equity curve ({@code 8 n} bytes; the times are the series' own and cash is kept only where it changes)
 * and a fixed amount besides, whatever {@code n}. Measured with the JVM's per-thread allocation counter
 * (skipped on JVMs without it); the allowance of 64 KB covers the run's fixed objects, and is well below
 * what one 16-byte object per bar would add (3.2 MB at 200,000 bars).
 */
class AllocationTest {

  /** Two moving averages and the context calls a crossover makes, but no order. */
  private static final class Watcher implements Strategy {
    private Sma fast;
    private Sma slow;
    double sum;

    @Override
    public void onStart(StrategyContext ctx) {
      fast = new Sma(10);
      slow = new Sma(50);
    }

    @Override
    public void onBar(StrategyContext ctx) {
      double c = ctx.close("X");
      double f = fast.update(c);
      double s = slow.update(c);
      if (slow.isReady() && ctx.openOrders().isEmpty()) {
        sum += ctx.portfolio().quantity("X") + ctx.portfolio().equity() + (f > s ? 1 : 0)
            + ctx.close("X", 5);
      }
    }
  }

  @Test
  void barsWithoutOrdersAllocateNothing() {
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());
    int n = 200_000;
    BarSeries x = TestBars.daily("X", n, 3);
    TradingEngine engine = TradingEngine.builder().bars(x).initialCash(1e6)
        .simulator(ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(1))
            .commission(CommissionModel.bps(1)).build())
        .strategy(new Watcher()).build();
    engine.run();
    long before = mx.getCurrentThreadAllocatedBytes();
    BacktestResult r = engine.run();
    long allocated = mx.getCurrentThreadAllocatedBytes() - before;
    assertEquals(n, r.size());
    assertTrue(allocated < 8L * n + 65_536, "allocated " + allocated + " bytes for " + n + " bars");
  }
}
