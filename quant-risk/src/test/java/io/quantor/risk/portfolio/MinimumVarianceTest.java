package io.quantor.risk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinimumVarianceTest {

  @Test
  void budgetOnlyEqualsClosedForm() {
    double[][] r = TestData.factorReturns(300, 12, 7);
    CovarianceMatrix cov = CovarianceMatrix.sample(r);
    OptimizationResult res = MinimumVariance.optimize(cov, PortfolioConstraints.budgetOnly(12));
    assertTrue(res.isOptimal(), res.message());
    double[] expected = ClosedForms.minimumVariance(cov.toArray());
    for (int i = 0; i < 12; i++) {
      assertEquals(expected[i], res.weight(i), 1e-8, "w" + i);
    }
  }

  @Test
  void longOnlyMatchesOjAlgo() {
    for (int seed = 1; seed <= 5; seed++) {
      int n = 20 + 5 * seed;
      CovarianceMatrix cov = CovarianceMatrix.sample(TestData.factorReturns(200, n, seed));
      PortfolioConstraints c = PortfolioConstraints.longOnly(n).withBounds(0.0, 0.15);
      OptimizationResult res = MinimumVariance.optimize(cov, c);
      assertTrue(res.isOptimal(), res.message());
      QuadraticProgram.Outcome oj = QuadraticProgram.ojAlgo(cov.raw(), null, c, null, Double.NaN);
      double[] w = res.weights();
      for (int i = 0; i < n; i++) {
        assertEquals(oj.weights[i], w[i], 1e-8, "seed " + seed + " w" + i);
      }
    }
  }
}
