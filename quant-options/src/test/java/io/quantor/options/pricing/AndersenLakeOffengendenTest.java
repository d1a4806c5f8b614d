package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.pricing.AndersenLakeOffengenden.Scheme;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Special cases, input checks and schemes of {@link AndersenLakeOffengenden}. */
class AndersenLakeOffengendenTest {

  @Test
  void atExpiryThePriceIsIntrinsic() {
    assertEquals(7.0, AndersenLakeOffengenden.price(OptionType.PUT, 93, 100, 0, 0.05, 0.02, 0.3));
    assertEquals(0.0, AndersenLakeOffengenden.price(OptionType.CALL, 93, 100, 0, 0.05, 0.02, 0.3));
    assertEquals(12.5, AndersenLakeOffengenden.price(OptionType.CALL, 112.5, 100, 0, 0.05, 0.02, 0.3));
  }

  /**
   * Without volatility the value is the best discounted payoff over the exercise dates; checked against a
   * brute-force maximum over a grid of 200001 dates (the maximum of a smooth function sampled with step
   * 5e-6 years is exact to about 1e-9 of the strike).
   */
  @Test
  void withoutVolatilityThePriceIsTheBestDiscountedPayoff() {
    double[][] cases = {
        // type (1 call, -1 put), spot, t, r, q
        {-1, 80, 1, 0.05, 0.10}, {-1, 97, 1, 0.05, 0.10}, {-1, 60, 2, 0.08, 0.02},
        {-1, 105, 1, 0.02, -0.05}, {1, 120, 1, 0.03, 0.09}, {1, 103, 1, 0.10, 0.05},
        {1, 130, 0.5, -0.01, 0.04}, {-1, 90, 1, -0.02, 0.03},
    };
    for (double[] c : cases) {
      OptionType type = c[0] > 0 ? OptionType.CALL : OptionType.PUT;
      double spot = c[1];
      double t = c[2];
      double r = c[3];
      double q = c[4];
      double best = 0.0;
      int steps = 200_000;
      for (int i = 0; i <= steps; i++) {
        double u = t * i / steps;
        double forward = spot * Math.exp((r - q) * u);
        best = Math.max(best, Math.exp(-r * u) * type.payoff(forward, 100));
      }
      double price = AndersenLakeOffengenden.price(type, spot, 100, t, r, q, 0.0);
      assertEquals(best, price, 1e-9 * 100, () -> type + " S=" + spot + " r=" + r + " q=" + q);
    }
  }

  @Test
  void putWithoutPositiveRateIsEuropean() {
    double european = BlackScholes.price(OptionType.PUT, 90, 100, 1, -0.01, 0.02, 0.25);
    assertEquals(european, AndersenLakeOffengenden.price(OptionType.PUT, 90, 100, 1, -0.01, 0.02, 0.25));
    double atZero = BlackScholes.price(OptionType.PUT, 90, 100, 1, 0.0, 0.0, 0.25);
    assertEquals(atZero, AndersenLakeOffengenden.price(OptionType.PUT, 90, 100, 1, 0.0, 0.0, 0.25));
    ExerciseBoundary boundary = AndersenLakeOffengenden.exerciseBoundary(OptionType.PUT, 100, 1, -0.01, 0.02,
        0.25);
    assertTrue(!boundary.exercisesEarly());
    assertEquals(0.0, boundary.at(0.5));
  }

  @Test
  void callWithoutPositiveDividendYieldIsEuropean() {
    double european = BlackScholes.price(OptionType.CALL, 110, 100, 2, 0.05, -0.01, 0.3);
    assertEquals(european, AndersenLakeOffengenden.price(OptionType.CALL, 110, 100, 2, 0.05, -0.01, 0.3));
  }

  @Test
  void doubleBoundaryRegimeIsRejected() {
    IllegalArgumentException put = assertThrows(IllegalArgumentException.class,
        () -> AndersenLakeOffengenden.price(OptionType.PUT, 90, 100, 1, -0.01, -0.02, 0.25));
    assertTrue(put.getMessage().contains("r <= 0 and q < r"), put.getMessage());
    IllegalArgumentException call = assertThrows(IllegalArgumentException.class,
        () -> AndersenLakeOffengenden.exerciseBoundary(OptionType.CALL, 100, 1, -0.02, -0.01, 0.25));
    assertTrue(call.getMessage().contains("q <= 0 and r < q"), call.getMessage());
    // Without diffusion the value is still defined: here exercising at once is best.
    assertEquals(10.0, AndersenLakeOffengenden.price(OptionType.PUT, 90, 100, 1, -0.01, -0.02, 0.0));
  }

  @Test
  void deepInTheMoneyPutIsExercised() {
    assertEquals(50.0, AndersenLakeOffengenden.price(OptionType.PUT, 50, 100, 1, 0.08, 0.0, 0.2));
    assertEquals(100.0, AndersenLakeOffengenden.price(OptionType.CALL, 200, 100, 1, 0.0, 0.08, 0.2));
  }

  @Test
  void invalidInputIsRejectedNamingTheParameter() {
    assertMessage("spot", () -> AndersenLakeOffengenden.price(OptionType.PUT, Double.NaN, 100, 1, 0.05, 0,
        0.2));
    assertMessage("spot", () -> AndersenLakeOffengenden.price(OptionType.PUT, 0, 100, 1, 0.05, 0, 0.2));
    assertMessage("strike", () -> AndersenLakeOffengenden.price(OptionType.PUT, 100, -1, 1, 0.05, 0, 0.2));
    assertMessage("t", () -> AndersenLakeOffengenden.price(OptionType.PUT, 100, 100, -1, 0.05, 0, 0.2));
    assertMessage("t", () -> AndersenLakeOffengenden.price(OptionType.PUT, 100, 100, Double.POSITIVE_INFINITY,
        0.05, 0, 0.2));
    assertMessage("r", () -> AndersenLakeOffengenden.price(OptionType.PUT, 100, 100, 1, Double.NaN, 0, 0.2));
    assertMessage("q", () -> AndersenLakeOffengenden.price(OptionType.PUT, 100, 100, 1, 0.05,
        Double.NEGATIVE_INFINITY, 0.2));
    assertMessage("sigma", () -> AndersenLakeOffengenden.price(OptionType.PUT, 100, 100, 1, 0.05, 0, -0.2));
    assertMessage("type", () -> AndersenLakeOffengenden.price(null, 100, 100, 1, 0.05, 0, 0.2));
    assertMessage("scheme", () -> AndersenLakeOffengenden.price(null, OptionType.PUT, 100, 100, 1, 0.05, 0,
        0.2));
    assertMessage("strike", () -> AndersenLakeOffengenden.exerciseBoundary(OptionType.CALL, 0, 1, 0.05, 0,
        0.2));
  }

  @Test
  void schemeParametersAreValidatedAndKept() {
    Scheme scheme = Scheme.of(6, 3, 8, 20);
    assertEquals(6, scheme.quadratureNodes());
    assertEquals(3, scheme.iterations());
    assertEquals(8, scheme.collocationNodes());
    assertEquals(20, scheme.priceNodes());
    assertEquals(Scheme.of(6, 3, 8, 20), scheme);
    assertEquals(Scheme.of(6, 3, 8, 20).hashCode(), scheme.hashCode());
    assertNotEquals(Scheme.of(6, 3, 9, 20), scheme);
    assertEquals("Scheme[l=6, m=3, n=8, p=20]", scheme.toString());
    assertEquals(Scheme.of(7, 2, 9, 24), Scheme.ACCURATE);
    assertMessage("l must be in [1, 128], was 0", () -> Scheme.of(0, 2, 9, 24));
    assertMessage("m must be in [1, 50], was 0", () -> Scheme.of(7, 0, 9, 24));
    assertMessage("n must be in [2, 64], was 1", () -> Scheme.of(7, 2, 1, 24));
    assertMessage("p must be in [1, 512], was 513", () -> Scheme.of(7, 2, 9, 513));
  }

  /** A user-built scheme converges to the high-precision value as it is refined. */
  @Test
  void finerSchemesConverge() {
    double reference = AndersenLakeOffengenden.price(Scheme.HIGH_PRECISION, OptionType.PUT, 95, 100, 2, 0.06,
        0.01, 0.2);
    double coarse = AndersenLakeOffengenden.price(Scheme.of(4, 2, 5, 12), OptionType.PUT, 95, 100, 2, 0.06,
        0.01, 0.2);
    double finer = AndersenLakeOffengenden.price(Scheme.of(10, 3, 14, 40), OptionType.PUT, 95, 100, 2, 0.06,
        0.01, 0.2);
    assertTrue(Math.abs(finer - reference) < Math.abs(coarse - reference) / 10,
        () -> "coarse " + coarse + " finer " + finer + " reference " + reference);
    assertEquals(reference, finer, 1e-7 * reference);
  }

  /**
   * A reused pricer gives the static method's prices to the bit, and the exercise boundary's, over
   * markets that take every path: calls and puts, both orderings of {@code r} and {@code q}, no
   * dividends, spots in the exercise region, the European case, zero time and zero volatility, three
   * schemes (with and without the predictor); the pricer's work arrays carry nothing from one price to
   * the next.
   */
  @Test
  void reusedPricerGivesTheStaticPricesToTheBit() {
    double[][] markets = {
        // type (1 call, -1 put), spot, strike, t, r, q, sigma
        {-1, 95, 100, 1, 0.05, 0.02, 0.25}, {1, 110, 100, 2, 0.03, 0.07, 0.4}, {-1, 60, 100, 1, 0.08, 0, 0.2},
        {-1, 120, 100, 0.25, 0.02, 0.06, 0.6}, {1, 100, 100, 0.5, 0.05, 0.0, 0.3},
        {1, 180, 100, 3, 0.02, 0.09, 0.15}, {-1, 90, 100, 1, -0.01, 0.02, 0.25},
        {-1, 90, 100, 0, 0.05, 0.02, 0.25}, {1, 105, 100, 1, 0.01, 0.08, 0.0},
        {-1, 30, 50, 5, 0.1, 0.01, 0.08},
    };
    for (Scheme scheme : new Scheme[] {Scheme.FAST, Scheme.ACCURATE, Scheme.of(6, 3, 8, 20)}) {
      AndersenLakeOffengenden.Pricer pricer = AndersenLakeOffengenden.Pricer.of(scheme);
      assertEquals(scheme, pricer.scheme());
      for (int round = 0; round < 2; round++) {
        for (double[] m : markets) {
          OptionType type = m[0] > 0 ? OptionType.CALL : OptionType.PUT;
          double expected = AndersenLakeOffengenden.price(scheme, type, m[1], m[2], m[3], m[4], m[5], m[6]);
          double actual = pricer.price(type, m[1], m[2], m[3], m[4], m[5], m[6]);
          assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
              () -> scheme + " " + type + " " + Arrays.toString(m) + ": " + expected + " vs "
                  + actual);
          double viaBoundary = AndersenLakeOffengenden.exerciseBoundary(scheme, type, m[2], m[3], m[4], m[5],
              m[6]).price(m[1]);
          assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(viaBoundary),
              () -> "boundary " + scheme + " " + type + " " + Arrays.toString(m));
        }
      }
    }
  }

  @Test
  void pricerChecksItsArguments() {
    assertMessage("scheme", () -> AndersenLakeOffengenden.Pricer.of(null));
    AndersenLakeOffengenden.Pricer pricer = AndersenLakeOffengenden.Pricer.of(Scheme.ACCURATE);
    assertMessage("spot", () -> pricer.price(OptionType.PUT, 0, 100, 1, 0.05, 0, 0.2));
    assertMessage("strike", () -> pricer.price(OptionType.PUT, 100, Double.NaN, 1, 0.05, 0, 0.2));
    assertMessage("type", () -> pricer.price(null, 100, 100, 1, 0.05, 0, 0.2));
    assertMessage("not supported", () -> pricer.price(OptionType.PUT, 100, 100, 1, -0.02, -0.03, 0.2));
  }

  private static void assertMessage(String fragment, Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' lacks " + fragment);
  }
}
