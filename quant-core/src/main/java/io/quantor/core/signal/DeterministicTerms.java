package io.quantor.core.signal;

/**
 * The deterministic regressors of a Dickey-Fuller regression (MacKinnon's {@code nc}, {@code c} and
 * {@code ct} cases).
 */
public enum DeterministicTerms {
  /** No constant and no trend (the residual regression of the Engle-Granger test). */
  NONE(0),
  /** A constant. */
  CONSTANT(1),
  /** A constant and a linear time trend ({@code tseries::adf.test} always uses these). */
  CONSTANT_TREND(2);

  private final int count;

  DeterministicTerms(int count) {
    this.count = count;
  }

  /**
   * The number of deterministic regressors.
   *
   * @return 0, 1 or 2
   */
  public int count() {
    return count;
  }
}
