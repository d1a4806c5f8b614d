package io.quantor.risk.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A worked example small enough to follow by hand (Lopez de Prado 2016, steps 1-4).
 *
 * <p>Four assets with volatilities 0.1, 0.2, 0.15, 0.25 in two blocks: corr(0, 2) = 0.9, corr(1, 3) = 0.7,
 * every other pair 0.1. Distances {@code d = sqrt((1 - rho) / 2)}: d(0,2) = sqrt(0.05), d(1,3) = sqrt(0.15),
 * others sqrt(0.45). Distance of distances: D(0,2) = sqrt(2 d02^2) = 0.3162..., D(1,3) = 0.5477..., the
 * cross pairs larger. Single linkage therefore merges (0, 2) as cluster 4, then (1, 3) as cluster 5, then
 * (4, 5); the quasi-diagonal order is 0, 2, 1, 3. Bisection splits {0, 2} | {1, 3}: each half's
 * inverse-variance portfolio variance is computed below from the covariance, the left half gets {@code 1 -
 * V_l / (V_l + V_r)}; then {0} | {2} and {1} | {3} split by inverse variance.
 */
class HierarchicalRiskParityTest {

  @Test
  void fourAssetWorkedExample() {
    double[] s = {0.1, 0.2, 0.15, 0.25};
    double[][] rho = {
        {1, 0.1, 0.9, 0.1},
        {0.1, 1, 0.1, 0.7},
        {0.9, 0.1, 1, 0.1},
        {0.1, 0.7, 0.1, 1}};
    double[][] c = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        c[i][j] = rho[i][j] * s[i] * s[j];
      }
    }
    CovarianceMatrix cov = CovarianceMatrix.of(c);
    double[][] link = HierarchicalRiskParity.linkage(cov);
    assertArrayEquals(new double[] {0, 2}, new double[] {link[0][0], link[0][1]});
    assertEquals(Math.sqrt(2 * 0.05), link[0][2], 1e-15);
    assertArrayEquals(new double[] {1, 3}, new double[] {link[1][0], link[1][1]});
    assertArrayEquals(new double[] {4, 5, 4}, new double[] {link[2][0], link[2][1], link[2][3]});
    assertArrayEquals(new int[] {0, 2, 1, 3}, HierarchicalRiskParity.order(cov));

    // Left cluster {0, 2}: inverse-variance weights 1/0.01 : 1/0.0225, normalised.
    double a0 = 100.0 / (100.0 + 1 / 0.0225);
    double a2 = 1 - a0;
    double vl = a0 * a0 * 0.01 + a2 * a2 * 0.0225 + 2 * a0 * a2 * 0.9 * 0.1 * 0.15;
    double b1 = (1 / 0.04) / (1 / 0.04 + 1 / 0.0625);
    double b3 = 1 - b1;
    double vr = b1 * b1 * 0.04 + b3 * b3 * 0.0625 + 2 * b1 * b3 * 0.7 * 0.2 * 0.25;
    double left = 1 - vl / (vl + vr);
    double[] expected = {left * a0, (1 - left) * b1, left * a2, (1 - left) * b3};
    OptimizationResult r = HierarchicalRiskParity.optimize(cov);
    assertArrayEquals(expected, r.weights(), 1e-15);
  }
}
