package io.quantor.risk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.testing.ReferenceTable;
import io.quantor.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Minimum-variance, mean-variance and maximum-Sharpe weights against closed forms and against ojAlgo's convex
 * solver (the active-set method must agree with it to 1e-8 on every weight).
 */
class MinimumVarianceTest {

  @Test
  void budgetOnlyEqualsClosedForm() {
    CovarianceMatrix cov = CovarianceMatrix.sample(TestData.factorReturns(300, 12, 7));
    OptimizationResult res = MinimumVariance.optimize(cov, PortfolioConstraints.budgetOnly(12));
    assertTrue(res.isOptimal(), res.message());
    double[] expected = ClosedForms.minimumVariance(cov.toArray());
    for (int i = 0; i < 12; i++) {
      assertEquals(expected[i], res.weight(i), 1e-8, "w" + i);
    }
  }

  /**
   * ORCL/YHOO daily log returns 1996-2014 ({@code shared/reference/risk/log_returns.csv}, 4,712 days). The
   * sample covariance reproduces the 50/50 portfolio's standard deviation in {@code risk.json}
   * ({@code portfolio_decomposition/levels/0.95/gaussian_var_cov_ddof1/portfolio_sd}, 1e-12 relative), and
   * the minimum-variance weight of ORCL equals the two-asset closed form {@code (s2^2 - s12) / (s1^2 + s2^2 -
   * 2 s12)} to 1e-12.
   */
  @Test
  void orclYhooTwoAssetClosedForm() {
    ReferenceTable t = ReferenceTable.read(SharedData.file("reference/risk/log_returns.csv"));
    double[] orcl = t.column("orcl_log_return");
    double[] yhoo = t.column("yhoo_log_return");
    double[][] r = new double[orcl.length][];
    for (int i = 0; i < orcl.length; i++) {
      r[i] = new double[] {orcl[i], yhoo[i]};
    }
    CovarianceMatrix cov = CovarianceMatrix.sample(r);
    assertEquals(0.027646309006764236, Math.sqrt(cov.variance(new double[] {0.5, 0.5})),
        1e-12 * 0.027646309006764236);
    double s11 = cov.get(0, 0);
    double s22 = cov.get(1, 1);
    double s12 = cov.get(0, 1);
    double w1 = (s22 - s12) / (s11 + s22 - 2 * s12);
    OptimizationResult res = MinimumVariance.optimize(cov, PortfolioConstraints.longOnly(2));
    assertTrue(res.isOptimal(), res.message());
    assertEquals(w1, res.weight(0), 1e-12);
    assertEquals(1 - w1, res.weight(1), 1e-12);
    assertEquals(w1 * w1 * s11 + (1 - w1) * (1 - w1) * s22 + 2 * w1 * (1 - w1) * s12, res.objective(), 1e-18);
  }

  @Test
  void longOnlyMatchesOjAlgo() {
    for (int seed = 1; seed <= 4; seed++) {
      int n = 20 + 5 * seed;
      CovarianceMatrix cov = CovarianceMatrix.sample(TestData.factorReturns(200, n, seed));
      PortfolioConstraints c = PortfolioConstraints.longOnly(n).withBounds(0.0, 0.15);
      OptimizationResult res = MinimumVariance.optimize(cov, c);
      assertTrue(res.isOptimal(), res.message());
      assertTrue(res.message().contains("active set"), res.message());
      QuadraticProgram.Outcome oj = QuadraticProgram.ojAlgo(cov.raw(), null, c, null, Double.NaN);
      assertClose(oj.weights, res.weights(), 1e-8, "seed " + seed);
    }
  }

  @Test
  void targetReturnMatchesOjAlgo() {
    double[][] r = TestData.factorReturns(250, 25, 21);
    CovarianceMatrix cov = CovarianceMatrix.sample(r);
    double[] mu = TestData.means(r);
    PortfolioConstraints c = PortfolioConstraints.longOnly(25).withBounds(0.0, 0.2);
    double mvReturn = QuadraticProgram.dot(mu, MinimumVariance.optimize(cov, c).weights());
    double target = mvReturn + 0.5 * (Feasibility.maxReturn(c, mu) - mvReturn);
    OptimizationResult res = MeanVariance.forTargetReturn(mu, cov, target, c);
    assertTrue(res.isOptimal(), res.message());
    assertTrue(res.message().contains("target return"), res.message());
    assertEquals(target, QuadraticProgram.dot(mu, res.weights()), 1e-12);
    QuadraticProgram.Outcome oj = QuadraticProgram.ojAlgo(cov.raw(), null, c, mu, target);
    assertClose(oj.weights, res.weights(), 1e-8, "target");
  }

  @Test
  void riskAversionMatchesOjAlgo() {
    double[][] r = TestData.factorReturns(250, 15, 22);
    CovarianceMatrix cov = CovarianceMatrix.sample(r);
    double[] mu = TestData.means(r);
    PortfolioConstraints c = PortfolioConstraints.longOnly(15).withBounds(-0.1, 0.3);
    double delta = 3.0;
    OptimizationResult res = MeanVariance.forRiskAversion(mu, cov, delta, c);
    assertTrue(res.isOptimal(), res.message());
    double[][] h = cov.toArray();
    double[] lin = new double[15];
    for (int i = 0; i < 15; i++) {
      for (int j = 0; j < 15; j++) {
        h[i][j] *= delta;
      }
      lin[i] = -mu[i];
    }
    QuadraticProgram.Outcome oj = QuadraticProgram.ojAlgo(h, lin, c, null, Double.NaN);
    assertClose(oj.weights, res.weights(), 1e-8, "risk aversion");
  }

  /**
   * The long-only tangency portfolio by the active-set method equals the one from ojAlgo on the homogeneous
   * model (forced by a group cap of 1 on all assets, which cannot bind), and its Sharpe ratio beats every
   * single asset and the equal-weighted portfolio.
   */
  @Test
  void maximumSharpeBothPathsAgree() {
    double[][] r = TestData.factorReturns(250, 12, 23);
    CovarianceMatrix cov = CovarianceMatrix.sample(r);
    double[] mu = TestData.means(r);
    double rf = 0.0001;
    PortfolioConstraints c = PortfolioConstraints.longOnly(12);
    OptimizationResult fast = MaximumSharpe.optimize(mu, cov, rf, c);
    int[] all = new int[12];
    for (int i = 0; i < 12; i++) {
      all[i] = i;
    }
    OptimizationResult general = MaximumSharpe.optimize(mu, cov, rf, c.withGroup("all", all, 0.0, 1.0));
    assertTrue(fast.isOptimal() && general.isOptimal(), fast.message() + " / " + general.message());
    assertTrue(fast.message().contains("active set") && general.message().contains("ojAlgo"));
    assertClose(general.weights(), fast.weights(), 1e-7, "sharpe");
    double[] ew = new double[12];
    java.util.Arrays.fill(ew, 1.0 / 12);
    double ewSharpe = (QuadraticProgram.dot(mu, ew) - rf) / Math.sqrt(cov.variance(ew));
    assertTrue(fast.objective() >= ewSharpe);
    for (int i = 0; i < 12; i++) {
      assertTrue(fast.objective() >= (mu[i] - rf) / Math.sqrt(cov.get(i, i)));
    }
  }

  /**
   * Group caps and turnover go to ojAlgo; its answer satisfies them and is no worse than a feasible point.
   */
  @Test
  void groupsAndTurnoverAreRespected() {
    int n = 10;
    CovarianceMatrix cov = CovarianceMatrix.sample(TestData.factorReturns(250, n, 24));
    double[] current = new double[n];
    java.util.Arrays.fill(current, 0.1);
    PortfolioConstraints c = PortfolioConstraints.longOnly(n).withBounds(0.0, 0.3)
        .withGroup(GroupConstraint.cap("first three", new int[] {0, 1, 2}, 0.2))
        .withTurnover(current, 0.4);
    OptimizationResult res = MinimumVariance.optimize(cov, c);
    assertTrue(res.isOptimal(), res.message());
    assertTrue(c.violations(res.weights(), 1e-8).isEmpty(), c.violations(res.weights(), 1e-8).toString());
    assertTrue(res.objective() <= cov.variance(current) + 1e-15);
  }

  static void assertClose(double[] expected, double[] actual, double tol, String what) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], tol, what + " w" + i);
    }
  }
}
