package io.quantor.core.monitoring;

import io.quantor.core.internal.Args;

/**
 * The drift of a model's prediction confidences between the reference window and the current window.
 *
 * @param psi the PSI of the confidence distribution, {@code >= 0}
 * @param kl the KL divergence of the current from the reference confidences, in nats, {@code >= 0}
 * @param referenceMean the mean confidence of the reference window, in [0, 1]
 * @param currentMean the mean confidence of the current window, in [0, 1]
 * @param drift the normalized drift {@code max(psiDrift(psi), meanShiftDrift(meanShift()))}, in [0, 1]
 * @param status the worse of the PSI status and the mean-shift status
 */
public record ConfidenceReport(double psi, double kl, double referenceMean, double currentMean,
    double drift, DriftStatus status) {

  /**
   * Validates the report.
   *
   * @param psi the PSI, finite and {@code >= 0}
   * @param kl the KL divergence, finite and {@code >= 0}
   * @param referenceMean the reference mean, in [0, 1]
   * @param currentMean the current mean, in [0, 1]
   * @param drift the normalized drift, in [0, 1]
   * @param status the status, not null
   * @throws IllegalArgumentException if a component is invalid
   */
  public ConfidenceReport {
    Args.finite(Args.atLeast(psi, 0.0, "psi"), "psi");
    Args.finite(Args.atLeast(kl, 0.0, "kl"), "kl");
    Args.inRange(referenceMean, 0.0, 1.0, "referenceMean");
    Args.inRange(currentMean, 0.0, 1.0, "currentMean");
    Args.inRange(drift, 0.0, 1.0, "drift");
    Args.notNull(status, "status");
  }

  /**
   * The shift of the mean confidence.
   *
   * @return {@code currentMean - referenceMean}: negative when the model has become less sure
   */
  public double meanShift() {
    return currentMean - referenceMean;
  }
}
