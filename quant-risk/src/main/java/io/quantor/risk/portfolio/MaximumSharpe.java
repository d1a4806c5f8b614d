package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.Optimisation;

/**
 * The tangency portfolio: the highest Sharpe ratio {@code (mu'w - r_f B) / sqrt(w' Sigma w)} subject to the
 * constraints, where {@code B} is the budget (the uninvested {@code 1 - B} earns the risk-free rate).
 *
 * <p>Solved as the convex problem of Cornuejols and Tutuncu (2007, "Optimization Methods in Finance", section
 * 8.2): {@code min y' Sigma y} subject to {@code (mu - r_f)'y = 1}, with every constraint made homogeneous in
 * a scale {@code kappa >= 0} ({@code sum y = B kappa}, {@code lower kappa <= y <= upper kappa}, ...), then
 * {@code w = y / kappa}. For long-only weights whose upper bounds cannot bind the scaled problem has only
 * {@code y >= 0} and the active-set method solves it; otherwise ojAlgo's convex solver does.
 *
 * <p>The problem needs a feasible portfolio with positive excess return; without one the result is
 * INFEASIBLE and names {@code "positive excess return"} together with the constraints that cap the return.
 * {@link OptimizationResult#objective()} is the Sharpe ratio, per period of the inputs.
 */
public final class MaximumSharpe {

  static final String EXCESS = "positive excess return";

  private MaximumSharpe() {
  }

  /**
   * The maximum-Sharpe weights.
   *
   * @param expectedReturns the expected return of each asset, finite
   * @param covariance the covariance of the returns (positive definite)
   * @param riskFreeRate the risk-free rate of the same period, finite
   * @param constraints the constraints; the budget must be {@code > 0}
   * @return the result
   * @throws IllegalArgumentException if an argument is null, not finite, the sizes differ or the budget is
   * not positive
   */
  public static OptimizationResult optimize(double[] expectedReturns, CovarianceMatrix covariance,
      double riskFreeRate, PortfolioConstraints constraints) {
    QuadraticProgram.checkSize(covariance, constraints);
    double[] mu = QuadraticProgram.checkReturns(expectedReturns, covariance.size(), "expectedReturns");
    Args.finite(riskFreeRate, "riskFreeRate");
    Args.positive(constraints.budget(), "budget");
    List<ConstraintConflict> conflicts = Feasibility.conflicts(constraints, null, Double.NaN);
    if (!conflicts.isEmpty()) {
      return OptimizationResult.infeasible(conflicts);
    }
    int n = mu.length;
    double b = constraints.budget();
    double[] excess = new double[n];
    for (int i = 0; i < n; i++) {
      excess[i] = mu[i] - riskFreeRate;
    }
    double bestExcess = bestExcessReturn(constraints, excess);
    if (!(bestExcess > 0)) {
      List<String> names = new ArrayList<>(List.of(EXCESS, Feasibility.BUDGET, Feasibility.BOUNDS));
      for (GroupConstraint g : constraints.groups()) {
        names.add(g.label());
      }
      if (constraints.turnover().isPresent()) {
        names.add(Feasibility.TURNOVER);
      }
      return OptimizationResult.infeasible(List.of(new ConstraintConflict(names, String.format(Locale.ROOT,
          "the highest excess return over the risk-free rate %s within the constraints is %s: "
              + "no portfolio has a positive Sharpe ratio", Feasibility.num(riskFreeRate),
          Feasibility.num(bestExcess)))));
    }
    double[] y = null;
    int iterations = 0;
    String method;
    if (constraints.isBudgetAndBoundsOnly() && upperBoundsSlack(constraints)) {
      double[] lo = new double[n];
      double[] hi = new double[n];
      java.util.Arrays.fill(hi, Double.POSITIVE_INFINITY);
      double[] y0 = ActiveSetQp.vertexStart(covariance.raw(), excess, 1.0, lo, hi);
      if (y0 != null) {
        ActiveSetQp.Solution s = ActiveSetQp.solve(covariance.raw(), null, new double[][] {excess},
            new double[] {1.0}, lo, hi, y0);
        if (s.outcome == ActiveSetQp.Outcome.OPTIMAL) {
          y = s.x;
          iterations = s.iterations;
        }
      }
    }
    double[] w;
    if (y != null) {
      double sum = 0;
      for (double v : y) {
        sum += v;
      }
      w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = b * y[i] / sum;
      }
      method = "maximum Sharpe, active set on the scaled problem";
    } else {
      OjAlgoModels.Built built = OjAlgoModels.build(constraints, new OjAlgoModels.Families(
          constraints.groups().size()), null, 0, true);
      Expression norm = built.model.addExpression("excess").level(1.0);
      for (int i = 0; i < n; i++) {
        norm.set(built.w[i], excess[i]);
      }
      double scale = QuadraticProgram.scaleOf(covariance.raw());
      double[][] hs = covariance.toArray();
      for (double[] row : hs) {
        for (int j = 0; j < n; j++) {
          row[j] *= scale;
        }
      }
      OjAlgoModels.quadraticObjective(built, hs, null);
      Optimisation.Result r = built.model.minimise();
      method = "maximum Sharpe, ojAlgo convex solver on the scaled problem";
      QuadraticProgram.Outcome o =
          QuadraticProgram.fromOjAlgo(built, r, constraints, null, Double.NaN, method);
      if (o.failure != null) {
        return o.failure;
      }
      double kappa = r.doubleValue(built.model.indexOf(built.kappa));
      if (!(kappa > 0)) {
        return OptimizationResult.failed(OptimizationStatus.NOT_CONVERGED,
            "the scaled problem returned kappa = " + kappa + " (" + method + ")", 0);
      }
      w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = o.weights[i] / kappa;
      }
    }
    double vol = Math.sqrt(covariance.variance(w));
    double sharpe = QuadraticProgram.dot(excess, w) / vol;
    return OptimizationResult.optimal(w, sharpe, covariance.riskContributions(w), iterations, method);
  }

  /** Whether all lower bounds are 0 and no upper bound can bind (each at least the budget). */
  private static boolean upperBoundsSlack(PortfolioConstraints c) {
    for (int i = 0; i < c.size(); i++) {
      if (c.lower(i) != 0.0 || c.upper(i) < c.budget()) {
        return false;
      }
    }
    return true;
  }

  private static double bestExcessReturn(PortfolioConstraints c, double[] excess) {
    if (c.isBudgetAndBoundsOnly()) {
      return Feasibility.maxReturn(c, excess);
    }
    OjAlgoModels.Built built = OjAlgoModels.build(c, new OjAlgoModels.Families(c.groups().size()), null, 0,
        false);
    Expression obj = built.model.addExpression("objective").weight(1.0);
    for (int i = 0; i < excess.length; i++) {
      obj.set(built.w[i], excess[i]);
    }
    Optimisation.Result r = built.model.maximise();
    if (r.getState() == Optimisation.State.UNBOUNDED) {
      return Double.POSITIVE_INFINITY;
    }
    return r.getState().isFeasible() ? r.getValue() : Double.NaN;
  }
}
