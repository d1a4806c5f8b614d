package io.quantor.risk.portfolio;

/**
 * The minimum-variance portfolio: {@code min w' Sigma w} subject to the {@link PortfolioConstraints}.
 *
 * <p>With the budget as the only constraint the answer is the closed form {@code w = B Sigma^-1 1 /
 * (1' Sigma^-1 1)}. With budget and bounds (long-only included) a primal active-set method with updated
 * Cholesky factors solves it exactly (to rounding) in O(k^3) for k assets held; groups and turnover go to
 * ojAlgo's convex solver. The covariance must be positive definite on the assets held; a singular one is
 * handed to ojAlgo.
 *
 * <p>{@link OptimizationResult#objective()} is the portfolio variance {@code w' Sigma w};
 * {@link OptimizationResult#riskContributions()} are the Euler contributions to volatility.
 */
public final class MinimumVariance {

  private MinimumVariance() {
  }

  /**
   * The minimum-variance weights.
   *
   * @param covariance the covariance of the asset returns
   * @param constraints the constraints, for as many assets as the covariance
   * @return the result: OPTIMAL with weights, or INFEASIBLE with the conflicting constraints, or another
   *     status that says why there are no weights
   * @throws IllegalArgumentException if an argument is null or the sizes differ
   */
  public static OptimizationResult optimize(CovarianceMatrix covariance, PortfolioConstraints constraints) {
    QuadraticProgram.checkSize(covariance, constraints);
    QuadraticProgram.Outcome o =
        QuadraticProgram.solve(covariance.raw(), null, constraints, null, Double.NaN);
    if (o.failure != null) {
      return o.failure;
    }
    return OptimizationResult.optimal(o.weights, covariance.variance(o.weights),
        covariance.riskContributions(o.weights), o.iterations, "minimum variance, " + o.method);
  }
}
