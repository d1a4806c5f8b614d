package io.quantor.options.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.Greeks;
import io.quantor.options.pricing.OptionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * {@link OptionChain}, {@link OptionContract} and {@link OptionQuote}: look-ups, completion of implied
 * volatilities and Greeks, skew metrics on hand-computed examples, term structure and surface nodes.
 */
class OptionChainTest {

  private static final LocalDate TODAY = SyntheticChains.TODAY;
  private static final Instant NOW = SyntheticChains.NOW;
  private static final LocalDate EXPIRY = TODAY.plusDays(30);

  private static OptionContract contract(OptionType type, double strike) {
    return OptionContract.of("SPY", type, strike, EXPIRY, ExerciseStyle.AMERICAN);
  }

  /** A quote whose implied volatility and delta are given (the chain keeps them). */
  private static OptionQuote given(OptionType type, double strike, double iv, double delta) {
    Greeks g = new Greeks(1, delta, 0, 0, 0, 0, 0, 0, 0, 0);
    return new OptionQuote(contract(type, strike), 0.95, 1.05, Double.NaN, 10, 100, iv, g, NOW);
  }

  /**
   * Calls: K105 delta .40 iv .20, K110 .20/.22 (and K100 .55/.19, K115 .10/.25); puts: K85 -.10/.30,
   * K90 -.20/.27, K95 -.40/.24, K100 -.50/.22. Spot 100, r = q so the forward is 100.
   */
  private static OptionChain skewChain() {
    List<OptionQuote> quotes = List.of(
        given(OptionType.CALL, 100, 0.19, 0.55), given(OptionType.CALL, 105, 0.20, 0.40),
        given(OptionType.CALL, 110, 0.22, 0.20), given(OptionType.CALL, 115, 0.25, 0.10),
        given(OptionType.PUT, 85, 0.30, -0.10), given(OptionType.PUT, 90, 0.27, -0.20),
        given(OptionType.PUT, 95, 0.24, -0.40), given(OptionType.PUT, 100, 0.22, -0.50));
    return OptionChain.of("SPY", 100, NOW, TODAY, 0.02, 0.02, quotes);
  }

  @Test
  void contractTimeToExpiryIsCalendarDaysOver365() {
    OptionContract c = contract(OptionType.PUT, 100);
    assertEquals(100, c.multiplier());
    assertEquals(30, c.daysToExpiry(TODAY));
    assertEquals(30 / 365.0, c.yearsToExpiry(TODAY));
    assertEquals(0, c.yearsToExpiry(EXPIRY));
    assertEquals(5, c.payoff(95));
    assertEquals(0, c.payoff(101));
    assertThrows(IllegalArgumentException.class, () -> c.yearsToExpiry(EXPIRY.plusDays(1)));
    assertThrows(IllegalArgumentException.class,
        () -> OptionContract.of(" ", OptionType.PUT, 100, EXPIRY, ExerciseStyle.AMERICAN));
    assertThrows(IllegalArgumentException.class,
        () -> new OptionContract("SPY", OptionType.PUT, 100, EXPIRY, ExerciseStyle.AMERICAN, 0));
  }

  @Test
  void quoteMidSpreadAndValidation() {
    OptionQuote q = OptionQuote.of(contract(OptionType.CALL, 100), 1.20, 1.30, NOW);
    assertEquals(1.25, q.mid(), 1e-15);
    assertEquals(0.05, q.halfSpread(), 1e-15);
    assertFalse(q.hasImpliedVol());
    assertFalse(q.hasGreeks());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OptionQuote.of(contract(OptionType.CALL, 100), 1.30, 1.20, NOW));
    assertTrue(e.getMessage().contains("ask"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> OptionQuote.of(contract(OptionType.CALL, 100), -0.1, 1.20, NOW));
    assertThrows(IllegalArgumentException.class, () -> new OptionQuote(contract(OptionType.CALL, 100),
        1, 2, Double.NaN, -1, 0, Double.NaN, null, NOW));
  }

  @Test
  void completesImpliedVolatilityAndGreeksFromTheMidPrice() {
    OptionChain chain = SyntheticChains.flat(0.2);
    int checked = 0;
    for (OptionQuote q : chain.quotes()) {
      double t = q.contract().yearsToExpiry(TODAY);
      // Enough vega for the mid price to determine the volatility (deep in-the-money quotes at 14 days
      // have no time value in double precision: their volatility is rightly left unknown).
      double vega = BlackScholes.greeks(q.contract().type(), 100, q.contract().strike(), t, 0.03, 0.01, 0.2)
          .vega();
      if (vega > 0.01) {
        assertTrue(q.hasImpliedVol(), q::toString);
        assertEquals(0.2, q.impliedVol(), 1e-9, q::toString);
        Greeks expected = BlackScholes.greeks(q.contract().type(), 100, q.contract().strike(), t, 0.03,
            0.01, 0.2);
        assertEquals(expected.delta(), q.greeks().delta(), 1e-8, q::toString);
        assertEquals(expected.vega(), q.greeks().vega(), 1e-7, q::toString);
        checked++;
      }
    }
    assertTrue(checked > 250, "quotes checked: " + checked);
  }

  @Test
  void keepsGivenValuesAndLeavesUnsolvableQuotesUnknown() {
    OptionQuote given = given(OptionType.CALL, 105, 0.20, 0.40);
    // A call priced below its intrinsic value has no implied volatility and hence no Greeks.
    OptionQuote belowIntrinsic = OptionQuote.of(contract(OptionType.CALL, 80), 1.0, 1.0, NOW);
    OptionChain chain = OptionChain.of("SPY", 100, NOW, TODAY, 0.02, 0.02, List.of(given, belowIntrinsic));
    assertSame(given, chain.quote(EXPIRY, 105, OptionType.CALL).orElseThrow());
    OptionQuote q = chain.quote(EXPIRY, 80, OptionType.CALL).orElseThrow();
    assertFalse(q.hasImpliedVol());
    assertFalse(q.hasGreeks());
  }

  @Test
  void atmStrikeIsTheListedStrikeNearestSpotWithTiesToTheLower() {
    List<OptionQuote> quotes = new ArrayList<>();
    for (double k : new double[] {95, 100, 105}) {
      quotes.add(OptionQuote.of(contract(OptionType.CALL, k), 1, 1.1, NOW));
    }
    assertEquals(100, OptionChain.of("SPY", 102.5, NOW, TODAY, 0, 0, quotes).atmStrike(EXPIRY));
    assertEquals(105, OptionChain.of("SPY", 103, NOW, TODAY, 0, 0, quotes).atmStrike(EXPIRY));
    assertEquals(95, OptionChain.of("SPY", 50, NOW, TODAY, 0, 0, quotes).atmStrike(EXPIRY));
  }

  @Test
  void nearestDeltaPicksTheClosestQuote() {
    OptionChain chain = skewChain();
    assertEquals(110, chain.nearestDelta(EXPIRY, OptionType.CALL, 0.25).orElseThrow().contract().strike());
    assertEquals(90, chain.nearestDelta(EXPIRY, OptionType.PUT, -0.16).orElseThrow().contract().strike());
    assertEquals(85, chain.nearestDelta(EXPIRY, OptionType.PUT, -0.01).orElseThrow().contract().strike());
    // An exact tie in binary: deltas 0.5 and 0.25 are both 0.125 from 0.375; the lower strike wins.
    OptionChain tie = OptionChain.of("SPY", 100, NOW, TODAY, 0, 0, List.of(
        given(OptionType.CALL, 100, 0.2, 0.5), given(OptionType.CALL, 105, 0.2, 0.25)));
    assertEquals(100, tie.nearestDelta(EXPIRY, OptionType.CALL, 0.375).orElseThrow().contract().strike());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> chain.nearestDelta(EXPIRY, OptionType.PUT, 0.25));
    assertTrue(e.getMessage().contains("put delta"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> chain.nearestDelta(EXPIRY.plusDays(1), OptionType.PUT, -0.25));
  }

  @Test
  void riskReversalInterpolatesImpliedVolatilityLinearlyInDelta() {
    OptionChain chain = skewChain();
    // Calls: 0.25 lies between 0.40 (iv .20) and 0.20 (iv .22), weight 0.75 -> .215.
    assertEquals(0.215, chain.volatilityAtDelta(EXPIRY, OptionType.CALL, 0.25).getAsDouble(), 1e-15);
    // Puts: -0.25 lies between -0.20 (iv .27) and -0.40 (iv .24), weight 0.25 -> .2625.
    assertEquals(0.2625, chain.volatilityAtDelta(EXPIRY, OptionType.PUT, -0.25).getAsDouble(), 1e-15);
    assertEquals(0.215 - 0.2625, chain.riskReversal25(EXPIRY).getAsDouble(), 1e-15);
    // A node is returned as is; outside the quoted deltas there is nothing to interpolate.
    assertEquals(0.22, chain.volatilityAtDelta(EXPIRY, OptionType.PUT, -0.50).getAsDouble());
    assertTrue(chain.volatilityAtDelta(EXPIRY, OptionType.CALL, 0.60).isEmpty());
    assertTrue(chain.riskReversal(EXPIRY, 0.05).isEmpty());
  }

  @Test
  void putSkewSlopeIsTheSecantBetweenThe50And25DeltaPuts() {
    OptionChain chain = skewChain();
    // Forward = 100 (r = q). -0.50 is the K = 100 node (k = 0, iv .22); -0.25 is a quarter of the way from
    // K = 90 to K = 95 in delta: iv .2625, k = ln .90 + 0.25 (ln .95 - ln .90).
    double k25 = Math.log(0.90) + 0.25 * (Math.log(0.95) - Math.log(0.90));
    double expected = (0.2625 - 0.22) / (k25 - 0.0);
    assertEquals(expected, chain.putSkewSlope(EXPIRY).getAsDouble(), 1e-13);
    assertTrue(expected < 0);
  }

  @Test
  void expiriesWithinADaysWindow() {
    OptionChain chain = SyntheticChains.flat(0.2);
    assertEquals(List.of(TODAY.plusDays(14), TODAY.plusDays(30), TODAY.plusDays(60), TODAY.plusDays(91)),
        chain.expiries());
    assertEquals(List.of(TODAY.plusDays(30), TODAY.plusDays(60)), chain.expiriesWithin(20, 60));
    assertEquals(List.of(TODAY.plusDays(14)), chain.expiriesWithin(14, 14));
    assertTrue(chain.expiriesWithin(0, 13).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> chain.expiriesWithin(30, 20));
    assertThrows(IllegalArgumentException.class, () -> chain.expiriesWithin(-1, 20));
    assertEquals(30 / 365.0, chain.yearsToExpiry(TODAY.plusDays(30)));
    assertEquals(100 * Math.exp(0.02 * 30 / 365.0), chain.forward(TODAY.plusDays(30)), 1e-12);
  }

  @Test
  void atmTermStructureIsTheSmileAtTheForward() {
    // r = q: the forward is spot = 100, a listed strike, so k = 0 is a node of every smile.
    OptionChain chain = SyntheticChains.chain(100, 0.02, 0.02, new int[] {7, 30, 91, 365}, 80, 120, 5,
        (k, t) -> 0.15 + 0.1 * t + 0.2 * k * k);
    List<AtmTermPoint> term = chain.atmTermStructure();
    assertEquals(4, term.size());
    for (AtmTermPoint p : term) {
      assertEquals(0.15 + 0.1 * p.yearsToExpiry(), p.volatility(), 1e-9, p::toString);
      assertEquals(p.volatility() * p.volatility() * p.yearsToExpiry(), p.totalVariance(), 1e-15);
      assertEquals(p.volatility(), chain.atmVolatility(p.expiry()).getAsDouble());
    }
  }

  @Test
  void surfaceReproducesTheChainsOutOfTheMoneyNodesAndIsLinearInTotalVariance() {
    OptionChain chain = SyntheticChains.chain(100, 0.02, 0.02, new int[] {30, 91}, 80, 120, 5,
        (k, t) -> 0.2 - 0.3 * k + 0.5 * k * k + 0.05 * t);
    VolatilitySurface surface = chain.volatilitySurface().orElseThrow();
    assertEquals(2, surface.expiryCount());
    double t1 = 30 / 365.0;
    double t2 = 91 / 365.0;
    for (double strike = 80; strike <= 120; strike += 5) {
      double k = Math.log(strike / 100);
      double v1 = 0.2 - 0.3 * k + 0.5 * k * k + 0.05 * t1;
      double v2 = 0.2 - 0.3 * k + 0.5 * k * k + 0.05 * t2;
      assertEquals(v1, surface.volatility(k, t1), 1e-9);
      assertEquals(v2, surface.volatility(k, t2), 1e-9);
      double t = 60 / 365.0;
      double w = v1 * v1 * t1 + (t - t1) / (t2 - t1) * (v2 * v2 * t2 - v1 * v1 * t1);
      assertEquals(w, surface.totalVariance(k, t), 1e-10);
    }
  }

  @Test
  void rejectsInconsistentQuotes() {
    OptionQuote q = OptionQuote.of(contract(OptionType.CALL, 100), 1, 1.1, NOW);
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> OptionChain.of("SPY", 100, NOW, TODAY, 0, 0, List.of(q, q)));
    assertTrue(dup.getMessage().contains("one quote per contract"), dup.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> OptionChain.of("QQQ", 100, NOW, TODAY, 0, 0, List.of(q)));
    assertThrows(IllegalArgumentException.class,
        () -> OptionChain.of("SPY", 100, NOW, EXPIRY.plusDays(1), 0, 0, List.of(q)));
    assertThrows(IllegalArgumentException.class,
        () -> OptionChain.of("SPY", 0, NOW, TODAY, 0, 0, List.of(q)));
    OptionChain empty = OptionChain.of("SPY", 100, NOW, TODAY, 0, 0, List.of());
    assertTrue(empty.expiries().isEmpty());
    assertTrue(empty.volatilitySurface().isEmpty());
    assertTrue(empty.atmTermStructure().isEmpty());
  }

  @Test
  void quoteLookUps() {
    OptionChain chain = skewChain();
    assertEquals(7, chain.strikes(EXPIRY).length);
    assertEquals(4, chain.quotes(EXPIRY, OptionType.PUT).size());
    assertTrue(chain.quote(EXPIRY, 85, OptionType.CALL).isEmpty());
    assertTrue(chain.quote(EXPIRY, 86, OptionType.PUT).isEmpty());
    assertTrue(chain.quote(EXPIRY.plusDays(1), 85, OptionType.PUT).isEmpty());
    assertTrue(chain.quote(contract(OptionType.PUT, 85)).isPresent());
    assertTrue(chain.quote(OptionContract.of("QQQ", OptionType.PUT, 85, EXPIRY, ExerciseStyle.AMERICAN))
        .isEmpty());
    OptionalDouble atm = chain.atmVolatility(EXPIRY);
    // Smile nodes at the forward 100: the call (K >= F), iv .19.
    assertEquals(0.19, atm.getAsDouble(), 1e-15);
  }
}
