package io.quantor.options.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Properties of {@link VolatilitySurface}: no calendar arbitrage (total variance never decreases with
 * expiry at any log-moneyness, for any input), node reproduction on monotone input, no overshoot between
 * the nodes of a smile, and flat extrapolation.
 */
class VolatilitySurfaceProperties {

  /** Node expiries, a common log-moneyness grid and total variances per expiry and node. */
  record Input(double[] t, double[] k, double[][] w) {

    VolatilitySurface surface() {
      double[][] ks = new double[t.length][];
      Arrays.fill(ks, k);
      return VolatilitySurface.ofTotalVariance(t, ks, w);
    }

    double maxT() {
      return t[t.length - 1];
    }
  }

  @Provide
  Arbitrary<Input> monotone() {
    return inputs(0.0);
  }

  @Provide
  Arbitrary<Input> arbitrary() {
    return inputs(-0.1);
  }

  /** Total variance of expiry i = that of expiry i-1 plus an increment from [minIncrement, 0.1]. */
  private static Arbitrary<Input> inputs(double minIncrement) {
    Arbitrary<Integer> expiries = Arbitraries.integers().between(1, 4);
    Arbitrary<Integer> nodes = Arbitraries.integers().between(1, 7);
    return Combinators.combine(expiries, nodes).flatAs((n, m) -> {
      Arbitrary<List<Double>> tSteps = Arbitraries.doubles().between(0.005, 1.0).ofScale(6).list().ofSize(n);
      Arbitrary<Double> k0 = Arbitraries.doubles().between(-0.8, 0.0).ofScale(6);
      Arbitrary<List<Double>> kSteps = Arbitraries.doubles().between(0.01, 0.3).ofScale(6).list().ofSize(m);
      Arbitrary<List<Double>> vols = Arbitraries.doubles().between(0.05, 1.0).ofScale(6).list().ofSize(m);
      Arbitrary<List<Double>> increments =
          Arbitraries.doubles().between(minIncrement, 0.1).ofScale(6).list().ofSize(n * m);
      return Combinators.combine(tSteps, k0, kSteps, vols, increments).as((ts, start, ks, vs, inc) -> {
        double[] t = new double[n];
        double[] k = new double[m];
        double[][] w = new double[n][m];
        for (int i = 0; i < n; i++) {
          t[i] = (i == 0 ? 0 : t[i - 1]) + ts.get(i);
        }
        for (int j = 0; j < m; j++) {
          k[j] = (j == 0 ? start : k[j - 1]) + ks.get(j);
          w[0][j] = vs.get(j) * vs.get(j) * t[0];
          for (int i = 1; i < n; i++) {
            w[i][j] = Math.max(0, w[i - 1][j] + inc.get(i * m + j));
          }
        }
        return new Input(t, k, w);
      });
    });
  }

  @Property(tries = 200)
  void noCalendarArbitrageForAnyInput(@ForAll("arbitrary") Input input,
      @ForAll @DoubleRange(min = -1.5, max = 1.5) double k,
      @ForAll @DoubleRange(min = 0, max = 1) double a, @ForAll @DoubleRange(min = 0, max = 1) double b) {
    VolatilitySurface s = input.surface();
    double t1 = 1.5 * input.maxT() * Math.min(a, b);
    double t2 = 1.5 * input.maxT() * Math.max(a, b);
    double w1 = s.totalVariance(k, t1);
    double w2 = s.totalVariance(k, t2);
    assertTrue(w1 <= w2, () -> "w(" + k + ", " + t1 + ") = " + w1 + " > w(" + k + ", " + t2 + ") = " + w2);
    assertTrue(w1 >= 0 && Double.isFinite(w2));
  }

  @Property(tries = 200)
  void noCalendarArbitrageAcrossEveryNodeExpiry(@ForAll("arbitrary") Input input,
      @ForAll @DoubleRange(min = -1.5, max = 1.5) double k) {
    VolatilitySurface s = input.surface();
    double previous = 0;
    for (double t : input.t()) {
      for (double near : new double[] {Math.nextDown(t), t, Math.nextUp(t)}) {
        double w = s.totalVariance(k, near);
        assertTrue(w >= previous, () -> "decrease at t = " + near + ", k = " + k);
        previous = w;
      }
    }
  }

  @Property(tries = 200)
  void reproducesTheNodesOfMonotoneInput(@ForAll("monotone") Input input) {
    VolatilitySurface s = input.surface();
    for (int i = 0; i < input.t().length; i++) {
      for (int j = 0; j < input.k().length; j++) {
        assertEquals(input.w()[i][j], s.totalVariance(input.k()[j], input.t()[i]));
      }
    }
  }

  @Property(tries = 200)
  void volatilityNodesFromImpliedVolatilities(@ForAll("monotone") Input input) {
    int n = input.t().length;
    double[][] ks = new double[n][];
    double[][] vols = new double[n][];
    for (int i = 0; i < n; i++) {
      ks[i] = input.k();
      vols[i] = new double[input.k().length];
      for (int j = 0; j < vols[i].length; j++) {
        vols[i][j] = Math.sqrt(input.w()[i][j] / input.t()[i]);
      }
    }
    VolatilitySurface s = VolatilitySurface.of(input.t(), ks, vols);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < vols[i].length; j++) {
        assertEquals(vols[i][j], s.volatility(input.k()[j], input.t()[i]), 1e-15 * (1 + vols[i][j]));
      }
    }
  }

  @Property(tries = 200)
  void aSmileNeverOvershootsItsNodesAndIsFlatBeyondThem(@ForAll("monotone") Input input,
      @ForAll @DoubleRange(min = 0, max = 1) double u) {
    VolatilitySurface s = input.surface();
    double[] k = input.k();
    double t = input.t()[0];
    double[] w = input.w()[0];
    double at = k[0] + u * (k[k.length - 1] - k[0]);
    int j = 0;
    while (j + 1 < k.length && k[j + 1] <= at) {
      j++;
    }
    double lo = j + 1 < k.length ? Math.min(w[j], w[j + 1]) : w[j];
    double hi = j + 1 < k.length ? Math.max(w[j], w[j + 1]) : w[j];
    double value = s.totalVariance(at, t);
    assertTrue(value >= lo && value <= hi, () -> value + " outside [" + lo + ", " + hi + "] at k " + at);
    assertEquals(w[0], s.totalVariance(k[0] - 1, t));
    assertEquals(w[w.length - 1], s.totalVariance(k[k.length - 1] + 1, t));
  }
}
