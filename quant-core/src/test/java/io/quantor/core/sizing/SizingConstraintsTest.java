package io.quantor.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared final step, {@link SizingResult#constrain}: maximum position, then capital, then lot
 * rounding toward zero; the binding constraint; missing inputs. Expected values are worked out in the
 * comments.
 */
class SizingConstraintsTest {

  private static final double TOL = 1e-9;
  private static final List<String> NO_STEPS = List.of();

  private static SizingRequest.Builder request(double price, double equity, double capital) {
    return SizingRequest.builder("XYZ").price(price).signal(1).equity(equity).availableCapital(capital);
  }

  // --- Lot size ----------------------------------------------------------------------------------

  @Test
  void roundsTowardZeroToWholeLots() {
    SizingRequest r = request(30, 100_000, 100_000).lotSize(100).build();
    // allocation 0.1 * 100000 / 30 = 333.33 units -> 3 lots of 100 = 300
    SizingResult s = FixedFractionalSizer.allocation(0.1).size(r);
    assertEquals(10_000.0 / 30, s.unconstrainedQuantity(), TOL);
    assertEquals(300, s.quantity(), 0.0);
    assertEquals(3, s.lots());
    assertEquals(SizingConstraint.LOT_SIZE, s.binding());
    assertTrue(s.explain().contains("lot size 100: 333.333 rounded toward zero to 3 lots = 300"),
        s.explain());
    // a short rounds toward zero too: -333.33 -> -300, not -400
    SizingResult shortSide = FixedFractionalSizer.allocation(0.1).size(r.toBuilder().signal(-1).build());
    assertEquals(-300, shortSide.quantity(), 0.0);
    assertEquals(-3, shortSide.lots());
  }

  @Test
  void aDecimalMultipleOfAFractionalLotIsNotLostToBinaryRounding() {
    // 0.3 / 0.1 is 2.9999999999999996 in doubles; it must count as 3 lots, not 2
    SizingRequest r = request(1, 100, 100).lotSize(0.1).build();
    SizingResult s = SizingResult.constrain(r, 0.3, NO_STEPS);
    assertEquals(3, s.lots());
    assertEquals(0.3, s.quantity(), 1e-15);
    assertEquals(SizingConstraint.NONE, s.binding());
  }

  @Test
  void belowOneLotIsFlat() {
    SizingResult s = SizingResult.constrain(request(10, 1000, 1000).lotSize(100).build(), 99.9, NO_STEPS);
    assertEquals(0.0, s.quantity(), 0.0);
    assertEquals(0, s.lots());
    assertEquals(SizingConstraint.LOT_SIZE, s.binding());
  }

  // --- Maximum position --------------------------------------------------------------------------

  @Test
  void maxQuantityCapsThenLotsRound() {
    SizingRequest r = request(10, 100_000, 100_000).lotSize(50).maxQuantity(120).build();
    SizingResult s = SizingResult.constrain(r, -500, NO_STEPS);
    // |-500| capped to 120, rounded toward zero to 2 lots of 50 = 100; short: -100
    assertEquals(-100, s.quantity(), 0.0);
    assertEquals(-2, s.lots());
    assertEquals(SizingConstraint.MAX_POSITION, s.binding());
    assertTrue(s.explain().contains("max position: 500 capped to 120 (maxQuantity 120)"), s.explain());
  }

  @Test
  void maxFractionCapsGrossNotionalAndTheTighterLimitWins() {
    SizingRequest r = request(30, 100_000, 100_000).maxFraction(0.1).build();
    // 0.1 * 100000 / 30 = 333.33 -> 333 shares (notional 9990 <= 10000)
    SizingResult s = SizingResult.constrain(r, 1000, NO_STEPS);
    assertEquals(333, s.quantity(), 0.0);
    assertEquals(SizingConstraint.MAX_POSITION, s.binding());
    // with maxQuantity 200 as well, 200 < 333.33 wins
    assertEquals(200, SizingResult.constrain(r.toBuilder().maxQuantity(200).build(), 1000, NO_STEPS)
        .quantity(), 0.0);
    // maxQuantity 0: no position allowed
    SizingResult none = SizingResult.constrain(r.toBuilder().maxQuantity(0).build(), 1000, NO_STEPS);
    assertEquals(0.0, none.quantity(), 0.0);
    assertEquals(SizingConstraint.MAX_POSITION, none.binding());
  }

  // --- Capital -----------------------------------------------------------------------------------

  @Test
  void capitalCapsLongsAndShortsByGrossNotional() {
    SizingRequest r = request(50, 100_000, 12_345).build();
    // 12345 / 50 = 246.9 -> 246 shares (notional 12300)
    SizingResult s = SizingResult.constrain(r, 1000, NO_STEPS);
    assertEquals(246, s.quantity(), 0.0);
    assertEquals(SizingConstraint.CAPITAL, s.binding());
    assertTrue(s.explain().contains("capital: 1000 capped to 246.9 (funding 12345 available"), s.explain());
    // short: margin not modelled, the same gross cap
    assertEquals(-246, SizingResult.constrain(r, -1000, NO_STEPS).quantity(), 0.0);
    // capital binds after a looser maximum position: binding is the tighter, CAPITAL
    SizingResult both = SizingResult.constrain(r.toBuilder().maxQuantity(400).build(), 1000, NO_STEPS);
    assertEquals(246, both.quantity(), 0.0);
    assertEquals(SizingConstraint.CAPITAL, both.binding());
    // no capital at all: flat
    assertEquals(0.0, SizingResult.constrain(r.toBuilder().availableCapital(0).build(), 10, NO_STEPS)
        .quantity(), 0.0);
  }

  @Test
  void aHeldPositionOnTheSameSideCountsAsFunded() {
    // long 100 held at 50 (notional 5000) + cash 10000 = funding 15000 -> at most 300 shares
    SizingRequest r = request(50, 100_000, 10_000).currentPosition(100).build();
    SizingResult s = SizingResult.constrain(r, 1000, NO_STEPS);
    assertEquals(300, s.quantity(), 0.0);
    assertEquals(200, s.orderQuantity(), 0.0);
    assertTrue(s.explain().contains("funding 15000 = available 10000 + held notional 5000"), s.explain());
    // short 100 held: not counted for a long target (the cover's proceeds are not assumed): 200 shares
    SizingResult reversal = SizingResult.constrain(r.toBuilder().currentPosition(-100).build(), 1000,
        NO_STEPS);
    assertEquals(200, reversal.quantity(), 0.0);
    assertEquals(300, reversal.orderQuantity(), 0.0);
  }

  @Test
  void floatingPointNeverPushesTheNotionalOverTheCapital() {
    // capital 0.3 at price 0.1: 0.3 / 0.1 = 2.9999999999999996 counts as 3 lots, but
    // 3 * 0.1 = 0.30000000000000004 > 0.3, so the check lowers it to 2
    SizingRequest r = request(0.1, 1, 0.3).build();
    SizingResult s = SizingResult.constrain(r, 10, NO_STEPS);
    assertEquals(2, s.lots());
    assertTrue(s.quantity() * 0.1 <= 0.3);
    assertEquals(SizingConstraint.CAPITAL, s.binding());
  }

  // --- Missing inputs and zero signals -----------------------------------------------------------

  @Test
  void aMissingInputGivesAZeroTargetThatSaysWhy() {
    SizingRequest r = request(50, 100_000, 100_000).currentPosition(40).build();
    List<PositionSizer> needVolatility = List.of(new VolatilityTargetSizer(0.1),
        new InverseVolatilitySizer(0.1, 0.2));
    for (PositionSizer sizer : needVolatility) {
      SizingResult s = sizer.size(r);
      assertEquals(0.0, s.quantity(), 0.0);
      assertEquals(-40, s.orderQuantity(), 0.0);
      assertEquals(SizingConstraint.MISSING_INPUT, s.binding());
      assertTrue(s.explain().contains("missing input realizedVolatility"), s.explain());
    }
    assertTrue(new AtrRiskSizer(0.01, 2).size(r).explain().contains("missing input atr"));
    assertTrue(FixedFractionalSizer.risk(0.01).size(r).explain().contains("missing input stopDistance"));
  }

  @Test
  void zeroSignalIsFlatWithNoConstraint() {
    SizingRequest r = request(50, 100_000, 100_000).signal(0).realizedVolatility(0.2).build();
    SizingResult s = new VolatilityTargetSizer(0.1).size(r);
    assertEquals(0.0, s.quantity(), 0.0);
    assertEquals(0.0, s.unconstrainedQuantity(), 0.0);
    assertEquals(SizingConstraint.NONE, s.binding());
    assertFalse(Double.doubleToRawLongBits(s.quantity()) != 0, "no negative zero");
  }

  @Test
  void theStepsOfTheSizerComeFirstAndTheTargetLast() {
    SizingRequest r = request(10, 1000, 1000).build();
    SizingResult s = SizingResult.constrain(r, 7, List.of("rule: 7 units"));
    assertEquals("rule: 7 units", s.explanation().get(0));
    assertEquals("target 7 (0.07 of equity), current 0, order 7, binding NONE", s.explanation().get(1));
    assertEquals(2, s.explanation().size());
  }
}
