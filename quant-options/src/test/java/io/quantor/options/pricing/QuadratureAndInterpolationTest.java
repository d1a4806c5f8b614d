package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link GaussLegendre}, {@link ChebyshevLobatto} and {@link BoundaryQuadrature}. */
class QuadratureAndInterpolationTest {

  /** Abramowitz and Stegun, table 25.4: 3 nodes 0, +-sqrt(3/5), weights 8/9, 5/9. */
  @Test
  void gaussLegendreKnownRule() {
    GaussLegendre rule = GaussLegendre.of(3);
    assertEquals(-Math.sqrt(0.6), rule.node(0), 1e-15);
    assertEquals(0.0, rule.node(1), 0.0);
    assertEquals(Math.sqrt(0.6), rule.node(2), 1e-15);
    assertEquals(5.0 / 9, rule.weight(0), 1e-15);
    assertEquals(8.0 / 9, rule.weight(1), 1e-15);
    assertEquals(5.0 / 9, rule.weight(2), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> GaussLegendre.of(0));
  }

  /** An n-point rule integrates x^k exactly for k <= 2n - 1: 2/(k+1) for even k, 0 for odd. */
  @Test
  void gaussLegendreIsExactForPolynomials() {
    for (int n : new int[] {1, 2, 5, 8, 24, 96}) {
      GaussLegendre rule = GaussLegendre.of(n);
      assertEquals(n, rule.size());
      for (int k = 0; k <= Math.min(2 * n - 1, 40); k++) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
          sum += rule.weight(i) * Math.pow(rule.node(i), k);
        }
        double expected = k % 2 == 0 ? 2.0 / (k + 1) : 0.0;
        assertEquals(expected, sum, 1e-14, "n=" + n + " k=" + k);
      }
    }
  }

  @Test
  void chebyshevLobattoReproducesPolynomialsOfDegreeN() {
    ChebyshevLobatto points = new ChebyshevLobatto(6);
    assertEquals(-1.0, points.node(0));
    assertEquals(0.0, points.node(3));
    assertEquals(1.0, points.node(6));
    double[] values = new double[7];
    for (int i = 0; i <= 6; i++) {
      values[i] = polynomial(points.node(i));
    }
    double[] basis = new double[7];
    for (double z = -1.0; z <= 1.0; z += 0.0625) {
      assertEquals(polynomial(z), points.interpolate(z, values), 1e-13, "z=" + z);
      points.basis(z, basis);
      double sum = 0.0;
      for (int j = 0; j <= 6; j++) {
        sum += basis[j] * values[j];
      }
      assertEquals(polynomial(z), sum, 1e-13, "basis at z=" + z);
    }
    assertEquals(values[2], points.interpolate(points.node(2), values), 0.0);
  }

  /**
   * The boundary-equation rule with u = tau sin^2(theta): integrates smooth functions of sqrt(u) and the
   * weakly singular {@code 1/sqrt(tau - u)} accurately: with 8 nodes, {@code int_0^1 sqrt(u) du = 2/3} to
   * 1e-12 (the integrand becomes the analytic {@code 2 sin^2 cos}) and {@code int_0^1 1/sqrt(1 - u) du = 2}
   * to rounding; plain 8-point Gauss-Legendre in {@code u} leaves errors of 1.7e-4 and 0.1.
   */
  @Test
  void boundaryQuadratureHandlesBothEnds() {
    BoundaryQuadrature rule = new BoundaryQuadrature(8, new ChebyshevLobatto(4));
    double smooth = 0.0;
    double singular = 0.0;
    for (int k = 0; k < rule.size(); k++) {
      smooth += rule.weight()[k] * Math.sqrt(rule.fractionU()[k]);
      singular += rule.weightSingular()[k];
    }
    assertEquals(2.0 / 3, smooth, 1e-12);
    assertEquals(2.0, singular, 1e-14);
  }

  private static double polynomial(double z) {
    return 0.5 - z + 3 * z * z - 2 * Math.pow(z, 5) + 0.25 * Math.pow(z, 6);
  }
}
