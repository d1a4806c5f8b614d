package io.quantor.options.structure;

import static io.quantor.options.pricing.OptionType.CALL;
import static io.quantor.options.pricing.OptionType.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.chain.OptionContract;
import io.quantor.options.pricing.ExerciseStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ExpiryProfile} on hand-computed examples (multiplier 100). */
class ExpiryProfileTest {

  @Test
  void longCallHasUnboundedProfitAndLosesThePremium() {
    ExpiryProfile p = ExpiryProfile.of(Structures.of(StructureKind.CUSTOM, CALL, 100, 2, 3.0));
    assertEquals(600, p.premiumAtExpiry(), 1e-12);
    assertTrue(p.maxProfit().isEmpty());
    assertEquals(600, p.maxLoss().getAsDouble(), 1e-12);
    assertEquals(List.of(103.0), p.breakevens());
    assertEquals(List.of(new PriceRange(103, Double.POSITIVE_INFINITY)), p.profitRanges());
    assertEquals(1400, p.profitAt(110), 1e-12);
  }

  @Test
  void shortPutHasBoundedLossAtZero() {
    ExpiryProfile p = ExpiryProfile.of(Structures.of(StructureKind.CUSTOM, PUT, 50, -1, 2.5));
    assertEquals(250, p.maxProfit().getAsDouble(), 1e-12);
    assertEquals(100 * 50 - 250, p.maxLoss().getAsDouble(), 1e-12);
    assertEquals(List.of(47.5), p.breakevens());
  }

  @Test
  void shortStraddleHasTwoBreakevensAndUnboundedLoss() {
    ExpiryProfile p = ExpiryProfile.of(Structures.of(StructureKind.STRADDLE, PUT, 100, -1, 4.0,
        CALL, 100, -1, 5.0));
    assertEquals(900, p.maxProfit().getAsDouble(), 1e-12);
    assertTrue(p.maxLoss().isEmpty());
    assertEquals(List.of(91.0, 109.0), p.breakevens());
    assertEquals(List.of(new PriceRange(91, 109)), p.profitRanges());
  }

  @Test
  void brokenWingButterflyForACreditLosesOnlyOnOneSide() {
    // Long 1 put 105, short 2 puts 100, long 1 put 90, opened for a credit of 0.50: above 105 the puts
    // expire worthless and the credit is kept; the loss is on the downside, below the broken (wide) wing.
    ExpiryProfile p = ExpiryProfile.of(Structures.of(StructureKind.BUTTERFLY, PUT, 90, 1, 0.5,
        PUT, 100, -2, 2.5, PUT, 105, 1, 4.0));
    assertEquals(-50, p.premiumAtExpiry(), 1e-12);
    // At 100: the 105 put pays 5, so 550. At 90 and below: 15 - 20 = -5 a unit -> -500 + 50.
    assertEquals(550, p.maxProfit().getAsDouble(), 1e-12);
    assertEquals(450, p.maxLoss().getAsDouble(), 1e-12);
    // Profit 0 on the (90, 100) segment where the payoff is (S - 95) * 100 + 50: S = 94.5.
    assertEquals(List.of(94.5), p.breakevens());
    assertEquals(List.of(new PriceRange(94.5, Double.POSITIVE_INFINITY)), p.profitRanges());
  }

  @Test
  void ironCondorClosedForms() {
    // Credit 1.20 + 1.10 - 0.40 - 0.35 = 1.55 a unit.
    OptionStructure condor = Structures.of(StructureKind.IRON_CONDOR, PUT, 90, 1, 0.40, PUT, 95, -1, 1.20,
        CALL, 105, -1, 1.10, CALL, 110, 1, 0.35);
    ExpiryProfile p = ExpiryProfile.of(condor);
    assertEquals(155, p.maxProfit().getAsDouble(), 1e-9);
    assertEquals(500 - 155, p.maxLoss().getAsDouble(), 1e-9);
    assertEquals(95 - 1.55, p.breakevens().get(0), 1e-12);
    assertEquals(105 + 1.55, p.breakevens().get(1), 1e-12);
    // Carried for half a year at 4 %: the credit grows by e^{0.02}.
    ExpiryProfile fv = ExpiryProfile.carried(condor, 0.04, 0.5);
    assertEquals(155 * Math.exp(0.02), fv.maxProfit().getAsDouble(), 1e-9);
    assertEquals(105 + 1.55 * Math.exp(0.02), fv.breakevens().get(1), 1e-12);
  }

  @Test
  void creditAtLeastTheWingWidthRemovesThatBreakeven() {
    // Credit 5.00 on 5-point wings: the put side cannot lose (profit 0 below 90); the call side, 10 wide,
    // can.
    OptionStructure condor = Structures.of(StructureKind.IRON_CONDOR, PUT, 90, 1, 0.0, PUT, 95, -1, 3.0,
        CALL, 105, -1, 2.0, CALL, 115, 1, 0.0);
    ExpiryProfile p = ExpiryProfile.of(condor);
    assertEquals(List.of(110.0), p.breakevens());
    assertEquals(500, p.maxLoss().getAsDouble(), 1e-9);
    assertEquals(0, p.profitAt(50), 1e-9);
  }

  @Test
  void multiExpiryStructuresHaveNoExpiryProfile() {
    OptionStructure calendar = OptionStructure.of(StructureKind.CALENDAR, List.of(
        Structures.leg(CALL, 100, -1, 2.0),
        Leg.of(OptionContract.of("SPY", CALL, 100, Structures.EXPIRY.plusDays(28), ExerciseStyle.EUROPEAN),
            1, 3.0)));
    assertThrows(IllegalArgumentException.class, () -> ExpiryProfile.of(calendar));
    assertThrows(IllegalArgumentException.class, () -> ExpiryProfile.carried(calendar, 0.05, -1));
  }
}
