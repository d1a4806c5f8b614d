package io.quantor.core.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.BarSeries;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hand-worked cases of IV rank and percentile, the spread z-score, gap analysis and feature drift. Each
 * expected value is worked out in the comment next to it from the formula in the class's Javadoc.
 */
class AnalyticsExamplesTest {

  private static final double TOL = 1e-12;

  // --- IV rank: (iv - min) / (max - min) over the last n observations, current included ----------

  @Test
  void ivRankHandComputed() {
    double[] iv = {0.2, 0.4, 0.3, 0.5, 0.1, 0.1, 0.1};
    double[] r = IvRank.ranks(iv, 3);
    assertTrue(Double.isNaN(r[0]) && Double.isNaN(r[1]));
    assertEquals(0.5, r[2], TOL);   // {0.2, 0.4, 0.3}: (0.3 - 0.2) / (0.4 - 0.2)
    assertEquals(1.0, r[3], TOL);   // {0.4, 0.3, 0.5}: a new high
    assertEquals(0.0, r[4], TOL);   // {0.3, 0.5, 0.1}: a new low
    assertEquals(0.0, r[5], TOL);   // {0.5, 0.1, 0.1}: at the low
    assertEquals(0.5, r[6], TOL);   // {0.1, 0.1, 0.1}: zero range, defined as 0.5
    IvRank rank = new IvRank(3);
    for (double v : iv) {
      rank.update(v);
    }
    assertEquals(0.1, rank.min());
    assertEquals(0.1, rank.max());
  }

  // --- IV percentile: share of the previous n observations strictly below the current one ---------

  @Test
  void ivPercentileHandComputed() {
    double[] iv = {0.2, 0.4, 0.3, 0.5, 0.1, 0.3, 0.3};
    double[] p = IvPercentile.percentiles(iv, 3);
    for (int i = 0; i < 3; i++) {
      assertTrue(Double.isNaN(p[i]));
    }
    assertEquals(1.0, p[3], TOL);         // 0.5 vs {0.2, 0.4, 0.3}: all three below
    assertEquals(0.0, p[4], TOL);         // 0.1 vs {0.4, 0.3, 0.5}: none below
    assertEquals(1.0 / 3, p[5], TOL);     // 0.3 vs {0.3, 0.5, 0.1}: only 0.1 (the tie does not count)
    assertEquals(1.0 / 3, p[6], TOL);     // 0.3 vs {0.5, 0.1, 0.3}: only 0.1
    assertEquals(3, new IvPercentile(3).lookback());
  }

  // --- Spread z-score: s = a - h*b, z = (s - mean) / sample sd over n --------------------------------

  @Test
  void spreadZScoreHandComputed() {
    double[] a = {10, 11, 13, 12, 7, 7, 7};
    double[] b = {2, 4, 6, 2, 0, 0, 0};
    // spreads with h = 0.5: 9, 9, 10, 11, 7, 7, 7
    double[] z = SpreadZScore.zScores(a, b, 0.5, 3);
    assertTrue(Double.isNaN(z[1]));
    // {9, 9, 10}: mean 28/3, sample var ((1/3)^2 + (1/3)^2 + (2/3)^2) / 2 = 1/3, z = (2/3) / sqrt(1/3)
    assertEquals(2 / Math.sqrt(3), z[2], TOL);
    assertEquals(1.0, z[3], TOL);                // {9, 10, 11}: mean 10, sd 1
    // {10, 11, 7}: mean 28/3, sample var ((2/3)^2 + (5/3)^2 + (7/3)^2) / 2 = 13/3
    assertEquals((7 - 28.0 / 3) / Math.sqrt(13.0 / 3), z[4], TOL);
    assertEquals(0.0, z[6], 0.0, "{7, 7, 7}: zero deviation, z defined as 0");
    SpreadZScore s = new SpreadZScore(0.5, 3);
    for (int i = 0; i < 4; i++) {
      s.update(a[i], b[i]);
    }
    assertEquals(11.0, s.spread());
    assertEquals(10.0, s.mean(), TOL);
    assertEquals(1.0, s.standardDeviation(), TOL);
  }

  // --- Overnight gaps ------------------------------------------------------------------------------

  /** Bars: open, high, low, close. */
  private static final double[][] GAP_BARS = {
      {100, 101, 99, 100},
      {102, 103, 99.5, 101},       // +2 % gap up; low 99.5 <= 100: filled the same day
      {103.02, 104, 102, 103},     // +2 % gap up (103.02/101 - 1); low 102 > 101: not filled
      {103, 103.5, 100.5, 101},    // no gap; low 100.5 <= 101 fills bar 2's gap one day later
      {99.99, 100.5, 99, 100},     // -1.0 % gap down (99.99/101 - 1); high 100.5 < 101: not filled
      {100, 100.9, 99.5, 100.5},   // no gap; high 100.9 < 101: bar 4's gap still open
      {100.6, 101, 100.2, 100.8},  // +0.1 % gap up: below the 0.5 % threshold
  };

  @Test
  void gapsHandComputed() {
    GapAnalysis result = analyzeGapBars(0.005, 1);
    double down = 99.99 / 101 - 1;
    List<Gap> gaps = result.gaps();
    assertEquals(3, gaps.size());
    assertGap(gaps.get(0), 1, 0.02, Gap.Direction.UP, true, OptionalInt.of(0));
    assertGap(gaps.get(1), 2, 0.02, Gap.Direction.UP, false, OptionalInt.of(1));
    assertGap(gaps.get(2), 4, -0.01, Gap.Direction.DOWN, false, OptionalInt.empty());
    GapSummary s = result.summary();
    assertEquals(2, s.upCount());
    assertEquals(1, s.downCount());
    assertEquals(1, s.upFilled());
    assertEquals(0, s.downFilled());
    assertEquals(2, s.upFilledWithin());
    assertEquals(0, s.downFilledWithin());
    assertEquals(0.5, s.fillRateUp(), TOL);
    assertEquals(0.0, s.fillRateDown(), TOL);
    assertEquals(1.0 / 3, s.fillRate(), TOL);
    assertEquals(2.0 / 3, s.fillRateWithin(), TOL);
    assertEquals(0.02, s.meanUpGap(), TOL);
    assertEquals(down, s.meanDownGap(), TOL);
    assertEquals((0.04 + down) / 3, s.meanGap(), TOL);
  }

  @Test
  void gapsWithZeroThresholdAndSeriesInput() {
    GapAnalysis all = analyzeGapBars(0, 0);
    // Bars 1, 2, 4 and the small gap of bar 6 (100.6/100.5 - 1); bars 3 and 5 open at the previous close.
    assertEquals(List.of(1, 2, 4, 6), all.gaps().stream().map(Gap::index).toList());
    assertEquals(OptionalInt.empty(), all.gaps().get(1).daysToFill(), "horizon 0: only the same day counts");
    assertTrue(all.gaps().get(3).filled(), "bar 6: low 100.2 <= 100.5");

    int n = GAP_BARS.length;
    long[] t = new long[n];
    double[] volume = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = 86_400_000L * i;
    }
    BarSeries series = BarSeries.of("X", t, column(0), column(1), column(2), column(3), volume);
    assertEquals(analyzeGapBars(0.005, 3), OvernightGaps.analyze(series, 0.005, 3));
  }

  @Test
  void gapSummaryOfNoGapsIsAllZero() {
    GapSummary s = GapSummary.of(List.of());
    assertEquals(0, s.count());
    assertEquals(0.0, s.fillRate());
    assertEquals(0.0, s.meanGap());
  }

  private static GapAnalysis analyzeGapBars(double minGap, int maxDays) {
    return OvernightGaps.analyze(column(0), column(1), column(2), column(3), minGap, maxDays);
  }

  private static double[] column(int c) {
    double[] out = new double[GAP_BARS.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = GAP_BARS[i][c];
    }
    return out;
  }

  private static void assertGap(Gap g, int index, double size, Gap.Direction direction, boolean filled,
      OptionalInt daysToFill) {
    assertEquals(index, g.index());
    assertEquals(size, g.size(), 1e-10);
    assertEquals(direction, g.direction());
    assertEquals(filled, g.filled());
    assertEquals(daysToFill, g.daysToFill());
  }

  // --- Feature drift ---------------------------------------------------------------------------------

  private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  @Test
  void psiAndKlOverTwoQuantileBinsHandComputed() {
    double[] current = {1, 2, 3, 6, 7, 8, 9, 10};
    // Median of 1..10 (type 7): h = 9 * 0.5 = 4.5 -> 5 + 0.5 * (6 - 5) = 5.5.
    // Baseline shares (0.5, 0.5); current: 3 of 8 <= 5.5 -> (0.375, 0.625).
    DriftResult psi = FeatureDrift.psi(ONE_TO_TEN, current, FeatureDrift.Binning.quantiles(2));
    assertArrayEquals(new double[] {5.5}, psi.edges());
    assertArrayEquals(new double[] {0.5, 0.5}, psi.baselineShares(), TOL);
    assertArrayEquals(new double[] {0.375, 0.625}, psi.currentShares(), TOL);
    // (0.375 - 0.5) ln(0.75) + (0.625 - 0.5) ln(1.25) = 0.125 (ln 1.25 - ln 0.75) = 0.0638532...
    assertEquals(0.125 * (0.22314355131420976 + 0.2876820724517809), psi.total(), TOL);
    DriftResult kl = FeatureDrift.kl(ONE_TO_TEN, current, FeatureDrift.Binning.quantiles(2));
    // 0.375 ln(0.75) + 0.625 ln(1.25) = -0.1078807771694 + 0.1394647195714 = 0.0315839424020
    assertEquals(0.375 * -0.2876820724517809 + 0.625 * 0.22314355131420976, kl.total(), TOL);
    assertEquals(FeatureDrift.Measure.KL, kl.measure());
  }

  @Test
  void emptyBinsGetTheFloorShareThenRenormalize() {
    double[] current = {6, 7, 8, 9};
    DriftResult psi = FeatureDrift.psi(ONE_TO_TEN, current, FeatureDrift.Binning.quantiles(2));
    // Current counts (0, 4) -> shares (0, 1) -> floored (1e-4, 1) -> renormalized by 1.0001.
    double a0 = 1e-4 / 1.0001;
    double a1 = 1 / 1.0001;
    assertArrayEquals(new double[] {a0, a1}, psi.currentShares(), TOL);
    double expected = (a0 - 0.5) * Math.log(a0 / 0.5) + (a1 - 0.5) * Math.log(a1 / 0.5);
    // = (-0.49990001) * ln(1.99980002e-4) + 0.49990001 * ln(1.99980002) = 4.2577949 + 0.3464543
    assertEquals(4.6042492, expected, 1e-7);
    assertEquals(expected, psi.total(), TOL);
  }

  @Test
  void defaultBinningUsesBaselineDeciles() {
    double[] baseline = new double[100];
    for (int i = 0; i < 100; i++) {
      baseline[i] = i + 1;
    }
    // Decile k (type 7): h = 99 k / 10 -> x[floor h] + frac * 1 = 1 + 9.9 k: 10.9, 20.8, ..., 90.1.
    double[] expectedEdges = new double[9];
    for (int k = 1; k <= 9; k++) {
      expectedEdges[k - 1] = 1 + 9.9 * k;
    }
    DriftResult psi = FeatureDrift.psi(baseline, baseline);
    assertArrayEquals(expectedEdges, psi.edges(), 1e-9);
    for (double share : psi.baselineShares()) {
      assertEquals(0.1, share, TOL);
    }
    assertEquals(0.0, psi.total(), 0.0, "identical samples");
  }

  @Test
  void equalWidthBinsAndMergedEdges() {
    double[] baseline = {0, 2.5, 5, 10};
    DriftResult r = FeatureDrift.psi(baseline, baseline, FeatureDrift.Binning.equalWidth(4));
    assertArrayEquals(new double[] {2.5, 5, 7.5}, r.edges());
    // {0, 2.5} | {5} | {} | {10}: (0.5, 0.25, 0, 0.25) -> floor and renormalize by 1.0001
    assertArrayEquals(new double[] {0.5 / 1.0001, 0.25 / 1.0001, 1e-4 / 1.0001, 0.25 / 1.0001},
        r.baselineShares(), TOL);
    assertArrayEquals(new double[] {3}, FeatureDrift.edges(new double[] {3, 3, 3},
        FeatureDrift.Binning.quantiles(10)), "ties merge into one edge");
  }

  // --- Invalid arguments ---------------------------------------------------------------------------

  @Test
  void invalidArgumentsAreRejectedNamingTheParameter() {
    assertMessage("window", () -> new IvRank(0));
    assertMessage("window", () -> new IvPercentile(0));
    assertMessage("window", () -> new SpreadZScore(1, 1));
    assertMessage("hedgeRatio", () -> new SpreadZScore(Double.NaN, 5));
    assertMessage("iv", () -> new IvRank(5).update(Double.NaN));
    assertMessage("iv", () -> new IvPercentile(5).update(Double.POSITIVE_INFINITY));
    assertMessage("b", () -> new SpreadZScore(1, 5).update(1, Double.NaN));
    assertMessage("window", () -> new RealizedVolatility(VolatilityEstimator.YANG_ZHANG, 1));
    assertMessage("window", () -> new RealizedVolatility(VolatilityEstimator.PARKINSON, 0));
    assertMessage("periodsPerYear", () -> new RealizedVolatility(VolatilityEstimator.PARKINSON, 5, 0));
    assertMessage("estimator", () -> new RealizedVolatility(null, 5));
    assertMessage("low", () -> new RealizedVolatility(VolatilityEstimator.PARKINSON, 5).update(1, 2, 0, 1));
    assertMessage("open", () -> new RealizedVolatility(VolatilityEstimator.GARMAN_KLASS, 5)
        .update(Double.NaN, 2, 1, 1));
    assertMessage("close", () -> RealizedVolatility.closeToClose(new double[] {1, -1}, 2, 252));
    assertMessage("minGap", () -> analyzeGapBars(-0.01, 1));
    assertMessage("maxDaysToFill", () -> analyzeGapBars(0.01, -1));
    assertMessage("close[1]", () -> OvernightGaps.analyze(new double[2], new double[2], new double[2],
        new double[] {1, 0}, 0, 0));
    assertMessage("bins", () -> FeatureDrift.Binning.quantiles(0));
    assertMessage("current", () -> FeatureDrift.psi(ONE_TO_TEN, new double[0]));
    assertMessage("baseline[1]", () -> FeatureDrift.kl(new double[] {1, Double.NaN}, ONE_TO_TEN));
  }

  @Test
  void invalidInputLeavesTheStreamingStateUnchanged() {
    RealizedVolatility rv = new RealizedVolatility(VolatilityEstimator.YANG_ZHANG, 2);
    RealizedVolatility fresh = new RealizedVolatility(VolatilityEstimator.YANG_ZHANG, 2);
    double[][] bars = {{10, 11, 9, 10.5}, {10.4, 11, 10, 10.8}, {10.9, 11.5, 10.6, 11.2}};
    for (double[] bar : bars) {
      assertThrows(IllegalArgumentException.class, () -> rv.update(bar[0], bar[1], -1, bar[3]));
      assertEquals(fresh.update(bar[0], bar[1], bar[2], bar[3]), rv.update(bar[0], bar[1], bar[2], bar[3]));
    }
    assertFalse(Double.isNaN(rv.value()));
  }

  private static void assertMessage(String parameter, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().startsWith(parameter + " "), "message should name " + parameter + ": "
        + e.getMessage());
  }
}
