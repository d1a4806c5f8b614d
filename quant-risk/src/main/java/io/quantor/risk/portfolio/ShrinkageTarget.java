package io.quantor.risk.portfolio;

/** The structured matrix a {@link LedoitWolf} estimate shrinks the sample covariance toward. */
public enum ShrinkageTarget {
  /**
   * {@code mu I} with {@code mu} the average sample variance: Ledoit and Wolf (2004), "A well-conditioned
   * estimator for large-dimensional covariance matrices", Journal of Multivariate Analysis 88(2), 365-411
   * (the estimator of scikit-learn's {@code LedoitWolf}).
   */
  SCALED_IDENTITY,
  /**
   * Sample variances with one average correlation: Ledoit and Wolf (2004), "Honey, I shrunk the sample
   * covariance matrix", Journal of Portfolio Management 30(4), 110-119 (their {@code covCor.m}).
   */
  CONSTANT_CORRELATION
}
