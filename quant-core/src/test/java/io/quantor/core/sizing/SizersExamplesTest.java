package io.quantor.core.sizing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.regime.TrendRegime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked examples of every sizer. Each expected value is worked out in the comment next to it from
 * the formula in the sizer's Javadoc; the limits are left loose (capital = equity, lot 1, no maximum)
 * unless the example is about them, so the rule alone sets the quantity.
 */
class SizersExamplesTest {

  private static final double TOL = 1e-9;

  /** Price, signal and equity; capital equal to equity, lot 1, no limits. */
  private static SizingRequest.Builder request(double price, double signal, double equity) {
    return SizingRequest.builder("XYZ").price(price).signal(signal).equity(equity).availableCapital(equity);
  }

  // --- Fixed fractional --------------------------------------------------------------------------

  @Test
  void fixedFractionalRiskPerTrade() {
    SizingRequest r = request(50, 1.0, 100_000).stopDistance(2.5).build();
    SizingResult s = FixedFractionalSizer.risk(0.01).size(r);
    // risk 0.01 * 100000 = 1000; / stop 2.5 = 400 units; notional 400 * 50 = 20000 <= 100000 capital
    assertEquals(400, s.quantity(), TOL);
    assertEquals(400, s.unconstrainedQuantity(), TOL);
    assertEquals(400, s.lots());
    assertEquals(0.2, s.fraction(), TOL);            // 20000 / 100000
    assertEquals(SizingConstraint.NONE, s.binding());
    assertTrue(s.explanation().get(0).contains("risk 0.01 x equity 100000 = 1000"), s.explain());
    assertTrue(s.explanation().get(1).contains("/ stop distance 2.5 = 400 units"), s.explain());

    // half-strength signal: 0.5 * 400 = 200
    assertEquals(200, FixedFractionalSizer.risk(0.01).size(r.toBuilder().signal(0.5).build()).quantity(),
        TOL);
  }

  @Test
  void fixedFractionalAllocationShort() {
    SizingRequest r = request(40, -1.0, 100_000).availableCapital(50_000).build();
    SizingResult s = FixedFractionalSizer.allocation(0.2).size(r);
    // 0.2 * 100000 = 20000 notional; / 40 = 500; short signal: -500; gross 20000 <= 50000 capital
    assertEquals(-500, s.quantity(), TOL);
    assertEquals(-500, s.lots());
    assertEquals(-0.2, s.fraction(), TOL);
    assertEquals(-500, s.orderQuantity(), TOL);
    assertEquals(SizingConstraint.NONE, s.binding());
  }

  // --- Equal weight ------------------------------------------------------------------------------

  @Test
  void equalWeight() {
    SizingResult s = new EqualWeightSizer(4).size(request(125, 0.75, 100_000).build());
    // 100000 / 4 = 25000; / 125 = 200 units; * 0.75 = 150
    assertEquals(150, s.quantity(), TOL);
    assertEquals(200, s.quantity() / 0.75, TOL);
    assertEquals(0.1875, s.fraction(), TOL);          // 150 * 125 / 100000
    assertTrue(s.explanation().get(0).contains("100000 / 4 = 25000"), s.explain());
  }

  // --- Inverse volatility ------------------------------------------------------------------------

  @Test
  void inverseVolatilityAgainstAReference() {
    SizingRequest r = request(25, 1.0, 100_000).realizedVolatility(0.4).build();
    SizingResult s = new InverseVolatilitySizer(0.1, 0.2).size(r);
    // fraction 0.1 * 0.2 / 0.4 = 0.05; 0.05 * 100000 = 5000; / 25 = 200 units
    assertEquals(200, s.quantity(), TOL);
    assertEquals(0.05, s.fraction(), TOL);
    // at the reference volatility the weight itself: 0.1 * 100000 / 25 = 400
    assertEquals(400, new InverseVolatilitySizer(0.1, 0.2)
        .size(r.toBuilder().realizedVolatility(0.2).build()).quantity(), TOL);
  }

  @Test
  void inverseVolatilityNormalizedWeights() {
    // 1/sigma = 10, 5, 2.5; sum 17.5; weights 10/17.5 = 4/7, 5/17.5 = 2/7, 2.5/17.5 = 1/7
    assertArrayEquals(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7},
        InverseVolatilitySizer.normalizedWeights(0.1, 0.2, 0.4), 1e-15);
    assertArrayEquals(new double[] {1.0}, InverseVolatilitySizer.normalizedWeights(0.3), 0.0);
  }

  // --- Volatility targeting ----------------------------------------------------------------------

  @Test
  void volatilityTarget() {
    SizingRequest r = request(160, 1.0, 200_000).realizedVolatility(0.25).lotSize(100).build();
    SizingResult s = new VolatilityTargetSizer(0.10).size(r);
    // fraction 0.10 / 0.25 = 0.4; 0.4 * 200000 = 80000; / 160 = 500 units = 5 lots of 100
    assertEquals(500, s.quantity(), TOL);
    assertEquals(5, s.lots());
    assertEquals(0.4, s.fraction(), TOL);
    // position volatility = fraction * sigma = 0.4 * 0.25 = 0.10, the target
    assertEquals(0.10, s.fraction() * 0.25, TOL);
    assertEquals(SizingConstraint.NONE, s.binding());
  }

  // --- Kelly -------------------------------------------------------------------------------------

  @Test
  void kellyFromWinRateHalfAndFull() {
    // f* = p - (1 - p) / b = 0.6 - 0.4 / 2 = 0.4
    assertEquals(0.4, KellySizer.winRateFraction(0.6, 2), TOL);
    SizingRequest r = request(100, 1.0, 100_000).build();
    SizingResult half = KellySizer.fromWinRate(0.6, 2).size(r);
    // half Kelly (default 0.5): 0.2 of equity = 20000; / 100 = 200 units
    assertEquals(200, half.quantity(), TOL);
    assertEquals(0.2, half.fraction(), TOL);
    // full Kelly: 0.4 * 100000 / 100 = 400
    assertEquals(400, KellySizer.fromWinRate(0.6, 2, 1.0).size(r).quantity(), TOL);
    // short signal: -200, Kelly follows the signal's direction
    assertEquals(-200, KellySizer.fromWinRate(0.6, 2).size(r.toBuilder().signal(-1).build()).quantity(),
        TOL);
  }

  @Test
  void kellyFromMomentsExactlyUsesAllCapital() {
    // f* = mu / sigma^2 = 0.08 / 0.04 = 2 (leverage 2); half Kelly: 1.0 of equity
    assertEquals(2.0, KellySizer.momentsFraction(0.08, 0.04), TOL);
    SizingRequest r = request(200, 1.0, 100_000).build();
    SizingResult s = KellySizer.fromMoments(0.08, 0.04).size(r);
    // 1.0 * 100000 / 200 = 500 units; notional 500 * 200 = 100000 = capital exactly: allowed
    assertEquals(500, s.quantity(), TOL);
    assertEquals(SizingConstraint.NONE, s.binding());
    // full Kelly asks for 1000 units (200000 notional); capital 100000 / 200 caps it at 500
    SizingResult full = KellySizer.fromMoments(0.08, 0.04, 1.0).size(r);
    assertEquals(1000, full.unconstrainedQuantity(), TOL);
    assertEquals(500, full.quantity(), TOL);
    assertEquals(SizingConstraint.CAPITAL, full.binding());
  }

  @Test
  void kellyWithNegativeEdgeTakesNoPositionEitherWay() {
    // f* = 0.3 - 0.7 / 1 = -0.4 < 0: no position, and no short against a long signal
    assertEquals(-0.4, KellySizer.winRateFraction(0.3, 1), TOL);
    KellySizer k = KellySizer.fromWinRate(0.3, 1);
    assertEquals(0.0, k.fraction());
    for (double signal : new double[] {1, -1, 0.5}) {
      SizingResult s = k.size(request(100, signal, 100_000).build());
      assertEquals(0.0, s.quantity());
      assertEquals(0, s.lots());
      assertTrue(s.explain().contains("no edge"), s.explain());
    }
    // mu < 0 from moments: the same
    assertEquals(0.0, KellySizer.fromMoments(-0.01, 0.04).size(request(100, 1, 1e5).build()).quantity());
  }

  // --- ATR risk per trade ------------------------------------------------------------------------

  @Test
  void atrRiskPerTrade() {
    SizingRequest r = request(20, 1.0, 50_000).atr(1.25).build();
    SizingResult s = new AtrRiskSizer(0.01, 2).size(r);
    // risk 0.01 * 50000 = 500; stop 2 * 1.25 = 2.5; 500 / 2.5 = 200 units (notional 4000)
    assertEquals(200, s.quantity(), TOL);
    assertEquals(0.08, s.fraction(), TOL);
    assertTrue(s.explain().contains("stop 2 x ATR 1.25 = 2.5; 500 / 2.5 = 200 units"), s.explain());
    // if the stop is hit the loss is 200 * 2.5 = 500 = 1 % of equity
    assertEquals(0.01 * 50_000, s.quantity() * 2 * 1.25, TOL);
  }

  // --- Request -----------------------------------------------------------------------------------

  @Test
  void requestCarriesTheFuzzyInputs() {
    SizingRequest r = request(10, -0.7, 1000).ivRank(0.35).realizedVolatility(0.22)
        .regime(TrendRegime.SIDEWAYS).build();
    assertEquals(0.7, r.confidence(), 0.0);
    assertEquals(-1, r.direction());
    assertEquals(0.35, r.ivRank().getAsDouble(), 0.0);
    assertEquals(0.22, r.realizedVolatility().getAsDouble(), 0.0);
    assertEquals(Optional.of(TrendRegime.SIDEWAYS), r.regime());
    assertEquals(r, r.toBuilder().build());
    assertTrue(request(10, 0, 1000).build().regime().isEmpty());
    assertEquals(0, request(10, 0, 1000).build().direction());
  }
}
