package io.quantor.risk.measure;

import io.quantor.core.internal.Args;

/**
 * Portfolio VaR and ES with their Euler decompositions per asset ({@link PortfolioRisk}).
 *
 * @param portfolio the estimate of the portfolio return distribution, with the diagnostics of its method
 * @param valueAtRiskContributions the decomposition of {@code portfolio.valueAtRisk()}
 * @param expectedShortfallContributions the decomposition of {@code portfolio.expectedShortfall()}
 */
public record PortfolioEstimate(RiskEstimate portfolio, RiskContributions valueAtRiskContributions,
    RiskContributions expectedShortfallContributions) {

  /**
   * Validates the fields.
   *
   * @param portfolio the portfolio estimate, not null
   * @param valueAtRiskContributions the VaR decomposition, not null
   * @param expectedShortfallContributions the ES decomposition, not null, for as many assets
   * @throws IllegalArgumentException if a field is null or the asset counts differ
   */
  public PortfolioEstimate {
    Args.notNull(portfolio, "portfolio");
    Args.notNull(valueAtRiskContributions, "valueAtRiskContributions");
    Args.notNull(expectedShortfallContributions, "expectedShortfallContributions");
    if (valueAtRiskContributions.assets() != expectedShortfallContributions.assets()) {
      throw new IllegalArgumentException("expectedShortfallContributions must cover "
          + valueAtRiskContributions.assets() + " assets, was " + expectedShortfallContributions.assets());
    }
  }

  /**
   * The portfolio VaR.
   *
   * @return {@code portfolio().valueAtRisk()}
   */
  public double valueAtRisk() {
    return portfolio.valueAtRisk();
  }

  /**
   * The portfolio ES.
   *
   * @return {@code portfolio().expectedShortfall()}
   */
  public double expectedShortfall() {
    return portfolio.expectedShortfall();
  }

  /**
   * The confidence level.
   *
   * @return {@code portfolio().level()}
   */
  public double level() {
    return portfolio.level();
  }
}
