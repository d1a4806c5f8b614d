package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Statuses, argument checks and the fast path of {@link ImpliedVolatility}. Round-trip prices come from
 * {@link BlackScholes} and {@link Black76}, which are tested against QuantLib separately; a round trip is
 * exact to {@code 4 eps max(S e^{-qT}, K e^{-rT}) / vega} (the rounding of the price, which for deep
 * in-the-money options is an ulp of the legs, over the vega) plus 1e-14.
 */
class ImpliedVolatilityTest {

  private static final double T = 91 / 365.0;

  @Test
  void recoversTheVolatilityOfCallsAndPuts() {
    for (OptionType type : OptionType.values()) {
      for (double strike : new double[] {60, 95, 100, 110, 160}) {
        double price = BlackScholes.price(type, 100, strike, T, 0.05, 0.01, 0.25);
        ImpliedVolResult iv = ImpliedVolatility.blackScholes(type, price, 100, strike, T, 0.05, 0.01);
        assertEquals(ImpliedVolStatus.OK, iv.status(), type + " K=" + strike);
        double vega = BlackScholes.greeks(type, 100, strike, T, 0.05, 0.01, 0.25).vega();
        assertEquals(0.25, iv.volatility(), 4 * Math.ulp(100.0) / vega + 1e-14, type + " K=" + strike);
        assertTrue(iv.iterations() >= 1 && iv.iterations() <= 2, iv.toString());
        assertEquals(iv.volatility(),
            ImpliedVolatility.blackScholesVolatility(type, price, 100, strike, T, 0.05, 0.01));
      }
    }
  }

  @Test
  void belowIntrinsic() {
    // Call intrinsic (discounted): 100 - 80 e^{-0.05} = 23.90.
    assertStatus(ImpliedVolStatus.BELOW_INTRINSIC,
        ImpliedVolatility.blackScholes(OptionType.CALL, 20, 100, 80, 1, 0.05, 0));
    // Put intrinsic: 120 e^{-0.05 T} - 100 e^{-0.01 T} = 18.75.
    assertStatus(ImpliedVolStatus.BELOW_INTRINSIC,
        ImpliedVolatility.blackScholes(OptionType.PUT, 18.5, 100, 120, T, 0.05, 0.01));
    // A negative price out of the money, beyond rounding.
    assertStatus(ImpliedVolStatus.BELOW_INTRINSIC,
        ImpliedVolatility.blackScholes(OptionType.CALL, -1e-9, 100, 150, T, 0.05, 0.01));
    assertStatus(ImpliedVolStatus.BELOW_INTRINSIC,
        ImpliedVolatility.blackScholes(OptionType.PUT, Double.NEGATIVE_INFINITY, 100, 150, T, 0.05, 0.01));
  }

  @Test
  void aboveMaximum() {
    double maxCall = 100 * Math.exp(-0.02);
    assertStatus(ImpliedVolStatus.ABOVE_MAXIMUM,
        ImpliedVolatility.blackScholes(OptionType.CALL, maxCall + 0.01, 100, 100, 1, 0.05, 0.02));
    assertStatus(ImpliedVolStatus.ABOVE_MAXIMUM,
        ImpliedVolatility.blackScholes(OptionType.CALL, maxCall, 100, 100, 1, 0.05, 0.02));
    assertStatus(ImpliedVolStatus.ABOVE_MAXIMUM,
        ImpliedVolatility.blackScholes(OptionType.PUT, 100 * Math.exp(-0.05), 100, 100, 1, 0.05, 0.02));
    assertStatus(ImpliedVolStatus.ABOVE_MAXIMUM,
        ImpliedVolatility.blackScholes(OptionType.CALL, Double.POSITIVE_INFINITY, 100, 100, 1, 0.05, 0.02));
    // Just below the maximum there is a (very large) volatility.
    ImpliedVolResult huge = ImpliedVolatility.blackScholes(OptionType.CALL, maxCall - 1e-6, 100, 100, 1,
        0.05, 0.02);
    assertEquals(ImpliedVolStatus.OK, huge.status());
    assertEquals(maxCall - 1e-6, BlackScholes.price(OptionType.CALL, 100, 100, 1, 0.05, 0.02,
        huge.volatility()), 1e-12);
  }

  @Test
  void exactlyIntrinsicHasNoTimeValue() {
    double intrinsic = 100 * Math.exp(-0.01 * T) - 80 * Math.exp(-0.05 * T);
    assertStatus(ImpliedVolStatus.NO_TIME_VALUE,
        ImpliedVolatility.blackScholes(OptionType.CALL, intrinsic, 100, 80, T, 0.05, 0.01));
    // Within the rounding allowance 4 eps max(legs) = 8.9e-14 on either side.
    assertStatus(ImpliedVolStatus.NO_TIME_VALUE,
        ImpliedVolatility.blackScholes(OptionType.CALL, intrinsic - 3e-14, 100, 80, T, 0.05, 0.01));
    assertStatus(ImpliedVolStatus.NO_TIME_VALUE,
        ImpliedVolatility.blackScholes(OptionType.CALL, intrinsic + 3e-14, 100, 80, T, 0.05, 0.01));
    // Out of the money: zero, and QuantLib's -7.8e-15 for a worthless put (implied_vol.csv row 540).
    assertStatus(ImpliedVolStatus.NO_TIME_VALUE,
        ImpliedVolatility.blackScholes(OptionType.CALL, 0.0, 100, 150, T, 0.05, 0.01));
    assertStatus(ImpliedVolStatus.NO_TIME_VALUE,
        ImpliedVolatility.blackScholes(OptionType.PUT, -7.771561172376096e-15, 100, 30, 1 / 365.0, 0, 0));
    // But every positive out-of-the-money price is solved, however small.
    double tiny = BlackScholes.price(OptionType.CALL, 100, 2000, T, 0.05, 0.01, 0.3);
    assertTrue(tiny > 0 && tiny < 1e-50, "price " + tiny);
    ImpliedVolResult iv = ImpliedVolatility.blackScholes(OptionType.CALL, tiny, 100, 2000, T, 0.05, 0.01);
    assertEquals(ImpliedVolStatus.OK, iv.status());
    assertEquals(0.3, iv.volatility(), 1e-13);
  }

  /**
   * Out-of-the-money prices below the smallest normal double (subnormal, fewer than 53 bits), whose
   * normalised value {@code price / sqrt(S e^{-qT} K e^{-rT})} underflows: still solved, against
   * volatilities from a 60- to 80-digit mpmath solution of the Black-Scholes equation for the exact double
   * price (bisection on {@code ln sigma}; for the cases at the money, where the exact price is
   * {@code S e^{-qT} erf(sigma sqrt(T) / sqrt 8)} or, for {@code |ln(F/K)| = 1e-310}, the Bachelier limit
   * {@code s phi(x/s) + x N(x/s)} of the normalised value with relative error {@code O(s^2)}).
   * Tolerance 1e-13 relative: the solver's own error is a few ulps, times a small condition number.
   */
  @Test
  void subnormalPricesAreSolved() {
    assertSolved(0.036741960653087868115,
        ImpliedVolatility.blackScholes(OptionType.CALL, 1e-320, 100, 150, 30 / 365.0, 0.05, 0.01));
    assertSolved(0.13357086722330216287,
        ImpliedVolatility.blackScholes(OptionType.PUT, 3e-322, 100, 60, 0.01, 0.03, 0.0));
    assertSolved(0.0033928752217377788543,
        ImpliedVolatility.blackScholes(OptionType.PUT, 5e-321, 100, 80, 2.0, 0.01, 0.03));
    // Exactly at the money (ln(F/K) = 0) and 1e-310 from it, with T = 1e-300 so that sigma is normal.
    assertSolved(2.5066003687963373907e-172,
        ImpliedVolatility.blackScholes(OptionType.CALL, 1e-320, 100, 100, 1e-300, 0.02, 0.02));
    assertSolved(1.5416824463959344415e-161,
        ImpliedVolatility.blackScholes(OptionType.PUT, 1e-320, 100, 100, 1e-300, 1e-10, 0.0));
    // Black-76 is Black-Scholes with S = F and q = r, also here.
    double b76 = ImpliedVolatility.black76Volatility(OptionType.PUT, 3e-322, 100, 60, 0.01, 0.03);
    assertEquals(ImpliedVolatility.blackScholesVolatility(OptionType.PUT, 3e-322, 100, 60, 0.01, 0.03, 0.03),
        b76, 1e-13 * b76);
    assertTrue(b76 > 0.1, "Black-76 " + b76);
    // The smallest positive price: still a volatility, and the fast path agrees.
    ImpliedVolResult smallest = ImpliedVolatility.blackScholes(OptionType.CALL, Double.MIN_VALUE, 100, 150,
        30 / 365.0, 0.05, 0.01);
    assertEquals(ImpliedVolStatus.OK, smallest.status(), smallest.toString());
    assertTrue(smallest.volatility() > 0 && smallest.volatility() < 0.036741960653087868115);
    assertEquals(smallest.volatility(), ImpliedVolatility.blackScholesVolatility(OptionType.CALL,
        Double.MIN_VALUE, 100, 150, 30 / 365.0, 0.05, 0.01));
  }

  private static void assertSolved(double expected, ImpliedVolResult actual) {
    assertEquals(ImpliedVolStatus.OK, actual.status(), actual.toString());
    assertEquals(expected, actual.volatility(), 1e-13 * expected, actual.toString());
  }

  @Test
  void deepInTheMoneyWithTheForwardFarBelowTheSpot() {
    // Carry (r - q) T = -36.7: F = S e^{-36.7}. Computing the intrinsic value as e^{-rT} [(S - K) +
    // S expm1((r - q) T)] cancelled S and lost 6e-8 here (found by fuzzing); the legs' difference is exact
    // to their rounding.
    double s = 625.9581339126996;
    double k = 2.4994979535023477e-9;
    double t = 138.88328484349034;
    double r = -0.09399286134505186;
    double q = 0.1698216336013191;
    double price = BlackScholes.price(OptionType.PUT, s, k, t, r, q, 0.06886058031714398);
    ImpliedVolResult iv = ImpliedVolatility.blackScholes(OptionType.PUT, price, s, k, t, r, q);
    double legs = Math.max(s * Math.exp(-q * t), k * Math.exp(-r * t));
    if (iv.isOk()) {
      assertEquals(price, BlackScholes.price(OptionType.PUT, s, k, t, r, q, iv.volatility()), 1e-12 * legs);
    } else {
      assertEquals(ImpliedVolStatus.NO_TIME_VALUE, iv.status());
    }
  }

  @Test
  void zeroExpiry() {
    assertStatus(ImpliedVolStatus.ZERO_EXPIRY,
        ImpliedVolatility.blackScholes(OptionType.CALL, 5, 100, 100, 0, 0.05, 0.01));
    assertStatus(ImpliedVolStatus.ZERO_EXPIRY,
        ImpliedVolatility.black76(OptionType.PUT, 5, 100, 100, 0, 0.05));
    assertEquals(ImpliedVolStatus.ZERO_EXPIRY.code(),
        ImpliedVolatility.blackScholesVolatility(OptionType.CALL, 5, 100, 100, 0, 0.05, 0.01));
  }

  @Test
  void black76() {
    double discount = Math.exp(-0.04 * T);
    for (OptionType type : OptionType.values()) {
      for (double strike : new double[] {3000, 4400, 4500, 4700, 7000}) {
        double price = Black76.price(type, 4500, strike, T, 0.04, 0.18);
        ImpliedVolResult iv = ImpliedVolatility.black76(type, price, 4500, strike, T, 0.04);
        assertEquals(ImpliedVolStatus.OK, iv.status(), type + " K=" + strike);
        double vega = Black76.greeks(type, 4500, strike, T, 0.04, 0.18).vega();
        assertEquals(0.18, iv.volatility(), 4 * Math.ulp(strike * discount) / vega + 1e-14,
            type + " K=" + strike);
        assertEquals(iv.volatility(),
            ImpliedVolatility.black76Volatility(type, price, 4500, strike, T, 0.04));
        // Black-76 is Black-Scholes with S = F and q = r.
        assertEquals(iv.volatility(),
            ImpliedVolatility.blackScholes(type, price, 4500, strike, T, 0.04, 0.04).volatility(), 1e-14);
      }
    }
    assertStatus(ImpliedVolStatus.ABOVE_MAXIMUM,
        ImpliedVolatility.black76(OptionType.CALL, 4500 * discount, 4500, 4400, T, 0.04));
    assertStatus(ImpliedVolStatus.ABOVE_MAXIMUM,
        ImpliedVolatility.black76(OptionType.PUT, 4400 * discount + 1, 4500, 4400, T, 0.04));
    assertStatus(ImpliedVolStatus.BELOW_INTRINSIC,
        ImpliedVolatility.black76(OptionType.CALL, 99 * discount, 4500, 4400, T, 0.04));
    assertStatus(ImpliedVolStatus.NO_TIME_VALUE,
        ImpliedVolatility.black76(OptionType.PUT, 100 * discount, 4400, 4500, T, 0.04));
  }

  @Test
  void fastPathReturnsStatusCodesNeverNaN() {
    double below = ImpliedVolatility.blackScholesVolatility(OptionType.CALL, 20, 100, 80, 1, 0.05, 0);
    assertEquals(ImpliedVolStatus.BELOW_INTRINSIC.code(), below);
    assertEquals(ImpliedVolStatus.BELOW_INTRINSIC, ImpliedVolStatus.of(below));
    double above = ImpliedVolatility.black76Volatility(OptionType.CALL, 200, 100, 100, 1, 0.05);
    assertEquals(ImpliedVolStatus.ABOVE_MAXIMUM, ImpliedVolStatus.of(above));
    assertEquals(ImpliedVolStatus.OK, ImpliedVolStatus.of(0.2));
    assertEquals(ImpliedVolStatus.OK, ImpliedVolStatus.of(0.0));
    for (ImpliedVolStatus s : ImpliedVolStatus.values()) {
      if (s != ImpliedVolStatus.OK) {
        assertTrue(s.code() < 0, s.toString());
        assertEquals(s, ImpliedVolStatus.of(s.code()));
      }
    }
    assertThrows(IllegalArgumentException.class, () -> ImpliedVolStatus.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> ImpliedVolStatus.of(-0.5));
  }

  @Test
  void resultInvariants() {
    assertEquals(0.0, ImpliedVolResult.failed(ImpliedVolStatus.NO_TIME_VALUE).volatility());
    assertTrue(ImpliedVolResult.of(0.2, 2).isOk());
    assertThrows(IllegalArgumentException.class, () -> ImpliedVolResult.of(Double.NaN, 2));
    assertThrows(IllegalArgumentException.class, () -> ImpliedVolResult.of(-0.1, 2));
    assertThrows(IllegalArgumentException.class, () -> ImpliedVolResult.of(Double.POSITIVE_INFINITY, 2));
    assertThrows(IllegalArgumentException.class, () -> ImpliedVolResult.of(0.2, -1));
    assertThrows(IllegalArgumentException.class,
        () -> new ImpliedVolResult(0.2, ImpliedVolStatus.BELOW_INTRINSIC, 0));
    assertThrows(IllegalArgumentException.class, () -> ImpliedVolResult.failed(null));
  }

  @Test
  void badArgumentsNameTheParameter() {
    assertRejects("price",
        () -> ImpliedVolatility.blackScholes(OptionType.CALL, Double.NaN, 100, 100, T, 0, 0));
    assertRejects("spot", () -> ImpliedVolatility.blackScholes(OptionType.CALL, 5, -100, 100, T, 0, 0));
    assertRejects("spot", () -> ImpliedVolatility.blackScholes(OptionType.CALL, 5, Double.NaN, 100, T, 0, 0));
    assertRejects("spot", () -> ImpliedVolatility.blackScholes(OptionType.CALL, 5, 0, 100, T, 0, 0));
    assertRejects("strike", () -> ImpliedVolatility.blackScholes(OptionType.CALL, 5, 100, -1, T, 0, 0));
    assertRejects("strike",
        () -> ImpliedVolatility.blackScholes(OptionType.CALL, 5, 100, Double.POSITIVE_INFINITY, T, 0, 0));
    assertRejects("t", () -> ImpliedVolatility.blackScholes(OptionType.CALL, 5, 100, 100, -T, 0, 0));
    assertRejects("t", () -> ImpliedVolatility.blackScholes(OptionType.CALL, 5, 100, 100, Double.NaN, 0, 0));
    assertRejects("t",
        () -> ImpliedVolatility.blackScholes(OptionType.CALL, 5, 100, 100, Double.POSITIVE_INFINITY, 0, 0));
    assertRejects("r", () -> ImpliedVolatility.blackScholes(OptionType.CALL, 5, 100, 100, T, Double.NaN, 0));
    assertRejects("q", () -> ImpliedVolatility.blackScholes(OptionType.CALL, 5, 100, 100, T, 0, Double.NaN));
    assertRejects("type", () -> ImpliedVolatility.blackScholes(null, 5, 100, 100, T, 0, 0));
    assertRejects("forward", () -> ImpliedVolatility.black76(OptionType.PUT, 5, -100, 100, T, 0));
    assertRejects("strike",
        () -> ImpliedVolatility.black76Volatility(OptionType.PUT, 5, 100, Double.NaN, T, 0));
    assertRejects("price",
        () -> ImpliedVolatility.black76Volatility(OptionType.PUT, Double.NaN, 100, 100, T, 0));
    // Discounting that overflows is misuse too, reported as such rather than as a NaN.
    assertRejects("strike * exp(-r t)",
        () -> ImpliedVolatility.blackScholes(OptionType.CALL, 5, 100, 100, 1e3, -1, 0));
  }

  private static void assertRejects(String parameter, Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().startsWith(parameter + " "), "message: " + e.getMessage());
  }

  private static void assertStatus(ImpliedVolStatus expected, ImpliedVolResult actual) {
    assertEquals(expected, actual.status(), actual.toString());
    assertEquals(0.0, actual.volatility());
    assertEquals(0, actual.iterations());
  }
}
