package io.quantor.core.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the analytics: realized volatility against a naive two-pass computation and its
 * annualization scaling, IV rank and percentile against naive window scans, z-score invariance, PSI/KL
 * signs, gap detection against a naive scan, and streaming == batch after reset.
 */
class AnalyticsProperties {

  /** Positive OHLC bars on a quarter grid, flat bars allowed: rows of open, high, low, close. */
  @Provide
  Arbitrary<double[][]> bars() {
    Arbitrary<double[]> bar = Combinators.combine(
        Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(0, 8),
        Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 4))
        .as((lowQ, rangeQ, openPos, closePos) -> {
          double low = 1 + lowQ / 4.0;
          double range = rangeQ / 4.0;
          return new double[] {low + range * openPos / 4, low + range, low, low + range * closePos / 4};
        });
    return bar.list().ofMinSize(1).ofMaxSize(60).map(list -> list.toArray(new double[0][]));
  }

  /** IV-like series with frequent ties: values on a 0.05 grid between 0.05 and 1. */
  @Provide
  Arbitrary<double[]> ivs() {
    return Arbitraries.integers().between(1, 20).map(i -> i * 0.05).list().ofMinSize(1).ofMaxSize(80)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  // --- Realized volatility -----------------------------------------------------------------------

  @Property(tries = 200)
  void realizedVolatilityMatchesANaiveTwoPassComputation(@ForAll("bars") double[][] bars,
      @ForAll VolatilityEstimator estimator, @ForAll @IntRange(min = 2, max = 12) int window) {
    double[] actual = batch(estimator, bars, window, 252);
    double[] expected = naiveVolatility(estimator, bars, window, 252);
    for (int t = 0; t < bars.length; t++) {
      if (Double.isNaN(expected[t])) {
        assertTrue(Double.isNaN(actual[t]), "row " + t + " should be warm-up");
      } else {
        assertEquals(expected[t], actual[t], 1e-9 * Math.max(1, expected[t]), "row " + t);
      }
    }
  }

  @Property(tries = 200)
  void realizedVolatilityScalesWithTheSquareRootOfPeriodsPerYear(@ForAll("bars") double[][] bars,
      @ForAll VolatilityEstimator estimator, @ForAll @IntRange(min = 2, max = 12) int window,
      @ForAll @DoubleRange(min = 1, max = 100_000) double periodsPerYear) {
    double[] daily = batch(estimator, bars, window, 252);
    double[] other = batch(estimator, bars, window, periodsPerYear);
    double factor = Math.sqrt(periodsPerYear / 252);
    for (int t = 0; t < bars.length; t++) {
      assertEquals(Double.isNaN(daily[t]), Double.isNaN(other[t]));
      if (!Double.isNaN(daily[t])) {
        assertEquals(daily[t] * factor, other[t], 1e-12 * Math.max(1, other[t]), "row " + t);
      }
    }
  }

  @Property(tries = 200)
  void realizedVolatilityStreamingEqualsBatchAfterReset(@ForAll("bars") double[][] bars,
      @ForAll VolatilityEstimator estimator, @ForAll @IntRange(min = 2, max = 12) int window) {
    RealizedVolatility rv = new RealizedVolatility(estimator, window);
    for (int i = 0; i < 25; i++) {
      rv.update(20 + i % 3, 22 + i % 2, 19, 21, 1000);
    }
    rv.reset();
    assertTrue(Double.isNaN(rv.value()) && !rv.isReady());
    double[] streamed = new double[bars.length];
    for (int t = 0; t < bars.length; t++) {
      streamed[t] = rv.update(bars[t][0], bars[t][1], bars[t][2], bars[t][3], 0);
    }
    assertArrayEquals(batch(estimator, bars, window, 252), streamed);
    for (int t = estimator.lookback(window); t < bars.length; t++) {
      assertTrue(Double.isFinite(streamed[t]) && streamed[t] >= 0, "row " + t + " = " + streamed[t]);
    }
  }

  private static double[] batch(VolatilityEstimator e, double[][] bars, int window, double ppy) {
    double[] o = column(bars, 0);
    double[] h = column(bars, 1);
    double[] l = column(bars, 2);
    double[] c = column(bars, 3);
    switch (e) {
      case CLOSE_TO_CLOSE:
        return RealizedVolatility.closeToClose(c, window, ppy);
      case PARKINSON:
        return RealizedVolatility.parkinson(h, l, window, ppy);
      case GARMAN_KLASS:
        return RealizedVolatility.garmanKlass(o, h, l, c, window, ppy);
      case ROGERS_SATCHELL:
        return RealizedVolatility.rogersSatchell(o, h, l, c, window, ppy);
      default:
        return RealizedVolatility.yangZhang(o, h, l, c, window, ppy);
    }
  }

  /** The formulas of the reference README, window by window, with two-pass sample variances. */
  private static double[] naiveVolatility(VolatilityEstimator e, double[][] b, int w, double a) {
    double[] out = new double[b.length];
    for (int t = 0; t < b.length; t++) {
      out[t] = Double.NaN;
      int first = t - w + 1;
      boolean needsPrev = e == VolatilityEstimator.CLOSE_TO_CLOSE || e == VolatilityEstimator.YANG_ZHANG;
      if (first < (needsPrev ? 1 : 0)) {
        continue;
      }
      double[] x = new double[w];
      double[] y = new double[w];
      double sum = 0;
      for (int i = first; i <= t; i++) {
        double o = b[i][0];
        double h = b[i][1];
        double l = b[i][2];
        double c = b[i][3];
        double rs = Math.log(h / c) * Math.log(h / o) + Math.log(l / c) * Math.log(l / o);
        switch (e) {
          case CLOSE_TO_CLOSE:
            x[i - first] = Math.log(c / b[i - 1][3]);
            break;
          case PARKINSON:
            sum += Math.pow(Math.log(h / l), 2);
            break;
          case GARMAN_KLASS:
            sum += 0.5 * Math.pow(Math.log(h / l), 2) - (2 * Math.log(2) - 1) * Math.pow(Math.log(c / o), 2);
            break;
          case ROGERS_SATCHELL:
            sum += rs;
            break;
          default:
            x[i - first] = Math.log(o / b[i - 1][3]);
            y[i - first] = Math.log(c / o);
            sum += rs;
        }
      }
      double variance;
      switch (e) {
        case CLOSE_TO_CLOSE:
          variance = sampleVariance(x);
          break;
        case PARKINSON:
          variance = sum / (4 * w * Math.log(2));
          break;
        case GARMAN_KLASS:
        case ROGERS_SATCHELL:
          variance = sum / w;
          break;
        default:
          double k = 0.34 / (1.34 + (w + 1.0) / (w - 1.0));
          variance = sampleVariance(x) + k * sampleVariance(y) + (1 - k) * sum / w;
      }
      out[t] = Math.sqrt(a * Math.max(0, variance));
    }
    return out;
  }

  private static double sampleVariance(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return ss / (x.length - 1);
  }

  // --- IV rank and percentile ----------------------------------------------------------------------

  @Property(tries = 200)
  void ivRankIsInZeroOneAndEqualsANaiveWindowScan(@ForAll("ivs") double[] iv,
      @ForAll @IntRange(min = 1, max = 30) int window) {
    double[] rank = IvRank.ranks(iv, window);
    for (int t = 0; t < iv.length; t++) {
      if (t < window - 1) {
        assertTrue(Double.isNaN(rank[t]));
        continue;
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = t - window + 1; j <= t; j++) {
        min = Math.min(min, iv[j]);
        max = Math.max(max, iv[j]);
      }
      double expected = max > min ? (iv[t] - min) / (max - min) : 0.5;
      assertEquals(expected, rank[t], 0.0, "row " + t);
      assertTrue(rank[t] >= 0 && rank[t] <= 1);
    }
  }

  @Property(tries = 200)
  void ivPercentileEqualsANaiveCountOfStrictlyLowerPreviousValues(@ForAll("ivs") double[] iv,
      @ForAll @IntRange(min = 1, max = 30) int window) {
    double[] pct = IvPercentile.percentiles(iv, window);
    for (int t = 0; t < iv.length; t++) {
      if (t < window) {
        assertTrue(Double.isNaN(pct[t]));
        continue;
      }
      int below = 0;
      for (int j = t - window; j < t; j++) {
        below += iv[j] < iv[t] ? 1 : 0;
      }
      assertEquals((double) below / window, pct[t], 0.0, "row " + t);
      assertTrue(pct[t] >= 0 && pct[t] <= 1);
    }
  }

  @Property(tries = 200)
  void ivRankAndPercentileStreamingEqualBatchAfterReset(@ForAll("ivs") double[] iv,
      @ForAll @IntRange(min = 1, max = 30) int window) {
    IvRank rank = new IvRank(window);
    IvPercentile pct = new IvPercentile(window);
    for (int i = 0; i < 40; i++) {
      rank.update(i * 0.01);
      pct.update(1 - i * 0.01);
    }
    rank.reset();
    pct.reset();
    double[] r = new double[iv.length];
    double[] p = new double[iv.length];
    for (int t = 0; t < iv.length; t++) {
      r[t] = rank.update(iv[t]);
      p[t] = pct.update(iv[t]);
    }
    assertArrayEquals(IvRank.ranks(iv, window), r);
    assertArrayEquals(IvPercentile.percentiles(iv, window), p);
  }

  // --- Spread z-score ------------------------------------------------------------------------------

  /** Pairs (a, b) of small integers, so spreads with a quarter-grid hedge ratio are exact. */
  @Provide
  Arbitrary<double[][]> pairs() {
    return Arbitraries.integers().between(-100, 100).array(int[].class).ofSize(2).list()
        .ofMinSize(2).ofMaxSize(60)
        .map(l -> l.stream().map(p -> new double[] {p[0], p[1]}).toArray(double[][]::new));
  }

  @Property(tries = 200)
  void zScoreIsInvariantToAddingAConstantToA(@ForAll("pairs") double[][] pairs,
      @ForAll @IntRange(min = -8, max = 8) int hedgeQuarters, @ForAll @IntRange(min = 2, max = 20) int window,
      @ForAll @IntRange(min = -1000, max = 1000) int shift) {
    double hedge = hedgeQuarters / 4.0;
    double[] a = column(pairs, 0);
    double[] b = column(pairs, 1);
    double[] shifted = a.clone();
    for (int i = 0; i < shifted.length; i++) {
      shifted[i] += shift;
    }
    double[] z = SpreadZScore.zScores(a, b, hedge, window);
    double[] zShifted = SpreadZScore.zScores(shifted, b, hedge, window);
    double[] naive = naiveZ(a, b, hedge, window);
    for (int t = 0; t < a.length; t++) {
      assertEquals(Double.isNaN(naive[t]), Double.isNaN(z[t]));
      if (!Double.isNaN(naive[t])) {
        assertEquals(naive[t], z[t], 1e-9, "row " + t);
        assertEquals(z[t], zShifted[t], 1e-7, "row " + t);
      }
    }
  }

  @Property(tries = 200)
  void zScoreStreamingEqualsBatchAfterReset(@ForAll("pairs") double[][] pairs,
      @ForAll @IntRange(min = 2, max = 20) int window) {
    double[] a = column(pairs, 0);
    double[] b = column(pairs, 1);
    SpreadZScore z = new SpreadZScore(1.5, window);
    for (int i = 0; i < 30; i++) {
      z.update(i * 3.0, i);
    }
    z.reset();
    assertTrue(Double.isNaN(z.value()) && Double.isNaN(z.spread()));
    double[] streamed = new double[a.length];
    for (int t = 0; t < a.length; t++) {
      streamed[t] = z.update(a[t], b[t]);
    }
    assertArrayEquals(SpreadZScore.zScores(a, b, 1.5, window), streamed);
  }

  /** Two-pass mean and sample deviation per window; 0 when all spreads of the window are equal. */
  private static double[] naiveZ(double[] a, double[] b, double h, int n) {
    double[] out = new double[a.length];
    for (int t = 0; t < a.length; t++) {
      out[t] = Double.NaN;
      if (t < n - 1) {
        continue;
      }
      double[] s = new double[n];
      for (int j = 0; j < n; j++) {
        s[j] = a[t - n + 1 + j] - h * b[t - n + 1 + j];
      }
      double mean = 0;
      for (double v : s) {
        mean += v;
      }
      mean /= n;
      double sd = Math.sqrt(sampleVariance(s));
      out[t] = sd > 0 ? (s[n - 1] - mean) / sd : 0.0;
    }
    return out;
  }

  // --- Feature drift -------------------------------------------------------------------------------

  @Provide
  Arbitrary<double[]> samples() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-50, 50),
        Arbitraries.integers().between(-5, 5).map(i -> (double) i))
        .list().ofMinSize(1).ofMaxSize(200).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Property(tries = 200)
  void psiAndKlAreNonNegativeAndSharesSumToOne(@ForAll("samples") double[] baseline,
      @ForAll("samples") double[] current, @ForAll @IntRange(min = 1, max = 20) int bins,
      @ForAll boolean equalWidth) {
    FeatureDrift.Binning binning = equalWidth ? FeatureDrift.Binning.equalWidth(bins)
        : FeatureDrift.Binning.quantiles(bins);
    DriftResult psi = FeatureDrift.psi(baseline, current, binning);
    DriftResult kl = FeatureDrift.kl(baseline, current, binning);
    assertTrue(psi.total() >= 0, "psi " + psi.total());
    assertTrue(kl.total() >= 0, "kl " + kl.total());
    assertTrue(psi.total() >= kl.total() - 1e-12, "PSI = KL(a||e) + KL(e||a) >= KL(a||e)");
    assertEquals(1.0, sum(psi.baselineShares()), 1e-12);
    assertEquals(1.0, sum(psi.currentShares()), 1e-12);
    assertTrue(psi.bins() <= bins);
    double[] edges = psi.edges();
    for (int i = 1; i < edges.length; i++) {
      assertTrue(edges[i] > edges[i - 1]);
    }
  }

  @Property(tries = 200)
  void psiAndKlAreZeroForIdenticalSamplesInAnyOrder(@ForAll("samples") double[] baseline,
      @ForAll @IntRange(min = 1, max = 20) int bins, @ForAll long seed) {
    List<Double> shuffled = new ArrayList<>();
    for (double v : baseline) {
      shuffled.add(v);
    }
    Collections.shuffle(shuffled, new Random(seed));
    double[] current = shuffled.stream().mapToDouble(Double::doubleValue).toArray();
    assertEquals(0.0, FeatureDrift.psi(baseline, current, FeatureDrift.Binning.quantiles(bins)).total(), 0.0);
    assertEquals(0.0, FeatureDrift.kl(baseline, current, FeatureDrift.Binning.equalWidth(bins)).total(), 0.0);
  }

  // --- Gaps ----------------------------------------------------------------------------------------

  @Property(tries = 200)
  void gapsMatchANaiveScan(@ForAll("bars") double[][] bars,
      @ForAll @DoubleRange(min = 0, max = 0.3) double minGap, @ForAll @IntRange(min = 0, max = 5) int k) {
    GapAnalysis result = OvernightGaps.analyze(column(bars, 0), column(bars, 1), column(bars, 2),
        column(bars, 3), minGap, k);
    int found = 0;
    for (int t = 1; t < bars.length; t++) {
      double prev = bars[t - 1][3];
      double g = bars[t][0] / prev - 1;
      if (g == 0 || Math.abs(g) < minGap) {
        continue;
      }
      Gap gap = result.gaps().get(found++);
      assertEquals(t, gap.index());
      assertEquals(g, gap.size());
      assertEquals(g > 0 ? Gap.Direction.UP : Gap.Direction.DOWN, gap.direction());
      int days = -1;
      for (int j = t; j < bars.length && j <= t + k && days < 0; j++) {
        if (g > 0 ? bars[j][2] <= prev : bars[j][1] >= prev) {
          days = j - t;
        }
      }
      assertEquals(days, gap.daysToFill().orElse(-1));
    }
    assertEquals(found, result.gaps().size());
    GapSummary s = result.summary();
    assertEquals(found, s.count());
    assertTrue(s.fillRate() >= 0 && s.fillRate() <= s.fillRateWithin() && s.fillRateWithin() <= 1);
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  private static double[] column(double[][] rows, int c) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i][c];
    }
    return out;
  }
}
