package io.quantor.risk.measure;

import io.quantor.core.internal.Args;

/**
 * Modified (Cornish-Fisher) VaR and ES ({@link RiskMeasures#cornishFisher}), with the diagnostics that
 * say whether the expansion can be trusted.
 *
 * <p>{@link #expectedShortfall()} is the operational ES {@code max(rawExpectedShortfall, valueAtRisk)}
 * (PerformanceAnalytics {@code operES.CornishFisher}); {@link #rawExpectedShortfall()} is the second-order
 * Edgeworth formula of Boudt, Peterson and Croux (2008) as written, which falls below the VaR, even to
 * almost zero, when the tails are fat: for ORCL daily returns at 99 % (excess kurtosis 11.4) the raw ES is
 * 0.0002 against a modified VaR of 0.148.
 *
 * @param valueAtRisk the modified VaR {@code -mean - sd g}
 * @param expectedShortfall the operational modified ES, never below {@code valueAtRisk}
 * @param rawExpectedShortfall the modified ES of the Edgeworth expansion, {@code -mean + sd E / alpha}
 * @param level the confidence level, in (0, 1)
 * @param mean the mean return
 * @param standardDeviation the standard deviation {@code sqrt(m2)}
 * @param skewness the skewness {@code S}
 * @param excessKurtosis the excess kurtosis {@code K}
 * @param quantile the Cornish-Fisher quantile {@code g} of the standardized returns
 * @param monotone whether {@code (S, K)} lies in the domain where the Cornish-Fisher transformation
 *     {@code z -> g(z)} is increasing in {@code z} (Maillard 2012), so that {@code g} is a quantile of a
 *     genuine distribution at every level
 * @param shortfallCapped whether the raw ES fell below the VaR, so that the operational ES is the VaR
 */
public record CornishFisherEstimate(double valueAtRisk, double expectedShortfall,
    double rawExpectedShortfall, double level, double mean, double standardDeviation, double skewness,
    double excessKurtosis, double quantile, boolean monotone, boolean shortfallCapped)
    implements RiskEstimate {

  /**
   * Validates the fields.
   *
   * @param valueAtRisk the VaR, finite
   * @param expectedShortfall the operational ES, finite
   * @param rawExpectedShortfall the raw ES, finite
   * @param level the level, in (0, 1)
   * @param mean the mean, finite
   * @param standardDeviation the standard deviation, finite and {@code >= 0}
   * @param skewness the skewness, finite
   * @param excessKurtosis the excess kurtosis, finite
   * @param quantile the Cornish-Fisher quantile, finite
   * @param monotone whether the transformation is increasing
   * @param shortfallCapped whether the raw ES was below the VaR
   * @throws IllegalArgumentException if a field is out of range
   */
  public CornishFisherEstimate {
    EstimateChecks.common(valueAtRisk, expectedShortfall, level);
    Args.finite(rawExpectedShortfall, "rawExpectedShortfall");
    Args.finite(mean, "mean");
    Args.atLeast(Args.finite(standardDeviation, "standardDeviation"), 0, "standardDeviation");
    Args.finite(skewness, "skewness");
    Args.finite(excessKurtosis, "excessKurtosis");
    Args.finite(quantile, "quantile");
  }

  /**
   * Whether the expansion stayed in its valid range: the transformation is monotone and the raw ES was
   * not capped. When false, prefer {@link RiskMeasures#historical} or a fitted fat-tailed model.
   *
   * @return {@code monotone && !shortfallCapped}
   */
  public boolean expansionValid() {
    return monotone && !shortfallCapped;
  }

  /**
   * {@link RiskMethod#CORNISH_FISHER}.
   *
   * @return the method
   */
  @Override
  public RiskMethod method() {
    return RiskMethod.CORNISH_FISHER;
  }
}
