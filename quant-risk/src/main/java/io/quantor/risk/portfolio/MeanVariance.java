package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;

/**
 * Mean-variance (Markowitz 1952) portfolios, in two forms:
 *
 * <ul>
 *   <li>{@link #forTargetReturn}: {@code min w' Sigma w} subject to {@code mu'w >= target} and the
 *       constraints (the efficient portfolio for a return target; the target does not bind when the
 *       minimum-variance portfolio already reaches it);</li>
 *   <li>{@link #forRiskAversion}: {@code max mu'w - (delta / 2) w' Sigma w} subject to the constraints (the
 *       quadratic utility of He and Litterman 1999 and of PyPortfolioOpt's {@code
 *       max_quadratic_utility}).</li>
 * </ul>
 *
 * <p>Returns and covariance share one period (daily, yearly); {@code delta} is in the matching unit. Solved
 * like {@link MinimumVariance}: an active-set method for budget and bounds (with a second equality
 * {@code mu'w = target} when the target binds), ojAlgo's convex solver for groups and turnover.
 */
public final class MeanVariance {

  private MeanVariance() {
  }

  /**
   * The least-variance portfolio whose expected return is at least {@code targetReturn}.
   * {@link OptimizationResult#objective()} is the variance {@code w' Sigma w}.
   *
   * @param expectedReturns the expected return of each asset, finite
   * @param covariance the covariance of the returns
   * @param targetReturn the smallest acceptable {@code mu'w}, finite
   * @param constraints the constraints
   * @return the result; INFEASIBLE names {@code "target return"} with the constraints that cap the return
   * @throws IllegalArgumentException if an argument is null, not finite, or the sizes differ
   */
  public static OptimizationResult forTargetReturn(double[] expectedReturns, CovarianceMatrix covariance,
      double targetReturn, PortfolioConstraints constraints) {
    QuadraticProgram.checkSize(covariance, constraints);
    double[] mu = QuadraticProgram.checkReturns(expectedReturns, covariance.size(), "expectedReturns");
    Args.finite(targetReturn, "targetReturn");
    QuadraticProgram.Outcome o =
        QuadraticProgram.solve(covariance.raw(), null, constraints, mu, targetReturn);
    if (o.failure != null) {
      return o.failure;
    }
    return OptimizationResult.optimal(o.weights, covariance.variance(o.weights),
        covariance.riskContributions(o.weights), o.iterations, "mean-variance (target return), " + o.method);
  }

  /**
   * The portfolio of highest quadratic utility {@code mu'w - (delta / 2) w' Sigma w}.
   * {@link OptimizationResult#objective()} is that utility.
   *
   * @param expectedReturns the expected return of each asset, finite
   * @param covariance the covariance of the returns
   * @param riskAversion the risk-aversion coefficient {@code delta}, finite, {@code > 0}
   * @param constraints the constraints
   * @return the result
   * @throws IllegalArgumentException if an argument is null, not finite, or the sizes differ
   */
  public static OptimizationResult forRiskAversion(double[] expectedReturns, CovarianceMatrix covariance,
      double riskAversion, PortfolioConstraints constraints) {
    QuadraticProgram.checkSize(covariance, constraints);
    double[] mu = QuadraticProgram.checkReturns(expectedReturns, covariance.size(), "expectedReturns");
    Args.positive(riskAversion, "riskAversion");
    int n = mu.length;
    double[][] s = covariance.raw();
    double[][] h = new double[n][n];
    double[] lin = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] = riskAversion * s[i][j];
      }
      lin[i] = -mu[i];
    }
    QuadraticProgram.Outcome o = QuadraticProgram.solve(h, lin, constraints, null, Double.NaN);
    if (o.failure != null) {
      return o.failure;
    }
    double utility = QuadraticProgram.dot(mu, o.weights) - 0.5 * riskAversion
        * covariance.variance(o.weights);
    return OptimizationResult.optimal(o.weights, utility, covariance.riskContributions(o.weights),
        o.iterations, "mean-variance (risk aversion), " + o.method);
  }
}
