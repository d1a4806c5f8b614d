package io.quantor.risk.measure;

/** The divisor of a variance or covariance estimated from {@code n} observations. */
public enum VarianceEstimator {
  /** Divisor {@code n - 1}: the unbiased sample variance (R {@code sd}/{@code cov}, numpy {@code ddof=1}). */
  SAMPLE,
  /** Divisor {@code n}: the population (maximum-likelihood) variance (numpy's default {@code ddof=0}). */
  POPULATION;

  /**
   * The divisor for {@code n} observations.
   *
   * @param n the number of observations
   * @return {@code n - 1} or {@code n}
   */
  double divisor(int n) {
    return this == SAMPLE ? n - 1 : n;
  }
}
