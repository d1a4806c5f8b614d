package io.quantor.broker.sim;

import static io.quantor.broker.sim.Fixtures.T1;
import static io.quantor.broker.sim.Fixtures.bar;
import static io.quantor.broker.sim.Fixtures.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quantor.core.series.Bar;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import org.junit.jupiter.api.Test;

/**
 * The aggregate participation cap when the cap times the volume is not exact in binary: what is left of
 * it after the earlier orders may be a rounding residue, which is no volume at all.
 */
class ExecutionSimulatorCapRoundingTest {

  /**
   * 10 % of a volume of 3 is 0.30000000000000004 in doubles; after a first order took 0.3, the second
   * must get nothing, not a fill of 5.6e-17 units that pays the whole per-order commission minimum.
   */
  @Test
  void aRoundingResidueOfTheSharedCapIsNotFilled() {
    ExecutionSimulator sim = ExecutionSimulator.builder().participationCap(0.1)
        .participationCapScope(ParticipationCapScope.AGGREGATE)
        .commission(CommissionModel.perShare(0.005, 1.0, Double.POSITIVE_INFINITY)).build();
    SimulatedOrder first = market(Side.BUY, 0.3, TimeInForce.GTC);
    SimulatedOrder second = market(Side.BUY, 0.5, TimeInForce.GTC);
    Bar bar = bar(T1, 100, 101, 99, 100, 3);
    Fill taken = sim.match(first, bar, 0);
    assertEquals(0.3, taken.quantity());
    Fill residue = sim.match(second, bar, taken.quantity());
    assertNull(residue, () -> "a fill of " + residue.quantity() + " for fees " + residue.fees());
    assertEquals(0.5, second.remainingQuantity());
  }
}
