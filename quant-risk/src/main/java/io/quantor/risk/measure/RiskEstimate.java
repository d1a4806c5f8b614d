package io.quantor.risk.measure;

/**
 * Value at risk and expected shortfall of a return distribution at one confidence level, with the
 * diagnostics of the method that produced them (in the implementing records).
 *
 * <p>Both numbers are positive losses in the unit of the returns: a VaR of 0.043 is a loss of 4.3 %
 * (of a log or simple return, whichever the caller passed). With {@code alpha = 1 - level}, the VaR is
 * minus the {@code alpha}-quantile of the returns and the ES minus the mean of the returns in that lower
 * tail; each method documents its estimator. {@code expectedShortfall() >= valueAtRisk()} for every
 * estimate this package returns.
 */
public sealed interface RiskEstimate
    permits HistoricalEstimate, ParametricEstimate, CornishFisherEstimate, MonteCarloEstimate {

  /**
   * The value at risk.
   *
   * @return the VaR, a positive number for a loss
   */
  double valueAtRisk();

  /**
   * The expected shortfall (conditional VaR).
   *
   * @return the ES, a positive number for a loss, {@code >=} {@link #valueAtRisk()}
   */
  double expectedShortfall();

  /**
   * The confidence level.
   *
   * @return the level, in (0, 1), such as 0.95 or 0.99
   */
  double level();

  /**
   * The estimation method.
   *
   * @return the method
   */
  RiskMethod method();
}
