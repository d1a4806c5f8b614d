package io.quantor.backtest.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Properties of the resampling schemes: indices stay in range; fixed blocks are runs of consecutive
 * positions (moving blocks never wrap, circular blocks wrap); a seed fixes the resample; intervals are
 * the quantiles of their sorted distribution.
 */
class BootstrapProperties {

  @Property(tries = 150)
  void fixedBlocksAreConsecutiveRuns(@ForAll @IntRange(min = 1, max = 80) int n,
      @ForAll @IntRange(min = 1, max = 80) int length, @ForAll long seed, @ForAll boolean circular) {
    int l = Math.min(length, n);
    Bootstrap b = circular ? Bootstrap.circularBlock(l, seed) : Bootstrap.movingBlock(l, seed);
    int[] idx = b.indices(n, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    assertEquals(n, idx.length);
    for (int start = 0; start < n; start += l) {
      assertTrue(idx[start] >= 0 && idx[start] < n);
      if (!circular) {
        assertTrue(idx[start] <= n - l, "a moving block starts at most at n - L");
      }
      for (int i = start + 1; i < Math.min(start + l, n); i++) {
        int expected = idx[i - 1] + 1;
        assertEquals(circular ? expected % n : expected, idx[i], "position " + i);
      }
    }
  }

  @Property(tries = 150)
  void indicesStayInRangeAndFollowTheSeed(@ForAll @IntRange(min = 1, max = 200) int n, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3) int scheme) {
    Bootstrap b = switch (scheme) {
      case 0 -> Bootstrap.iid(seed);
      case 1 -> Bootstrap.stationary(seed);
      case 2 -> Bootstrap.movingBlock(seed);
      default -> Bootstrap.circularBlock(seed);
    };
    UniformRandomProvider r1 = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    UniformRandomProvider r2 = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    int[] a = b.indices(n, r1);
    assertArrayEquals(a, b.indices(n, r2));
    for (int i : a) {
      assertTrue(i >= 0 && i < n);
    }
  }

  @Property(tries = 100)
  void intervalBoundsAreQuantilesOfTheDistribution(@ForAll @IntRange(min = 2, max = 60) int n,
      @ForAll @IntRange(min = 1, max = 300) int resamples, @ForAll long seed,
      @ForAll @IntRange(min = 50, max = 99) int confidencePercent) {
    double c = confidencePercent / 100.0;
    double[] x = BootstrapTest.normal(n, seed, 0.001, 0.01);
    BootstrapInterval ci = Bootstrap.stationary(seed).withResamples(resamples).withConfidence(c).sharpe(x);
    double[] d = ci.distribution();
    assertTrue(d.length <= resamples);
    for (int i = 1; i < d.length; i++) {
      assertTrue(d[i - 1] <= d[i]);
    }
    assertEquals(resamples, ci.resamples());
    assertEquals(c, ci.confidence());
    assertEquals(ci.quantile((1 - c) / 2), ci.lower());
    assertEquals(ci.quantile(1 - (1 - c) / 2), ci.upper());
    assertTrue(d.length == 0 || ci.lower() <= ci.upper());
  }
}
