package io.quantor.core.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.core.analytics.FeatureDrift;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-checkable examples of the model monitor: PSI and KL over two median bins worked out on paper, the
 * normalization and status edges of the defaults, a mean-confidence shift, and the argument checks.
 */
class MonitoringExamplesTest {

  private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  private static final MonitorConfig MEDIAN_BINS = MonitorConfig.defaults()
      .withBinning(FeatureDrift.Binning.quantiles(2));

  @Test
  void identicalWindowsAreHealthy() {
    double[] conf = {0.55, 0.6, 0.7, 0.9, 0.65};
    ModelMonitor m = ModelMonitor.of(Map.of("a", ONE_TO_TEN, "b", conf), conf, MonitorConfig.defaults());
    ModelHealthReport r = m.evaluate(Map.of("a", ONE_TO_TEN.clone(), "b", conf), conf);
    assertEquals(1.0, r.health());
    assertSame(DriftStatus.OK, r.status());
    assertSame(DriftStatus.OK, r.worstStatus());
    assertEquals(0.0, r.feature("a").orElseThrow().psi());
    assertEquals(0.0, r.feature("b").orElseThrow().kl());
    assertEquals(0.0, r.confidence().meanShift());
    assertEquals(List.of("a", "b"), m.featureNames());
  }

  /**
   * Reference 1..10 has median 5.5, so two bins with shares 1/2 and 1/2. Current 1..8 puts 5/8 below
   * and 3/8 above: PSI = (5/8 - 1/2) ln(5/4) + (3/8 - 1/2) ln(3/4) = ln(5/3) / 8 = 0.0638532;
   * KL = 5/8 ln(5/4) + 3/8 ln(3/4) = 0.0315839. Normalized drift 0.5 * 0.0638532 / 0.1 = 0.3192660;
   * health 1 - 0.5 * 0.3192660 = 0.8403670: OK.
   */
  @Test
  void psiAndKlOfTwoMedianBins() {
    double[] conf = {0.6, 0.7, 0.8};
    ModelMonitor m = ModelMonitor.of(Map.of("x", ONE_TO_TEN), conf, MEDIAN_BINS);
    ModelHealthReport r = m.evaluate(Map.of("x", new double[] {1, 2, 3, 4, 5, 6, 7, 8}), conf);
    FeatureReport x = r.feature("x").orElseThrow();
    assertEquals(Math.log(5.0 / 3) / 8, x.psi(), 1e-15);
    assertEquals(0.625 * Math.log(1.25) + 0.375 * Math.log(0.75), x.kl(), 1e-15);
    assertEquals(0.0638532, x.psi(), 1e-7);
    assertEquals(0.0315839, x.kl(), 1e-7);
    assertSame(DriftStatus.OK, x.status());
    assertEquals(0.3192660, r.featureDrift(), 1e-7);
    assertEquals(0.8403670, r.health(), 1e-7);
    assertSame(DriftStatus.OK, r.status());
  }

  /**
   * Current 6..10 leaves the lower bin empty: its share becomes 1e-4, renormalized to 1e-4/1.0001 and
   * 1/1.0001. PSI = (1e-4/1.0001 - 0.5) ln(2e-4/1.0001) + (1/1.0001 - 0.5) ln(2/1.0001) = 4.6042...: ALERT,
   * normalized drift 1, health 0.5: ALERT.
   */
  @Test
  void aFeatureBeyondTheAlertThresholdAlertsTheModel() {
    double[] conf = {0.6, 0.7, 0.8};
    ModelMonitor m = ModelMonitor.of(Map.of("x", ONE_TO_TEN, "y", ONE_TO_TEN), conf, MEDIAN_BINS);
    ModelHealthReport r = m.evaluate(Map.of("x", new double[] {6, 7, 8, 9, 10}, "y", ONE_TO_TEN), conf);
    double a0 = 1e-4 / 1.0001;
    double a1 = 1 / 1.0001;
    double psi = (a0 - 0.5) * Math.log(a0 / 0.5) + (a1 - 0.5) * Math.log(a1 / 0.5);
    assertEquals(psi, r.feature("x").orElseThrow().psi(), 1e-12);
    assertEquals(4.6042, psi, 1e-4);
    assertSame(DriftStatus.ALERT, r.feature("x").orElseThrow().status());
    assertSame(DriftStatus.OK, r.feature("y").orElseThrow().status());
    assertEquals("x", r.worstFeature().orElseThrow().name());
    assertEquals(1.0, r.featureDrift());
    assertEquals(0.5, r.health());
    assertSame(DriftStatus.ALERT, r.status());
  }

  /**
   * Reference confidences all 0.6, current all 0.53: the same single bin (PSI 0) but the mean fell by
   * 0.07, between the WARN (0.05) and ALERT (0.10) shifts: normalized 0.5 + 0.5 * 0.02 / 0.05 = 0.7,
   * health 1 - 0.5 * 0.7 = 0.65: WARN.
   */
  @Test
  void aFallingMeanConfidenceWarns() {
    double[] ref = {0.6, 0.6, 0.6, 0.6};
    ModelMonitor m = ModelMonitor.of(Map.of(), ref, MonitorConfig.defaults());
    ModelHealthReport r = m.evaluate(Map.of(), new double[] {0.53, 0.53, 0.53});
    assertEquals(0.0, r.confidence().psi());
    assertEquals(-0.07, r.confidence().meanShift(), 1e-15);
    assertEquals(0.7, r.confidence().drift(), 1e-12);
    assertSame(DriftStatus.WARN, r.confidence().status());
    assertEquals(0.65, r.health(), 1e-12);
    assertSame(DriftStatus.WARN, r.status());
    assertEquals(0.0, r.featureDrift());
  }

  @Test
  void thresholdEdgesOfTheDefaults() {
    MonitorConfig c = MonitorConfig.defaults();
    assertSame(DriftStatus.OK, c.psiStatus(0.0999));
    assertSame(DriftStatus.WARN, c.psiStatus(0.1));
    assertSame(DriftStatus.WARN, c.psiStatus(0.2499));
    assertSame(DriftStatus.ALERT, c.psiStatus(0.25));
    assertSame(DriftStatus.OK, c.meanShiftStatus(-0.0499));
    assertSame(DriftStatus.WARN, c.meanShiftStatus(-0.05));
    assertSame(DriftStatus.ALERT, c.meanShiftStatus(0.1));
    assertEquals(0.0, c.psiDrift(0));
    assertEquals(0.25, c.psiDrift(0.05));
    assertEquals(0.5, c.psiDrift(0.1));
    assertEquals(0.75, c.psiDrift(0.175), 1e-15);
    assertEquals(1.0, c.psiDrift(0.25));
    assertEquals(1.0, c.psiDrift(7));
    assertEquals(0.5, c.meanShiftDrift(-0.05));
    // One source at its WARN threshold: 0.75, WARN; at ALERT: 0.5, ALERT; both at WARN: 0.5, ALERT.
    assertEquals(0.75, c.health(0.5, 0));
    assertSame(DriftStatus.WARN, c.healthStatus(0.75));
    assertSame(DriftStatus.OK, c.healthStatus(c.health(0.49, 0)));
    assertEquals(0.5, c.health(1, 0));
    assertSame(DriftStatus.ALERT, c.healthStatus(0.5));
    assertSame(DriftStatus.WARN, c.healthStatus(0.5001));
    assertEquals(0.5, c.health(0.5, 0.5));
    assertEquals(0.0, c.health(1, 1));
    // Equal thresholds: below is OK with drift < 0.5, at the threshold ALERT with drift 1.
    MonitorConfig equal = c.withPsiThresholds(0.2, 0.2);
    assertEquals(0.4999, equal.psiDrift(0.19996), 1e-12);
    assertEquals(1.0, equal.psiDrift(0.2));
    assertSame(DriftStatus.ALERT, equal.psiStatus(0.2));
  }

  @Test
  void argumentChecks() {
    double[] conf = {0.5};
    ModelMonitor m = ModelMonitor.of(Map.of("x", ONE_TO_TEN), conf, MonitorConfig.defaults());
    assertEquals("currentFeatures must have the reference's names [x], was [y]", assertThrows(
        IllegalArgumentException.class, () -> m.evaluate(Map.of("y", ONE_TO_TEN), conf)).getMessage());
    assertEquals("currentConfidence[1] must be in [0, 1], was 1.2", assertThrows(
        IllegalArgumentException.class, () -> m.evaluate(Map.of("x", ONE_TO_TEN), new double[] {0.5, 1.2}))
        .getMessage());
    assertEquals("currentFeatures[x][0] must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> m.evaluate(Map.of("x", new double[] {Double.NaN}), conf)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> m.evaluate(Map.of("x", new double[0]), conf));
    assertThrows(IllegalArgumentException.class, () -> m.evaluate(Map.of("x", ONE_TO_TEN), new double[0]));
    assertThrows(IllegalArgumentException.class, () -> ModelMonitor.of(Map.of(), conf, null));
    assertEquals("featureWeight + confidenceWeight must be 1, was 0.5 + 0.6", assertThrows(
        IllegalArgumentException.class, () -> MonitorConfig.defaults().withWeights(0.5, 0.6)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> MonitorConfig.defaults().withPsiThresholds(0.2, 0.1));
    assertThrows(IllegalArgumentException.class,
        () -> MonitorConfig.defaults().withHealthThresholds(0.4, 0.5));
    assertThrows(IllegalArgumentException.class, () -> MonitorConfig.defaults().psiStatus(-0.1));
    // The reference is copied: changing the caller's array later changes nothing.
    double[] ref = ONE_TO_TEN.clone();
    ModelMonitor copy = ModelMonitor.of(Map.of("x", ref), conf, MonitorConfig.defaults());
    ref[0] = 1000;
    assertEquals(1.0, copy.evaluate(Map.of("x", ONE_TO_TEN), conf).health());
  }
}
