package io.quantor.risk.measure;

import io.quantor.core.internal.Args;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Value at risk and expected shortfall of one return series (or one portfolio), each method returning
 * both measures with its diagnostics. {@link ValueAtRisk} and {@link ExpectedShortfall} give the single
 * numbers; {@link PortfolioRisk} adds the per-asset contributions.
 *
 * <p>Returns are per-period fractions, log or simple as the caller chooses (0.01 is a 1 % gain); the
 * measures come out in the same unit, as positive losses. Levels are confidence levels in (0, 1) written
 * as 0.95 or 0.99; the tail probability is {@code alpha = 1 - level}. NaN or infinite returns are
 * rejected with an {@link IllegalArgumentException} naming the index.
 *
 * <p>Defaults, each with its alternatives:
 * <ul>
 *   <li>Historical: the lower empirical quantile {@code x(ceil(n alpha))} (R type 1) and the mean of all
 *       returns at or below it; {@link HistoricalConvention} has the fractional (Acerbi-Tasche), linear
 *       (R type 7, numpy) and {@code empyrical} estimators.</li>
 *   <li>Gaussian: sample mean and sample standard deviation (divisor {@code n - 1});
 *       {@link VarianceEstimator#POPULATION} for divisor {@code n} (PerformanceAnalytics
 *       {@code VaR.Gaussian}, fPortfolio {@code normalVaR}).</li>
 *   <li>Cornish-Fisher: population moments (as Boudt et al. and PerformanceAnalytics), the operational ES
 *       by default and the raw Edgeworth ES in {@link CornishFisherEstimate#rawExpectedShortfall()}.</li>
 *   <li>EWMA: RiskMetrics decay {@value #RISKMETRICS_LAMBDA}, zero mean.</li>
 *   <li>Monte Carlo: the historical default estimators on simulated returns, batch-means standard
 *       errors.</li>
 * </ul>
 *
 * <p>The normal quantile and density are Commons Statistics' {@code NormalDistribution} (inverse via the
 * Boost-derived inverse error function of Commons Numbers, accurate to a few ulp).
 */
public final class RiskMeasures {

  /** The RiskMetrics (J.P. Morgan/Reuters 1996) decay factor for daily returns. */
  public static final double RISKMETRICS_LAMBDA = 0.94;

  static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private static final int MONTE_CARLO_BATCHES = 50;

  private RiskMeasures() {
  }

  // --- Historical ------------------------------------------------------------------------------------

  /**
   * Historical VaR and ES with the default estimators ({@link HistoricalConvention#LOWER_QUANTILE}).
   *
   * @param returns the returns, at least one, finite; not modified
   * @param level the confidence level, in (0, 1)
   * @return the estimate
   * @throws IllegalArgumentException if {@code returns} is null, empty or not finite, or {@code level}
   *     is outside (0, 1)
   */
  public static HistoricalEstimate historical(double[] returns, double level) {
    return historical(returns, level, HistoricalConvention.LOWER_QUANTILE);
  }

  /**
   * Historical VaR and ES. Works on a copy of {@code returns}: one selection of the needed order
   * statistic (Floyd-Rivest with an introspective median-of-medians fallback, {@code O(n)} in the worst
   * case) and one pass for the tail mean, never a sort. Memory: one copy of the returns.
   *
   * @param returns the returns, at least one, finite; not modified
   * @param level the confidence level, in (0, 1)
   * @param convention the quantile and tail-mean estimators
   * @return the estimate
   * @throws IllegalArgumentException if {@code returns} is null, empty or not finite, {@code level} is
   *     outside (0, 1), or {@code convention} is null
   */
  public static HistoricalEstimate historical(double[] returns, double level,
      HistoricalConvention convention) {
    ConfidenceLevel.tailProbability(level);
    Args.notNull(convention, "convention");
    double[] copy = ReturnData.finiteCopy(returns, 1);
    return EmpiricalTail.estimate(copy, copy.length, level, convention);
  }

  // --- Gaussian --------------------------------------------------------------------------------------

  /**
   * Gaussian VaR and ES with the sample mean and the sample standard deviation (divisor {@code n - 1}).
   *
   * @param returns the returns, at least two, finite
   * @param level the confidence level, in (0, 1)
   * @return the estimate
   * @throws IllegalArgumentException if {@code returns} has fewer than two values or is not finite, or
   *     {@code level} is outside (0, 1)
   */
  public static ParametricEstimate gaussian(double[] returns, double level) {
    return gaussian(returns, level, VarianceEstimator.SAMPLE);
  }

  /**
   * Gaussian VaR and ES with the sample mean and the chosen standard deviation.
   *
   * @param returns the returns, at least two, finite
   * @param level the confidence level, in (0, 1)
   * @param variance the divisor of the variance
   * @return the estimate
   * @throws IllegalArgumentException if {@code returns} has fewer than two values or is not finite,
   *     {@code level} is outside (0, 1), or {@code variance} is null
   */
  public static ParametricEstimate gaussian(double[] returns, double level, VarianceEstimator variance) {
    ConfidenceLevel.tailProbability(level);
    Args.notNull(variance, "variance");
    ReturnData.checkVector(returns, 2);
    double mean = ReturnData.mean(returns);
    double s2 = ReturnData.centralSums(returns, mean)[0];
    return gaussian(mean, Math.sqrt(s2 / variance.divisor(returns.length)), level);
  }

  /**
   * VaR and ES of a normal distribution: with {@code z = Phi^-1(alpha)} (negative for levels above 0.5),
   * {@code VaR = -(mean + z sd)} and {@code ES = -mean + sd phi(z) / alpha}.
   *
   * @param mean the mean return
   * @param standardDeviation the standard deviation of the return, {@code >= 0}
   * @param level the confidence level, in (0, 1)
   * @return the estimate
   * @throws IllegalArgumentException if {@code mean} is not finite, {@code standardDeviation} is negative
   *     or not finite, or {@code level} is outside (0, 1)
   */
  public static ParametricEstimate gaussian(double mean, double standardDeviation, double level) {
    return normal(mean, standardDeviation, level, RiskMethod.GAUSSIAN);
  }

  private static ParametricEstimate normal(double mean, double sd, double level, RiskMethod method) {
    double alpha = ConfidenceLevel.tailProbability(level);
    Args.finite(mean, "mean");
    Args.atLeast(Args.finite(sd, "standardDeviation"), 0, "standardDeviation");
    double z = STANDARD_NORMAL.inverseCumulativeProbability(alpha);
    double var = -(mean + z * sd);
    double es = -mean + sd * STANDARD_NORMAL.density(z) / alpha;
    return new ParametricEstimate(var, es, level, method, mean, sd);
  }

  // --- EWMA ------------------------------------------------------------------------------------------

  /**
   * Parametric VaR and ES with the RiskMetrics EWMA volatility, {@code lambda = 0.94}.
   *
   * @param returns the returns, oldest first, at least one, finite
   * @param level the confidence level, in (0, 1)
   * @return the estimate for the period after the last return
   * @throws IllegalArgumentException if {@code returns} is null, empty or not finite, or {@code level}
   *     is outside (0, 1)
   * @see #ewma(double[], double, double)
   */
  public static ParametricEstimate ewma(double[] returns, double level) {
    return ewma(returns, level, RISKMETRICS_LAMBDA);
  }

  /**
   * Parametric VaR and ES of a zero-mean normal distribution whose variance is the exponentially weighted
   * mean of the squared returns (RiskMetrics Technical Document, 4th ed., J.P. Morgan/Reuters 1996,
   * section 5.2.1):
   * {@code sigma^2 = sum_{i=0}^{n-1} lambda^i r_{n-i}^2 / sum_{i=0}^{n-1} lambda^i}, the newest return
   * weighted most. The weights are normalized to sum to one, so a short history is not biased low and
   * there is no seed value to choose; for long histories this is the recursion
   * {@code sigma^2_t = lambda sigma^2_(t-1) + (1 - lambda) r_t^2}. The mean is taken as zero, as in
   * RiskMetrics (daily means are small against the volatility), which makes this measure, unlike the
   * others, not translation invariant.
   *
   * @param returns the returns, oldest first, at least one, finite
   * @param level the confidence level, in (0, 1)
   * @param lambda the decay factor, in (0, 1): 0.94 for daily and 0.97 for monthly data in RiskMetrics
   * @return the estimate for the period after the last return, method {@link RiskMethod#EWMA}
   * @throws IllegalArgumentException if {@code returns} is null, empty or not finite, or {@code level}
   *     or {@code lambda} is outside (0, 1)
   */
  public static ParametricEstimate ewma(double[] returns, double level, double lambda) {
    ConfidenceLevel.tailProbability(level);
    if (!(lambda > 0 && lambda < 1)) {
      throw new IllegalArgumentException("lambda must be in (0, 1), was " + lambda);
    }
    ReturnData.checkVector(returns, 1);
    double weighted = 0;
    double weights = 0;
    for (double r : returns) {
      weighted = lambda * weighted + r * r;
      weights = lambda * weights + 1;
    }
    return normal(0, Math.sqrt(weighted / weights), level, RiskMethod.EWMA);
  }

  // --- Cornish-Fisher --------------------------------------------------------------------------------

  /**
   * Modified (Cornish-Fisher) VaR and ES from the population moments of the returns,
   * {@code m_k = mean((r - mean)^k)}, {@code sd = sqrt(m2)}, {@code S = m3 / m2^1.5},
   * {@code K = m4 / m2^2 - 3}. A constant series ({@code m2 = 0}) has {@code S = K = 0} and VaR = ES =
   * minus its value.
   *
   * @param returns the returns, at least two, finite
   * @param level the confidence level, in (0, 1)
   * @return the estimate; see {@link #cornishFisher(double, double, double, double, double)}
   * @throws IllegalArgumentException if {@code returns} has fewer than two values or is not finite, or
   *     {@code level} is outside (0, 1)
   */
  public static CornishFisherEstimate cornishFisher(double[] returns, double level) {
    ConfidenceLevel.tailProbability(level);
    ReturnData.checkVector(returns, 2);
    int n = returns.length;
    double mean = ReturnData.mean(returns);
    double[] sums = ReturnData.centralSums(returns, mean);
    double m2 = sums[0] / n;
    double m3 = sums[1] / n;
    double m4 = sums[2] / n;
    if (!(m2 > 0)) {
      return cornishFisher(mean, 0, 0, 0, level);
    }
    return cornishFisher(mean, Math.sqrt(m2), m3 / Math.pow(m2, 1.5), m4 / (m2 * m2) - 3, level);
  }

  /**
   * Modified VaR and ES of Boudt, Peterson and Croux, "Estimation and decomposition of downside risk for
   * portfolios with non-normal returns", Journal of Risk 11(2), 2008, 79-103, from given moments. With
   * {@code z = Phi^-1(alpha)}:
   * <ul>
   *   <li>the Cornish-Fisher quantile {@code g = z + (z^2 - 1) S/6 + (z^3 - 3z) K/24 - (2z^3 - 5z)
   *       S^2/36} and {@code VaR = -mean - sd g};</li>
   *   <li>the second-order Edgeworth tail integral {@code E = phi(g) [1 + g^3 S/6 + (g^6 - 9g^4 + 9g^2 +
   *       3) S^2/72 + (g^4 - 2g^2 - 1) K/24]} and the raw {@code ES = -mean + sd E / alpha}
   *       (PerformanceAnalytics {@code ES.CornishFisher});</li>
   *   <li>the operational {@code ES = -mean - sd min(-E/alpha, g)} (PerformanceAnalytics
   *       {@code operES.CornishFisher}), never below the VaR: the default
   *       {@link CornishFisherEstimate#expectedShortfall()}.</li>
   * </ul>
   * The diagnostics: {@code g'(z) = (K/8 - S^2/6) z^2 + (S/3) z + (1 - K/8 + 5 S^2/36)} is a quadratic in
   * {@code z}; the transformation is monotone (a valid quantile function, the domain of validity of
   * Maillard, "A user's guide to the Cornish Fisher expansion", SSRN 1997178, 2012) when it is never
   * negative. With {@code S = 0} that is {@code 0 <= K <= 8}: ORCL (K = 11.4) is outside, a 50/50
   * ORCL/YHOO portfolio (K = 5.0) inside, yet its raw 99 % ES (0.065) is below its VaR (0.096) and is
   * capped. Fat tails break the expansion; {@link CornishFisherEstimate#expansionValid()} says so.
   *
   * @param mean the mean return
   * @param standardDeviation the standard deviation, {@code >= 0}
   * @param skewness the skewness {@code S}
   * @param excessKurtosis the excess kurtosis {@code K}
   * @param level the confidence level, in (0, 1)
   * @return the estimate
   * @throws IllegalArgumentException if a moment is not finite, {@code standardDeviation} is negative,
   *     or {@code level} is outside (0, 1)
   */
  public static CornishFisherEstimate cornishFisher(double mean, double standardDeviation,
      double skewness, double excessKurtosis, double level) {
    double alpha = ConfidenceLevel.tailProbability(level);
    Args.finite(mean, "mean");
    double sd = Args.atLeast(Args.finite(standardDeviation, "standardDeviation"), 0, "standardDeviation");
    double s = Args.finite(skewness, "skewness");
    double k = Args.finite(excessKurtosis, "excessKurtosis");
    double z = STANDARD_NORMAL.inverseCumulativeProbability(alpha);
    double g = cornishFisherQuantile(z, s, k);
    double e = edgeworthTail(g, s, k);
    double var = -mean - sd * g;
    double raw = -mean + sd * e / alpha;
    boolean capped = -e / alpha > g;
    double operational = -mean - sd * Math.min(-e / alpha, g);
    return new CornishFisherEstimate(var, operational, raw, level, mean, sd, s, k, g, monotone(s, k),
        capped);
  }

  /** {@code g(z) = z + (z^2 - 1) S/6 + (z^3 - 3z) K/24 - (2z^3 - 5z) S^2/36}. */
  static double cornishFisherQuantile(double z, double s, double k) {
    double z2 = z * z;
    return z + (z2 - 1) * s / 6 + (z2 * z - 3 * z) * k / 24 - (2 * z2 * z - 5 * z) * s * s / 36;
  }

  /** {@code E(g) = phi(g) [1 + g^3 S/6 + (g^6 - 9g^4 + 9g^2 + 3) S^2/72 + (g^4 - 2g^2 - 1) K/24]}. */
  static double edgeworthTail(double g, double s, double k) {
    return STANDARD_NORMAL.density(g) * edgeworthPolynomial(g, s, k);
  }

  /** The bracket of {@link #edgeworthTail}. */
  static double edgeworthPolynomial(double g, double s, double k) {
    double g2 = g * g;
    double g4 = g2 * g2;
    return 1 + g2 * g * s / 6 + (g4 * g2 - 9 * g4 + 9 * g2 + 3) * s * s / 72 + (g4 - 2 * g2 - 1) * k / 24;
  }

  /** Whether {@code g'(z) >= 0} for every {@code z}. */
  static boolean monotone(double s, double k) {
    double a = k / 8 - s * s / 6;
    double b = s / 3;
    double c = 1 - k / 8 + 5 * s * s / 36;
    if (a > 0) {
      return b * b <= 4 * a * c;
    }
    return a == 0 && b == 0 && c >= 0;
  }

  // --- Monte Carlo -----------------------------------------------------------------------------------

  /**
   * Monte Carlo VaR and ES of a portfolio: the {@link HistoricalConvention#LOWER_QUANTILE} estimators on
   * {@link MonteCarloModel#portfolioReturns simulated portfolio returns}, with batch-means standard errors
   * (see {@link MonteCarloEstimate}). A single asset is a model of dimension one with weight 1. Memory:
   * two arrays of {@code settings.scenarios()} doubles.
   *
   * @param model the joint return distribution
   * @param weights the portfolio weights, one per asset of the model
   * @param level the confidence level, in (0, 1)
   * @param settings the scenario count, seed and antithetic switch
   * @return the estimate
   * @throws IllegalArgumentException if an argument is null, the weights do not match the model or are
   *     not finite, or {@code level} is outside (0, 1)
   */
  public static MonteCarloEstimate monteCarlo(MonteCarloModel model, double[] weights, double level,
      MonteCarloSettings settings) {
    ConfidenceLevel.tailProbability(level);
    Args.notNull(model, "model");
    Args.notNull(settings, "settings");
    return monteCarlo(model.portfolioReturns(weights, settings), level, settings);
  }

  /**
   * The Monte Carlo estimate of simulated portfolio returns, which this call permutes.
   *
   * @param returns the simulated portfolio returns, in scenario order
   * @param level the confidence level, already validated
   * @param settings the settings that produced the returns
   * @return the estimate
   */
  static MonteCarloEstimate monteCarlo(double[] returns, double level, MonteCarloSettings settings) {
    int n = returns.length;
    double[] batchVar = new double[MONTE_CARLO_BATCHES];
    double[] batchEs = new double[MONTE_CARLO_BATCHES];
    double[] buffer = new double[n / MONTE_CARLO_BATCHES + 2];
    int start = 0;
    for (int b = 0; b < MONTE_CARLO_BATCHES; b++) {
      int end = (int) ((long) n * (b + 1) / MONTE_CARLO_BATCHES);
      if (settings.antithetic() && b < MONTE_CARLO_BATCHES - 1) {
        end &= ~1;
      }
      int size = end - start;
      System.arraycopy(returns, start, buffer, 0, size);
      HistoricalEstimate batch = EmpiricalTail.estimate(buffer, size, level,
          HistoricalConvention.LOWER_QUANTILE);
      batchVar[b] = batch.valueAtRisk();
      batchEs[b] = batch.expectedShortfall();
      start = end;
    }
    HistoricalEstimate all = EmpiricalTail.estimate(returns, n, level, HistoricalConvention.LOWER_QUANTILE);
    return new MonteCarloEstimate(all.valueAtRisk(), all.expectedShortfall(), level, settings,
        standardErrorOfMean(batchVar), standardErrorOfMean(batchEs), all.tailCount());
  }

  private static double standardErrorOfMean(double[] x) {
    double mean = ReturnData.mean(x);
    double s2 = ReturnData.centralSums(x, mean)[0];
    return Math.sqrt(s2 / (x.length - 1) / x.length);
  }
}
