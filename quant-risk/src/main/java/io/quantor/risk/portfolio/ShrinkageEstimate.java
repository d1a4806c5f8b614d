package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;

/**
 * A shrunk covariance: {@code delta F + (1 - delta) S} for the sample covariance {@code S} and target {@code
 * F}.
 *
 * @param covariance the shrunk covariance
 * @param intensity the shrinkage intensity {@code delta}, in [0, 1]
 * @param target the target {@code F}
 */
public record ShrinkageEstimate(CovarianceMatrix covariance, double intensity, ShrinkageTarget target) {

  /**
   * Validates.
   *
   * @param covariance the shrunk covariance, not null
   * @param intensity the intensity, in [0, 1]
   * @param target the target, not null
   * @throws IllegalArgumentException if a value is invalid
   */
  public ShrinkageEstimate {
    Args.notNull(covariance, "covariance");
    Args.inRange(intensity, 0.0, 1.0, "intensity");
    Args.notNull(target, "target");
  }
}
