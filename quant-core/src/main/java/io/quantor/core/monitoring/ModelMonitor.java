package io.quantor.core.monitoring;

import io.quantor.core.analytics.DriftResult;
import io.quantor.core.analytics.FeatureDrift;
import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Watches a model for drift against a reference window (its training data or a validated period): per
 * feature the PSI and KL divergence of the current window against the reference ({@link FeatureDrift},
 * bins from the reference), the PSI, KL and mean shift of the prediction confidences, and a health score in
 * [0, 1] with an OK / WARN / ALERT status ({@link MonitorConfig} has the formula and the defaults).
 *
 * <p>The reference samples are copied once; {@link #evaluate(Map, double[])} is a pure function of them and
 * the current window. Features are reported in the order of their names. Confidences are in [0, 1]. The
 * current windows need not have the reference's sizes.
 *
 * <pre>{@code
 * ModelMonitor monitor = ModelMonitor.of(
 *     Map.of("rsi", trainRsi, "volume_z", trainVolumeZ), trainConfidence, MonitorConfig.defaults());
 * ModelHealthReport report = monitor.evaluate(
 *     Map.of("rsi", lastMonthRsi, "volume_z", lastMonthVolumeZ), lastMonthConfidence);
 * if (report.status() == DriftStatus.ALERT) {
 *   // stop trading the model; report.worstFeature() says where to look
 * }
 * }</pre>
 */
public final class ModelMonitor {

  private final TreeMap<String, double[]> reference;
  private final double[] referenceConfidence;
  private final double referenceMean;
  private final MonitorConfig config;

  private ModelMonitor(TreeMap<String, double[]> reference, double[] referenceConfidence,
      MonitorConfig config) {
    this.reference = reference;
    this.referenceConfidence = referenceConfidence;
    this.referenceMean = mean(referenceConfidence);
    this.config = config;
  }

  /**
   * A monitor of the given reference window.
   *
   * @param referenceFeatures each feature's reference sample by name; samples non-empty and finite (may be
   *     an empty map: then only the confidences are watched)
   * @param referenceConfidence the reference prediction confidences, non-empty, each in [0, 1]
   * @param config the thresholds and weights
   * @return the monitor
   * @throws IllegalArgumentException if an argument is null, a sample empty or a value invalid
   */
  public static ModelMonitor of(Map<String, double[]> referenceFeatures, double[] referenceConfidence,
      MonitorConfig config) {
    Args.notNull(config, "config");
    return new ModelMonitor(copyFeatures(referenceFeatures, "referenceFeatures"),
        checkConfidence(referenceConfidence, "referenceConfidence").clone(), config);
  }

  /**
   * Compares the current window with the reference.
   *
   * @param currentFeatures each feature's current sample by name, with exactly the reference's names;
   *     samples non-empty and finite
   * @param currentConfidence the current prediction confidences, non-empty, each in [0, 1]
   * @return the health report
   * @throws IllegalArgumentException if an argument is null, the feature names differ from the
   *     reference's, a sample is empty or a value invalid
   */
  public ModelHealthReport evaluate(Map<String, double[]> currentFeatures, double[] currentConfidence) {
    TreeMap<String, double[]> current = copyFeatures(currentFeatures, "currentFeatures");
    if (!current.keySet().equals(reference.keySet())) {
      throw new IllegalArgumentException("currentFeatures must have the reference's names "
          + reference.keySet() + ", was " + current.keySet());
    }
    checkConfidence(currentConfidence, "currentConfidence");
    List<FeatureReport> features = new ArrayList<>(current.size());
    double featureDrift = 0;
    for (Map.Entry<String, double[]> e : current.entrySet()) {
      double[] ref = reference.get(e.getKey());
      DriftResult psi = FeatureDrift.psi(ref, e.getValue(), config.binning());
      DriftResult kl = FeatureDrift.kl(ref, e.getValue(), config.binning());
      double drift = config.psiDrift(psi.total());
      featureDrift = Math.max(featureDrift, drift);
      features.add(new FeatureReport(e.getKey(), psi.total(), kl.total(), drift,
          config.psiStatus(psi.total())));
    }
    double confidencePsi = FeatureDrift.psi(referenceConfidence, currentConfidence, config.binning())
        .total();
    double confidenceKl = FeatureDrift.kl(referenceConfidence, currentConfidence, config.binning()).total();
    double currentMean = mean(currentConfidence);
    double shift = currentMean - referenceMean;
    double confidenceDrift = Math.max(config.psiDrift(confidencePsi), config.meanShiftDrift(shift));
    DriftStatus confidenceStatus = config.psiStatus(confidencePsi).worse(config.meanShiftStatus(shift));
    ConfidenceReport confidence = new ConfidenceReport(confidencePsi, confidenceKl, referenceMean,
        currentMean, confidenceDrift, confidenceStatus);
    double health = config.health(featureDrift, confidenceDrift);
    return new ModelHealthReport(features, confidence, featureDrift, health, config.healthStatus(health));
  }

  /**
   * The thresholds and weights.
   *
   * @return the configuration
   */
  public MonitorConfig config() {
    return config;
  }

  /**
   * The names of the watched features, in order.
   *
   * @return the feature names
   */
  public List<String> featureNames() {
    return List.copyOf(reference.keySet());
  }

  private static TreeMap<String, double[]> copyFeatures(Map<String, double[]> features, String name) {
    Args.notNull(features, name);
    TreeMap<String, double[]> copy = new TreeMap<>();
    for (Map.Entry<String, double[]> e : features.entrySet()) {
      String key = Args.notNull(e.getKey(), name + " key");
      double[] sample = Args.notNull(e.getValue(), name + "[" + key + "]");
      if (sample.length == 0) {
        throw new IllegalArgumentException(name + "[" + key + "] must not be empty");
      }
      for (int i = 0; i < sample.length; i++) {
        if (!Double.isFinite(sample[i])) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "%s[%s][%d] must be finite, was %s",
              name, key, i, sample[i]));
        }
      }
      copy.put(key, sample.clone());
    }
    return copy;
  }

  private static double[] checkConfidence(double[] confidence, String name) {
    Args.notNull(confidence, name);
    if (confidence.length == 0) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    for (int i = 0; i < confidence.length; i++) {
      if (!(confidence[i] >= 0 && confidence[i] <= 1)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s[%d] must be in [0, 1], was %s",
            name, i, confidence[i]));
      }
    }
    return confidence;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    // A mean of values in [0, 1] can round a hair outside; keep it in range.
    return Math.min(1.0, Math.max(0.0, sum / values.length));
  }
}
