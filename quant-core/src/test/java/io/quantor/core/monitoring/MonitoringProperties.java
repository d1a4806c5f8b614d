package io.quantor.core.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.analytics.FeatureDrift;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the model monitor: identical windows are healthy, the score stays in [0, 1] and equals the
 * documented formula of the report's own figures, statuses agree with the normalized drift, and more drift
 * never raises the score.
 */
class MonitoringProperties {

  private static double[] sample(SplittableRandom rnd, int n, double shift, double scale) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      // Rounded to a grid so that ties (and merged bin edges) occur.
      x[i] = Math.round((rnd.nextGaussian() * scale + shift) * 20) / 20.0;
    }
    return x;
  }

  private static double[] confidences(SplittableRandom rnd, int n, double center) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.min(1, Math.max(0, center + (rnd.nextDouble() - 0.5) * 0.4));
    }
    return x;
  }

  @Property(tries = 150)
  void identicalWindowsGiveHealthOneAndOk(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int k,
      @ForAll @IntRange(min = 1, max = 300) int n, @ForAll @IntRange(min = 1, max = 20) int bins) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Map<String, double[]> ref = new HashMap<>();
    for (int f = 0; f < k; f++) {
      ref.put("f" + f, sample(rnd, n, rnd.nextDouble(), 1 + rnd.nextDouble()));
    }
    double[] conf = confidences(rnd, n, rnd.nextDouble());
    MonitorConfig config = MonitorConfig.defaults().withBinning(rnd.nextBoolean()
        ? FeatureDrift.Binning.quantiles(bins) : FeatureDrift.Binning.equalWidth(bins));
    ModelHealthReport r = ModelMonitor.of(ref, conf, config).evaluate(ref, conf);
    assertEquals(1.0, r.health());
    assertSame(DriftStatus.OK, r.status());
    assertSame(DriftStatus.OK, r.worstStatus());
    for (FeatureReport f : r.features()) {
      assertEquals(0.0, f.psi(), f.name());
      assertEquals(0.0, f.kl(), f.name());
    }
  }

  @Property(tries = 200)
  void scoreIsInRangeAndFollowsTheFormula(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int k,
      @ForAll @DoubleRange(min = 0, max = 0.6) double shift,
      @ForAll @DoubleRange(min = 0, max = 0.2) double confidenceShift) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Map<String, double[]> ref = new HashMap<>();
    Map<String, double[]> cur = new HashMap<>();
    for (int f = 0; f < k; f++) {
      ref.put("f" + f, sample(rnd, 1000, 0, 1));
      cur.put("f" + f, sample(rnd, 300 + rnd.nextInt(500), shift * rnd.nextDouble(), 1));
    }
    double[] refConf = confidences(rnd, 1000, 0.7);
    double[] curConf = confidences(rnd, 500, 0.7 - confidenceShift * rnd.nextDouble());
    MonitorConfig config = MonitorConfig.defaults();
    ModelHealthReport r = ModelMonitor.of(ref, refConf, config).evaluate(cur, curConf);
    assertTrue(r.health() >= 0 && r.health() <= 1, "health " + r.health());
    double worst = 0;
    for (FeatureReport f : r.features()) {
      worst = Math.max(worst, config.psiDrift(f.psi()));
      assertSame(config.psiStatus(f.psi()), f.status());
    }
    double dc = Math.max(config.psiDrift(r.confidence().psi()),
        config.meanShiftDrift(r.confidence().meanShift()));
    assertEquals(worst, r.featureDrift());
    assertEquals(dc, r.confidence().drift());
    assertEquals(Math.min(1, Math.max(0, 1 - (0.5 * worst + 0.5 * dc))), r.health());
    assertSame(r.health() > 0.75 ? DriftStatus.OK : r.health() > 0.5 ? DriftStatus.WARN : DriftStatus.ALERT,
        r.status());
    Statistics.label("status").collect(r.status());
    Statistics.label("status").coverage(c -> {
      c.check(DriftStatus.OK).percentage(p -> p > 5);
      c.check(DriftStatus.WARN).percentage(p -> p > 5);
      c.check(DriftStatus.ALERT).percentage(p -> p > 5);
    });
  }

  @Property(tries = 300)
  void moreDriftNeverRaisesTheScore(@ForAll @DoubleRange(min = 0, max = 1) double psiA,
      @ForAll @DoubleRange(min = 0, max = 1) double extra,
      @ForAll @DoubleRange(min = 0, max = 1) double other,
      @ForAll @DoubleRange(min = 0.01, max = 0.3) double warn,
      @ForAll @DoubleRange(min = 0, max = 0.3) double gap, @ForAll @DoubleRange(min = 0, max = 1) double wF) {
    MonitorConfig c = MonitorConfig.defaults().withPsiThresholds(warn, warn + gap)
        .withMeanShiftThresholds(warn, warn + gap).withWeights(wF, 1 - wF);
    double psiB = psiA + extra;
    assertTrue(c.psiDrift(psiA) <= c.psiDrift(psiB), psiA + " vs " + psiB);
    assertTrue(c.meanShiftDrift(-psiA) <= c.meanShiftDrift(psiB));
    assertTrue(c.psiStatus(psiA).ordinal() <= c.psiStatus(psiB).ordinal());
    double o = c.psiDrift(other);
    // More drift in either source never raises the score, nor lowers the severity of its status.
    assertTrue(c.health(c.psiDrift(psiA), o) >= c.health(c.psiDrift(psiB), o));
    assertTrue(c.health(o, c.psiDrift(psiA)) >= c.health(o, c.psiDrift(psiB)));
    assertTrue(c.healthStatus(c.health(c.psiDrift(psiA), o)).ordinal()
        <= c.healthStatus(c.health(c.psiDrift(psiB), o)).ordinal());
  }

  @Property(tries = 300)
  void statusAgreesWithTheNormalizedDrift(@ForAll @DoubleRange(min = 0, max = 1) double x,
      @ForAll @DoubleRange(min = 0.01, max = 0.3) double warn,
      @ForAll @DoubleRange(min = 0, max = 0.3) double gap) {
    MonitorConfig c = MonitorConfig.defaults().withPsiThresholds(warn, warn + gap);
    double n = c.psiDrift(x);
    DriftStatus s = c.psiStatus(x);
    assertTrue(n >= 0 && n <= 1);
    assertEquals(s == DriftStatus.OK, n < 0.5, "x " + x + " n " + n);
    assertEquals(s == DriftStatus.ALERT, n == 1.0, "x " + x + " n " + n);
    // With the default weights and health thresholds, one drifting source carries its status over.
    MonitorConfig d = MonitorConfig.defaults().withPsiThresholds(warn, warn + gap);
    assertSame(s, d.healthStatus(d.health(n, 0)));
    assertSame(s, d.healthStatus(d.health(0, n)));
  }
}
