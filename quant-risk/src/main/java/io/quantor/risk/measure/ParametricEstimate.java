package io.quantor.risk.measure;

import io.quantor.core.internal.Args;

/**
 * VaR and ES of a normal distribution ({@link RiskMeasures#gaussian}, {@link RiskMeasures#ewma}): with
 * {@code z = Phi^-1(alpha)}, {@code VaR = -(mean + z sd)} and {@code ES = -mean + sd phi(z) / alpha}.
 *
 * @param valueAtRisk the VaR
 * @param expectedShortfall the ES
 * @param level the confidence level, in (0, 1)
 * @param method {@link RiskMethod#GAUSSIAN} or {@link RiskMethod#EWMA}
 * @param mean the mean return of the distribution (zero for {@link RiskMethod#EWMA})
 * @param standardDeviation the standard deviation of the distribution
 */
public record ParametricEstimate(double valueAtRisk, double expectedShortfall, double level,
    RiskMethod method, double mean, double standardDeviation) implements RiskEstimate {

  /**
   * Validates the fields.
   *
   * @param valueAtRisk the VaR, finite
   * @param expectedShortfall the ES, finite
   * @param level the level, in (0, 1)
   * @param method {@link RiskMethod#GAUSSIAN} or {@link RiskMethod#EWMA}
   * @param mean the mean, finite
   * @param standardDeviation the standard deviation, finite and {@code >= 0}
   * @throws IllegalArgumentException if a field is out of range
   */
  public ParametricEstimate {
    EstimateChecks.common(valueAtRisk, expectedShortfall, level);
    if (method != RiskMethod.GAUSSIAN && method != RiskMethod.EWMA) {
      throw new IllegalArgumentException("method must be GAUSSIAN or EWMA, was " + method);
    }
    Args.finite(mean, "mean");
    Args.atLeast(Args.finite(standardDeviation, "standardDeviation"), 0, "standardDeviation");
  }
}
