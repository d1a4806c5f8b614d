package io.quantor.broker.sim;

import static io.quantor.broker.sim.Fixtures.T1;
import static io.quantor.broker.sim.Fixtures.bar;
import static io.quantor.broker.sim.Fixtures.limit;
import static io.quantor.broker.sim.Fixtures.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.Bar;
import io.quantor.core.trade.Side;
import org.junit.jupiter.api.Test;

/**
 * The slippage models' fractions, hand-computed. The square-root law is
 * {@code f = Y * sigma * sqrt(Q / V)} (Toth et al., Phys. Rev. X 1, 021006, 2011; Almgren et al., Risk
 * 18(7), 2005); the expected values below are evaluated by hand from it. Tolerance 1e-15 absolute on
 * fractions (a few ulps of values below 0.02), 1e-12 relative on prices.
 */
class SlippageModelTest {

  private static final double EPS = 1e-15;
  private static final Quote QUOTE = Quote.of(T1, 49.99, 50.01, 100, 100);

  private static Bar volume(double v) {
    return bar(T1, 50, 51, 49, 50, v);
  }

  @Test
  void noneIsZero() {
    assertEquals(0, SlippageModel.none().fraction(Side.BUY, 50, 100, volume(1e6)));
    assertEquals(0, SlippageModel.none().fraction(Side.SELL, 50, 100, QUOTE));
  }

  @Test
  void fixedBpsOnBarsAndQuotes() {
    SlippageModel m = SlippageModel.fixedBps(25);
    assertEquals(0.0025, m.fraction(Side.BUY, 50, 100, volume(1e6)), EPS);
    assertEquals(0.0025, m.fraction(Side.SELL, 50, 100, QUOTE), EPS);
  }

  @Test
  void halfSpreadOnBarsOnly() {
    SlippageModel m = SlippageModel.halfSpread(10);
    // Half of 10 bp = 5 bp = 0.0005.
    assertEquals(0.0005, m.fraction(Side.BUY, 50, 100, volume(1e6)), EPS);
    assertEquals(0, m.fraction(Side.BUY, 50, 100, QUOTE));
  }

  @Test
  void squareRootImpactHandComputed() {
    SlippageModel m = SlippageModel.squareRootImpact(1.0, 0.02);
    // 1% of the volume: 0.02 * sqrt(0.01) = 0.002.
    assertEquals(0.002, m.fraction(Side.BUY, 50, 10_000, volume(1_000_000)), EPS);
    // 25% of the volume: 0.02 * 0.5 = 0.01.
    assertEquals(0.01, m.fraction(Side.SELL, 50, 250_000, volume(1_000_000)), EPS);
    // Y = 0.5, sigma = 3%, 40% of the volume: 0.5 * 0.03 * sqrt(0.4) = 0.0094868329805051...
    assertEquals(0.009486832980505138,
        SlippageModel.squareRootImpact(0.5, 0.03).fraction(Side.BUY, 50, 40_000, volume(100_000)), EPS);
    // Unknown (zero) volume: charged as the whole volume, Y * sigma.
    assertEquals(0.02, m.fraction(Side.BUY, 50, 10, volume(0)), EPS);
    assertEquals(0, m.fraction(Side.BUY, 50, 10, QUOTE));
  }

  @Test
  void squareRootImpactThroughTheSimulator() {
    ExecutionSimulator sim = ExecutionSimulator.builder()
        .slippage(SlippageModel.squareRootImpact(1.0, 0.02)).build();
    // 10,000 of 1,000,000 at an open of 50: 50 * (1 + 0.002) = 50.1 for a buy, 49.9 for a sell.
    assertEquals(50.1, sim.match(market(Side.BUY, 10_000), volume(1_000_000)).price(), 50 * 1e-12);
    assertEquals(49.9, sim.match(market(Side.SELL, 10_000), volume(1_000_000)).price(), 50 * 1e-12);
    // The impact of the capped fill, not of the whole order: 10% of 1,000,000 = 100,000 units,
    // 0.02 * sqrt(0.1) = 0.0063245553203368, price 50.31622776601684.
    ExecutionSimulator capped = ExecutionSimulator.builder().participationCap(0.1)
        .slippage(SlippageModel.squareRootImpact(1.0, 0.02)).build();
    assertEquals(50.31622776601684, capped.match(market(Side.BUY, 400_000), volume(1_000_000)).price(),
        50 * 1e-12);
    // A limit at 50.05 clamps the 50.1 buy.
    assertEquals(50.05, sim.match(limit(Side.BUY, 10_000, 50.05), volume(1_000_000)).price());
  }

  @Test
  void rejectsInvalidParameters() {
    assertThrows(IllegalArgumentException.class, () -> SlippageModel.fixedBps(-1));
    assertThrows(IllegalArgumentException.class, () -> SlippageModel.fixedBps(10_000));
    assertThrows(IllegalArgumentException.class, () -> SlippageModel.fixedBps(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> SlippageModel.halfSpread(-0.5));
    assertThrows(IllegalArgumentException.class, () -> SlippageModel.halfSpread(20_000));
    assertThrows(IllegalArgumentException.class, () -> SlippageModel.squareRootImpact(0, 0.02));
    assertThrows(IllegalArgumentException.class, () -> SlippageModel.squareRootImpact(1, Double.NaN));
    assertEquals("bps must be in [0, 10000), was -1.0",
        assertThrows(IllegalArgumentException.class, () -> SlippageModel.fixedBps(-1)).getMessage());
  }

  /** A model that breaks its contract with the given fraction. */
  private static SlippageModel returning(double f) {
    return new SlippageModel() {
      @Override
      public double fraction(Side side, double price, double quantity, Bar bar) {
        return f;
      }

      @Override
      public double fraction(Side side, double price, double quantity, Quote quote) {
        return f;
      }
    };
  }

  @Test
  void theSimulatorRejectsAModelThatBreaksItsContract() {
    for (double f : new double[] {-0.001, Double.NaN, Double.POSITIVE_INFINITY}) {
      ExecutionSimulator sim = ExecutionSimulator.builder().slippage(returning(f)).build();
      assertThrows(IllegalStateException.class, () -> sim.match(market(Side.BUY, 1), volume(100)));
    }
    // A sell cannot lose 100% of its price.
    ExecutionSimulator all = ExecutionSimulator.builder().slippage(returning(1)).build();
    SimulatedOrder sell = market(Side.SELL, 1);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> all.match(sell, QUOTE));
    assertTrue(e.getMessage().contains("returned 1.0 for a SELL"), e.getMessage());
    assertEquals(0, sell.filledQuantity());
    // A buy may pay double.
    assertEquals(100.02, all.match(market(Side.BUY, 1), QUOTE).price(), 1e-12);
  }
}
