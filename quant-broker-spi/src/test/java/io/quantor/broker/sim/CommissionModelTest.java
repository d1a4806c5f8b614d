package io.quantor.broker.sim;

import static io.quantor.broker.sim.Fixtures.ORCL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.Side;
import org.junit.jupiter.api.Test;

/**
 * The commission models, hand-computed. The per-share schedule is Interactive Brokers' US "fixed"
 * pricing (USD 0.005 a share, minimum 1.00 an order, maximum 1 % of the trade value). Tolerance 1e-12.
 */
class CommissionModelTest {

  private static final double EPS = 1e-12;
  private static final CommissionModel IB = CommissionModel.perShare(0.005, 1.00, 0.01);

  @Test
  void perShareMinimumRateAndMaximum() {
    // 100 * 0.005 = 0.50, below the minimum: 1.00.
    assertEquals(1.00, IB.commission(ORCL, 100, 25.0, true), EPS);
    // 1,000 * 0.005 = 5.00.
    assertEquals(5.00, IB.commission(ORCL, 1_000, 25.0, true), EPS);
    // 1,000 shares at 0.25: 5.00 by the rate, but at most 1 % of 250 = 2.50.
    assertEquals(2.50, IB.commission(ORCL, 1_000, 0.25, true), EPS);
    // The maximum wins over the minimum: 100 at 0.50, 1 % of 50 = 0.50 < 1.00.
    assertEquals(0.50, IB.commission(ORCL, 100, 0.50, true), EPS);
  }

  @Test
  void perShareMinimumOnTheFirstFillOnly() {
    assertEquals(1.00, IB.commission(ORCL, 100, 25.0, true), EPS);
    assertEquals(0.50, IB.commission(ORCL, 100, 25.0, false), EPS);
  }

  @Test
  void perShareWithoutCap() {
    CommissionModel m = CommissionModel.perShare(0.01, 0, Double.POSITIVE_INFINITY);
    assertEquals(10, m.commission(ORCL, 1_000, 0.01, true), EPS);
  }

  @Test
  void perShareCapUsesTheMultiplier() {
    // A 100-multiplier option: 2 contracts at 0.05 are worth 10.00; 1 % = 0.10.
    Instrument call = Instrument.option("ORCL C", "ORCL");
    assertEquals(0.10, CommissionModel.perShare(0.65, 1.00, 0.01).commission(call, 2, 0.05, true), EPS);
  }

  @Test
  void perContract() {
    Instrument call = Instrument.option("ORCL C", "ORCL");
    assertEquals(6.50, CommissionModel.perContract(0.65).commission(call, 10, 2.50, true), EPS);
    assertEquals(4.50, CommissionModel.perContract(2.25).commission(
        Instrument.future("ESZ4", "SPX", 50), 2, 5000, false), EPS);
  }

  @Test
  void bpsOfNotional() {
    // 2 E-mini contracts at 5,000 with multiplier 50: 500,000 notional, 10 bp = 500.
    assertEquals(500, CommissionModel.bps(10).commission(Instrument.future("ESZ4", "SPX", 50), 2, 5000, true),
        EPS * 500);
    // 100 shares at 125.32: 12,532 notional, 2.5 bp = 3.133.
    assertEquals(3.133, CommissionModel.bps(2.5).commission(ORCL, 100, 125.32, false), EPS * 10);
  }

  @Test
  void noneIsZero() {
    assertEquals(0, CommissionModel.none().commission(ORCL, 100, 125.0, true));
  }

  @Test
  void feesReachTheFill() {
    ExecutionSimulator sim = ExecutionSimulator.builder().commission(IB).build();
    assertEquals(1.00, sim.match(Fixtures.market(Side.BUY, 100),
        Fixtures.bar(25, 26, 24, 25)).fees(), EPS);
  }

  @Test
  void rejectsInvalidParameters() {
    assertThrows(IllegalArgumentException.class, () -> CommissionModel.perShare(-0.005, 1, 0.01));
    assertThrows(IllegalArgumentException.class, () -> CommissionModel.perShare(0.005, Double.NaN, 0.01));
    assertThrows(IllegalArgumentException.class, () -> CommissionModel.perShare(0.005, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> CommissionModel.perShare(0.005, 1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> CommissionModel.perContract(Double.POSITIVE_INFINITY));
    assertEquals("bps must be finite and >= 0, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> CommissionModel.bps(-1)).getMessage());
  }
}
