package io.quantor.core.signal;

import io.quantor.core.internal.Args;

/**
 * The outcome of an augmented Dickey-Fuller test ({@link AugmentedDickeyFuller}).
 *
 * <p>The null hypothesis is a unit root; a statistic below a critical value (a small p-value) rejects it
 * in favour of stationarity. When the regression is rank deficient (a constant series, or one that is an
 * exact line when a trend is included) or fits exactly (zero residuals), the test is undefined:
 * {@link #defined()} is false and the statistic, the coefficient and the p-value are NaN.
 *
 * @param statistic the t-statistic of the lagged level's coefficient ({@code tau})
 * @param pValue MacKinnon's (1994) asymptotic p-value of the statistic ({@link MacKinnon#pValue})
 * @param gamma the estimated coefficient of the lagged level ({@code rho - 1})
 * @param lags the number of lagged differences in the regression
 * @param observations the number of rows of the regression ({@code n - 1 - lags})
 * @param terms the deterministic terms of the regression
 * @param criticalValues MacKinnon's (2010) critical values for {@code observations}
 * @param defined false when the regression is rank deficient
 */
public record AdfResult(double statistic, double pValue, double gamma, int lags, int observations,
    DeterministicTerms terms, CriticalValues criticalValues, boolean defined) {

  /**
   * Validates the fields.
   *
   * @param statistic the statistic
   * @param pValue the p-value, in {@code [0, 1]} or NaN when undefined
   * @param gamma the coefficient of the lagged level
   * @param lags the number of lags, {@code >= 0}
   * @param observations the number of regression rows, {@code >= 1}
   * @param terms the deterministic terms
   * @param criticalValues the critical values
   * @param defined whether the regression was of full rank
   * @throws IllegalArgumentException if a field is out of range
   */
  public AdfResult {
    Args.atLeast(lags, 0, "lags");
    Args.atLeast(observations, 1, "observations");
    Args.notNull(terms, "terms");
    Args.notNull(criticalValues, "criticalValues");
    if (defined) {
      Args.inRange(pValue, 0.0, 1.0, "pValue");
    }
  }

  /**
   * Whether the unit root is rejected at a significance level.
   *
   * @param significance the level, in {@code (0, 1)}
   * @return true if the test is defined and {@code pValue <= significance}
   * @throws IllegalArgumentException if {@code significance} is outside {@code (0, 1)}
   */
  public boolean rejectsUnitRoot(double significance) {
    checkSignificance(significance);
    return defined && pValue <= significance;
  }

  static void checkSignificance(double significance) {
    if (!(significance > 0 && significance < 1)) {
      throw new IllegalArgumentException("significance must be in (0, 1), was " + significance);
    }
  }
}
