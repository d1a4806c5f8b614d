package io.quantor.core.monitoring;

import io.quantor.core.internal.Args;
import java.util.List;
import java.util.Optional;

/**
 * A model's health: each feature's drift, the drift of its prediction confidences, the score that
 * combines them and its status (see {@link MonitorConfig} for the formula and the thresholds).
 *
 * @param features each feature's drift, in the order of their names
 * @param confidence the confidence drift
 * @param featureDrift {@code D_F}, the largest normalized feature drift (0 without features), in [0, 1]
 * @param health the health score, in [0, 1] (1: no drift at all)
 * @param status the status of the score
 */
public record ModelHealthReport(List<FeatureReport> features, ConfidenceReport confidence,
    double featureDrift, double health, DriftStatus status) {

  /**
   * Validates and copies.
   *
   * @param features the feature reports, not null, no null element
   * @param confidence the confidence report, not null
   * @param featureDrift the largest normalized feature drift, in [0, 1]
   * @param health the score, in [0, 1]
   * @param status the status, not null
   * @throws IllegalArgumentException if a component is invalid
   */
  public ModelHealthReport {
    for (FeatureReport f : Args.notNull(features, "features")) {
      Args.notNull(f, "features element");
    }
    features = List.copyOf(features);
    Args.notNull(confidence, "confidence");
    Args.inRange(featureDrift, 0.0, 1.0, "featureDrift");
    Args.inRange(health, 0.0, 1.0, "health");
    Args.notNull(status, "status");
  }

  /**
   * One feature's report.
   *
   * @param name the feature's name
   * @return the report, empty if there is no such feature
   */
  public Optional<FeatureReport> feature(String name) {
    for (FeatureReport f : features) {
      if (f.name().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The feature with the largest PSI (the first one on ties).
   *
   * @return the most drifted feature, empty without features
   */
  public Optional<FeatureReport> worstFeature() {
    FeatureReport worst = null;
    for (FeatureReport f : features) {
      if (worst == null || f.psi() > worst.psi()) {
        worst = f;
      }
    }
    return Optional.ofNullable(worst);
  }

  /**
   * The worst status among the features, the confidences and the score.
   *
   * @return the most severe status in the report
   */
  public DriftStatus worstStatus() {
    DriftStatus s = status.worse(confidence.status());
    for (FeatureReport f : features) {
      s = s.worse(f.status());
    }
    return s;
  }
}
