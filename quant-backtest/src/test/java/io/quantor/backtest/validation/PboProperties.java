package io.quantor.backtest.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of CSCV on random matrices: the built-in Sharpe ratio (combined from block moments) equals
 * a naive Sharpe ratio of the copied rows; PBO and the logits do not depend on the order of the trials;
 * the summaries agree with the per-combination arrays.
 */
class PboProperties {

  /** Naive two-pass Sharpe ratio of the rows given, divisor n - 1. */
  private static final ToDoubleFunction<double[]> NAIVE_SHARPE = x -> {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return mean / Math.sqrt(ss / (x.length - 1));
  };

  @Property(tries = 60)
  void blockMomentSharpeEqualsNaiveSharpe(@ForAll @IntRange(min = 1, max = 4) int halfBlocks,
      @ForAll @IntRange(min = 2, max = 7) int trials, @ForAll @IntRange(min = 0, max = 30) int extraRows,
      @ForAll long seed) {
    int blocks = 2 * halfBlocks;
    double[][] m = PboTest.noise(2 * blocks + extraRows, trials, seed, Math.floorMod(seed, trials), 0.002);
    PboResult fast = Pbo.of(blocks).compute(m);
    PboResult naive = Pbo.of(blocks, NAIVE_SHARPE).compute(m);
    assertArrayEquals(naive.inSample(), fast.inSample(), 1e-12);
    assertArrayEquals(naive.outOfSample(), fast.outOfSample(), 1e-12);
    assertArrayEquals(naive.selected(), fast.selected());
    assertArrayEquals(naive.logits(), fast.logits());
  }

  @Property(tries = 60)
  void trialOrderDoesNotMatter(@ForAll @IntRange(min = 1, max = 4) int halfBlocks,
      @ForAll @IntRange(min = 2, max = 7) int trials, @ForAll long seed) {
    int blocks = 2 * halfBlocks;
    double[][] m = PboTest.noise(3 * blocks, trials, seed, -1, 0);
    double[][] reversed = new double[m.length][trials];
    for (int t = 0; t < m.length; t++) {
      for (int n = 0; n < trials; n++) {
        reversed[t][n] = m[t][trials - 1 - n];
      }
    }
    PboResult a = Pbo.of(blocks).compute(m);
    PboResult b = Pbo.of(blocks).compute(reversed);
    assertEquals(a.pbo(), b.pbo());
    assertArrayEquals(a.logits(), b.logits());
    int[] sa = a.selected();
    int[] sb = b.selected();
    for (int c = 0; c < sa.length; c++) {
      assertEquals(trials - 1 - sa[c], sb[c]);
    }
  }

  @Property(tries = 60)
  void summariesAgreeWithTheArrays(@ForAll @IntRange(min = 1, max = 4) int halfBlocks,
      @ForAll @IntRange(min = 2, max = 7) int trials, @ForAll long seed) {
    int blocks = 2 * halfBlocks;
    PboResult r = Pbo.of(blocks).compute(PboTest.noise(2 * blocks + 5, trials, seed, -1, 0));
    double[] logits = r.logits();
    double[] oos = r.outOfSample();
    int overfit = 0;
    int losses = 0;
    for (int c = 0; c < logits.length; c++) {
      overfit += logits[c] <= 0 ? 1 : 0;
      losses += oos[c] < 0 ? 1 : 0;
      // w = rank / (N + 1) with rank in [1, N]
      assertTrue(Math.abs(logits[c]) <= Math.log(trials) + 1e-12);
      assertEquals(blocks / 2, r.inSampleBlocks(c).length);
    }
    assertEquals((double) overfit / logits.length, r.pbo());
    assertEquals((double) losses / logits.length, r.probabilityOfLoss());
    assertEquals(binomial(blocks, blocks / 2), r.combinations());
  }

  private static int binomial(int n, int k) {
    int c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }
}
