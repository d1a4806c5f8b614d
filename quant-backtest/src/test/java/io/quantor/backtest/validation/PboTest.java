package io.quantor.backtest.validation;

import static io.quantor.backtest.validation.ProbabilisticSharpeTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked CSCV cases and the two behaviours the method exists for: pure noise gives a PBO near 1/2,
 * a real edge gives 0. The rules are those of {@link Pbo}'s Javadoc: the in-sample best (first on ties)
 * is ranked among the out-of-sample values (mid-rank on ties), {@code w = rank / (N + 1)},
 * {@code lambda = ln(w / (1 - w))}, PBO = share of {@code lambda <= 0}.
 */
class PboTest {

  private static final double TOL = 1e-12;

  @Test
  void twoBlocksDefaultSharpeByHand() {
    // T = 6, N = 3, S = 2: block A = rows 0..2, block B = rows 3..5 (in units of 0.01; Sharpe is
    // scale-free). Sharpe of {x-1, x, x+1} is x / 1 = x with std(ddof=1) = 1.
    //   trial 0: A = {1, 2, 3} -> 2,  B = {-1, 0, 1} -> 0
    //   trial 1: A = {0, 1, 2} -> 1,  B = {2, 3, 4}  -> 3
    //   trial 2: A = {-2,-1,0} -> -1, B = {0, 1, 2}  -> 1
    double[][] m = scaled(new double[][] {
        {1, 0, -2}, {2, 1, -1}, {3, 2, 0}, {-1, 2, 0}, {0, 3, 1}, {1, 4, 2}}, 0.01);
    PboResult r = Pbo.of(2).compute(m);
    assertEquals(2, r.combinations());
    // mask 01: IS = A picks trial 0 (2); OOS B = {0, 3, 1}: rank 1, w = 1/4, lambda = ln(1/3)
    // mask 10: IS = B picks trial 1 (3); OOS A = {2, 1, -1}: rank 2, w = 2/4, lambda = 0 (counts)
    assertArrayEquals(new int[] {0, 1}, r.selected());
    assertArrayEquals(new double[] {Math.log(1.0 / 3), 0}, r.logits(), TOL);
    assertArrayEquals(new double[] {2, 3}, r.inSample(), TOL);
    assertArrayEquals(new double[] {0, 1}, r.outOfSample(), TOL);
    assertEquals(1.0, r.pbo());
    assertEquals(0.0, r.probabilityOfLoss());
    // degradation line through (2, 0) and (3, 1): slope 1, intercept -2
    assertEquals(1.0, r.degradationSlope(), TOL);
    assertEquals(-2.0, r.degradationIntercept(), TOL);
    assertArrayEquals(new int[] {0}, r.inSampleBlocks(0));
    assertArrayEquals(new int[] {1}, r.inSampleBlocks(1));
  }

  @Test
  void fourBlocksCustomStatisticByHand() {
    // T = 4 (one row per block), N = 3, statistic = sum of the rows - 2
    //          t0 t1 t2
    //   row 0:  0  2  1
    //   row 1:  1  2  0
    //   row 2:  2  0  1
    //   row 3:  0  3  1
    double[][] m = {{0, 2, 1}, {1, 2, 0}, {2, 0, 1}, {0, 3, 1}};
    PboResult r = Pbo.of(4, x -> x[0] + x[1] - 2).compute(m);
    // masks in increasing order: {0,1} {0,2} {1,2} {0,3} {1,3} {2,3}; sums before the -2:
    //   IS {0,1}: 1 4 1 -> t1;     OOS {2,3}: 2 3 2 -> rank 3,         w 3/4, ln 3
    //   IS {0,2}: 2 2 2 -> t0;     OOS {1,3}: 1 5 1 -> rank 1 + 1/2,   w 3/8, ln(3/5)
    //   IS {1,2}: 3 2 1 -> t0;     OOS {0,3}: 0 5 2 -> rank 1,         w 1/4, ln(1/3)
    //   IS {0,3}: 0 5 2 -> t1;     OOS {1,2}: 3 2 1 -> rank 2,         w 1/2, 0
    //   IS {1,3}: 1 5 1 -> t1;     OOS {0,2}: 2 2 2 -> rank 1 + 2/2,   w 1/2, 0
    //   IS {2,3}: 2 3 2 -> t1;     OOS {0,1}: 1 4 1 -> rank 3,         w 3/4, ln 3
    assertArrayEquals(new int[] {0, 2}, r.inSampleBlocks(1));
    assertArrayEquals(new int[] {1, 0, 0, 1, 1, 1}, r.selected());
    assertArrayEquals(new double[] {Math.log(3), Math.log(0.6), Math.log(1.0 / 3), 0, 0, Math.log(3)},
        r.logits(), TOL);
    assertEquals(4.0 / 6, r.pbo(), TOL);
    assertArrayEquals(new double[] {2, 0, 1, 3, 3, 1}, r.inSample(), TOL);
    assertArrayEquals(new double[] {1, -1, -2, 0, 0, 2}, r.outOfSample(), TOL);
    assertEquals(2.0 / 6, r.probabilityOfLoss(), TOL);      // -1 and -2
    // OLS of y = {1,-1,-2,0,0,2} on x = {2,0,1,3,3,1}: mean x 5/3, mean y 0, Sxy 2, Sxx 22/3
    assertEquals(3.0 / 11, r.degradationSlope(), TOL);
    assertEquals(-5.0 / 11, r.degradationIntercept(), TOL);
  }

  /**
   * Pure noise, {@code N = 20} (even), {@code T = 256}, {@code S = 16}: in every combination the
   * in-sample winner's out-of-sample rank is uniform on {@code 1..20}, so each combination counts with
   * probability exactly 1/2 and {@code E[PBO] = 1/2}. The combinations of one matrix are strongly
   * dependent: over 300 seeded matrices of this shape a single PBO had a standard deviation of 0.19
   * (measured while writing this test). The mean over 40 matrices therefore has a standard deviation of
   * about 0.03; the tolerance 0.1 is 3.3 of those.
   */
  @Test
  void pureNoiseGivesOneHalfOnAverage() {
    double sum = 0;
    int matrices = 40;
    for (int s = 0; s < matrices; s++) {
      PboResult r = Pbo.defaults().compute(noise(256, 20, 1000 + s, -1, 0));
      assertEquals(12_870, r.combinations());
      sum += r.pbo();
    }
    assertEquals(0.5, sum / matrices, 0.1);
  }

  /**
   * One trial (column 7 of 20) earns 0.4 % a day with 1 % volatility (a per-day Sharpe ratio of 0.4);
   * the others are noise. With 400 rows per half the standard error of a Sharpe ratio is about 0.05, so
   * the edge is selected in every combination and stays on top out-of-sample: PBO is exactly 0 and no
   * combination loses.
   */
  @Test
  void aRealEdgeGivesZero() {
    PboResult r = Pbo.defaults().compute(noise(800, 20, 7, 7, 0.004));
    assertEquals(0.0, r.pbo());
    assertEquals(0.0, r.probabilityOfLoss());
    for (int selected : r.selected()) {
      assertEquals(7, selected);
    }
    for (double lambda : r.logits()) {
      assertEquals(Math.log(20), lambda, TOL);    // rank 20 of 20: w = 20/21
    }
  }

  @Test
  void parallelIsIdenticalAndRepeatable() {
    double[][] m = noise(120, 9, 3, 2, 0.001);
    PboResult a = Pbo.of(10).compute(m);
    PboResult b = Pbo.of(10).parallel(true).compute(m);
    PboResult c = Pbo.of(10).compute(m);
    assertArrayEquals(a.logits(), b.logits());
    assertArrayEquals(a.inSample(), b.inSample());
    assertArrayEquals(a.outOfSample(), b.outOfSample());
    assertArrayEquals(a.logits(), c.logits());
    assertEquals(a.pbo(), b.pbo());
    assertEquals(a.degradationSlope(), b.degradationSlope());
    assertEquals(252, a.combinations());
    assertEquals("Pbo[blocks=10, statistic=sharpe, parallel=true]", Pbo.of(10).parallel(true).toString());
  }

  @Test
  void flatTrialsAreNeverSelected() {
    // trial 0 never trades (all zeros: no Sharpe ratio, ranks as minus infinity)
    double[][] m = noise(64, 3, 11, -1, 0);
    for (double[] row : m) {
      row[0] = 0;
    }
    PboResult r = Pbo.of(4).compute(m);
    for (int s : r.selected()) {
      assertTrue(s != 0);
    }
  }

  @Test
  void rejectsMisuse() {
    assertMessage("blocks must be even, was 5", () -> Pbo.of(5));
    assertMessage("blocks must be in [2, 20], was 22", () -> Pbo.of(22));
    assertMessage("statistic must not be null", () -> Pbo.of(4, null));
    assertMessage("performance must have at least blocks = 4 rows, had 3",
        () -> Pbo.of(4).compute(new double[3][2]));
    assertMessage("performance must have at least 2 columns (trials), had 1",
        () -> Pbo.of(2).compute(new double[4][1]));
    assertMessage("performance[1] must have 2 columns, had 3",
        () -> Pbo.of(2).compute(new double[][] {{1, 2}, {1, 2, 3}}));
    assertMessage("performance must be finite, was NaN at row 1, column 0",
        () -> Pbo.of(2).compute(new double[][] {{1, 2}, {Double.NaN, 2}}));
    assertMessage("combination must be in [0, 1], was 2",
        () -> Pbo.of(2).compute(new double[2][2]).inSampleBlocks(2));
  }

  /** {@code rows x trials} N(0, 0.01^2) returns; column {@code edgeColumn} (if >= 0) gets {@code edge}. */
  static double[][] noise(int rows, int trials, long seed, int edgeColumn, double edge) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] m = new double[rows][trials];
    for (int t = 0; t < rows; t++) {
      for (int n = 0; n < trials; n++) {
        m[t][n] = 0.01 * random.nextGaussian() + (n == edgeColumn ? edge : 0);
      }
    }
    return m;
  }

  private static double[][] scaled(double[][] m, double factor) {
    double[][] out = new double[m.length][];
    for (int t = 0; t < m.length; t++) {
      out[t] = m[t].clone();
      for (int n = 0; n < out[t].length; n++) {
        out[t][n] *= factor;
      }
    }
    return out;
  }

  @Test
  void zeroVarianceTrialHasNoSharpeAndIsNeverSelected() {
    // Trial 0 earns exactly 0.25 every period: zero variance on every subset, so by the Javadoc it has
    // no Sharpe ratio (NaN) and is never selected; mean / 0 would make it +Infinity and always selected.
    SplittableRandom random = new SplittableRandom(3);
    double[][] m = new double[40][3];
    for (double[] row : m) {
      row[0] = 0.25;
      row[1] = random.nextDouble(-0.01, 0.011);
      row[2] = random.nextDouble(-0.01, 0.011);
    }
    PboResult r = Pbo.of(4).compute(m);
    for (int c = 0; c < r.combinations(); c++) {
      assertTrue(r.selected()[c] != 0, "combination " + c + " selected the constant trial");
      assertTrue(Double.isFinite(r.inSample()[c]), "in-sample Sharpe of combination " + c);
    }
    assertTrue(Double.isFinite(r.degradationSlope()));
  }
}
