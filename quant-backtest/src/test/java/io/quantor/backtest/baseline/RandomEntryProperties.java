package io.quantor.backtest.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of random entry: every draw keeps the strategy's runs (count, lengths, exposure profile,
 * hence the exposure fraction) exactly, without overlap or contact; a seed fixes every draw; the rank
 * and p-value agree with a recount of the draws; and no random placement beats perfect timing.
 */
class RandomEntryProperties {

  @Provide
  Arbitrary<double[]> exposures() {
    Arbitrary<Double> value = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0.0)),
        Tuple.of(2, Arbitraries.of(1.0, -1.0, 0.5, 2.0)));
    return value.array(double[].class).ofMinSize(1).ofMaxSize(60);
  }

  @Property(tries = 150)
  void drawsKeepTheRunsExactlyAndNeverOverlap(@ForAll("exposures") double[] exposure,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int draws) {
    double[] asset = assetReturns(exposure.length, seed);
    RandomEntry random = Baselines.randomEntry(asset, exposure, draws, seed, 5);
    List<PositionRun> runs = PositionRun.find(exposure);
    assertEquals(runs, random.runs());
    int exposed = nonZero(exposure);
    for (int d = 0; d < draws; d++) {
      double[] e = random.exposure(d);
      List<PositionRun> placed = random.placement(d);
      assertEquals(runs.size(), placed.size());
      for (int j = 0; j < runs.size(); j++) {
        PositionRun from = runs.get(j);
        PositionRun to = placed.get(j);
        assertEquals(from.length(), to.length());
        assertTrue(to.end() <= exposure.length, "run " + j + " ends inside the series");
        for (int i = 0; i < from.length(); i++) {
          assertEquals(exposure[from.start() + i], e[to.start() + i], 0, "profile of run " + j);
        }
      }
      List<PositionRun> sorted = new ArrayList<>(placed);
      sorted.sort(Comparator.comparingInt(PositionRun::start));
      for (int j = 1; j < sorted.size(); j++) {
        assertTrue(sorted.get(j).start() > sorted.get(j - 1).end(),
            "runs are separated by a flat bar: " + sorted);
      }
      // the maximal runs of the draw are the moved runs: nothing merged, nothing split
      assertEquals(sorted, PositionRun.find(e));
      assertEquals(exposed, nonZero(e), "the exposure fraction is kept exactly");
    }
  }

  @Property(tries = 100)
  void aSeedFixesEveryDraw(@ForAll("exposures") double[] exposure, @ForAll long seed) {
    double[] asset = assetReturns(exposure.length, seed);
    RandomEntry a = Baselines.randomEntry(asset, exposure, 7, seed, 2);
    RandomEntry b = Baselines.randomEntry(asset, exposure, 7, seed, 2);
    for (int d = 0; d < 7; d++) {
      assertEquals(a.placement(d), b.placement(d));
    }
    for (Metric m : Metric.values()) {
      assertArrayEquals(a.values(m), b.values(m), 0);
    }
    assertArrayEquals(a.meanWealth(), b.meanWealth(), 0);
    assertEquals(a.medianDraw(), b.medianDraw());
  }

  @Property(tries = 100)
  void rankAndPValueAgreeWithARecountOfTheDraws(@ForAll("exposures") double[] exposure,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int draws) {
    double[] asset = assetReturns(exposure.length, seed);
    RandomEntry random = Baselines.randomEntry(asset, exposure, draws, seed, 5);
    for (MetricDistribution dist : random.distributions()) {
      Metric m = dist.metric();
      double s = dist.strategy();
      int worse = 0;
      int ties = 0;
      int better = 0;
      int defined = 0;
      for (double v : random.values(m)) {
        if (Double.isNaN(v)) {
          continue;
        }
        defined++;
        double sign = m.higherIsBetter() ? 1 : -1;
        if (v == s) {
          ties++;
        } else if (sign * (v - s) > 0) {
          better++;
        } else if (sign * (v - s) < 0) {
          worse++;
        }
      }
      assertEquals(defined, dist.definedDraws());
      assertEquals(draws - defined, dist.undefinedDraws());
      if (Double.isNaN(s)) {
        assertTrue(Double.isNaN(dist.pValue()));
        continue;
      }
      assertEquals(worse, dist.worse(), m.name());
      assertEquals(ties, dist.ties(), m.name());
      assertEquals(better, dist.better(), m.name());
      assertEquals((1.0 + ties + better) / (1.0 + defined), dist.pValue(), 1e-15);
      if (defined > 0) {
        assertEquals((worse + ties / 2.0) / defined, dist.percentileRank(), 1e-15);
        assertTrue(dist.percentileRank() >= 0 && dist.percentileRank() <= 1);
        assertTrue(dist.lower() <= dist.median() && dist.median() <= dist.upper());
      }
      assertTrue(dist.pValue() > 0 && dist.pValue() <= 1);
    }
  }

  /**
   * The asset rises by {@code x} exactly on the bars the strategy's long positions earn and falls by
   * {@code y} on every other bar, and the strategy is flat on the last bar: every position value earns
   * {@code +x} in the strategy and {@code +x}, {@code -y} or nothing in a draw, so no draw's growth
   * exceeds the strategy's (zero costs; 1e-12 relative allows for the order of multiplication).
   */
  @Property(tries = 150)
  void noRandomPlacementBeatsPerfectTiming(@ForAll("exposures") double[] signed, @ForAll long seed) {
    double[] exposure = new double[signed.length + 1];
    for (int t = 0; t < signed.length; t++) {
      exposure[t] = Math.abs(signed[t]);
    }
    double[] asset = new double[exposure.length];
    for (int t = 0; t < asset.length; t++) {
      asset[t] = t > 0 && exposure[t - 1] > 0 ? 0.03 : -0.02;
    }
    RandomEntry random = Baselines.randomEntry(asset, exposure, 30, seed, 0);
    double best = random.distribution(Metric.CUMULATIVE_RETURN, random.strategyReturns()).strategy();
    for (double v : random.values(Metric.CUMULATIVE_RETURN)) {
      assertTrue(v <= best + 1e-12 * Math.max(1, Math.abs(best)), v + " > " + best);
    }
    MetricDistribution cagr = random.distribution(Metric.ANNUAL_RETURN, random.strategyReturns());
    for (double v : random.values(Metric.ANNUAL_RETURN)) {
      assertTrue(v <= cagr.strategy() + 1e-12 * Math.max(1, Math.abs(cagr.strategy())),
          v + " > " + cagr.strategy());
    }
  }

  private static double[] assetReturns(int n, long seed) {
    return new SplittableRandom(seed).doubles(n, -0.05, 0.05).toArray();
  }

  private static int nonZero(double[] values) {
    int n = 0;
    for (double v : values) {
      if (v != 0) {
        n++;
      }
    }
    return n;
  }
}
