package io.quantor.core.signal;

import io.quantor.core.internal.Args;

/**
 * The outcome of an Engle-Granger cointegration test of {@code y} on {@code x} ({@link EngleGranger}).
 *
 * <p>The cointegrating regression is {@code y_t = intercept + hedgeRatio * x_t + u_t}; the spread to
 * trade is {@code y - hedgeRatio * x}. The null hypothesis is no cointegration (a unit root in
 * {@code u}); a small p-value rejects it.
 *
 * <p>Special cases, as in statsmodels' {@code coint}: when the two series are (almost) perfectly
 * collinear ({@code R^2 >= 1 - 100 sqrt(eps)}, about {@code 1 - 1.5e-6}; a constant {@code y} counts) the
 * residual test is numerically meaningless and the series are taken as cointegrated: {@link #collinear()}
 * is true, the statistic is {@code -infinity} and the p-value 0. When {@code x} is constant (no hedge
 * ratio exists: it is reported as 0), or the residual regression is rank deficient or fits exactly, the
 * statistic and the p-value are NaN and {@link #defined()} is false.
 *
 * @param intercept the intercept of the cointegrating regression
 * @param hedgeRatio the slope: units of {@code x} per unit of {@code y} in the spread
 * @param statistic the ADF {@code tau} statistic of the residuals (no constant, no trend)
 * @param pValue MacKinnon's (1994) p-value for {@code N = 2} series with a constant
 * @param lags the number of lagged differences of the residual regression
 * @param observations the number of observations of the series
 * @param criticalValues MacKinnon's (2010) critical values for {@code N = 2}, constant,
 *     {@code T = observations - 1}
 * @param collinear whether the series are (almost) perfectly collinear
 * @param defined false when the residual test is undefined
 */
public record CointegrationResult(double intercept, double hedgeRatio, double statistic, double pValue,
    int lags, int observations, CriticalValues criticalValues, boolean collinear, boolean defined) {

  /**
   * Validates the fields.
   *
   * @param intercept the intercept
   * @param hedgeRatio the slope
   * @param statistic the statistic
   * @param pValue the p-value, in {@code [0, 1]} when defined
   * @param lags the lags, {@code >= 0}
   * @param observations the observations, {@code >= 1}
   * @param criticalValues the critical values
   * @param collinear whether the series are collinear
   * @param defined whether the residual test is defined
   * @throws IllegalArgumentException if a field is out of range
   */
  public CointegrationResult {
    Args.finite(intercept, "intercept");
    Args.finite(hedgeRatio, "hedgeRatio");
    Args.atLeast(lags, 0, "lags");
    Args.atLeast(observations, 1, "observations");
    Args.notNull(criticalValues, "criticalValues");
    if (defined) {
      Args.inRange(pValue, 0.0, 1.0, "pValue");
    }
  }

  /**
   * Whether no-cointegration is rejected at a significance level.
   *
   * @param significance the level, in {@code (0, 1)}
   * @return true if the test is defined and {@code pValue <= significance}
   * @throws IllegalArgumentException if {@code significance} is outside {@code (0, 1)}
   */
  public boolean isCointegrated(double significance) {
    AdfResult.checkSignificance(significance);
    return defined && pValue <= significance;
  }
}
