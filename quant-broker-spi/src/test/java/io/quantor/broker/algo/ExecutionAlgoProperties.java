package io.quantor.broker.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ExecutionAlgoProperties {

  private static final Instant START = Instant.parse("2006-02-01T10:00:00Z");

  /**
   * Whatever the bar volumes and however much of each child fills: children are whole, numbered without
   * gaps, never above the participation cap of their bar, never ahead of the schedule's target, and the
   * total executed never exceeds the parent; with every child filled in full and ample volume, executed
   * equals the schedule's cumulative target at every interval end.
   */
  @Property(tries = 150)
  void childrenRespectCapScheduleAndParent(@ForAll("volumes") List<Integer> volumes,
      @ForAll("fillFractions") List<Double> fillFractions,
      @ForAll @IntRange(min = 1, max = 5000) int quantity,
      @ForAll @DoubleRange(min = 0.01, max = 1) double cap, @ForAll @IntRange(min = 1, max = 30) int slices,
      @ForAll boolean vwap) {
    int bars = volumes.size();
    ParentOrder p = ParentOrder.of(OrderRequest.market("par", Instrument.stock("X"), Side.BUY, quantity,
        START), START, START.plusSeconds(60L * bars), cap);
    double[] weights = new double[slices];
    for (int i = 0; i < slices; i++) {
      weights[i] = vwap ? 1 + (i * 7919 % 13) : 1;   // a deterministic, uneven profile
    }
    SliceSchedule schedule = Vwap.schedule(p, weights, true);
    ExecutionAlgo algo = ExecutionAlgo.of(p, schedule);
    int children = 0;
    for (int m = 1; m <= bars; m++) {
      Instant t = START.plusSeconds(60L * m);
      int volume = volumes.get(m - 1);
      Optional<OrderRequest> child = algo.onBar(t, volume);
      if (child.isPresent()) {
        OrderRequest c = child.get();
        children++;
        assertEquals("par-" + children, c.clientOrderId());
        assertEquals(TimeInForce.IOC, c.timeInForce());
        assertEquals(Math.rint(c.quantity()), c.quantity());
        assertTrue(c.quantity() <= cap * volume * (1 + 1e-9), c.quantity() + " above the cap of " + volume);
        assertTrue(algo.executedQuantity() + c.quantity() <= algo.target(t), "a child ahead of schedule");
        double filled = Math.floor(c.quantity() * fillFractions.get((m - 1) % fillFractions.size()));
        if (filled > 0) {
          algo.onFill(Fill.of(c, filled, 100, 0, t));
        }
      }
      assertTrue(algo.executedQuantity() <= quantity);
    }
    assertEquals(children, algo.summary().children());
    assertEquals(quantity - algo.executedQuantity(), algo.summary().unfilledQuantity());
  }

  @Property(tries = 100)
  void fullFillsWithAmpleVolumeTrackTheScheduleExactly(@ForAll @IntRange(min = 1, max = 5000) int quantity,
      @ForAll @IntRange(min = 1, max = 12) int slices,
      @ForAll @IntRange(min = 1, max = 10) int barsPerSlice) {
    int bars = slices * barsPerSlice;
    ParentOrder p = ParentOrder.of(OrderRequest.market("par", Instrument.stock("X"), Side.SELL, quantity,
        START), START, START.plusSeconds(60L * bars), 0.5);
    SliceSchedule schedule = Twap.schedule(p, slices, true);
    ExecutionAlgo algo = ExecutionAlgo.of(p, schedule);
    for (int m = 1; m <= bars; m++) {
      Instant t = START.plusSeconds(60L * m);
      algo.onBar(t, 1e9).ifPresent(c -> algo.onFill(Fill.of(c, c.quantity(), 50, 0, t)));
      if (m % barsPerSlice == 0) {
        assertEquals(schedule.cumulative(m / barsPerSlice - 1), algo.executedQuantity(), "at bar " + m);
      }
    }
    assertTrue(algo.isComplete());
  }

  @Provide
  Arbitrary<List<Integer>> volumes() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 50),
        Arbitraries.integers().between(0, 100_000))
        .list().ofMinSize(1).ofMaxSize(120);
  }

  @Provide
  Arbitrary<List<Double>> fillFractions() {
    return Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.just(1.0),
        Arbitraries.doubles().between(0, 1))
        .list().ofMinSize(1).ofMaxSize(20);
  }
}
