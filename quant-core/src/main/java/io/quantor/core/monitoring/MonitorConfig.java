package io.quantor.core.monitoring;

import io.quantor.core.analytics.FeatureDrift;
import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * The thresholds and weights of a {@link ModelMonitor}, and the rules that turn drift figures into
 * statuses and a health score. Immutable; start from {@link #defaults()}.
 *
 * <p><b>Statuses of a figure</b> {@code x} (a PSI, or the absolute shift of the mean confidence) with
 * thresholds {@code warn <= alert}: {@code x < warn} OK, {@code warn <= x < alert} WARN, {@code x >= alert}
 * ALERT. Defaults: PSI 0.1 / 0.25 ({@link FeatureDrift#PSI_MODERATE}, {@link FeatureDrift#PSI_SIGNIFICANT},
 * Siddiqi 2006); mean-confidence shift 0.05 / 0.10.
 *
 * <p><b>Normalized drift</b> of a figure, in [0, 1]: piecewise linear through (0, 0), (warn, 0.5) and
 * (alert, 1), and 1 beyond alert:
 * {@code n(x) = 0.5 x / warn} for {@code x <= warn}, {@code 0.5 + 0.5 (x - warn)/(alert - warn)} for
 * {@code warn < x < alert}, {@code 1} for {@code x >= alert}. So {@code n < 0.5} exactly when the figure is
 * OK and {@code n = 1} exactly when it is ALERT.
 *
 * <p><b>Health score</b>, in [0, 1]: {@code health = 1 - (wF * D_F + wC * D_C)}, clamped to [0, 1], where
 * {@code D_F} is the largest normalized PSI over the features (0 without features: one broken input can
 * break a model, so the worst feature counts, not the average), {@code D_C} the larger of the normalized
 * confidence PSI and the normalized absolute mean-confidence shift, and the weights {@code wF + wC = 1}
 * (defaults 0.5 and 0.5). The score never rises when any figure grows.
 *
 * <p><b>Model status</b>: {@code health > healthWarn} OK, {@code healthAlert < health <= healthWarn} WARN,
 * {@code health <= healthAlert} ALERT; defaults 0.75 and 0.5. With the default weights a single
 * drifting source (the worst feature, or the confidences) gives the model the status of that source
 * ({@code n < 0.5} gives {@code health > 0.75}; {@code n = 1} gives 0.5), and drift in both adds up: both
 * at their WARN thresholds make an ALERT.
 *
 * @param binning how {@link FeatureDrift} bins the reference sample (default: 10 quantile bins)
 * @param psiWarn the PSI from which a distribution is WARN, finite and {@code > 0}
 * @param psiAlert the PSI from which a distribution is ALERT, finite and {@code >= psiWarn}
 * @param meanShiftWarn the absolute mean-confidence shift from which confidence is WARN, finite and
 *     {@code > 0}
 * @param meanShiftAlert the absolute mean-confidence shift from which confidence is ALERT, finite and
 *     {@code >= meanShiftWarn}
 * @param featureWeight the weight {@code wF} of the feature drift in the score, in [0, 1]
 * @param confidenceWeight the weight {@code wC} of the confidence drift, in [0, 1], with
 *     {@code featureWeight + confidenceWeight = 1} (within 1e-12)
 * @param healthWarn the score at or below which the model is WARN, in [{@code healthAlert}, 1]
 * @param healthAlert the score at or below which the model is ALERT, in [0, 1]
 */
public record MonitorConfig(FeatureDrift.Binning binning, double psiWarn, double psiAlert,
    double meanShiftWarn, double meanShiftAlert, double featureWeight, double confidenceWeight,
    double healthWarn, double healthAlert) {

  /** How far inside its band a normalized drift stays, so that rounding never crosses a threshold. */
  private static final double BAND_MARGIN = 1e-9;

  /** The default WARN threshold of the mean-confidence shift: {@value}. */
  public static final double DEFAULT_MEAN_SHIFT_WARN = 0.05;
  /** The default ALERT threshold of the mean-confidence shift: {@value}. */
  public static final double DEFAULT_MEAN_SHIFT_ALERT = 0.10;
  /** The default health score at or below which a model is WARN: {@value}. */
  public static final double DEFAULT_HEALTH_WARN = 0.75;
  /** The default health score at or below which a model is ALERT: {@value}. */
  public static final double DEFAULT_HEALTH_ALERT = 0.5;

  private static final MonitorConfig DEFAULTS = new MonitorConfig(FeatureDrift.Binning.DEFAULT,
      FeatureDrift.PSI_MODERATE, FeatureDrift.PSI_SIGNIFICANT, DEFAULT_MEAN_SHIFT_WARN,
      DEFAULT_MEAN_SHIFT_ALERT, 0.5, 0.5, DEFAULT_HEALTH_WARN, DEFAULT_HEALTH_ALERT);

  /**
   * Validates the parameters.
   *
   * @param binning the binning rule, not null
   * @param psiWarn the PSI WARN threshold, finite and {@code > 0}
   * @param psiAlert the PSI ALERT threshold, finite and {@code >= psiWarn}
   * @param meanShiftWarn the mean-shift WARN threshold, finite and {@code > 0}
   * @param meanShiftAlert the mean-shift ALERT threshold, finite and {@code >= meanShiftWarn}
   * @param featureWeight the feature weight, in [0, 1]
   * @param confidenceWeight the confidence weight, in [0, 1], summing to 1 with {@code featureWeight}
   * @param healthWarn the health WARN threshold, in [{@code healthAlert}, 1]
   * @param healthAlert the health ALERT threshold, in [0, 1]
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public MonitorConfig {
    Args.notNull(binning, "binning");
    Args.positive(psiWarn, "psiWarn");
    Args.finite(Args.atLeast(psiAlert, psiWarn, "psiAlert"), "psiAlert");
    Args.positive(meanShiftWarn, "meanShiftWarn");
    Args.finite(Args.atLeast(meanShiftAlert, meanShiftWarn, "meanShiftAlert"), "meanShiftAlert");
    Args.inRange(featureWeight, 0.0, 1.0, "featureWeight");
    Args.inRange(confidenceWeight, 0.0, 1.0, "confidenceWeight");
    if (!(Math.abs(featureWeight + confidenceWeight - 1) <= 1e-12)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "featureWeight + confidenceWeight must be 1, was %s + %s", featureWeight, confidenceWeight));
    }
    Args.inRange(healthAlert, 0.0, 1.0, "healthAlert");
    Args.inRange(healthWarn, healthAlert, 1.0, "healthWarn");
  }

  /**
   * The defaults: 10 quantile bins; PSI 0.1 / 0.25; mean shift 0.05 / 0.10; weights 0.5 / 0.5; health
   * 0.75 / 0.5.
   *
   * @return the default configuration
   */
  public static MonitorConfig defaults() {
    return DEFAULTS;
  }

  /**
   * This configuration with another binning rule.
   *
   * @param binning the binning rule
   * @return the new configuration
   */
  public MonitorConfig withBinning(FeatureDrift.Binning binning) {
    return new MonitorConfig(binning, psiWarn, psiAlert, meanShiftWarn, meanShiftAlert, featureWeight,
        confidenceWeight, healthWarn, healthAlert);
  }

  /**
   * This configuration with other PSI thresholds.
   *
   * @param warn the WARN threshold, finite and {@code > 0}
   * @param alert the ALERT threshold, finite and {@code >= warn}
   * @return the new configuration
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public MonitorConfig withPsiThresholds(double warn, double alert) {
    return new MonitorConfig(binning, warn, alert, meanShiftWarn, meanShiftAlert, featureWeight,
        confidenceWeight, healthWarn, healthAlert);
  }

  /**
   * This configuration with other mean-confidence shift thresholds.
   *
   * @param warn the WARN threshold, finite and {@code > 0}
   * @param alert the ALERT threshold, finite and {@code >= warn}
   * @return the new configuration
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public MonitorConfig withMeanShiftThresholds(double warn, double alert) {
    return new MonitorConfig(binning, psiWarn, psiAlert, warn, alert, featureWeight, confidenceWeight,
        healthWarn, healthAlert);
  }

  /**
   * This configuration with other weights.
   *
   * @param feature the feature weight, in [0, 1]
   * @param confidence the confidence weight, in [0, 1], {@code feature + confidence = 1}
   * @return the new configuration
   * @throws IllegalArgumentException if a weight is out of range
   */
  public MonitorConfig withWeights(double feature, double confidence) {
    return new MonitorConfig(binning, psiWarn, psiAlert, meanShiftWarn, meanShiftAlert, feature, confidence,
        healthWarn, healthAlert);
  }

  /**
   * This configuration with other health thresholds.
   *
   * @param warn the score at or below which the model is WARN, in [{@code alert}, 1]
   * @param alert the score at or below which the model is ALERT, in [0, 1]
   * @return the new configuration
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public MonitorConfig withHealthThresholds(double warn, double alert) {
    return new MonitorConfig(binning, psiWarn, psiAlert, meanShiftWarn, meanShiftAlert, featureWeight,
        confidenceWeight, warn, alert);
  }

  /**
   * The status of a PSI.
   *
   * @param psi the PSI, {@code >= 0}
   * @return OK below {@code psiWarn}, ALERT from {@code psiAlert}, else WARN
   * @throws IllegalArgumentException if {@code psi} is negative or NaN
   */
  public DriftStatus psiStatus(double psi) {
    return status(Args.atLeast(psi, 0.0, "psi"), psiWarn, psiAlert);
  }

  /**
   * The status of a shift of the mean confidence.
   *
   * @param shift the shift, either sign (its absolute value is judged)
   * @return OK below {@code meanShiftWarn}, ALERT from {@code meanShiftAlert}, else WARN
   * @throws IllegalArgumentException if {@code shift} is NaN
   */
  public DriftStatus meanShiftStatus(double shift) {
    return status(Math.abs(Args.finite(shift, "shift")), meanShiftWarn, meanShiftAlert);
  }

  /**
   * The normalized drift of a PSI, in [0, 1] (see the class comment).
   *
   * @param psi the PSI, {@code >= 0}
   * @return {@code n(psi)} with the PSI thresholds
   * @throws IllegalArgumentException if {@code psi} is negative or NaN
   */
  public double psiDrift(double psi) {
    return normalized(Args.atLeast(psi, 0.0, "psi"), psiWarn, psiAlert);
  }

  /**
   * The normalized drift of a mean-confidence shift, in [0, 1] (see the class comment).
   *
   * @param shift the shift, either sign
   * @return {@code n(|shift|)} with the mean-shift thresholds
   * @throws IllegalArgumentException if {@code shift} is NaN
   */
  public double meanShiftDrift(double shift) {
    return normalized(Math.abs(Args.finite(shift, "shift")), meanShiftWarn, meanShiftAlert);
  }

  /**
   * The health score of normalized drifts.
   *
   * @param featureDrift {@code D_F}, the largest normalized feature PSI, in [0, 1]
   * @param confidenceDrift {@code D_C}, the normalized confidence drift, in [0, 1]
   * @return {@code 1 - (featureWeight * D_F + confidenceWeight * D_C)}, clamped to [0, 1]
   * @throws IllegalArgumentException if a drift is outside [0, 1] or NaN
   */
  public double health(double featureDrift, double confidenceDrift) {
    Args.inRange(featureDrift, 0.0, 1.0, "featureDrift");
    Args.inRange(confidenceDrift, 0.0, 1.0, "confidenceDrift");
    double h = 1 - (featureWeight * featureDrift + confidenceWeight * confidenceDrift);
    return Math.min(1.0, Math.max(0.0, h));
  }

  /**
   * The status of a health score.
   *
   * @param health the score, in [0, 1]
   * @return OK above {@code healthWarn}, ALERT at or below {@code healthAlert}, else WARN
   * @throws IllegalArgumentException if {@code health} is outside [0, 1] or NaN
   */
  public DriftStatus healthStatus(double health) {
    Args.inRange(health, 0.0, 1.0, "health");
    if (health > healthWarn) {
      return DriftStatus.OK;
    }
    return health > healthAlert ? DriftStatus.WARN : DriftStatus.ALERT;
  }

  private static DriftStatus status(double x, double warn, double alert) {
    if (x < warn) {
      return DriftStatus.OK;
    }
    return x < alert ? DriftStatus.WARN : DriftStatus.ALERT;
  }

  private static double normalized(double x, double warn, double alert) {
    // ALERT first, so that warn == alert still gives 1 exactly at the threshold.
    if (x >= alert) {
      return 1.0;
    }
    // Each band stays inside its range by a margin of 1e-9, so that rounding just below a threshold (x one
    // ulp under alert gives (x - warn)/(alert - warn) = 1.0), here or in the health score built on it,
    // cannot give the next status.
    if (x < warn) {
      return Math.min(0.5 * x / warn, 0.5 - BAND_MARGIN);
    }
    return Math.min(0.5 + 0.5 * (x - warn) / (alert - warn), 1.0 - BAND_MARGIN);
  }
}
