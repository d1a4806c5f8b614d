package io.quantor.risk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

class PortfolioProperties {

  /**
   * Random bounds, an optional group cap and an optional turnover limit; OPTIMAL weights satisfy them all.
   */
  @Property(tries = 40)
  void optimalWeightsSatisfyEveryConstraint(@ForAll @IntRange(min = 2, max = 8) int n,
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll boolean group,
          @ForAll boolean turnover) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] r = TestData.factorReturns(120, n, seed);
    CovarianceMatrix cov = CovarianceMatrix.sample(r);
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int i = 0; i < n; i++) {
      lo[i] = rnd.nextDouble() < 0.3 ? -0.2 * rnd.nextDouble() : 0.1 * rnd.nextDouble() / n;
      hi[i] = lo[i] + 0.2 + rnd.nextDouble();
    }
    PortfolioConstraints c = PortfolioConstraints.bounded(lo, hi);
    if (group) {
      c = c.withGroup(GroupConstraint.of("g", new int[] {0, n - 1}, -0.1, 0.2 + 0.5 * rnd.nextDouble()));
    }
    if (turnover) {
      double[] cur = new double[n];
      Arrays.fill(cur, 1.0 / n);
      c = c.withTurnover(cur, 0.1 + rnd.nextDouble());
    }
    double[] mu = TestData.means(r);
    OptimizationResult[] results = {
        MinimumVariance.optimize(cov, c),
        MeanVariance.forRiskAversion(mu, cov, 5.0, c),
        MinimumCvar.optimize(ReturnScenarios.of(r), 0.9, c)};
    for (OptimizationResult res : results) {
      Statistics.label("status").collect(res.status());
      if (res.isOptimal()) {
        assertTrue(c.violations(res.weights(), 1e-8).isEmpty(), c.violations(res.weights(), 1e-8) + " "
            + res.message());
      } else {
        assertEquals(OptimizationStatus.INFEASIBLE, res.status(), res.message());
        assertTrue(!res.conflicts().isEmpty());
        assertTrue(!c.conflicts().isEmpty());
      }
    }
  }

  @Property(tries = 200)
  void minimumVarianceRiskIsAtMostEqualWeightRisk(@ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    CovarianceMatrix cov = CovarianceMatrix.sample(TestData.factorReturns(Math.max(60, 2 * n), n, seed));
    OptimizationResult res = MinimumVariance.optimize(cov, PortfolioConstraints.longOnly(n));
    assertTrue(res.isOptimal(), res.message());
    double[] ew = new double[n];
    Arrays.fill(ew, 1.0 / n);
    double ewVariance = cov.variance(ew);
    assertTrue(res.objective() <= ewVariance * (1 + 1e-12), res.objective() + " > " + ewVariance);
  }

  @Property(tries = 200)
  void infeasibleBoundsNameBudgetAndBounds(@ForAll @IntRange(min = 1, max = 20) int n,
      @ForAll @DoubleRange(min = 1.01, max = 3.0) double lowerSum, @ForAll boolean tooLow) {
    CovarianceMatrix cov = CovarianceMatrix.sample(TestData.factorReturns(60, n, n));
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int i = 0; i < n; i++) {
      // Either the lower bounds add up to more than the budget, or the upper bounds to less.
      lo[i] = tooLow ? lowerSum / n : 0.0;
      hi[i] = tooLow ? 1.0 + lowerSum : 1.0 / (lowerSum * n);
    }
    OptimizationResult res = MinimumVariance.optimize(cov, PortfolioConstraints.bounded(lo, hi));
    assertEquals(OptimizationStatus.INFEASIBLE, res.status());
    assertEquals(java.util.List.of("budget", "bounds"), res.conflicts().get(0).constraints());
    assertThrows(IllegalStateException.class, res::weights);
  }

  @Property(tries = 40)
  void minimumCvarIsAtMostEqualWeightCvar(@ForAll @IntRange(min = 1, max = 10) int n,
      @ForAll @IntRange(min = 30, max = 500) int scenarios, @ForAll @DoubleRange(min = 0.5,
          max = 0.99) double level,
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    ReturnScenarios s = ReturnScenarios.of(TestData.factorReturns(scenarios, n, seed));
    PortfolioConstraints c = PortfolioConstraints.longOnly(n);
    OptimizationResult res = MinimumCvar.optimize(s, level, c);
    assertTrue(res.isOptimal(), res.message());
    double[] ew = new double[n];
    Arrays.fill(ew, 1.0 / n);
    double ewCvar = s.cvar(ew, level);
    assertTrue(res.objective() <= ewCvar + 1e-9 * Math.abs(ewCvar), res.objective() + " > " + ewCvar);
    assertTrue(c.violations(res.weights(), 1e-9).isEmpty());
  }

  @Property(tries = 100)
  void equalRiskContributionsAreEqual(@ForAll @IntRange(min = 1, max = 25) int n,
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    CovarianceMatrix cov = CovarianceMatrix.sample(TestData.factorReturns(Math.max(60, 3 * n), n, seed));
    OptimizationResult res = RiskParity.equalRiskContribution(cov);
    assertTrue(res.isOptimal(), res.message());
    for (double rc : res.riskContributions()) {
      assertEquals(1.0 / n, rc / res.objective(), 1e-8);
    }
  }

  /** HRP weights are positive, add up to 1, and are inverse-variance within every pair of merged leaves. */
  @Property(tries = 100)
  void hierarchicalRiskParityIsFullyInvestedLongOnly(@ForAll @IntRange(min = 1, max = 30) int n,
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    CovarianceMatrix cov = CovarianceMatrix.sample(TestData.factorReturns(Math.max(60, 3 * n), n, seed));
    double[] w = HierarchicalRiskParity.optimize(cov).weights();
    double sum = 0;
    for (double v : w) {
      assertTrue(v > 0);
      sum += v;
    }
    assertEquals(1.0, sum, 1e-12);
    int[] order = HierarchicalRiskParity.order(cov);
    int[] sorted = order.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < n; i++) {
      assertEquals(i, sorted[i]);
    }
  }
}
