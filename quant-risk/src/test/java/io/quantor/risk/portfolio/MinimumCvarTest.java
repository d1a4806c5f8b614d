package io.quantor.risk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

class MinimumCvarTest {

  /**
   * The textbook primal linear program (Rockafellar-Uryasev, one variable per scenario) solved by ojAlgo's
   * simplex on a small problem gives the same CVaR to 1e-10 relative.
   */
  @Test
  void matchesTextbookLinearProgramOnOjAlgo() {
    int n = 5;
    int t = 200;
    double level = 0.9;
    double[][] r = TestData.factorReturns(t, n, 41);
    PortfolioConstraints c = PortfolioConstraints.longOnly(n).withBounds(0.0, 0.4);
    OptimizationResult res = MinimumCvar.optimize(ReturnScenarios.of(r), level, c);
    assertTrue(res.isOptimal(), res.message());

    ExpressionsBasedModel m = new ExpressionsBasedModel();
    Variable[] w = new Variable[n];
    for (int i = 0; i < n; i++) {
      w[i] = m.addVariable("w" + i).lower(0).upper(0.4);
    }
    Variable alpha = m.addVariable("alpha").weight(1.0);
    Expression budget = m.addExpression("budget").level(1.0);
    for (int i = 0; i < n; i++) {
      budget.set(w[i], 1.0);
    }
    for (int s = 0; s < t; s++) {
      Variable u = m.addVariable("u" + s).lower(0).weight(1 / ((1 - level) * t));
      Expression e = m.addExpression("s" + s).lower(0.0).set(u, 1.0).set(alpha, 1.0);
      for (int i = 0; i < n; i++) {
        e.set(w[i], r[s][i]);
      }
    }
    Optimisation.Result lp = m.minimise();
    assertTrue(lp.getState().isOptimal());
    assertEquals(lp.getValue(), res.objective(), 1e-10 * Math.abs(lp.getValue()));
  }

  /** The optimum is no worse than 10,000 random feasible portfolios on the same scenarios. */
  @Test
  void beatsTenThousandRandomPortfolios() {
    int n = 8;
    double level = 0.95;
    ReturnScenarios s = ReturnScenarios.of(TestData.factorReturns(1000, n, 42));
    PortfolioConstraints c = PortfolioConstraints.longOnly(n).withBounds(0.0, 0.35);
    OptimizationResult res = MinimumCvar.optimize(s, level, c);
    assertTrue(res.isOptimal(), res.message());
    assertTrue(c.violations(res.weights(), 1e-9).isEmpty());
    assertEquals(s.cvar(res.weights(), level), res.objective(), 0.0);
    SplittableRandom rnd = new SplittableRandom(43);
    int tried = 0;
    while (tried < 10_000) {
      double[] w = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        w[i] = -Math.log(1 - rnd.nextDouble());
        sum += w[i];
      }
      for (int i = 0; i < n; i++) {
        w[i] /= sum;
      }
      if (!c.violations(w, 0.0).isEmpty()) {
        continue;
      }
      tried++;
      assertTrue(res.objective() <= s.cvar(w, level) + 1e-12, "random portfolio " + tried);
    }
  }

  @Test
  void contributionsAddUpToCvarAndConstraintsHold() {
    int n = 12;
    ReturnScenarios s = ReturnScenarios.of(TestData.factorReturns(2000, n, 44));
    double[] current = new double[n];
    current[0] = 1.0;
    PortfolioConstraints c = PortfolioConstraints.longOnly(n).withBounds(0.0, 0.5)
        .withGroup(GroupConstraint.of("first four", new int[] {0, 1, 2, 3}, 0.2, 0.6))
        .withTurnover(current, 1.0);
    OptimizationResult res = MinimumCvar.optimize(s, 0.975, c);
    assertTrue(res.isOptimal(), res.message());
    assertTrue(c.violations(res.weights(), 1e-8).isEmpty(), c.violations(res.weights(), 1e-8).toString());
    double sum = 0;
    for (double v : res.riskContributions()) {
      sum += v;
    }
    assertEquals(res.objective(), sum, 1e-14);
  }

  @Test
  void targetReturnBinds() {
    int n = 6;
    ReturnScenarios s = ReturnScenarios.of(TestData.factorReturns(1500, n, 45));
    PortfolioConstraints c = PortfolioConstraints.longOnly(n);
    double[] mu = s.means();
    OptimizationResult free = MinimumCvar.optimize(s, 0.95, c);
    double target = QuadraticProgram.dot(mu, free.weights()) + 0.0001;
    OptimizationResult res = MinimumCvar.forTargetReturn(s, 0.95, target, c);
    assertTrue(res.isOptimal(), res.message());
    assertEquals(target, QuadraticProgram.dot(mu, res.weights()), 1e-9);
    assertTrue(res.objective() >= free.objective());
  }
}
