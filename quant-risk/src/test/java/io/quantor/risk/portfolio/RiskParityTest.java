package io.quantor.risk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RiskParityTest {

  @Test
  void equalContributionsToOneInTenToTheEight() {
    CovarianceMatrix cov = CovarianceMatrix.sample(TestData.factorReturns(400, 40, 11));
    OptimizationResult r = RiskParity.equalRiskContribution(cov);
    assertTrue(r.isOptimal(), r.message());
    double[] rc = r.riskContributions();
    double vol = r.objective();
    for (double c : rc) {
      assertEquals(1.0 / 40, c / vol, 1e-8);
    }
    double sum = 0;
    for (double w : r.weights()) {
      assertTrue(w > 0);
      sum += w;
    }
    assertEquals(1.0, sum, 1e-14);
  }

  /** Two assets: ERC is inverse volatility, whatever the correlation (Maillard et al. 2010, section 2.2). */
  @Test
  void twoAssetsAreInverseVolatility() {
    double s1 = 0.2;
    double s2 = 0.3;
    double rho = -0.4;
    CovarianceMatrix cov = CovarianceMatrix.of(new double[][] {{s1 * s1, rho * s1 * s2}, {rho * s1 * s2, s2
        * s2}});
    OptimizationResult r = RiskParity.equalRiskContribution(cov);
    assertEquals(s2 / (s1 + s2), r.weight(0), 1e-14);
    assertEquals(s1 / (s1 + s2), r.weight(1), 1e-14);
  }

  @Test
  void riskBudgetsAreMet() {
    CovarianceMatrix cov = CovarianceMatrix.sample(TestData.factorReturns(300, 5, 12));
    double[] budgets = {1, 2, 3, 4, 10};
    OptimizationResult r = RiskParity.riskBudgeting(cov, budgets);
    double[] rc = r.riskContributions();
    for (int i = 0; i < 5; i++) {
      assertEquals(budgets[i] / 20.0, rc[i] / r.objective(), 1e-10);
    }
  }
}
