package io.quantor.broker.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fractional schedules whose sums round: the algorithm must not send a child for a rounding residue. */
class ExecutionAlgoResidueTest {

  private static final Instant START = Instant.parse("2006-02-01T10:00:00Z");

  /**
   * 0.9 in 9 TWAP slices of 0.1, with 0.1 of volume per minute: the executed sum and the slice targets
   * round differently, and at minute 42 the target exceeded the executed quantity by 1.1e-16 only. A
   * child of 1.1e-16 units is no order (a broker refuses it or charges it a commission minimum).
   */
  @Test
  void noChildIsSentForARoundingResidue() {
    ParentOrder p = ParentOrder.of(OrderRequest.market("par", Instrument.stock("X"), Side.BUY, 0.9, START),
        START, START.plusSeconds(3600), 1);
    ExecutionAlgo algo = ExecutionAlgo.of(p, Twap.schedule(p, 9, false));
    double smallest = Double.POSITIVE_INFINITY;
    for (int m = 1; m <= 60; m++) {
      Optional<OrderRequest> child = algo.onBar(START.plusSeconds(60L * m), 0.1);
      if (child.isPresent()) {
        OrderRequest c = child.get();
        smallest = Math.min(smallest, c.quantity());
        algo.onFill(Fill.of(c, c.quantity(), 100, 0, c.createdAt()));
      }
    }
    assertTrue(smallest > 1e-9, "smallest child was " + smallest);
    assertTrue(algo.isComplete());
    assertEquals(0.9, algo.executedQuantity(), 1e-12);
  }
}
