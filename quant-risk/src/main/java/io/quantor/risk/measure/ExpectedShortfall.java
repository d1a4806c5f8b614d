package io.quantor.risk.measure;

/**
 * Expected shortfall (conditional VaR), one number per call, named by its convention: minus the mean
 * return in the lower tail of probability {@code alpha = 1 - level}, a positive loss in the unit of the
 * returns. Each method delegates to {@link RiskMeasures}, whose records also carry the VaR and the
 * diagnostics; the arguments and exceptions are those of the delegate.
 *
 * <pre>{@code
 * double es = ExpectedShortfall.historical(dailyReturns, 0.975);
 * double coherent = ExpectedShortfall.historicalFractional(dailyReturns, 0.975);
 * }</pre>
 */
public final class ExpectedShortfall {

  private ExpectedShortfall() {
  }

  /**
   * Historical ES: minus the mean of all returns at or below the lower empirical quantile
   * {@code x(ceil(n alpha))}.
   *
   * @param returns the returns, at least one, finite
   * @param level the confidence level, in (0, 1)
   * @return the ES
   * @see HistoricalConvention#LOWER_QUANTILE
   */
  public static double historical(double[] returns, double level) {
    return RiskMeasures.historical(returns, level).expectedShortfall();
  }

  /**
   * Historical ES by the fractional estimator of Acerbi and Tasche (coherent; fPortfolio
   * {@code cvarRisk}).
   *
   * @param returns the returns, at least one, finite
   * @param level the confidence level, in (0, 1)
   * @return the ES
   * @see HistoricalConvention#FRACTIONAL
   */
  public static double historicalFractional(double[] returns, double level) {
    return RiskMeasures.historical(returns, level, HistoricalConvention.FRACTIONAL).expectedShortfall();
  }

  /**
   * Historical ES: minus the mean of the returns at or below the linearly interpolated quantile (R type
   * 7, numpy's default).
   *
   * @param returns the returns, at least one, finite
   * @param level the confidence level, in (0, 1)
   * @return the ES
   * @see HistoricalConvention#LINEAR
   */
  public static double historicalLinear(double[] returns, double level) {
    return RiskMeasures.historical(returns, level, HistoricalConvention.LINEAR).expectedShortfall();
  }

  /**
   * Historical ES as the {@code empyrical} library computes it: minus the mean of the
   * {@code floor((n - 1) alpha) + 1} smallest returns.
   *
   * @param returns the returns, at least one, finite
   * @param level the confidence level, in (0, 1)
   * @return the ES
   * @see HistoricalConvention#EMPYRICAL
   */
  public static double historicalEmpyrical(double[] returns, double level) {
    return RiskMeasures.historical(returns, level, HistoricalConvention.EMPYRICAL).expectedShortfall();
  }

  /**
   * Gaussian ES with the sample mean and sample standard deviation (divisor {@code n - 1}).
   *
   * @param returns the returns, at least two, finite
   * @param level the confidence level, in (0, 1)
   * @return the ES
   * @see RiskMeasures#gaussian(double[], double)
   */
  public static double gaussian(double[] returns, double level) {
    return RiskMeasures.gaussian(returns, level).expectedShortfall();
  }

  /**
   * Operational modified (Cornish-Fisher) ES, never below the modified VaR.
   *
   * @param returns the returns, at least two, finite
   * @param level the confidence level, in (0, 1)
   * @return the ES
   * @see RiskMeasures#cornishFisher(double[], double)
   */
  public static double cornishFisher(double[] returns, double level) {
    return RiskMeasures.cornishFisher(returns, level).expectedShortfall();
  }

  /**
   * Raw modified (Cornish-Fisher) ES, the Edgeworth formula of Boudt et al. as written; may fall below the
   * VaR for fat tails.
   *
   * @param returns the returns, at least two, finite
   * @param level the confidence level, in (0, 1)
   * @return the raw ES
   * @see CornishFisherEstimate#rawExpectedShortfall()
   */
  public static double cornishFisherRaw(double[] returns, double level) {
    return RiskMeasures.cornishFisher(returns, level).rawExpectedShortfall();
  }

  /**
   * Parametric ES with the RiskMetrics EWMA volatility ({@code lambda = 0.94}) and zero mean.
   *
   * @param returns the returns, oldest first, at least one, finite
   * @param level the confidence level, in (0, 1)
   * @return the ES
   * @see RiskMeasures#ewma(double[], double, double)
   */
  public static double ewma(double[] returns, double level) {
    return RiskMeasures.ewma(returns, level).expectedShortfall();
  }

  /**
   * Monte Carlo ES of a portfolio.
   *
   * @param model the joint return distribution
   * @param weights the portfolio weights, one per asset of the model
   * @param level the confidence level, in (0, 1)
   * @param settings the scenario count, seed and antithetic switch
   * @return the ES
   * @see RiskMeasures#monteCarlo(MonteCarloModel, double[], double, MonteCarloSettings)
   */
  public static double monteCarlo(MonteCarloModel model, double[] weights, double level,
      MonteCarloSettings settings) {
    return RiskMeasures.monteCarlo(model, weights, level, settings).expectedShortfall();
  }
}
