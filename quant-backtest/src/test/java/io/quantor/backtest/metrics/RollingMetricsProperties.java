package io.quantor.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The O(n) rolling metrics equal a naive recomputation of the full-sample functions of
 * {@link ReturnMetrics} on every window, to {@value #TOLERANCE} relative (absolute below 1), plus for the
 * Sharpe ratio the rounding of the mean that a window of nearly equal returns amplifies in any method
 * (see {@code roundoff}). The
 * generated series mix ordinary returns, exactly constant runs (variance exactly 0 over a window), quiet
 * runs (a level plus noise of 1e-7) and large spikes: when a spike leaves a window of quiet returns the
 * second moment collapses by many orders of magnitude, the case where a sliding update loses all
 * precision unless it recomputes.
 */
class RollingMetricsProperties {

  private static final double TOLERANCE = 1e-9;

  @Property(tries = 120)
  void volatilityEqualsNaiveRecompute(@ForAll("returns") double[] r,
      @ForAll @IntRange(min = 2, max = 60) int window) {
    double[] rolling = RollingMetrics.volatility(r, window, 252);
    for (int t = 0; t < r.length; t++) {
      if (t < window - 1) {
        assertTrue(Double.isNaN(rolling[t]), "warm-up");
        continue;
      }
      double[] w = Arrays.copyOfRange(r, t - window + 1, t + 1);
      double naive = ReturnMetrics.annualVolatility(w, 252);
      assertAgree(naive, rolling[t], 0, "volatility", t, w);
    }
  }

  @Property(tries = 120)
  void sharpeEqualsNaiveRecompute(@ForAll("returns") double[] r,
      @ForAll @IntRange(min = 2, max = 60) int window) {
    double[] rolling = RollingMetrics.sharpeRatio(r, window, 1e-4, 252);
    for (int t = 0; t < r.length; t++) {
      if (t < window - 1) {
        assertTrue(Double.isNaN(rolling[t]), "warm-up");
        continue;
      }
      double[] w = Arrays.copyOfRange(r, t - window + 1, t + 1);
      double naive = ReturnMetrics.sharpeRatio(w, 1e-4, 252);
      // Rounding of the mean (about eps * max|r| in either computation) is divided by the standard
      // deviation: inherent when the returns are nearly equal.
      assertAgree(naive, rolling[t], roundoff(window, condition(w)) * Math.sqrt(252), "sharpe", t, w);
    }
  }

  @Property(tries = 120)
  void betaEqualsNaiveRecompute(@ForAll("returns") double[] a, @ForAll("returns") double[] b,
      @ForAll @IntRange(min = 2, max = 60) int window) {
    int n = Math.min(a.length, b.length);
    double[] r = Arrays.copyOf(a, n);
    double[] bench = Arrays.copyOf(b, n);
    double[] rolling = RollingMetrics.beta(r, bench, window);
    for (int t = 0; t < n; t++) {
      if (t < window - 1) {
        assertTrue(Double.isNaN(rolling[t]), "warm-up");
        continue;
      }
      double[] wr = Arrays.copyOfRange(r, t - window + 1, t + 1);
      double[] wb = Arrays.copyOfRange(bench, t - window + 1, t + 1);
      double naive = ReturnMetrics.alphaBeta(wr, wb).beta();
      // The co-moment's rounding is relative to sd(r) sd(b), so beta's to sd(r) / sd(b).
      assertAgree(naive, rolling[t], 1e-9 * sampleSd(wr) / sampleSd(wb), "beta", t, wr, wb);
    }
  }

  /**
   * The rounding of a window's mean in either computation relative to its standard deviation,
   * {@code 8 w eps max|x| / sd(x)}: negligible for ordinary returns (1e-13), large for nearly equal
   * returns, where the Sharpe ratio itself is ill-conditioned.
   */
  private static double roundoff(int window, double kappa) {
    return 8 * window * Math.ulp(1.0) * kappa;
  }

  private static double condition(double[] w) {
    double max = 0;
    for (double v : w) {
      max = Math.max(max, Math.abs(v));
    }
    double sd = sampleSd(w);
    return sd > 0 ? max / sd : 0;
  }

  /** Textbook two-pass sample standard deviation, for tolerances only. */
  private static double sampleSd(double[] w) {
    double mean = 0;
    for (double v : w) {
      mean += v;
    }
    mean /= w.length;
    double ss = 0;
    for (double v : w) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / (w.length - 1));
  }

  private static void assertAgree(double naive, double rolling, double roundoff, String what, int t,
      double[]... windows) {
    // A constant window has exactly zero volatility (and an undefined Sharpe ratio), not a residue.
    boolean ok = Double.isNaN(naive) ? Double.isNaN(rolling)
        : naive == 0 ? rolling == 0
        : Math.abs(rolling - naive) <= TOLERANCE * Math.max(1, Math.abs(naive)) + roundoff;
    if (!ok) {
      StringBuilder values = new StringBuilder();
      for (double[] w : windows) {
        values.append(' ').append(Arrays.toString(w));
      }
      assertTrue(ok, String.format(Locale.ROOT, "%s at %d (window %d): naive %.17g, rolling %.17g,"
          + " allowed %.3g; window values%s", what, t, windows[0].length, naive, rolling,
          TOLERANCE * Math.max(1, Math.abs(naive)) + roundoff, values));
    }
  }

  /** Series of 2 .. ~500 returns built from blocks: ordinary returns, constant runs, spikes. */
  @Provide
  Arbitrary<double[]> returns() {
    Arbitrary<double[]> ordinary = Arbitraries.doubles().between(-0.08, 0.08).ofScale(10)
        .array(double[].class).ofMinSize(1).ofMaxSize(60);
    Arbitrary<double[]> constant = Arbitraries.integers().between(1, 70).flatMap(len ->
        Arbitraries.of(0.0, 0.01, -0.003, 0.1).map(v -> {
          double[] run = new double[len];
          Arrays.fill(run, v);
          return run;
        }));
    Arbitrary<double[]> quiet = Arbitraries.doubles().between(-1e-7, 1e-7).ofScale(12).array(double[].class)
        .ofMinSize(1).ofMaxSize(80).map(noise -> {
          double[] run = new double[noise.length];
          for (int i = 0; i < run.length; i++) {
            run[i] = 0.0002 + noise[i];
          }
          return run;
        });
    Arbitrary<double[]> spike = Arbitraries.doubles().between(-0.9, 50).ofScale(10)
        .map(v -> new double[] {v});
    return Arbitraries.frequencyOf(
            Tuple.of(4, ordinary), Tuple.of(3, constant), Tuple.of(3, quiet), Tuple.of(2, spike))
        .list().ofMinSize(1).ofMaxSize(12)
        .map(RollingMetricsProperties::concat)
        .filter(x -> x.length >= 2);
  }

  private static double[] concat(List<double[]> blocks) {
    int n = blocks.stream().mapToInt(x -> x.length).sum();
    double[] out = new double[n];
    int i = 0;
    for (double[] block : blocks) {
      System.arraycopy(block, 0, out, i, block.length);
      i += block.length;
    }
    return out;
  }
}
