package io.quantor.broker.sim;

import static io.quantor.broker.sim.Fixtures.bar;
import static io.quantor.broker.sim.Fixtures.limit;
import static io.quantor.broker.sim.Fixtures.market;
import static io.quantor.broker.sim.Fixtures.stop;
import static io.quantor.broker.sim.Fixtures.stopLimit;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quantor.core.series.Bar;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Matching a bar that does not fill a working order allocates nothing: the backtest engine calls it for
 * every working order on every bar. Measured with the JVM's per-thread allocation counter (HotSpot's
 * {@code com.sun.management.ThreadMXBean}), not with time. Any per-call allocation would show as at least
 * 16 bytes per call, 1.6 MB over the 100,000 calls; the bound of 8 KB leaves room for the counter's own
 * bookkeeping. The same holds for the aggregate participation cap's {@code match(order, bar, taken)}
 * when earlier orders took the whole cap.
 */
class ExecutionSimulatorAllocationTest {

  private static final int CALLS = 100_000;

  private static com.sun.management.ThreadMXBean threads() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no per-thread allocation counter");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    return threads;
  }

  @Test
  void aBarThatDoesNotFillAllocatesNothing() {
    com.sun.management.ThreadMXBean threads = threads();
    ExecutionSimulator sim = ExecutionSimulator.builder()
        .slippage(SlippageModel.squareRootImpact(1, 0.02))
        .commission(CommissionModel.perShare(0.005, 1, 0.01))
        .participationCap(0.1)
        .build();
    Bar bar = bar(100, 101, 99, 100.5);
    SimulatedOrder buyLimit = limit(Side.BUY, 100, 98);
    SimulatedOrder sellStop = stop(Side.SELL, 100, 95);
    // Triggered in the first call, then a resting limit that the bar does not reach.
    SimulatedOrder stopLimit = stopLimit(Side.BUY, 100, 100, 98);
    SimulatedOrder[] orders = {buyLimit, sellStop, stopLimit};

    run(sim, orders, bar);
    long before = threads.getCurrentThreadAllocatedBytes();
    run(sim, orders, bar);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertTrue(stopLimit.isTriggered());
    assertTrue(allocated < 8 * 1024, "allocated " + allocated + " bytes in " + 3 * CALLS + " calls");
  }

  @Test
  void anAggregateCapThatLeavesNothingAllocatesNothing() {
    com.sun.management.ThreadMXBean threads = threads();
    ExecutionSimulator sim = ExecutionSimulator.builder()
        .commission(CommissionModel.perShare(0.005, 1, 0.01))
        .participationCap(0.1)
        .participationCapScope(ParticipationCapScope.AGGREGATE)
        .build();
    Bar bar = bar(100, 101, 99, 100.5);
    // The bar reaches both orders, but earlier orders took the whole 10 % (100,000 of 1,000,000).
    SimulatedOrder buyMarket = market(Side.BUY, 100, TimeInForce.GTC);
    SimulatedOrder sellLimit = limit(Side.SELL, 100, 100);
    SimulatedOrder[] orders = {buyMarket, sellLimit};

    runTaken(sim, orders, bar);
    long before = threads.getCurrentThreadAllocatedBytes();
    runTaken(sim, orders, bar);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertTrue(allocated < 8 * 1024, "allocated " + allocated + " bytes in " + 2 * CALLS + " calls");
  }

  private static void runTaken(ExecutionSimulator sim, SimulatedOrder[] orders, Bar bar) {
    for (int i = 0; i < CALLS; i++) {
      for (SimulatedOrder order : orders) {
        assertNull(sim.match(order, bar, 100_000));
      }
    }
  }

  private static void run(ExecutionSimulator sim, SimulatedOrder[] orders, Bar bar) {
    for (int i = 0; i < CALLS; i++) {
      for (SimulatedOrder order : orders) {
        assertNull(sim.match(order, bar));
      }
    }
  }
}
