package io.quantor.options.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link NormalizedImpliedVolatility} inverts {@link NormalizedBlack} on all four branches of Jäckel's
 * initial guess, for {@code x} from 0 to -60 and {@code s} from 1e-3 to 20 (prices down to 1e-300), in
 * at most three iterations.
 *
 * <p>Tolerance: {@code |s' - s| <= 16 eps (1 + h^2 + t^2) b/b' + 4 eps s}, twice the relative accuracy
 * of {@code b} (see {@link NormalizedBlackTest}) carried through {@code ds = db / b'}, plus the rounding of
 * {@code s}: relative accuracy close to eps even for the tiniest prices, where {@code b/b'} is small.
 */
class NormalizedImpliedVolatilityProperties {

  private static final double EPS = Math.ulp(1.0);

  @Property(tries = 1000)
  void invertsTheNormalisedBlackFunction(@ForAll("logMoneyness") double x, @ForAll("deviations") double s) {
    double beta = NormalizedBlack.call(x, s);
    double bMax = Math.exp(0.5 * x);
    Assume.that(beta > 1e-300 && beta < bMax);
    Statistics.label("branch").collect(branch(beta, x));
    Statistics.label("branch").coverage(c -> {
      for (String b : new String[] {"lower", "middle lower", "middle upper", "upper"}) {
        c.check(b).percentage(p -> p >= 2);
      }
    });
    int[] iterations = new int[1];
    double solved = NormalizedImpliedVolatility.solve(beta, x, iterations);
    double h = x / s;
    double t = 0.5 * s;
    double ratio = beta / NormalizedBlack.vega(x, s);
    double tolerance = 16 * EPS * (1 + h * h + t * t) * ratio + 4 * EPS * s;
    assertEquals(s, solved, tolerance, "x=" + x + " s=" + s + " beta=" + beta);
    assertTrue(iterations[0] >= 1 && iterations[0] <= 3, "iterations " + iterations[0]);
  }

  /**
   * {@link NormalizedImpliedVolatility#solveForLog} inverts {@code ln b} where {@code b} is below the
   * smallest normal double (down to {@code e^-1400}): {@code ln b(x, s)} is formed without underflow as
   * {@code ln b' + ln(b/b')} from {@link NormalizedBlack#callOverVega}. Tolerance: as above with the
   * relative accuracy of {@code ln b}, about {@code eps (|ln b| + 1 + h^2 + t^2)}, carried through
   * {@code ds = d(ln b) b/b'}.
   */
  @Property(tries = 300)
  void invertsTheLogarithmOfSubnormalValues(@ForAll("distances") double distance,
      @ForAll("subnormalLogs") double target) {
    // ln b ~ -x^2 / (2 s^2) far out of the money: aim s at the target, then take the exact ln b.
    double x = -distance;
    double s = distance / Math.sqrt(-2 * target);
    double h = x / s;
    double t = 0.5 * s;
    double ratio = NormalizedBlack.callOverVega(x, s, Double.NaN);
    double lnB = -0.5 * (h * h + t * t) - 0.5 * Math.log(2 * Math.PI) + Math.log(ratio);
    Assume.that(lnB < Math.log(Double.MIN_NORMAL) && lnB > -1400);
    Statistics.label("ln b").collect(lnB > -745 ? "subnormal" : "below MIN_VALUE");
    Statistics.label("ln b").coverage(c -> {
      c.check("subnormal").percentage(p -> p >= 5);
      c.check("below MIN_VALUE").percentage(p -> p >= 5);
    });
    int[] iterations = new int[1];
    double solved = NormalizedImpliedVolatility.solveForLog(lnB, x, Math.exp(0.5 * x), 1.0, iterations);
    double tolerance = 16 * EPS * (-lnB + 1 + h * h + t * t) * ratio + 4 * EPS * s;
    assertEquals(s, solved, tolerance, "x=" + x + " s=" + s + " ln b=" + lnB);
    assertTrue(iterations[0] >= 1 && iterations[0] <= 3, "iterations " + iterations[0]);
  }

  /** The branch of the initial guess (Jäckel's s_c, s_l, s_h). */
  private static String branch(double beta, double x) {
    double sC = Math.sqrt(-2 * x);
    double bC = NormalizedBlack.call(x, sC);
    double vC = NormalizedBlack.vega(x, sC);
    if (beta < bC) {
      return beta < NormalizedBlack.call(x, sC - bC / vC) ? "lower" : "middle lower";
    }
    return beta <= NormalizedBlack.call(x, sC + (Math.exp(0.5 * x) - bC) / vC) ? "middle upper" : "upper";
  }

  @Provide
  Arbitrary<Double> logMoneyness() {
    return Arbitraries.oneOf(
        Arbitraries.just(0.0),
        Arbitraries.doubles().ofScale(12).between(-1e-6, 0).withDistribution(RandomDistribution.uniform()),
        Arbitraries.doubles().ofScale(12).between(-3, 0).withDistribution(RandomDistribution.uniform()),
        Arbitraries.doubles().ofScale(12).between(-60, -3).withDistribution(RandomDistribution.uniform()));
  }

  @Provide
  Arbitrary<Double> distances() {
    return logUniform(1e-3, 60);
  }

  @Provide
  Arbitrary<Double> subnormalLogs() {
    // Half with a subnormal b, half with b below the smallest double.
    return Arbitraries.oneOf(uniform(-744, -709), uniform(-1390, -746));
  }

  private static Arbitrary<Double> uniform(double lo, double hi) {
    return Arbitraries.doubles().ofScale(12).between(lo, hi).withDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<Double> deviations() {
    return logUniform(1e-3, 20);
  }

  /** Log-uniform on {@code [lo, hi]}. */
  private static Arbitrary<Double> logUniform(double lo, double hi) {
    return Arbitraries.doubles().ofScale(15).between(0, 1).withDistribution(RandomDistribution.uniform())
        .map(u -> lo * Math.pow(hi / lo, u));
  }
}
