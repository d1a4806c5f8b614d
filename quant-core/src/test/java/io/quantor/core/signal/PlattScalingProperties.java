package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Properties of Platt calibration: the sign convention (probabilities increase with the score when
 * {@code a > 0}, decrease when {@code a < 0}), probabilities in {@code [0, 1]}, and the first-order
 * condition of the fit on random data (the mean calibrated probability equals the mean target).
 */
class PlattScalingProperties {

  @Property(tries = 300)
  void probabilitiesAreMonotoneInTheScoreWithTheSignOfA(
      @ForAll @DoubleRange(min = -50, max = 50) double a, @ForAll @DoubleRange(min = -20, max = 20) double b,
      @ForAll @DoubleRange(min = -5, max = 5) double s1, @ForAll @DoubleRange(min = 0, max = 5) double gap) {
    PlattCalibration c = new PlattCalibration(a, b, 0, true, 0.0, 1, true);
    double p1 = c.probability(s1);
    double p2 = c.probability(s1 + gap);
    assertTrue(p1 >= 0 && p1 <= 1 && p2 >= 0 && p2 <= 1);
    if (a > 0) {
      assertTrue(p1 <= p2, p1 + " > " + p2);
    } else if (a < 0) {
      assertTrue(p1 >= p2, p1 + " < " + p2);
    } else {
      assertEquals(p1, p2);
    }
  }

  /**
   * At the optimum the gradient with respect to {@code b} vanishes: {@code sum p_i = sum t_i}. The fit
   * stops when each gradient component is below {@code 1e-10 n}.
   */
  @Property(tries = 100)
  void fitIsCalibratedInTheLargeAndConverges(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n,
      @ForAll @DoubleRange(min = -8, max = 8) double a, @ForAll boolean smoothing) {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
    double[] s = new double[n];
    boolean[] y = new boolean[n];
    int positives = 0;
    for (int i = 0; i < n; i++) {
      s[i] = 2 * rng.nextDouble() - 1;
      y[i] = rng.nextDouble() < 1 / (1 + Math.exp(-a * s[i]));
      positives += y[i] ? 1 : 0;
    }
    if (!smoothing && (positives == 0 || positives == n)) {
      return;
    }
    PlattCalibration fit = PlattScaling.of(smoothing, 100).fit(s, y);
    double hi = smoothing ? (positives + 1.0) / (positives + 2.0) : 1;
    double lo = smoothing ? 1.0 / (n - positives + 2.0) : 0;
    double sumP = 0;
    double sumT = 0;
    for (int i = 0; i < n; i++) {
      sumP += fit.probability(s[i]);
      sumT += y[i] ? hi : lo;
    }
    if (fit.converged()) {
      assertEquals(sumT, sumP, 1e-9 * n);
    }
    if (smoothing) {
      assertTrue(fit.converged(), fit.toString());
    }
  }
}
