package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.BarSeries;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Properties of {@link PairsTrading} on seeded random pairs (the second leg a {@link RandomBarSeries}, the
 * first leg {@code exp(a + b ln B + u)} with an AR(1) spread {@code u} that is sometimes stationary and
 * sometimes a random walk): well-formed signals and the streaming model equal to a batch recomputation
 * (Engle-Granger on each formation window at the refit bars, a two-pass z-score of the last spreads).
 */
class PairsTradingProperties {

  @Property(tries = 60)
  void streamingEqualsTheBatchRecomputation(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 220) int size, @ForAll @IntRange(min = 12, max = 60) int window,
      @ForAll @IntRange(min = 2, max = 12) int zWindow, @ForAll @IntRange(min = 1, max = 15) int refit,
      @ForAll @IntRange(min = 0, max = 2) int lags, @ForAll boolean anyPValue) {
    BarSeries[] pair = pair(seed, size);
    PairsTrading model = PairsTrading.builder().formationWindow(window).zWindow(zWindow)
        .refitInterval(refit).lags(lags).maxPValue(anyPValue ? 1.0 : 0.10).saturation(1.5).build();
    List<Signal> signals = model.run("A/B", pair[0], pair[1]);
    double[] la = OrclYhoo.logCloses(pair[0]);
    double[] lb = OrclYhoo.logCloses(pair[1]);
    CointegrationResult last = null;
    int traded = 0;
    for (int t = 0; t < size; t++) {
      Signal s = signals.get(t);
      assertTrue(s.score() >= -1 && s.score() <= 1 && s.confidence() >= 0 && s.confidence() <= 1);
      assertEquals(pair[0].time(t), s.time());
      if (t < window - 1) {
        assertEquals(Signal.abstain("A/B", pair[0].time(t), 1, model.name()), s);
        continue;
      }
      if ((t + 1 - window) % refit == 0) {
        double[] y = new double[window];
        double[] x = new double[window];
        System.arraycopy(la, t - window + 1, y, 0, window);
        System.arraycopy(lb, t - window + 1, x, 0, window);
        last = EngleGranger.test(y, x, lags);
      }
      double[] zAndCondition = zScore(la, lb, last.hedgeRatio(), t, zWindow);
      double expected = -Math.max(-1, Math.min(1, zAndCondition[0] / 1.5));
      // The z-score is determined only to about eps * max|spread| / sd: a streaming and a two-pass
      // computation may differ by that much when the window's spreads are nearly equal.
      double tolerance = 1e-9 + 64 * Math.ulp(1.0) * zAndCondition[1];
      assertEquals(expected, s.score(), tolerance, "bar " + t);
      boolean cointegrated = last.defined() && last.pValue() <= (anyPValue ? 1.0 : 0.10);
      if (!cointegrated) {
        assertEquals(Direction.ABSTAIN, s.direction(), "bar " + t);
        assertEquals(0.0, s.confidence());
      } else {
        assertEquals(Math.abs(s.score()), s.confidence());
        if (Math.abs(expected) > 1e-6) {
          assertEquals(Direction.of(expected), s.direction(), "bar " + t);
          traded++;
        }
      }
    }
    if (last != null) {
      assertEquals(last.hedgeRatio(), model.hedgeRatio());
      assertEquals(last, model.cointegration().orElseThrow());
    }
    Statistics.label("traded").collect(traded > 0);
    Statistics.label("traded").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  /**
   * The z-score of the spread at {@code t} over the last {@code n} spreads, two-pass, 0 if all equal, and its
   * condition number max|spread| / sd (0 when the z-score is 0 by definition).
   */
  private static double[] zScore(double[] la, double[] lb, double beta, int t, int n) {
    double[] s = new double[n];
    boolean equal = true;
    for (int i = 0; i < n; i++) {
      int j = t - n + 1 + i;
      s[i] = la[j] - beta * lb[j];
      equal &= s[i] == s[0];
    }
    if (equal) {
      return new double[] {0.0, 0.0};
    }
    double mean = 0;
    for (double v : s) {
      mean += v;
    }
    mean /= n;
    double ss = 0;
    for (double v : s) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    double maxAbs = 0;
    for (double v : s) {
      maxAbs = Math.max(maxAbs, Math.abs(v));
    }
    return sd > 0 ? new double[] {(s[n - 1] - mean) / sd, maxAbs / sd} : new double[] {0.0, 0.0};
  }

  /** A pair of aligned series: {@code [A, B]}. */
  static BarSeries[] pair(long seed, int size) {
    BarSeries b = RandomBarSeries.of(seed, size, 0.01);
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(~seed);
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
    double phi = rng.nextBoolean() ? 0.3 + 0.5 * rng.nextDouble() : 1.0;
    double beta = 0.3 + 1.5 * rng.nextDouble();
    double alpha = rng.nextDouble();
    double sd = 0.002 + 0.02 * rng.nextDouble();
    BarSeries.Builder a = BarSeries.builder("A", size);
    double u = 0;
    for (int i = 0; i < size; i++) {
      u = phi * u + sd * normal.sample();
      double close = Math.exp(alpha + beta * Math.log(b.close(i)) + u);
      a.add(b.epochMillis(i), close, close, close, close, 100);
    }
    return new BarSeries[] {a.build(), b};
  }
}
