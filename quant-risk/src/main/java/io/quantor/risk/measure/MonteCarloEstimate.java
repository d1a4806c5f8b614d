package io.quantor.risk.measure;

import io.quantor.core.internal.Args;

/**
 * VaR and ES of simulated portfolio returns ({@link RiskMeasures#monteCarlo}), with their standard
 * errors.
 *
 * <p>The estimates are the {@link HistoricalConvention#LOWER_QUANTILE} estimators applied to all
 * simulated portfolio returns. The standard errors are batch means: the scenarios are cut into 50
 * consecutive batches (antithetic pairs never split), each batch gives its own VaR and ES, and the
 * standard error is the sample standard deviation of the 50 batch values divided by {@code sqrt(50)}.
 * This needs no density estimate and stays valid for the dependent antithetic pairs; its own relative
 * uncertainty is about {@code 1 / sqrt(2 * 49) = 10 %}.
 *
 * @param valueAtRisk the VaR of the simulated returns
 * @param expectedShortfall the ES of the simulated returns
 * @param level the confidence level, in (0, 1)
 * @param settings the scenario count, seed and antithetic switch
 * @param valueAtRiskStandardError the standard error of {@code valueAtRisk}
 * @param expectedShortfallStandardError the standard error of {@code expectedShortfall}
 * @param tailCount the number of simulated returns at or below the quantile
 */
public record MonteCarloEstimate(double valueAtRisk, double expectedShortfall, double level,
    MonteCarloSettings settings, double valueAtRiskStandardError, double expectedShortfallStandardError,
    int tailCount) implements RiskEstimate {

  /**
   * Validates the fields.
   *
   * @param valueAtRisk the VaR, finite
   * @param expectedShortfall the ES, finite
   * @param level the level, in (0, 1)
   * @param settings the settings, not null
   * @param valueAtRiskStandardError the VaR standard error, finite and {@code >= 0}
   * @param expectedShortfallStandardError the ES standard error, finite and {@code >= 0}
   * @param tailCount the number of tail scenarios, in {@code [1, settings.scenarios()]}
   * @throws IllegalArgumentException if a field is out of range
   */
  public MonteCarloEstimate {
    EstimateChecks.common(valueAtRisk, expectedShortfall, level);
    Args.notNull(settings, "settings");
    Args.atLeast(Args.finite(valueAtRiskStandardError, "valueAtRiskStandardError"), 0,
        "valueAtRiskStandardError");
    Args.atLeast(Args.finite(expectedShortfallStandardError, "expectedShortfallStandardError"), 0,
        "expectedShortfallStandardError");
    Args.inRange(tailCount, 1, settings.scenarios(), "tailCount");
  }

  /**
   * {@link RiskMethod#MONTE_CARLO}.
   *
   * @return the method
   */
  @Override
  public RiskMethod method() {
    return RiskMethod.MONTE_CARLO;
  }
}
