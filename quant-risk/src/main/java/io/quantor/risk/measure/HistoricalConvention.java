package io.quantor.risk.measure;

/**
 * Estimators of VaR and ES from the order statistics {@code x(1) <= ... <= x(n)} of {@code n} returns, at
 * the tail probability {@code alpha = 1 - level}. The names follow the conventions of
 * {@code shared/reference/risk/README.md}; every one is checked against its reference values.
 *
 * <p>Counts such as {@code n * alpha} are first rounded to the nearest integer when they are within a
 * relative {@code 1e-12} of it, because {@code 1 - 0.95} is {@code 0.05000000000000004} in binary: with
 * {@code n = 100} the 95 % VaR is then {@code -x(5)} as intended, not {@code -x(6)}.
 */
public enum HistoricalConvention {

  /**
   * The default. {@code k = ceil(n * alpha)}, VaR {@code = -x(k)}: the lower empirical quantile, the
   * inverse of the empirical distribution function (R {@code quantile(type = 1)}, fPortfolio
   * {@code varRisk}). ES {@code = -mean(r_i <= x(k))}: all returns at or below the quantile, ties with it
   * included, so the tail may hold more than {@code k} returns.
   */
  LOWER_QUANTILE,

  /**
   * VaR as {@link #LOWER_QUANTILE}; ES by the fractional estimator of Acerbi and Tasche ("On the coherence
   * of expected shortfall", Journal of Banking and Finance 26(7), 2002, 1487-1503), equal to the
   * Rockafellar-Uryasev minimum and to fPortfolio {@code cvarRisk}:
   * {@code ES = -(x(1) + ... + x(k-1) + (n alpha - (k - 1)) x(k)) / (n alpha)}. It weights exactly
   * {@code n * alpha} observations, is a coherent risk measure of the empirical distribution (hence
   * subadditive), and does not jump when {@code n * alpha} crosses an integer.
   */
  FRACTIONAL,

  /**
   * VaR {@code = -q} with {@code q} linearly interpolated between order statistics: {@code h = (n - 1)
   * alpha}, {@code j = floor(h)}, {@code q = x(j+1) + (h - j)(x(j+2) - x(j+1))} (R {@code quantile(type =
   * 7)}, numpy's default {@code quantile}, Excel {@code PERCENTILE.INC}). ES {@code = -mean(r_i <= q)}.
   */
  LINEAR,

  /**
   * VaR as {@link #LINEAR}; ES {@code = -mean(x(1), ..., x(m))} with {@code m = floor((n - 1) alpha) + 1}
   * smallest returns (the {@code empyrical} library's {@code conditional_value_at_risk}).
   */
  EMPYRICAL
}
