package io.quantor.options.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.internal.Normal;
import org.junit.jupiter.api.Test;

/**
 * {@link ProbabilityOfTouch} where the direct formula breaks down (tiny time, far barriers, tiny
 * volatility, strong drift: {@code exp(2 nu b / sigma^2)} overflows), in the degenerate cases, and against
 * the driftless closed form {@code 2 N(-|b| / (sigma sqrt T))} (the reflection principle).
 */
class ProbabilityOfTouchTest {

  @Test
  void driftlessCaseIsTwiceTheTerminalProbability() {
    // nu = r - q - sigma^2/2 = 0 with r - q = 0.02, sigma = 0.2.
    for (double h : new double[] {60, 90, 99, 101, 110, 150}) {
      double b = Math.log(h / 100);
      double v = 0.2 * Math.sqrt(0.5);
      assertEquals(2 * Normal.cdf(-Math.abs(b) / v), ProbabilityOfTouch.of(100, h, 0.5, 0.03, 0.01, 0.2),
          1e-15, "H = " + h);
    }
  }

  @Test
  void neverNaNAndTendsToZeroForTinyTimeAndFarBarriers() {
    double[] times = {0, 1e-300, 1e-20, 1e-12, 1e-6, 1.0 / 365, 1, 30, 1e6};
    double[] barriers = {1e-300, 1e-10, 1, 99.999999, 100.000001, 1e10, 1e300};
    double[] sigmas = {0, 1e-300, 1e-8, 0.01, 0.3, 5, 1e8};
    double[][] rates = {{0, 0}, {0.05, 0}, {-0.5, 0.5}, {2, 0}, {0, 2}};
    for (double t : times) {
      for (double h : barriers) {
        for (double sigma : sigmas) {
          for (double[] rq : rates) {
            double p = ProbabilityOfTouch.of(100, h, t, rq[0], rq[1], sigma);
            String what = "t " + t + " H " + h + " sigma " + sigma + " r " + rq[0] + " q " + rq[1];
            assertTrue(p >= 0 && p <= 1, what + ": " + p);
          }
        }
      }
    }
    assertEquals(0, ProbabilityOfTouch.of(100, 101, 1e-20, 0.05, 0, 0.3));
    assertEquals(0, ProbabilityOfTouch.of(100, 1e300, 1, 0.05, 0, 0.3));
    assertEquals(0, ProbabilityOfTouch.of(100, 1e-300, 1, 0.05, 0, 0.3));
  }

  @Test
  void strongDriftTowardsAFarBarrierDoesNotOverflow() {
    // 2 nu b / sigma^2 = 2 * 1.9995 * ln 10 / 1e-4 ~ 9.2e4: exp overflows, the product must not be NaN.
    // With drift 1.9995 a year and sigma 0.01 the path reaches 10 x spot (ln 10 = 2.30) in about 1.15
    // years, so within 2 years the touch is certain and within 1 year impossible, to double precision.
    assertEquals(1, ProbabilityOfTouch.of(100, 1000, 2, 2, 0, 0.01), 1e-15);
    assertEquals(0, ProbabilityOfTouch.of(100, 1000, 1, 2, 0, 0.01), 1e-15);
    // Drift away from the barrier: the reflected term underflows to 0 smoothly.
    assertEquals(0, ProbabilityOfTouch.of(100, 10, 2, 2, 0, 0.01), 1e-15);
  }

  @Test
  void degenerateCases() {
    assertEquals(1, ProbabilityOfTouch.of(100, 100, 0.5, 0.05, 0, 0.2));
    assertEquals(1, ProbabilityOfTouch.of(100, 100, 0, 0.05, 0, 0));
    assertEquals(0, ProbabilityOfTouch.of(100, 110, 0, 0.05, 0, 0.2));
    // Zero volatility: the path is 100 e^{0.10 t}; it reaches 110 (ln 1.1 / 0.1 = 0.953 years) by t = 1.
    assertEquals(1, ProbabilityOfTouch.of(100, 110, 1, 0.10, 0, 0));
    assertEquals(0, ProbabilityOfTouch.of(100, 110, 0.9, 0.10, 0, 0));
    assertEquals(0, ProbabilityOfTouch.of(100, 90, 1, 0.10, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> ProbabilityOfTouch.of(100, 0, 1, 0, 0, 0.2));
    assertThrows(IllegalArgumentException.class, () -> ProbabilityOfTouch.of(100, 110, -1, 0, 0, 0.2));
    assertThrows(IllegalArgumentException.class, () -> ProbabilityOfTouch.of(100, 110, 1, 0, 0, -0.2));
    assertThrows(IllegalArgumentException.class,
        () -> ProbabilityOfTouch.of(100, 110, 1, Double.NaN, 0, 0.2));
  }
}
