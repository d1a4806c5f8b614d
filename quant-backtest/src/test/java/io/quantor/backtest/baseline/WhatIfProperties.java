package io.quantor.backtest.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the what-if variants: delays compose; a delay moves every run by {@code k} bars and
 * cuts it at the end; raising a threshold only removes positions; leaving out a model that never has
 * confidence changes nothing under the confidence-weighted vote; a delayed position series earns the
 * original's returns {@code k} bars later (without costs).
 */
class WhatIfProperties {

  @Property(tries = 150)
  void delaysComposeAndMoveEveryRun(@ForAll @IntRange(min = 1, max = 80) int n, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 20) int a, @ForAll @IntRange(min = 0, max = 20) int b) {
    double[] exposure = randomExposure(n, seed);
    double[] twice = WhatIf.delayEntries(WhatIf.delayEntries(exposure, a), b);
    assertArrayEquals(WhatIf.delayEntries(exposure, a + b), twice, 0);
    List<PositionRun> moved = new ArrayList<>();
    for (PositionRun run : PositionRun.find(exposure)) {
      if (run.start() + a < n) {
        moved.add(new PositionRun(run.start() + a, Math.min(run.end() + a, n) - run.start() - a));
      }
    }
    assertEquals(moved, PositionRun.find(WhatIf.delayEntries(exposure, a)));
  }

  @Property(tries = 100)
  void aDelayedSeriesEarnsTheSameReturnsLater(@ForAll @IntRange(min = 2, max = 80) int n,
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 10) int k) {
    double[] exposure = randomExposure(n, seed);
    double[] asset = new SplittableRandom(~seed).doubles(n, -0.05, 0.05).toArray();
    double[] base = VariantReturns.of(asset, exposure, 0);
    double[] delayed = VariantReturns.of(asset, WhatIf.delayEntries(exposure, k), 0);
    // position e[s] earns asset[s + 1] as run and asset[s + k + 1] delayed
    for (int t = 0; t < n; t++) {
      double expected = t - k >= 1 ? exposure[t - k - 1] * asset[t] : 0;
      assertEquals(expected, delayed[t], 0, "bar " + t);
    }
    if (k == 0) {
      assertArrayEquals(base, delayed, 0);
    }
  }

  @Property(tries = 150)
  void raisingTheThresholdOnlyRemovesPositions(@ForAll @IntRange(min = 1, max = 80) int n,
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 100) int low,
      @ForAll @IntRange(min = 0, max = 100) int high) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] confidence = rng.doubles(n).toArray();
    double[] direction = randomExposure(n, seed);
    double lo = Math.min(low, high) / 100.0;
    double hi = Math.max(low, high) / 100.0;
    double[] loose = WhatIf.threshold(confidence, direction, lo);
    double[] strict = WhatIf.threshold(confidence, direction, hi);
    for (int t = 0; t < n; t++) {
      if (strict[t] != 0) {
        assertEquals(loose[t], strict[t], 0);
      }
      assertEquals(confidence[t] >= hi ? direction[t] : 0, strict[t], 0);
    }
  }

  @Property(tries = 100)
  void leavingOutAModelWithoutConfidenceChangesNothing(@ForAll @IntRange(min = 2, max = 5) int models,
      @ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int silent = rng.nextInt(models);
    double[][] d = new double[models][];
    double[][] c = new double[models][];
    for (int i = 0; i < models; i++) {
      d[i] = rng.doubles(n, -1, 1).toArray();
      c[i] = i == silent ? new double[n] : rng.doubles(n).toArray();
    }
    EnsembleRule vote = EnsembleRule.confidenceWeightedVote();
    assertArrayEquals(WhatIf.ensemble(d, c, vote), WhatIf.withoutModel(d, c, vote, silent), 1e-15);
  }

  private static double[] randomExposure(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] e = new double[n];
    for (int t = 0; t < n; t++) {
      int pick = rng.nextInt(5);
      e[t] = pick < 2 ? 0 : pick == 2 ? 1 : pick == 3 ? -1 : 0.5;
    }
    return e;
  }
}
