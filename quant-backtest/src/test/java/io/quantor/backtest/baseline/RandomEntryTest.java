package io.quantor.backtest.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Random entry on tiny series whose possible placements can be listed by hand: every placement is
 * drawn, about equally often; degenerate exposures (always in, never in) give ties everywhere.
 *
 * <p>The frequency checks allow 5 standard deviations of a binomial count ({@code sqrt(N p (1 - p))}); the
 * seed is fixed, so the test is deterministic and cannot flake.
 */
class RandomEntryTest {

  @Test
  void oneRunOfTwoBarsOnFourBarsHasThreePlacementsDrawnUniformly() {
    double[] asset = {0.01, 0.02, 0.03, 0.04};
    double[] exposure = {0, 1, 1, 0};
    int draws = 3000;
    RandomEntry random = Baselines.randomEntry(asset, exposure, draws, 11L, 0);
    assertEquals(List.of(new PositionRun(1, 2)), random.runs());
    Map<String, Integer> counts = count(random);
    assertEquals(Set.of("[0.0, 0.0, 1.0, 1.0]", "[0.0, 1.0, 1.0, 0.0]", "[1.0, 1.0, 0.0, 0.0]"),
        counts.keySet());
    assertFrequencies(counts, draws, 3);
    // the returns of a draw are the variant returns of its exposure: placed at bar 0, it earns bar 1
    // and bar 2 (the last exposure of the run earns the bar after it)
    for (int d = 0; d < 20; d++) {
      double[] e = random.exposure(d);
      assertArrayEquals(VariantReturns.of(asset, e, 0), random.returns(d), 0);
    }
  }

  @Test
  void twoSingleBarRunsOfOppositeSignTakeTwelvePlacements() {
    double[] asset = {0.01, -0.02, 0.03, 0.01, 0.02};
    double[] exposure = {1, 0, -1, 0, 0};
    int draws = 12_000;
    RandomEntry random = Baselines.randomEntry(asset, exposure, draws, 5L, 3);
    Map<String, Integer> counts = count(random);
    // 6 non-adjacent pairs of bars among 5, times 2 ways to put +1 and -1 on them
    assertEquals(12, counts.size(), counts.toString());
    for (String key : counts.keySet()) {
      assertTrue(key.contains("1.0") && key.contains("-1.0"), key);
    }
    assertFrequencies(counts, draws, 12);
  }

  @Test
  void alwaysExposedLeavesNoRoomSoEveryDrawTiesTheStrategy() {
    double[] asset = {0.01, -0.02, 0.03, 0.01, 0.02};
    double[] exposure = {1, 0.5, -1, 2, 1};
    RandomEntry random = Baselines.randomEntry(asset, exposure, 25, 1L, 10);
    for (int d = 0; d < random.draws(); d++) {
      assertArrayEquals(exposure, random.exposure(d), 0);
    }
    for (MetricDistribution m : random.distributions()) {
      assertEquals(25, m.ties(), m.metric().name());
      assertEquals(0.5, m.percentileRank(), 0, m.metric().name());
      assertEquals(1, m.pValue(), 0, m.metric().name());
    }
  }

  @Test
  void neverExposedDrawsAreFlatToo() {
    double[] asset = {0.01, -0.02, 0.03};
    RandomEntry random = Baselines.randomEntry(asset, new double[3], 4, 1L, 10);
    assertEquals(List.of(), random.runs());
    assertArrayEquals(new double[3], random.returns(3), 0);
    assertArrayEquals(new double[] {1, 1, 1, 1}, random.meanWealth(), 0);
    MetricDistribution sharpe = random.distribution(Metric.SHARPE_RATIO, random.strategyReturns());
    assertEquals(0, sharpe.median(), 0);
    assertEquals(4, sharpe.ties());
  }

  @Test
  void medianPathIsTheDrawOfMedianFinalWealth() {
    double[] asset = {0.01, -0.02, 0.03, 0.01, 0.02, -0.01, 0.015};
    double[] exposure = {0, 1, 0, 0, 1, 1, 0};
    RandomEntry random = Baselines.randomEntry(asset, exposure, 9, 2L, 5);
    double[] sorted = random.finalWealth();
    Arrays.sort(sorted);
    double[] w = random.medianPath().wealth();
    assertEquals(sorted[4], w[w.length - 1], 0);
    assertEquals(RandomEntry.MEDIAN_DRAW, random.medianPath().name());
    // with an odd number of draws the median draw's total return is the median total return
    assertEquals(sorted[4] - 1, random.distributions().get(0).median(), 1e-15);
    // the mean wealth path is the mean of the draws' wealth paths
    double[] mean = new double[asset.length + 1];
    for (int d = 0; d < 9; d++) {
      double[] wd = Baseline.of("draw", random.returns(d)).wealth();
      for (int t = 0; t < mean.length; t++) {
        mean[t] += wd[t] / 9;
      }
    }
    assertArrayEquals(mean, random.meanWealth(), 1e-15);
  }

  @Test
  void misuseIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Baselines.randomEntry(new double[] {0.1}, new double[] {1}, 0, 1L, 0));
    assertEquals("draws must be >= 1, was 0", e.getMessage());
    RandomEntry random = Baselines.randomEntry(new double[] {0.1, 0.2}, new double[] {1, 0}, 2, 1L, 0);
    e = assertThrows(IllegalArgumentException.class, () -> random.exposure(2));
    assertEquals("draw must be in [0, 2), was 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> random.distribution(Metric.SHARPE_RATIO, new double[] {0.1}));
    assertEquals("strategyReturns must have the length of assetReturns (2), was 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Baselines.randomEntry(new double[] {-0.6, -0.6, -0.6}, new double[] {3, 3, 0}, 1, 1L, 0));
    assertTrue(e.getMessage().startsWith("random draw 0 loses everything"), e.getMessage());
  }

  private static Map<String, Integer> count(RandomEntry random) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int d = 0; d < random.draws(); d++) {
      counts.merge(Arrays.toString(random.exposure(d)), 1, Integer::sum);
    }
    return counts;
  }

  private static void assertFrequencies(Map<String, Integer> counts, int draws, int outcomes) {
    double p = 1.0 / outcomes;
    double expected = draws * p;
    double sd = Math.sqrt(draws * p * (1 - p));
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      assertTrue(Math.abs(e.getValue() - expected) <= 5 * sd,
          e.getKey() + " drawn " + e.getValue() + " times, expected " + expected + " +- " + 5 * sd);
    }
  }
}
