package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Input checks and the zero-variance limits of {@link Black76}. */
class Black76Test {

  @Test
  void rejectsBadInputNamingParameterAndValue() {
    assertMessage("forward must be finite and > 0, was -1.0",
        () -> Black76.price(OptionType.CALL, -1, 100, 1, 0.05, 0.2));
    assertMessage("strike must be finite and > 0, was NaN",
        () -> Black76.greeks(OptionType.CALL, 100, Double.NaN, 1, 0.05, 0.2));
    assertMessage("t must be >= 0.0, was -1.0", () -> Black76.price(OptionType.PUT, 100, 100, -1, 0.05, 0.2));
    assertMessage("r must be finite, was Infinity",
        () -> Black76.price(OptionType.PUT, 100, 100, 1, Double.POSITIVE_INFINITY, 0.2));
    assertMessage("sigma must be >= 0.0, was -0.1",
        () -> Black76.greeks(OptionType.PUT, 100, 100, 1, 0.05, -0.1));
    assertMessage("type must not be null", () -> Black76.price(null, 100, 100, 1, 0.05, 0.2));
  }

  @Test
  void zeroVarianceIsTheDiscountedForwardPayoff() {
    double t = 0.5;
    double df = Math.exp(-0.05 * t);
    ForwardGreeks itm = Black76.greeks(OptionType.PUT, 90, 100, t, 0.05, 0);
    assertEquals(10 * df, itm.price(), 1e-14);
    assertEquals(-df, itm.deltaForward(), 1e-15);
    assertEquals(0, itm.gammaForward());
    assertEquals(0, itm.vega());
    assertEquals(0.05 * 10 * df, itm.theta(), 1e-14);
    assertEquals(-t * 10 * df, itm.rho(), 1e-14);
    ForwardGreeks atTheForward = Black76.greeks(OptionType.CALL, 100, 100, t, 0.05, 0);
    assertEquals(0, atTheForward.price());
    assertEquals(df / 2, atTheForward.deltaForward(), 1e-15);
    assertEquals(df * 100 * Math.sqrt(t) / Math.sqrt(2 * Math.PI), atTheForward.vega(), 1e-13);
    ForwardGreeks expired = Black76.greeks(OptionType.CALL, 120, 100, 0, 0.05, 0.3);
    assertEquals(20, expired.price());
    assertEquals(1, expired.deltaForward());
    assertEquals(0, Black76.price(OptionType.CALL, 80, 100, 0, 0.05, 0.3));
  }

  @Test
  void priceEqualsTheGreeksPrice() {
    for (OptionType type : OptionType.values()) {
      assertEquals(Black76.greeks(type, 4500, 4600, 0.25, 0.05, 0.18).price(),
          Black76.price(type, 4500, 4600, 0.25, 0.05, 0.18));
    }
  }

  @Test
  void viewsPerDayAndPerPoint() {
    ForwardGreeks g = Black76.greeks(OptionType.CALL, 100, 100, 1, 0.05, 0.2);
    assertEquals(g.theta() / 365, g.thetaPerDay());
    assertEquals(g.vega() / 100, g.vegaPerPoint());
    assertEquals(g.rho() / 100, g.rhoPerPoint());
  }

  private static void assertMessage(String message, Runnable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call::run).getMessage());
  }
}
