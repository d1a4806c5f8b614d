package io.quantor.options.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Structural properties of {@link Normal}: symmetry {@code Phi(x) + Phi(-x) = 1}, monotonicity, the
 * quantile as the inverse of the distribution function, and the density as the derivative of the
 * distribution function (a Richardson central difference, relative tolerance 1e-8).
 */
class NormalProperties {

  @Property(tries = 200)
  void symmetric(@ForAll @DoubleRange(min = -40, max = 40) double x) {
    assertEquals(1.0, Normal.cdf(x) + Normal.cdf(-x), 2.3e-16);
    assertEquals(Normal.pdf(x), Normal.pdf(-x), 0.0);
  }

  @Property(tries = 200)
  void increasing(@ForAll @DoubleRange(min = -38, max = 9) double x,
      @ForAll @DoubleRange(min = 0, max = 1) double step) {
    assertTrue(Normal.cdf(x + step) >= Normal.cdf(x));
  }

  @Property(tries = 200)
  void inverseCdfInvertsCdf(@ForAll @DoubleRange(min = -37, max = 8) double x) {
    // Near 1 the probability keeps only about 1e-16 absolute resolution, which limits x through the density.
    double p = Normal.cdf(x);
    double back = Normal.inverseCdf(p);
    double tol = 4e-15 * Math.abs(x) + 1.2e-16 * Math.max(p, 1 - p) / Normal.pdf(x) + 1e-300;
    assertEquals(x, back, tol, () -> "p = " + p);
  }

  @Property(tries = 200)
  void pdfIsTheDerivativeOfCdf(@ForAll @DoubleRange(min = -30, max = 30) double x) {
    // Differenced in the lower tail, where Phi keeps its relative precision (phi is even).
    double y = -Math.abs(x);
    double h = 1e-3;
    double coarse = (Normal.cdf(y + h) - Normal.cdf(y - h)) / (2 * h);
    double fine = (Normal.cdf(y + h / 2) - Normal.cdf(y - h / 2)) / h;
    double derivative = (4 * fine - coarse) / 3;
    double pdf = Normal.pdf(x);
    assertEquals(pdf, derivative, 1e-8 * pdf, () -> "at " + x);
  }
}
