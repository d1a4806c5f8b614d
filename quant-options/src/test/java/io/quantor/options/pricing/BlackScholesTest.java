package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Input checks, zero-variance limits and the agreement of the entry points of {@link BlackScholes}. */
class BlackScholesTest {

  private static final OptionType CALL = OptionType.CALL;
  private static final OptionType PUT = OptionType.PUT;

  @Test
  void rejectsBadInputNamingParameterAndValue() {
    assertMessage("spot must be finite and > 0, was -1.0",
        () -> BlackScholes.price(CALL, -1, 100, 1, 0, 0, 0.2));
    assertMessage("spot must be finite and > 0, was NaN",
        () -> BlackScholes.price(CALL, Double.NaN, 100, 1, 0, 0, 0.2));
    assertMessage("spot must be finite and > 0, was Infinity",
        () -> BlackScholes.price(CALL, Double.POSITIVE_INFINITY, 100, 1, 0, 0, 0.2));
    assertMessage("spot must be finite and > 0, was 0.0",
        () -> BlackScholes.price(CALL, 0, 100, 1, 0, 0, 0.2));
    assertMessage("strike must be finite and > 0, was -5.0",
        () -> BlackScholes.greeks(PUT, 100, -5, 1, 0, 0, 0.2));
    assertMessage("t must be >= 0.0, was -0.5", () -> BlackScholes.price(CALL, 100, 100, -0.5, 0, 0, 0.2));
    assertMessage("t must be finite, was Infinity",
        () -> BlackScholes.price(CALL, 100, 100, Double.POSITIVE_INFINITY, 0, 0, 0.2));
    assertMessage("t must be >= 0.0, was NaN",
        () -> BlackScholes.price(CALL, 100, 100, Double.NaN, 0, 0, 0.2));
    assertMessage("r must be finite, was NaN",
        () -> BlackScholes.price(CALL, 100, 100, 1, Double.NaN, 0, 0.2));
    assertMessage("q must be finite, was -Infinity",
        () -> BlackScholes.greeks(CALL, 100, 100, 1, 0, Double.NEGATIVE_INFINITY, 0.2));
    assertMessage("sigma must be >= 0.0, was -0.2",
        () -> BlackScholes.price(CALL, 100, 100, 1, 0, 0, -0.2));
    assertMessage("sigma must be finite, was Infinity",
        () -> BlackScholes.price(CALL, 100, 100, 1, 0, 0, Double.POSITIVE_INFINITY));
    assertMessage("sigma * sqrt(t) must be finite, was Infinity (sigma 1.0E308)",
        () -> BlackScholes.price(CALL, 100, 100, 4, 0, 0, 1e308));
    assertMessage("type must not be null", () -> BlackScholes.price(null, 100, 100, 1, 0, 0, 0.2));
    assertMessage("out must not be null",
        () -> BlackScholes.greeks(CALL, 100, 100, 1, 0, 0, 0.2, null, 0));
    assertMessage("offset must be in [0, out.length - 10] = [0, 2], was 3",
        () -> BlackScholes.greeks(CALL, 100, 100, 1, 0, 0, 0.2, new double[12], 3));
    assertMessage("offset must be in [0, out.length - 10] = [0, 0], was -1",
        () -> BlackScholes.greeks(CALL, 100, 100, 1, 0, 0, 0.2, new double[10], -1));
  }

  @Test
  void pricePathArrayPathAndRecordAgreeExactly() {
    double[][] cases = {{100, 95, 0.25, 0.05, 0.02, 0.3}, {50, 100, 1 / 365.0, 0, 0.03, 1.5},
        {200, 100, 3, 0.05, 0, 0.05}, {100, 100, 0, 0.05, 0, 0.2}, {100, 100, 1, 0.01, 0.01, 0}};
    double[] out = new double[Greeks.SIZE + 3];
    for (double[] c : cases) {
      for (OptionType type : OptionType.values()) {
        Greeks g = BlackScholes.greeks(type, c[0], c[1], c[2], c[3], c[4], c[5]);
        BlackScholes.greeks(type, c[0], c[1], c[2], c[3], c[4], c[5], out, 3);
        double[] written = java.util.Arrays.copyOfRange(out, 3, 3 + Greeks.SIZE);
        assertArrayEquals(g.toArray(), written);
        assertEquals(g.price(), BlackScholes.price(type, c[0], c[1], c[2], c[3], c[4], c[5]));
      }
    }
  }

  @Test
  void firstOrderWritesTheFirstSevenValuesOfTheFullEvaluationToTheBit() {
    // Ordinary, at expiry, zero volatility at and away from the forward, deep out of and in the money.
    double[][] cases = {{100, 95, 0.25, 0.05, 0.02, 0.3}, {50, 100, 1 / 365.0, 0, 0.03, 1.5},
        {200, 100, 3, 0.05, 0, 0.05}, {100, 100, 0, 0.05, 0, 0.2}, {100, 100, 1, 0.01, 0.01, 0},
        {100, 100, 1, 0.05, 0.01, 0}, {100, 2000, 0.1, 0.05, 0.01, 0.2}, {100, 5, 0.1, 0.05, 0.01, 0.2}};
    double[] full = new double[Greeks.SIZE];
    double[] out = new double[Greeks.SIZE + 3];
    for (double[] c : cases) {
      for (OptionType type : OptionType.values()) {
        BlackScholes.greeks(type, c[0], c[1], c[2], c[3], c[4], c[5], full, 0);
        java.util.Arrays.fill(out, -42.0);
        BlackScholes.firstOrder(type, c[0], c[1], c[2], c[3], c[4], c[5], out, 2);
        for (int k = 0; k < Greeks.FIRST_ORDER_SIZE; k++) {
          assertEquals(Double.doubleToRawLongBits(full[k]), Double.doubleToRawLongBits(out[2 + k]),
              type + " " + java.util.Arrays.toString(c) + " value " + k);
        }
        // Nothing outside the seven values is written.
        for (int k : new int[] {0, 1, 2 + Greeks.FIRST_ORDER_SIZE, 3 + Greeks.FIRST_ORDER_SIZE}) {
          assertEquals(-42.0, out[k], "element " + k);
        }
      }
    }
    assertMessage("offset must be in [0, out.length - 7] = [0, 1], was 2",
        () -> BlackScholes.firstOrder(CALL, 100, 100, 1, 0, 0, 0.2, new double[8], 2));
    assertMessage("out must not be null",
        () -> BlackScholes.firstOrder(CALL, 100, 100, 1, 0, 0, 0.2, null, 0));
    assertMessage("sigma must be >= 0.0, was -0.2",
        () -> BlackScholes.firstOrder(CALL, 100, 100, 1, 0, 0, -0.2, new double[7], 0));
  }

  @Test
  void viewsPerDayAndPerPoint() {
    Greeks g = BlackScholes.greeks(CALL, 100, 100, 1, 0.05, 0.03, 0.2);
    assertEquals(g.theta() / 365, g.thetaPerDay());
    assertEquals(g.vega() / 100, g.vegaPerPoint());
    assertEquals(g.rho() / 100, g.rhoPerPoint());
    assertEquals(g.dividendRho() / 100, g.dividendRhoPerPoint());
    assertEquals(g.charm() / 365, g.charmPerDay());
  }

  @Test
  void atExpiryPriceIsIntrinsicAndGreeksAreTheDocumentedLimits() {
    // In the money call: delta 1, theta = q S - r K, everything with a factor t vanishes.
    assertGreeks(BlackScholes.greeks(CALL, 110, 100, 0, 0.05, 0.02, 0.3),
        10, 1, 0, 0, 0.02 * 110 - 0.05 * 100, 0, 0, 0, 0, 0.02);
    // In the money put.
    assertGreeks(BlackScholes.greeks(PUT, 90, 100, 0, 0.05, 0.02, 0.3),
        10, -1, 0, 0, -(0.02 * 90 - 0.05 * 100), 0, 0, 0, 0, -0.02);
    // Out of the money: all zero.
    assertGreeks(BlackScholes.greeks(CALL, 90, 100, 0, 0.05, 0.02, 0.3), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    // At the strike: half the in-the-money delta and theta.
    assertGreeks(BlackScholes.greeks(PUT, 100, 100, 0, 0.05, 0.02, 0.3),
        0, -0.5, 0, 0, -0.5 * (0.02 * 100 - 0.05 * 100), 0, 0, 0, 0, -0.01);
    assertEquals(10, BlackScholes.price(CALL, 110, 100, 0, 0.05, 0.02, 0.3));
    assertEquals(0, BlackScholes.price(PUT, 110, 100, 0, 0.05, 0.02, 0.3));
  }

  @Test
  void zeroVolatilityIsTheDiscountedForwardPayoff() {
    double t = 0.5;
    double dfR = Math.exp(-0.05 * t);
    double dfQ = Math.exp(-0.02 * t);
    double forwardPayoff = 120 * dfQ - 100 * dfR;
    assertGreeks(BlackScholes.greeks(CALL, 120, 100, t, 0.05, 0.02, 0), forwardPayoff, dfQ, 0, 0,
        0.02 * 120 * dfQ - 0.05 * 100 * dfR, t * 100 * dfR, -t * 120 * dfQ, 0, 0, 0.02 * dfQ);
    assertEquals(forwardPayoff, BlackScholes.price(CALL, 120, 100, t, 0.05, 0.02, 0), 1e-14);
    assertEquals(0, BlackScholes.price(PUT, 120, 100, t, 0.05, 0.02, 0));
  }

  @Test
  void zeroVarianceLimitsAreTheLimitsOfTheFormulas() {
    // Away from the forward and exactly at it (S = K with r = q puts the forward on the strike); gamma at
    // the forward diverges and is compared only away from it.
    double[][] cases = {{120, 100, 0.5, 0.05, 0.02}, {80, 100, 0.5, 0.05, 0.02}, {100, 100, 0.5, 0.03, 0.03}};
    for (double[] c : cases) {
      for (OptionType type : OptionType.values()) {
        double[] limit = BlackScholes.greeks(type, c[0], c[1], c[2], c[3], c[4], 0).toArray();
        double[] near = BlackScholes.greeks(type, c[0], c[1], c[2], c[3], c[4], 1e-9).toArray();
        for (int i = 0; i < Greeks.SIZE; i++) {
          if (i == Greeks.GAMMA && c[0] == c[1]) {
            continue;
          }
          assertEquals(near[i], limit[i], 1e-7 * (1 + Math.abs(near[i])),
              "component " + i + " of " + type + " " + java.util.Arrays.toString(c));
        }
      }
    }
  }

  @Test
  void extremeButValidInputsGiveFiniteValues() {
    double[][] cases = {{1e-300, 1e300, 1, 0.05, 0, 0.2}, {1e300, 1e-300, 1, 0.05, 0, 0.2},
        {100, 100, 1, 0, 0, 1e-300}, {100, 100, 1e-300, 0, 0, 0.2}, {100, 100, 100, 0.05, 0.02, 50},
        {100, 1, 30, 0.2, 0, 0.01}, {100, 100, 1, 0, 0, 1e-200}, {100, 100, 5, 0.5, -0.5, 3}};
    for (double[] c : cases) {
      for (OptionType type : OptionType.values()) {
        Greeks g = BlackScholes.greeks(type, c[0], c[1], c[2], c[3], c[4], c[5]);
        for (double value : g.toArray()) {
          assertTrue(Double.isFinite(value), () -> g + " for " + type + " " + java.util.Arrays.toString(c));
        }
        assertTrue(g.price() >= 0);
      }
    }
  }

  private static void assertGreeks(Greeks g, double price, double delta, double gamma, double vega,
      double theta, double rho, double dividendRho, double vanna, double volga, double charm) {
    double[] expected = {price, delta, gamma, vega, theta, rho, dividendRho, vanna, volga, charm};
    double[] actual = g.toArray();
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-13 * (1 + Math.abs(expected[i])),
          "component " + i + " of " + g);
    }
  }

  private static void assertMessage(String message, Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertEquals(message, e.getMessage());
  }
}
