package io.quantor.risk.measure;

/**
 * Value at risk, one number per call, named by its convention: minus the {@code alpha = 1 - level}
 * quantile of the returns, a positive loss in the unit of the returns. Each method delegates to
 * {@link RiskMeasures}, whose records also carry the ES and the diagnostics; the arguments and
 * exceptions are those of the delegate.
 *
 * <pre>{@code
 * double var = ValueAtRisk.historical(dailyReturns, 0.99);   // -x(ceil(n * 0.01))
 * }</pre>
 */
public final class ValueAtRisk {

  private ValueAtRisk() {
  }

  /**
   * Historical VaR from the lower empirical quantile {@code x(ceil(n alpha))} (R type 1).
   *
   * @param returns the returns, at least one, finite
   * @param level the confidence level, in (0, 1)
   * @return the VaR
   * @see RiskMeasures#historical(double[], double)
   */
  public static double historical(double[] returns, double level) {
    return RiskMeasures.historical(returns, level).valueAtRisk();
  }

  /**
   * Historical VaR from the linearly interpolated quantile (R type 7, numpy's default).
   *
   * @param returns the returns, at least one, finite
   * @param level the confidence level, in (0, 1)
   * @return the VaR
   * @see HistoricalConvention#LINEAR
   */
  public static double historicalLinear(double[] returns, double level) {
    return RiskMeasures.historical(returns, level, HistoricalConvention.LINEAR).valueAtRisk();
  }

  /**
   * Gaussian VaR with the sample mean and sample standard deviation (divisor {@code n - 1}).
   *
   * @param returns the returns, at least two, finite
   * @param level the confidence level, in (0, 1)
   * @return the VaR
   * @see RiskMeasures#gaussian(double[], double)
   */
  public static double gaussian(double[] returns, double level) {
    return RiskMeasures.gaussian(returns, level).valueAtRisk();
  }

  /**
   * Modified (Cornish-Fisher) VaR from the population moments.
   *
   * @param returns the returns, at least two, finite
   * @param level the confidence level, in (0, 1)
   * @return the VaR
   * @see RiskMeasures#cornishFisher(double[], double)
   */
  public static double cornishFisher(double[] returns, double level) {
    return RiskMeasures.cornishFisher(returns, level).valueAtRisk();
  }

  /**
   * Parametric VaR with the RiskMetrics EWMA volatility ({@code lambda = 0.94}) and zero mean.
   *
   * @param returns the returns, oldest first, at least one, finite
   * @param level the confidence level, in (0, 1)
   * @return the VaR
   * @see RiskMeasures#ewma(double[], double, double)
   */
  public static double ewma(double[] returns, double level) {
    return RiskMeasures.ewma(returns, level).valueAtRisk();
  }

  /**
   * Monte Carlo VaR of a portfolio.
   *
   * @param model the joint return distribution
   * @param weights the portfolio weights, one per asset of the model
   * @param level the confidence level, in (0, 1)
   * @param settings the scenario count, seed and antithetic switch
   * @return the VaR
   * @see RiskMeasures#monteCarlo(MonteCarloModel, double[], double, MonteCarloSettings)
   */
  public static double monteCarlo(MonteCarloModel model, double[] weights, double level,
      MonteCarloSettings settings) {
    return RiskMeasures.monteCarlo(model, weights, level, settings).valueAtRisk();
  }
}
