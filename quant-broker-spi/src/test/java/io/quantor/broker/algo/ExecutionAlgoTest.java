package io.quantor.broker.algo;

import static io.quantor.broker.algo.SliceScheduleTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutionAlgoTest {

  private static final Instant START = Instant.parse("2006-02-01T10:00:00Z");
  private static final Instant END = START.plusSeconds(3600);
  private static final Instrument X = Instrument.stock("X");

  private static ParentOrder parent(double quantity, double cap) {
    return ParentOrder.of(OrderRequest.market("par", X, Side.BUY, quantity, START).withStrategyId("s1"),
        START, END, cap);
  }

  private static Instant minute(int m) {
    return START.plusSeconds(60L * m);
  }

  /** Fills every child in full at 100 and returns the executed quantity after each minute 1..60. */
  private static double[] runFullFills(ExecutionAlgo algo, double volume) {
    double[] executed = new double[61];
    for (int m = 1; m <= 60; m++) {
      algo.onBar(minute(m), volume)
          .ifPresent(c -> algo.onFill(Fill.of(c, c.quantity(), 100, 0, c.createdAt())));
      executed[m] = algo.executedQuantity();
    }
    return executed;
  }

  @Test
  void worksEachSliceDuringItsInterval() {
    ParentOrder p = parent(100, 1);
    ExecutionAlgo algo = ExecutionAlgo.of(p, Twap.schedule(p, 4, true));   // 25 per 15 minutes
    double[] executed = runFullFills(algo, 1_000_000);
    // With ample volume each slice executes in the first bar of its interval: C_k = 25 (k + 1).
    assertEquals(25.0, executed[1]);
    assertEquals(25.0, executed[15], "a bar stamped on an interval's end belongs to that interval");
    assertEquals(50.0, executed[16]);
    assertEquals(50.0, executed[30]);
    assertEquals(75.0, executed[31]);
    assertEquals(100.0, executed[46]);
    assertEquals(100.0, executed[60]);
    assertEquals(0.0, algo.target(START));
    assertEquals(25.0, algo.target(minute(15)));
    assertEquals(50.0, algo.target(minute(15).plusNanos(1)));
    assertEquals(100.0, algo.target(END.plusSeconds(1)));
    assertTrue(algo.isComplete());
    assertTrue(algo.isDone());
    assertEquals(new ExecutionSummary("par", 100, 100, 0, 100, 0, 4, true), algo.summary());
  }

  @Test
  void aCappedSliceSpreadsOverItsIntervalsBars() {
    ParentOrder p = parent(100, 0.1);
    ExecutionAlgo algo = ExecutionAlgo.of(p, Twap.schedule(p, 4, true));
    double[] executed = runFullFills(algo, 100);   // at most 10 per bar
    assertEquals(10.0, executed[1]);
    assertEquals(20.0, executed[2]);
    assertEquals(25.0, executed[3], "never ahead of the slice");
    assertEquals(25.0, executed[15]);
    assertEquals(35.0, executed[16]);
    assertEquals(100.0, executed[48]);
    assertEquals(12, algo.summary().children(), "3 children per slice: 10, 10, 5");
  }

  @Test
  void childrenAreNumberedIocOrdersLikeTheParent() {
    ParentOrder p = parent(60, 1).withLimitPrice(101.5);
    ExecutionAlgo algo = ExecutionAlgo.of(p, Twap.schedule(p, 60, true));
    List<OrderRequest> children = new ArrayList<>();
    for (int m = 1; m <= 3; m++) {
      OrderRequest c = algo.onBar(minute(m), 1000).orElseThrow();
      children.add(c);
      algo.onFill(Fill.of(c, c.quantity(), 101, 0.5, minute(m)));
    }
    assertEquals(List.of("par-1", "par-2", "par-3"), children.stream().map(OrderRequest::clientOrderId)
        .toList());
    OrderRequest c = children.get(1);
    assertEquals(new OrderRequest("par-2", X, Side.BUY, 1, OrderType.LIMIT, 101.5, Double.NaN,
        TimeInForce.IOC, "s1", minute(2)), c,
        "a limit child at the parent's limit, IOC, stamped with its bar");
    assertEquals(1.5, algo.summary().fees(), 1e-12);
  }

  @Test
  void participationCapLimitsEachChildAndShortfallCarriesForward() {
    ParentOrder p = parent(100, 0.1);
    ExecutionAlgo algo = ExecutionAlgo.of(p, Twap.schedule(p, 4, true));
    // Thin bars (volume 9: cap 0.9 -> nothing whole) for 15 minutes, then a thick one.
    for (int m = 1; m <= 15; m++) {
      assertEquals(Optional.empty(), algo.onBar(minute(m), 9));
    }
    assertEquals(0.0, algo.executedQuantity());
    OrderRequest capped = algo.onBar(minute(16), 40).orElseThrow();
    assertEquals(4.0, capped.quantity(), "capped at 10 % of 40");
    algo.onFill(Fill.of(capped, 4, 100, 0, minute(16)));
    OrderRequest catchUp = algo.onBar(minute(17), 100_000).orElseThrow();
    // Target in the second interval: C_1 = 50; executed 4, so the 46 carried forward go at once.
    assertEquals(46.0, catchUp.quantity());
  }

  @Test
  void unfilledChildrenCarryForwardAndTheWindowEndReportsTheRest() {
    ParentOrder p = parent(60, 1).withLimitPrice(100);
    ExecutionAlgo algo = ExecutionAlgo.of(p, Twap.schedule(p, 60, true));
    for (int m = 1; m <= 59; m++) {
      OrderRequest c = algo.onBar(minute(m), 1000).orElseThrow();
      assertEquals(m, c.quantity(), "nothing filled yet: the child grows with the shortfall");
      algo.onFill(null);   // the market stayed above the limit
      assertFalse(algo.isDone());
    }
    OrderRequest last = algo.onBar(END, 1000).orElseThrow();
    assertEquals(60.0, last.quantity(), "the bar stamped at the window's end still gets a child");
    algo.onFill(Fill.of(last, 20, 99.5, 0, END));
    assertTrue(algo.isDone());
    assertFalse(algo.isComplete());
    assertEquals(Optional.empty(), algo.onBar(END.plusSeconds(60), 1000));
    ExecutionSummary s = algo.summary();
    assertEquals(40.0, s.unfilledQuantity());
    assertEquals(20.0, s.executedQuantity());
    assertEquals(99.5, s.averagePrice());
    assertFalse(s.complete());
  }

  @Test
  void noChildOutsideTheWindowOrOnceComplete() {
    ParentOrder p = parent(10, 1);
    ExecutionAlgo algo = ExecutionAlgo.of(p, Twap.schedule(p, 1, true));
    assertEquals(Optional.empty(), algo.onBar(START.minusSeconds(60), 1000));
    assertEquals(Optional.empty(), algo.onBar(START, 1000), "a bar stamped at the start lies before it");
    assertEquals(0.0, algo.target(START));
    OrderRequest c = algo.onBar(END, 1000).orElseThrow();
    assertEquals(10.0, c.quantity());
    algo.onFill(Fill.of(c, 10, 100, 0, END));
    assertTrue(algo.isComplete());
    assertEquals(Optional.empty(), algo.onBar(END, 1000));
    assertTrue(Double.isNaN(ExecutionAlgo.of(p, Twap.schedule(p, 1, true)).summary().averagePrice()));
  }

  @Test
  void fractionalSchedulesSendFractionalChildren() {
    ParentOrder p = ParentOrder.of(OrderRequest.market("par", X, Side.SELL, 1.5, START), START, END, 1);
    ExecutionAlgo algo = ExecutionAlgo.of(p, Twap.schedule(p, 2, false));
    OrderRequest c = algo.onBar(minute(6), 1000).orElseThrow();
    assertEquals(0.75, c.quantity(), "the first slice, fractional");
    assertEquals(Side.SELL, c.side());
  }

  @Test
  void rejectsForeignAndExcessFills() {
    ParentOrder p = parent(100, 1);
    ExecutionAlgo algo = ExecutionAlgo.of(p, Twap.schedule(p, 4, true));
    OrderRequest c = algo.onBar(minute(15), 1000).orElseThrow();
    assertMessage("fill of other is not for the working child par-1",
        () -> algo.onFill(Fill.of(c.withClientOrderId("other"), 1, 100, 0, START)));
    assertMessage("fill of 26.0 would over-fill child par-1 of 25.0 (0.0 already filled)",
        () -> algo.onFill(Fill.of(c, 26, 100, 0, START)));
    algo.onBar(minute(16), 1000);
    assertMessage("fill of par-1 is not for the working child par-2",
        () -> algo.onFill(Fill.of(c, 1, 100, 0, START)));
    assertMessage("schedule total 99.0 must equal the parent quantity 100.0",
        () -> ExecutionAlgo.of(p, SliceSchedule.allocate(99, new double[] {1}, true)));
    assertMessage("barVolume must be finite and >= 0, was -1.0", () -> algo.onBar(minute(17), -1));
  }
}
