package io.quantor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.core.sizing.PositionSizer;
import io.quantor.core.sizing.SizingRequest;
import io.quantor.core.sizing.SizingResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The no-trade band keeps small rebalances out and lets entries, exits and reversals through. */
class RebalanceBandSizerTest {

  /** A sizer whose target is fixed. */
  private static PositionSizer target(double q) {
    return request -> SizingResult.constrain(request, q, List.of("target " + q));
  }

  private static SizingRequest holding(double position) {
    return SizingRequest.builder("X").price(10).signal(1).equity(100_000).availableCapital(50_000)
        .currentPosition(position).build();
  }

  @Test
  void keepsThePositionInsideTheBand() {
    SizingResult r = new RebalanceBandSizer(target(120), 0.25).size(holding(100));
    assertEquals(100, r.quantity());
    assertEquals(0, r.orderQuantity());
    // |125 - 100| = 25 = 0.25 * 100: on the edge, kept.
    assertEquals(0, new RebalanceBandSizer(target(125), 0.25).size(holding(100)).orderQuantity());
    assertEquals(0, new RebalanceBandSizer(target(-80), 0.25).size(holding(-100)).orderQuantity());
  }

  @Test
  void tradesOutsideTheBand() {
    assertEquals(26, new RebalanceBandSizer(target(126), 0.25).size(holding(100)).orderQuantity());
    assertEquals(-26, new RebalanceBandSizer(target(74), 0.25).size(holding(100)).orderQuantity());
  }

  @Test
  void entriesExitsAndReversalsAlwaysGoThrough() {
    assertEquals(5, new RebalanceBandSizer(target(5), 0.9).size(holding(0)).orderQuantity());
    assertEquals(-100, new RebalanceBandSizer(target(0), 0.9).size(holding(100)).orderQuantity());
    assertEquals(-110, new RebalanceBandSizer(target(-10), 0.9).size(holding(100)).orderQuantity());
  }

  @Test
  void rejectsABadBand() {
    assertThrows(IllegalArgumentException.class, () -> new RebalanceBandSizer(target(1), 1.0));
    assertThrows(IllegalArgumentException.class, () -> new RebalanceBandSizer(target(1), -0.1));
    assertThrows(IllegalArgumentException.class, () -> new RebalanceBandSizer(target(1), Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new RebalanceBandSizer(null, 0.1));
  }
}
