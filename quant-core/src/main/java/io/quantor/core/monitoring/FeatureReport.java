package io.quantor.core.monitoring;

import io.quantor.core.internal.Args;

/**
 * The drift of one feature between the reference window and the current window.
 *
 * @param name the feature's name
 * @param psi the population stability index ({@link io.quantor.core.analytics.FeatureDrift#psi}),
 *     {@code >= 0}
 * @param kl the Kullback-Leibler divergence of the current from the reference distribution, in nats,
 *     {@code >= 0}
 * @param drift the normalized drift of the PSI, in [0, 1] ({@link MonitorConfig#psiDrift(double)})
 * @param status the status of the PSI ({@link MonitorConfig#psiStatus(double)})
 */
public record FeatureReport(String name, double psi, double kl, double drift, DriftStatus status) {

  /**
   * Validates the report.
   *
   * @param name the name, not null
   * @param psi the PSI, finite and {@code >= 0}
   * @param kl the KL divergence, finite and {@code >= 0}
   * @param drift the normalized drift, in [0, 1]
   * @param status the status, not null
   * @throws IllegalArgumentException if a component is invalid
   */
  public FeatureReport {
    Args.notNull(name, "name");
    Args.finite(Args.atLeast(psi, 0.0, "psi"), "psi");
    Args.finite(Args.atLeast(kl, 0.0, "kl"), "kl");
    Args.inRange(drift, 0.0, 1.0, "drift");
    Args.notNull(status, "status");
  }
}
