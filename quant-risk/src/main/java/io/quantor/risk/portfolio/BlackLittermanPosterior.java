package io.quantor.risk.portfolio;

/**
 * The Black-Litterman posterior: expected returns and the covariance to optimize with.
 *
 * @param expectedReturns the posterior expected returns {@code mu_BL} (a copy is kept; the accessor returns a
 *     copy)
 * @param covariance the covariance of returns under the posterior, {@code Sigma + M} (He and Litterman 1999)
 */
public record BlackLittermanPosterior(double[] expectedReturns, CovarianceMatrix covariance) {

  /**
   * Copies the returns.
   *
   * @param expectedReturns the posterior expected returns
   * @param covariance the posterior covariance
   * @throws IllegalArgumentException if an argument is null
   */
  public BlackLittermanPosterior {
    io.quantor.core.internal.Args.notNull(expectedReturns, "expectedReturns");
    io.quantor.core.internal.Args.notNull(covariance, "covariance");
    expectedReturns = expectedReturns.clone();
  }

  /**
   * The posterior expected returns.
   *
   * @return a copy
   */
  @Override
  public double[] expectedReturns() {
    return expectedReturns.clone();
  }
}
