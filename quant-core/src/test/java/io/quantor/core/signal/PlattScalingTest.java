package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Platt scaling: closed-form fits, recovery of known logistic parameters on synthetic data, the
 * non-converged case, and the reliability table and Brier score.
 */
class PlattScalingTest {

  private static final double TRUE_A = 3.0;
  private static final double TRUE_B = -0.5;

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /**
   * Scores only 0 and 1: the model is saturated, so the maximum likelihood fit reproduces the target mean
   * at each score exactly. 40 scores of 0 with 10 positives, 60 scores of 1 with 45 positives: plain
   * targets give {@code b = logit(1/4)}, {@code a = logit(3/4) - b = 2 ln 3}; Platt's targets
   * {@code t+ = 56/57}, {@code t- = 1/47} give the logits of the mean targets of each group.
   */
  @Test
  void twoPointDesignHasAClosedForm() {
    double[] s = new double[100];
    boolean[] y = new boolean[100];
    for (int i = 0; i < 100; i++) {
      s[i] = i < 40 ? 0 : 1;
      y[i] = i < 40 ? i < 10 : i < 85;
    }
    PlattCalibration plain = PlattScaling.of(false, 100).fit(s, y);
    assertTrue(plain.converged());
    assertEquals(Math.log(1.0 / 3), plain.b(), 1e-8);
    assertEquals(2 * Math.log(3), plain.a(), 1e-8);
    assertEquals(0.25, plain.probability(0), 1e-9);
    assertEquals(0.75, plain.probability(1), 1e-9);
    assertFalse(plain.targetSmoothing());
    PlattCalibration smooth = PlattScaling.defaults().fit(s, y);
    double hi = 56.0 / 57;
    double lo = 1.0 / 47;
    double p0 = (10 * hi + 30 * lo) / 40;
    double p1 = (45 * hi + 15 * lo) / 60;
    assertEquals(logit(p0), smooth.b(), 1e-8);
    assertEquals(logit(p1) - logit(p0), smooth.a(), 1e-8);
    assertEquals(100, smooth.observations());
    assertTrue(smooth.targetSmoothing());
  }

  /**
   * 20,000 scores uniform on [-1, 1], outcomes Bernoulli(sigmoid(3 s - 0.5)), seeded. The maximum
   * likelihood estimate is asymptotically normal with covariance {@code I^-1}, the inverse Fisher
   * information {@code I = n E[p(1-p) (s^2, s; s, 1)]}, computed here by Simpson's rule over the score
   * density (independently of the fit): standard errors about 0.058 for a and 0.021 for b. The tolerance
   * is 4 standard errors (a false failure has probability below 1e-4 for an arbitrary seed); target
   * smoothing moves the estimate by O(1/n), far less.
   */
  @Test
  void recoversKnownParameters() {
    int n = 20_000;
    double[] s = new double[n];
    boolean[] y = new boolean[n];
    simulate(RandomSource.XO_RO_SHI_RO_128_PP.create(20240611L), s, y);
    double[] se = standardErrors(n);
    assertTrue(se[0] > 0.03 && se[0] < 0.1 && se[1] > 0.01 && se[1] < 0.05, se[0] + " " + se[1]);
    for (PlattScaling fitter : new PlattScaling[] {PlattScaling.defaults(), PlattScaling.of(false, 50)}) {
      PlattCalibration fit = fitter.fit(s, y);
      assertTrue(fit.converged());
      assertTrue(fit.iterations() < 15, "Newton converges in a few steps: " + fit.iterations());
      assertEquals(TRUE_A, fit.a(), 4 * se[0], "a");
      assertEquals(TRUE_B, fit.b(), 4 * se[1], "b");
    }
  }

  /**
   * Out of sample: fit on 10,000 draws, tabulate the next 10,000. Each bin's observed frequency is within
   * 4 binomial standard errors {@code sqrt(p(1-p)/count)} of its mean prediction (plus the parameter
   * error, about 0.02 at most), and the Brier score is within 0.005 of the Brier score of the true
   * probabilities on the same draws (sampling noise of a difference of two nearly equal averages).
   */
  @Test
  void outOfSampleReliabilityTable() {
    int n = 10_000;
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(99L);
    double[] trainS = new double[n];
    boolean[] trainY = new boolean[n];
    double[] testS = new double[n];
    boolean[] testY = new boolean[n];
    simulate(rng, trainS, trainY);
    simulate(rng, testS, testY);
    PlattCalibration fit = PlattScaling.defaults().fit(trainS, trainY);
    ReliabilityTable table = fit.reliability(testS, testY);
    assertEquals(10, table.bins().size());
    assertEquals(n, table.observations());
    int counted = 0;
    for (ReliabilityBin bin : table.bins()) {
      counted += bin.count();
      if (bin.count() >= 100) {
        double p = bin.meanPredicted();
        assertTrue(p >= bin.lower() && p <= bin.upper(), bin.toString());
        double tolerance = 4 * Math.sqrt(p * (1 - p) / bin.count()) + 0.02;
        assertEquals(p, bin.observedFrequency(), tolerance, bin.toString());
      }
    }
    assertEquals(n, counted);
    double trueBrier = 0;
    for (int i = 0; i < n; i++) {
      double p = sigmoid(TRUE_A * testS[i] + TRUE_B);
      trueBrier += (p - (testY[i] ? 1 : 0)) * (p - (testY[i] ? 1 : 0));
    }
    trueBrier /= n;
    assertEquals(trueBrier, table.brierScore(), 0.005);
    assertTrue(table.expectedCalibrationError() < 0.03, table.toString());
    assertEquals(5, fit.reliability(testS, testY, 5).bins().size());
  }

  /**
   * Separable outcomes (every negative score a miss, every positive one a hit): the plain likelihood has
   * no maximum; Newton drives the slope up until the gradient vanishes numerically, leaving probabilities
   * of 0 and 1. Platt's targets keep the fit finite. A fit cut short by the iteration limit says so.
   */
  @Test
  void separableDataAndTheIterationLimit() {
    double[] s = new double[40];
    boolean[] y = new boolean[40];
    for (int i = 0; i < 40; i++) {
      s[i] = i < 20 ? -1 + i * 0.04 : 0.2 + (i - 20) * 0.04;
      y[i] = i >= 20;
    }
    PlattCalibration plain = PlattScaling.of(false, 100).fit(s, y);
    assertTrue(plain.a() > 30, "the slope runs away: " + plain);
    assertTrue(plain.probability(0.2) > 1 - 1e-3 && plain.probability(-0.24) < 1e-3);
    PlattCalibration smooth = PlattScaling.defaults().fit(s, y);
    assertTrue(smooth.converged());
    assertTrue(smooth.a() > 0 && smooth.a() < 30, smooth.toString());
    PlattCalibration oneClass = PlattScaling.defaults().fit(new double[] {0.1, 0.2, 0.3},
        new boolean[] {true, true, true});
    assertTrue(oneClass.converged(), "one class is fine with smoothed targets");
    assertTrue(oneClass.probability(0.2) < 1);
    double[] u = new double[200];
    boolean[] v = new boolean[200];
    simulate(RandomSource.SPLIT_MIX_64.create(5L), u, v);
    PlattCalibration cut = PlattScaling.of(true, 1).fit(u, v);
    assertFalse(cut.converged(), "one Newton step from a = 0 is not the optimum");
    assertEquals(1, cut.iterations());
    assertTrue(PlattScaling.of(true, 100).fit(u, v).converged());
  }

  /**
   * By hand: probabilities 0.05, 0.15, 0.12, 0.95, 1.0, 0.5 with outcomes no, no, yes, yes, yes, no. Bins of
   * 0.1: [0, 0.1) one prediction, frequency 0; [0.1, 0.2) two, mean 0.135, frequency 0.5; [0.5, 0.6) one,
   * frequency 0; [0.9, 1] two, mean 0.975, frequency 1. Brier (0.0025 + 0.0225 + 0.7744 + 0.0025 + 0 +
   * 0.25)/6; ECE (0.05 + 2 * 0.365 + 0.5 + 2 * 0.025)/6.
   */
  @Test
  void reliabilityTableByHand() {
    double[] p = {0.05, 0.15, 0.12, 0.95, 1.0, 0.5};
    boolean[] y = {false, false, true, true, true, false};
    ReliabilityTable t = ReliabilityTable.of(p, y);
    assertEquals(1.0519 / 6, t.brierScore(), 1e-15);
    assertEquals((0.05 + 2 * 0.365 + 0.5 + 2 * 0.025) / 6, t.expectedCalibrationError(), 1e-15);
    ReliabilityBin b1 = t.bins().get(1);
    assertEquals(2, b1.count());
    assertEquals(0.135, b1.meanPredicted(), 1e-15);
    assertEquals(0.5, b1.observedFrequency());
    assertEquals(0.1, b1.lower(), 1e-15);
    assertEquals(0.2, b1.upper(), 1e-15);
    assertTrue(t.bins().get(2).isEmpty());
    assertTrue(Double.isNaN(t.bins().get(2).meanPredicted()));
    assertEquals(1, t.bins().get(5).count());
    ReliabilityBin last = t.bins().get(9);
    assertEquals(2, last.count());
    assertEquals(0.975, last.meanPredicted(), 1e-15);
    assertEquals(1.0, last.upper());
    assertEquals(1, ReliabilityTable.of(p, y, 1).bins().size());
  }

  @Test
  void rejectsInvalidInput() {
    PlattScaling f = PlattScaling.defaults();
    assertThrows(IllegalArgumentException.class, () -> f.fit(new double[0], new boolean[0]));
    assertThrows(IllegalArgumentException.class, () -> f.fit(new double[] {1}, new boolean[2]));
    assertThrows(IllegalArgumentException.class, () -> f.fit(new double[] {Double.NaN}, new boolean[1]));
    assertThrows(IllegalArgumentException.class, () -> f.fit(null, new boolean[1]));
    assertThrows(IllegalArgumentException.class, () -> PlattScaling.of(true, 0));
    assertThrows(IllegalArgumentException.class,
        () -> ReliabilityTable.of(new double[] {1.2}, new boolean[] {true}));
    assertThrows(IllegalArgumentException.class,
        () -> ReliabilityTable.of(new double[] {0.5}, new boolean[] {true}, 0));
    assertThrows(IllegalArgumentException.class,
        () -> ReliabilityTable.of(new double[] {0.5}, new boolean[] {true, false}));
    PlattCalibration c = new PlattCalibration(1, 0, 0, true, 0.5, 1, false);
    assertThrows(IllegalArgumentException.class, () -> c.probability(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class,
        () -> new PlattCalibration(Double.NaN, 0, 0, true, 0, 1, true));
  }

  private static void simulate(UniformRandomProvider rng, double[] s, boolean[] y) {
    for (int i = 0; i < s.length; i++) {
      s[i] = 2 * rng.nextDouble() - 1;
      y[i] = rng.nextDouble() < sigmoid(TRUE_A * s[i] + TRUE_B);
    }
  }

  /** Standard errors of (a, b) from the Fisher information of n draws, by Simpson's rule on [-1, 1]. */
  private static double[] standardErrors(int n) {
    int m = 2000;
    double h = 2.0 / m;
    double iaa = 0;
    double iab = 0;
    double ibb = 0;
    for (int k = 0; k <= m; k++) {
      double s = -1 + k * h;
      double p = sigmoid(TRUE_A * s + TRUE_B);
      double w = (k == 0 || k == m ? 1 : k % 2 == 1 ? 4 : 2) * h / 3 * 0.5 * p * (1 - p);
      iaa += w * s * s;
      iab += w * s;
      ibb += w;
    }
    double det = n * n * (iaa * ibb - iab * iab);
    return new double[] {Math.sqrt(n * ibb / det), Math.sqrt(n * iaa / det)};
  }
}
