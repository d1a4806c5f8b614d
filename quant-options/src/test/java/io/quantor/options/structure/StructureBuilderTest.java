package io.quantor.options.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.chain.OptionChain;
import io.quantor.options.chain.OptionContract;
import io.quantor.options.chain.OptionQuote;
import io.quantor.options.chain.SyntheticChains;
import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.Greeks;
import io.quantor.options.pricing.OptionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StructureBuilder} and {@link WingWidthRule}: strikes by delta, wing widths by IV rank, leg
 * patterns, and empty results when the chain cannot supply a structure. Every built structure passes
 * {@link StructureValidator}.
 */
class StructureBuilderTest {

  private static final LocalDate NEAR = SyntheticChains.TODAY.plusDays(30);
  private static final LocalDate FAR = SyntheticChains.TODAY.plusDays(58);
  /** Spot 100, r 0.03, q 0.01, strikes 60..140 by 1, a put skew. */
  private static final OptionChain CHAIN = SyntheticChains.chain(100, 0.03, 0.01, new int[] {30, 58}, 60,
      140, 1, (k, t) -> 0.2 - 0.2 * k);

  private static double strike(OptionStructure s, int leg) {
    return s.legs().get(leg).contract().strike();
  }

  private static void assertValid(OptionStructure s) {
    assertEquals(List.of(), StructureValidator.validate(s));
  }

  /** Delta of a listed option, from the model the chain was priced with (independent of the chain). */
  private static double delta(OptionType type, double strike) {
    double t = 30 / 365.0;
    double forward = 100 * Math.exp(0.02 * t);
    double sigma = 0.2 - 0.2 * Math.log(strike / forward);
    return BlackScholes.greeks(type, 100, strike, t, 0.03, 0.01, sigma).delta();
  }

  private static void assertNearestDelta(OptionType type, double strike, double target) {
    double d = Math.abs(delta(type, strike) - target);
    assertTrue(d <= Math.abs(delta(type, strike - 1) - target), "strike " + strike + " vs " + (strike - 1));
    assertTrue(d <= Math.abs(delta(type, strike + 1) - target), "strike " + strike + " vs " + (strike + 1));
  }

  @Test
  void wingWidthRule() {
    WingWidthRule linear = new WingWidthRule(5, 15, 0.2, 0.6);
    assertEquals(5, linear.width(0));
    assertEquals(5, linear.width(0.2));
    assertEquals(10, linear.width(0.4), 1e-12);
    assertEquals(15, linear.width(0.6));
    assertEquals(15, linear.width(1));
    WingWidthRule step = WingWidthRule.step(5, 10, 0.5);
    assertEquals(5, step.width(0.49));
    assertEquals(10, step.width(0.5));
    assertEquals(7, WingWidthRule.fixed(7).width(0.9));
    assertThrows(IllegalArgumentException.class, () -> step.width(1.5));
    assertThrows(IllegalArgumentException.class, () -> new WingWidthRule(5, 10, 0.6, 0.4));
    assertThrows(IllegalArgumentException.class, () -> WingWidthRule.fixed(0));
  }

  @Test
  void ironCondorByDeltaWithWingsFromIvRank() {
    StructureBuilder builder = StructureBuilder.of(CHAIN);
    WingWidthRule rule = WingWidthRule.step(5, 10, 0.5);
    OptionStructure low = builder.ironCondor(NEAR, -0.16, 0.16, rule, 0.3, 2).orElseThrow();
    assertValid(low);
    assertEquals(StructureKind.IRON_CONDOR, low.kind());
    double kp2 = strike(low, 1);
    double kc1 = strike(low, 2);
    assertNearestDelta(OptionType.PUT, kp2, -0.16);
    assertNearestDelta(OptionType.CALL, kc1, 0.16);
    assertEquals(kp2 - 5, strike(low, 0));
    assertEquals(kc1 + 5, strike(low, 3));
    assertEquals(List.of(2, -2, -2, 2), low.legs().stream().map(Leg::quantity).toList());
    for (Leg leg : low.legs()) {
      OptionQuote q = CHAIN.quote(leg.contract()).orElseThrow();
      assertEquals(q.mid(), leg.price());
    }
    assertTrue(low.netCredit() > 0);
    OptionStructure high = builder.ironCondor(NEAR, -0.16, 0.16, rule, 0.7, 1).orElseThrow();
    assertEquals(kp2 - 10, strike(high, 0));
    assertEquals(kc1 + 10, strike(high, 3));
  }

  @Test
  void verticalsCalendarsButterfliesStraddlesAndStrangles() {
    StructureBuilder builder = StructureBuilder.of(CHAIN);
    OptionStructure bullPut = builder.vertical(NEAR, OptionType.PUT, -0.30, WingWidthRule.fixed(5), 0.5, 3)
        .orElseThrow();
    assertValid(bullPut);
    assertNearestDelta(OptionType.PUT, strike(bullPut, 0), -0.30);
    assertEquals(strike(bullPut, 0) - 5, strike(bullPut, 1));
    assertEquals(List.of(-3, 3), bullPut.legs().stream().map(Leg::quantity).toList());
    assertTrue(bullPut.netCredit() > 0);
    OptionStructure bearCall = builder.vertical(NEAR, OptionType.CALL, 0.30, WingWidthRule.fixed(5), 0.5, 1)
        .orElseThrow();
    assertValid(bearCall);
    assertEquals(strike(bearCall, 0) + 5, strike(bearCall, 1));

    OptionStructure calendar = builder.calendar(OptionType.CALL, NEAR, FAR, 0.5, 1).orElseThrow();
    assertValid(calendar);
    assertNearestDelta(OptionType.CALL, strike(calendar, 0), 0.5);
    assertEquals(List.of(NEAR, FAR), calendar.expiries());
    assertEquals(List.of(-1, 1), calendar.legs().stream().map(Leg::quantity).toList());
    assertTrue(calendar.netPremium() > 0, "a long calendar is a debit");

    OptionStructure fly = builder.brokenWingButterfly(NEAR, OptionType.PUT, -0.30, 10, 5, 1).orElseThrow();
    assertValid(fly);
    assertEquals(strike(fly, 1) - 10, strike(fly, 0));
    assertEquals(strike(fly, 1) + 5, strike(fly, 2));
    assertEquals(List.of(1, -2, 1), fly.legs().stream().map(Leg::quantity).toList());

    OptionStructure straddle = builder.straddle(NEAR, -1).orElseThrow();
    assertValid(straddle);
    assertEquals(100, strike(straddle, 0));
    assertEquals(100, strike(straddle, 1));
    OptionStructure strangle = builder.strangle(NEAR, -0.20, 0.20, 1).orElseThrow();
    assertValid(strangle);
    assertNearestDelta(OptionType.PUT, strike(strangle, 0), -0.20);
    assertNearestDelta(OptionType.CALL, strike(strangle, 1), 0.20);
  }

  @Test
  void wingIsTheNearestListedStrikeBeyondTheShortOneWithTiesToTheWider() {
    // Puts at 90, 92.5, 95, 97.5, 100 with given deltas; the short put is 97.5 (delta -0.30).
    List<OptionQuote> quotes = new ArrayList<>();
    double[] strikes = {90, 92.5, 95, 97.5, 100};
    double[] deltas = {-0.05, -0.10, -0.20, -0.30, -0.45};
    for (int i = 0; i < strikes.length; i++) {
      OptionContract c = OptionContract.of("SPY", OptionType.PUT, strikes[i], NEAR, ExerciseStyle.AMERICAN);
      quotes.add(new OptionQuote(c, 1, 1.2, Double.NaN, 0, 0, 0.2,
          new Greeks(1.1, deltas[i], 0, 0, 0, 0, 0, 0, 0, 0), SyntheticChains.NOW));
    }
    OptionChain chain = OptionChain.of("SPY", 100, SyntheticChains.NOW, SyntheticChains.TODAY, 0, 0, quotes);
    StructureBuilder builder = StructureBuilder.of(chain);
    // Width 4: 93.5 is 1.0 from 92.5 and 1.5 from 95.
    assertEquals(92.5, strike(builder.vertical(NEAR, OptionType.PUT, -0.30, WingWidthRule.fixed(4), 0, 1)
        .orElseThrow(), 1));
    // Width 3.75: 93.75 is 1.25 from both 92.5 and 95: the wider wing.
    assertEquals(92.5, strike(builder.vertical(NEAR, OptionType.PUT, -0.30, WingWidthRule.fixed(3.75), 0, 1)
        .orElseThrow(), 1));
    // Width 1: the nearest strike beyond 97.5 is 95, never the short strike itself.
    assertEquals(95, strike(builder.vertical(NEAR, OptionType.PUT, -0.30, WingWidthRule.fixed(1), 0, 1)
        .orElseThrow(), 1));
    // Nothing below the lowest strike: no wing, no structure.
    assertTrue(builder.vertical(NEAR, OptionType.PUT, -0.05, WingWidthRule.fixed(5), 0, 1).isEmpty());
    // No calls at all.
    assertTrue(builder.ironCondor(NEAR, -0.30, 0.30, WingWidthRule.fixed(5), 0, 1).isEmpty());
    assertTrue(builder.straddle(NEAR, 1).isEmpty());
  }

  @Test
  void crossedSidesAndMisuse() {
    StructureBuilder builder = StructureBuilder.of(CHAIN);
    assertTrue(builder.strangle(NEAR, -0.9, 0.9, 1).isEmpty());
    assertTrue(builder.ironCondor(NEAR, -0.9, 0.9, WingWidthRule.fixed(5), 0, 1).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> builder.straddle(NEAR, 0));
    assertThrows(IllegalArgumentException.class,
        () -> builder.ironCondor(NEAR, -0.16, 0.16, WingWidthRule.fixed(5), 1.5, 1));
    assertThrows(IllegalArgumentException.class, () -> builder.calendar(OptionType.CALL, FAR, NEAR, 0.5, 1));
    assertThrows(IllegalArgumentException.class,
        () -> builder.brokenWingButterfly(NEAR, OptionType.PUT, -0.3, 0, 5, 1));
    assertThrows(IllegalArgumentException.class, () -> builder.ironCondor(NEAR.plusDays(1), -0.16, 0.16,
        WingWidthRule.fixed(5), 0.5, 1));
  }
}
