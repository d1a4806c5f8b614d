package io.quantor.risk.measure;

import io.quantor.core.internal.Args;

/**
 * VaR and ES from the order statistics of observed returns ({@link RiskMeasures#historical}).
 *
 * @param valueAtRisk minus the lower-tail quantile of the returns, per {@code convention}
 * @param expectedShortfall minus the mean of the tail, per {@code convention}
 * @param level the confidence level, in (0, 1)
 * @param convention the quantile and tail-mean estimators
 * @param observations the number of returns {@code n}
 * @param tailCount the number of returns averaged in the ES: those at or below the quantile
 *     ({@link HistoricalConvention#LOWER_QUANTILE}, {@link HistoricalConvention#LINEAR}), the
 *     {@code k = ceil(n alpha)} smallest ({@link HistoricalConvention#FRACTIONAL}, the last one with weight
 *     {@code n alpha - (k - 1)}), or the {@code floor((n - 1) alpha) + 1} smallest
 *     ({@link HistoricalConvention#EMPYRICAL})
 */
public record HistoricalEstimate(double valueAtRisk, double expectedShortfall, double level,
    HistoricalConvention convention, int observations, int tailCount) implements RiskEstimate {

  /**
   * Validates the fields.
   *
   * @param valueAtRisk the VaR, finite
   * @param expectedShortfall the ES, finite
   * @param level the level, in (0, 1)
   * @param convention the convention, not null
   * @param observations the number of returns, {@code >= 1}
   * @param tailCount the number of tail returns, in {@code [1, observations]}
   * @throws IllegalArgumentException if a field is out of range
   */
  public HistoricalEstimate {
    EstimateChecks.common(valueAtRisk, expectedShortfall, level);
    Args.notNull(convention, "convention");
    Args.atLeast(observations, 1, "observations");
    Args.inRange(tailCount, 1, observations, "tailCount");
  }

  /**
   * {@link RiskMethod#HISTORICAL}.
   *
   * @return the method
   */
  @Override
  public RiskMethod method() {
    return RiskMethod.HISTORICAL;
  }
}
