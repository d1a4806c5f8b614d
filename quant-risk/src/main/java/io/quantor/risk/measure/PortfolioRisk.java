package io.quantor.risk.measure;

import io.quantor.core.internal.Args;

/**
 * Portfolio VaR and ES with marginal and component (Euler) contributions per asset that add up to the
 * totals.
 *
 * <p>Inputs: a matrix with one row per observation (a day of historical returns, or a scenario) and one
 * column per asset, {@code returns[t][i]}, and one weight per asset. Weights are fractions of the
 * portfolio value, of any sign and any sum; the portfolio return of row {@code t} is
 * {@code sum_i w_i returns[t][i]} (exact for simple returns; for log returns the usual daily
 * approximation, as in {@code shared/reference/risk}). Contributions are in return units, like the totals.
 *
 * <pre>{@code
 * PortfolioEstimate g = PortfolioRisk.gaussian(returns, new double[] {0.5, 0.5}, 0.95);
 * double orclShare = g.valueAtRiskContributions().percent(0);   // 0.41
 * }</pre>
 */
public final class PortfolioRisk {

  private PortfolioRisk() {
  }

  // --- Historical and Monte Carlo scenarios ----------------------------------------------------------

  /**
   * Historical VaR and ES of the portfolio ({@link HistoricalConvention#LOWER_QUANTILE}) and their
   * decomposition over the same scenarios. With {@code q} the lower empirical quantile of the portfolio
   * returns {@code p_t} and {@code T = {t : p_t <= q}}: ES {@code = -mean_T p_t}, marginal
   * {@code ES_i = -mean_T r_ti}; VaR {@code = -q}, marginal {@code VaR_i = -mean r_ti} over the scenarios
   * with {@code p_t = q} (usually one). These are the conditional expectations
   * {@code -E[r_i | p <= q]} and {@code -E[r_i | p = q]} that are the derivatives of ES and VaR (Tasche
   * 1999; Gourieroux, Laurent and Scaillet 2000), estimated on the scenarios; the VaR contributions rest on
   * one scenario and are noisy, the ES contributions on the whole tail.
   *
   * @param scenarios the asset returns, rows = scenarios, columns = assets, at least one row, finite
   * @param weights the portfolio weights, one per column
   * @param level the confidence level, in (0, 1)
   * @return the estimate; its {@code portfolio()} is a {@link HistoricalEstimate}
   * @throws IllegalArgumentException if the matrix is empty, ragged or not finite, the weights do not
   *     match its columns, or {@code level} is outside (0, 1)
   */
  public static PortfolioEstimate historical(double[][] scenarios, double[] weights, double level) {
    ConfidenceLevel.tailProbability(level);
    int d = ReturnData.checkWeights(weights);
    ReturnData.checkMatrix(scenarios, "scenarios", d, 1);
    double[] p = portfolioReturns(scenarios, weights);
    HistoricalEstimate estimate = EmpiricalTail.estimate(p.clone(), p.length, level,
        HistoricalConvention.LOWER_QUANTILE);
    return decompose(estimate, scenarios, weights, p);
  }

  /**
   * Monte Carlo VaR and ES of the portfolio and their decomposition: the scenarios of
   * {@link MonteCarloModel#scenarios}, the estimates and standard errors of
   * {@link RiskMeasures#monteCarlo}, and the contributions of {@link #historical} on those scenarios.
   * Memory: the scenario matrix ({@code scenarios x assets} doubles).
   *
   * @param model the joint return distribution
   * @param weights the portfolio weights, one per asset of the model
   * @param level the confidence level, in (0, 1)
   * @param settings the scenario count, seed and antithetic switch
   * @return the estimate; its {@code portfolio()} is a {@link MonteCarloEstimate}
   * @throws IllegalArgumentException if an argument is null, the weights do not match the model or are
   *     not finite, or {@code level} is outside (0, 1)
   */
  public static PortfolioEstimate monteCarlo(MonteCarloModel model, double[] weights, double level,
      MonteCarloSettings settings) {
    ConfidenceLevel.tailProbability(level);
    Args.notNull(model, "model");
    model.checkAssets(weights);
    double[][] scenarios = model.scenarios(settings);
    double[] p = portfolioReturns(scenarios, weights);
    MonteCarloEstimate estimate = RiskMeasures.monteCarlo(p.clone(), level, settings);
    return decompose(estimate, scenarios, weights, p);
  }

  private static double[] portfolioReturns(double[][] r, double[] w) {
    double[] p = new double[r.length];
    for (int t = 0; t < r.length; t++) {
      double[] row = r[t];
      double v = 0;
      for (int i = 0; i < w.length; i++) {
        v += w[i] * row[i];
      }
      p[t] = v;
    }
    return p;
  }

  private static PortfolioEstimate decompose(RiskEstimate estimate, double[][] r, double[] w,
      double[] p) {
    int d = w.length;
    double q = -estimate.valueAtRisk();
    double[] tailSum = new double[d];
    double[] atSum = new double[d];
    int tailCount = 0;
    int atCount = 0;
    for (int t = 0; t < p.length; t++) {
      if (p[t] <= q) {
        double[] row = r[t];
        tailCount++;
        for (int i = 0; i < d; i++) {
          tailSum[i] += row[i];
        }
        if (p[t] == q) {
          atCount++;
          for (int i = 0; i < d; i++) {
            atSum[i] += row[i];
          }
        }
      }
    }
    double[] marginalVar = new double[d];
    double[] marginalEs = new double[d];
    for (int i = 0; i < d; i++) {
      marginalVar[i] = -atSum[i] / atCount;
      marginalEs[i] = -tailSum[i] / tailCount;
    }
    return new PortfolioEstimate(estimate, contributions(estimate.valueAtRisk(), marginalVar, w),
        contributions(estimate.expectedShortfall(), marginalEs, w));
  }

  // --- Gaussian --------------------------------------------------------------------------------------

  /**
   * Gaussian portfolio VaR and ES from the sample means and the sample covariance (divisor {@code n - 1},
   * as PerformanceAnalytics and fPortfolio).
   *
   * @param returns the asset returns, rows = observations, columns = assets, at least two rows, finite
   * @param weights the portfolio weights, one per column
   * @param level the confidence level, in (0, 1)
   * @return the estimate; see {@link #gaussian(double[], double[][], double[], double)}
   * @throws IllegalArgumentException if the matrix has fewer than two rows, is ragged or not finite, the
   *     weights do not match its columns, the portfolio variance is zero, or {@code level} is outside
   *     (0, 1)
   */
  public static PortfolioEstimate gaussian(double[][] returns, double[] weights, double level) {
    return gaussian(returns, weights, level, VarianceEstimator.SAMPLE);
  }

  /**
   * Gaussian portfolio VaR and ES from the sample means and the covariance with the chosen divisor.
   *
   * @param returns the asset returns, rows = observations, columns = assets, at least two rows, finite
   * @param weights the portfolio weights, one per column
   * @param level the confidence level, in (0, 1)
   * @param covariance the divisor of the covariance
   * @return the estimate; see {@link #gaussian(double[], double[][], double[], double)}
   * @throws IllegalArgumentException as {@link #gaussian(double[][], double[], double)}, or if
   *     {@code covariance} is null
   */
  public static PortfolioEstimate gaussian(double[][] returns, double[] weights, double level,
      VarianceEstimator covariance) {
    ConfidenceLevel.tailProbability(level);
    Args.notNull(covariance, "covariance");
    int d = ReturnData.checkWeights(weights);
    ReturnData.checkMatrix(returns, "returns", d, 2);
    double[] mean = ReturnData.columnMeans(returns);
    return gaussian(mean, ReturnData.covariance(returns, mean, covariance.divisor(returns.length)), weights,
        level);
  }

  /**
   * Gaussian portfolio VaR and ES from given means and covariance. With {@code z = Phi^-1(alpha)},
   * {@code s = Sigma w} and {@code sigma_p = sqrt(w' Sigma w)}: {@code VaR = -w'mu - z sigma_p}, marginal
   * {@code VaR_i = -mu_i - z s_i / sigma_p}; {@code ES = -w'mu + sigma_p phi(z) / alpha}, marginal
   * {@code ES_i = -mu_i + (phi(z) / alpha) s_i / sigma_p} (Garman 1997; fPortfolio
   * {@code budgetsNormalVAR}).
   *
   * @param mean the mean return of each asset
   * @param covariance the covariance matrix, symmetric positive semidefinite
   * @param weights the portfolio weights, one per asset
   * @param level the confidence level, in (0, 1)
   * @return the estimate; its {@code portfolio()} is a {@link ParametricEstimate}
   * @throws IllegalArgumentException if the dimensions differ, a value is not finite, the covariance is
   *     not symmetric positive semidefinite, the portfolio variance is zero (the derivatives do not
   *     exist), or {@code level} is outside (0, 1)
   */
  public static PortfolioEstimate gaussian(double[] mean, double[][] covariance, double[] weights,
      double level) {
    double alpha = ConfidenceLevel.tailProbability(level);
    int d = ReturnData.checkMeanAndCovariance(mean, covariance);
    checkWeights(weights, d);
    Cholesky.lower(covariance);
    double[] s = times(covariance, weights);
    double sigma = Math.sqrt(positiveVariance(dot(weights, s)));
    ParametricEstimate portfolio = RiskMeasures.gaussian(dot(weights, mean), sigma, level);
    double z = RiskMeasures.STANDARD_NORMAL.inverseCumulativeProbability(alpha);
    double tail = RiskMeasures.STANDARD_NORMAL.density(z) / alpha;
    double[] marginalVar = new double[d];
    double[] marginalEs = new double[d];
    for (int i = 0; i < d; i++) {
      marginalVar[i] = -mean[i] - z * s[i] / sigma;
      marginalEs[i] = -mean[i] + tail * s[i] / sigma;
    }
    return new PortfolioEstimate(portfolio, contributions(portfolio.valueAtRisk(), marginalVar, weights),
        contributions(portfolio.expectedShortfall(), marginalEs, weights));
  }

  // --- Cornish-Fisher --------------------------------------------------------------------------------

  /**
   * Modified (Cornish-Fisher) portfolio VaR and ES with the convention of fPortfolio
   * {@code budgetsModifiedVAR} and PerformanceAnalytics {@code VaR(portfolio_method = "component")}: the
   * sample covariance (divisor {@code n - 1}) and population co-moments.
   *
   * @param returns the asset returns, rows = observations, columns = assets, at least two rows, finite
   * @param weights the portfolio weights, one per column
   * @param level the confidence level, in (0, 1)
   * @return the estimate; see {@link #cornishFisher(double[][], double[], double, VarianceEstimator)}
   * @throws IllegalArgumentException if the matrix has fewer than two rows, is ragged or not finite, the
   *     weights do not match its columns, the portfolio variance is zero, or {@code level} is outside
   *     (0, 1)
   */
  public static PortfolioEstimate cornishFisher(double[][] returns, double[] weights, double level) {
    return cornishFisher(returns, weights, level, VarianceEstimator.SAMPLE);
  }

  /**
   * Modified (Cornish-Fisher) portfolio VaR and ES and their Euler decomposition (Boudt, Peterson and
   * Croux 2008, section 3).
   *
   * <p>Portfolio moments, with {@code x_t = r_t - mu} the centred returns and {@code y_t = w'x_t}:
   * {@code m2 = w' Sigma w} (divisor per {@code covariance}), {@code m3 = mean(y^3) = w' M3 (w kron w)},
   * {@code m4 = mean(y^4) = w' M4 (w kron w kron w)} with the population co-skewness and co-kurtosis
   * matrices (computed from {@code y_t} directly, without forming {@code M3} and {@code M4}); their
   * gradients {@code 2 Sigma w}, {@code 3 mean(y^2 x)}, {@code 4 mean(y^3 x)}. Then {@code sigma =
   * sqrt(m2)}, {@code S = m3 / m2^1.5}, {@code K = m4 / m2^2 - 3} and the estimate of
   * {@link RiskMeasures#cornishFisher(double, double, double, double, double)}. With
   * {@link VarianceEstimator#POPULATION} the moments, hence the totals, are those of the portfolio return
   * series itself.
   *
   * <p>The marginal contributions are the exact gradients: {@code dVaR/dw_i = -mu_i - (dsigma_i g + sigma
   * dg_i)} with {@code dg_i = g_S dS_i + g_K dK_i}; the raw {@code dES/dw_i = -mu_i + (dsigma_i E + sigma
   * dE_i) / alpha} with {@code dE_i = E_g dg_i + E_S dS_i + E_K dK_i}. All three measures are positively
   * homogeneous of degree one ({@code S} and {@code K} of degree zero), so the components add up to the
   * totals. When the raw ES is capped at the VaR (see {@link CornishFisherEstimate}), the ES
   * contributions are the VaR contributions.
   *
   * @param returns the asset returns, rows = observations, columns = assets, at least two rows, finite
   * @param weights the portfolio weights, one per column
   * @param level the confidence level, in (0, 1)
   * @param covariance the divisor of the covariance (the co-moments are always population moments)
   * @return the estimate; its {@code portfolio()} is a {@link CornishFisherEstimate}
   * @throws IllegalArgumentException as {@link #cornishFisher(double[][], double[], double)}, or if
   *     {@code covariance} is null
   */
  public static PortfolioEstimate cornishFisher(double[][] returns, double[] weights, double level,
      VarianceEstimator covariance) {
    double alpha = ConfidenceLevel.tailProbability(level);
    Args.notNull(covariance, "covariance");
    int d = ReturnData.checkWeights(weights);
    ReturnData.checkMatrix(returns, "returns", d, 2);
    int n = returns.length;
    double[] mean = ReturnData.columnMeans(returns);
    double[] s = times(ReturnData.covariance(returns, mean, covariance.divisor(n)), weights);
    double m2 = positiveVariance(dot(weights, s));
    double m3 = 0;
    double m4 = 0;
    double[] dm3 = new double[d];
    double[] dm4 = new double[d];
    double[] x = new double[d];
    for (double[] row : returns) {
      double y = 0;
      for (int i = 0; i < d; i++) {
        x[i] = row[i] - mean[i];
        y += weights[i] * x[i];
      }
      double y2 = y * y;
      double y3 = y2 * y;
      m3 += y3;
      m4 += y2 * y2;
      for (int i = 0; i < d; i++) {
        dm3[i] += y2 * x[i];
        dm4[i] += y3 * x[i];
      }
    }
    m3 /= n;
    m4 /= n;
    double sigma = Math.sqrt(m2);
    double skew = m3 / (m2 * sigma);
    double kurt = m4 / (m2 * m2) - 3;
    CornishFisherEstimate portfolio = RiskMeasures.cornishFisher(dot(weights, mean), sigma, skew, kurt,
        level);

    double z = RiskMeasures.STANDARD_NORMAL.inverseCumulativeProbability(alpha);
    double g = portfolio.quantile();
    double gS = (z * z - 1) / 6 - (2 * z * z * z - 5 * z) * skew / 18;
    double gK = (z * z * z - 3 * z) / 24;
    double phi = RiskMeasures.STANDARD_NORMAL.density(g);
    double poly = RiskMeasures.edgeworthPolynomial(g, skew, kurt);
    double e = phi * poly;
    double g2 = g * g;
    double g4 = g2 * g2;
    double polyG = g2 * skew / 2 + (6 * g4 * g - 36 * g2 * g + 18 * g) * skew * skew / 72
        + (4 * g2 * g - 4 * g) * kurt / 24;
    double eG = phi * (polyG - g * poly);
    double eS = phi * (g2 * g / 6 + (g4 * g2 - 9 * g4 + 9 * g2 + 3) * skew / 36);
    double eK = phi * (g4 - 2 * g2 - 1) / 24;
    double[] marginalVar = new double[d];
    double[] marginalEs = new double[d];
    for (int i = 0; i < d; i++) {
      double dm2 = 2 * s[i];
      double dSigma = dm2 / (2 * sigma);
      double dS = 3 * dm3[i] / n / (m2 * sigma) - 1.5 * m3 * dm2 / (m2 * m2 * sigma);
      double dK = 4 * dm4[i] / n / (m2 * m2) - 2 * m4 * dm2 / (m2 * m2 * m2);
      double dg = gS * dS + gK * dK;
      marginalVar[i] = -mean[i] - (dSigma * g + sigma * dg);
      double dE = eG * dg + eS * dS + eK * dK;
      marginalEs[i] = portfolio.shortfallCapped() ? marginalVar[i]
          : -mean[i] + (dSigma * e + sigma * dE) / alpha;
    }
    return new PortfolioEstimate(portfolio, contributions(portfolio.valueAtRisk(), marginalVar, weights),
        contributions(portfolio.expectedShortfall(), marginalEs, weights));
  }

  // --- Shared ----------------------------------------------------------------------------------------

  private static RiskContributions contributions(double total, double[] marginal, double[] w) {
    double[] component = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      component[i] = w[i] * marginal[i];
    }
    return new RiskContributions(total, marginal, component);
  }

  private static void checkWeights(double[] weights, int assets) {
    if (ReturnData.checkWeights(weights) != assets) {
      throw new IllegalArgumentException("weights must hold " + assets + " values (one per asset), was "
          + weights.length);
    }
  }

  private static double positiveVariance(double variance) {
    if (variance > 0) {
      return variance;
    }
    throw new IllegalArgumentException("the portfolio variance must be > 0 for a decomposition, was "
        + variance);
  }

  private static double[] times(double[][] m, double[] v) {
    double[] out = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      out[i] = dot(m[i], v);
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
