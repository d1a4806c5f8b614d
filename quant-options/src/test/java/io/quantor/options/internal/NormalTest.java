package io.quantor.options.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Normal} against values computed independently: the 50-digit {@link HighPrecisionNormal} oracle
 * (series and continued fraction, checked against each other) and a few values of mpmath 1.3.0
 * ({@code ncdf}, 30 digits). Tolerances are relative: 2e-15 for the distribution function and the density
 * (measured maximum about 6.5e-16 and 4.2e-16) wherever the result is a normal double ({@code x >= -37.5}),
 * 1e-322 absolute for subnormal results, and 2e-15 of {@code |x|} for the quantile.
 */
class NormalTest {

  private static final double REL_TOL = 2e-15;

  @Test
  void oracleMethodsAgreeWhereBothConverge() {
    for (double y = 2; y <= 6; y += 0.37) {
      for (double x : new double[] {-y, y}) {
        BigDecimal series = HighPrecisionNormal.cdfBySeries(x);
        BigDecimal fraction = HighPrecisionNormal.cdfByContinuedFraction(x);
        BigDecimal smallerTail = series.min(BigDecimal.ONE.subtract(series));
        BigDecimal difference = series.subtract(fraction).abs();
        assertTrue(difference.compareTo(smallerTail.multiply(new BigDecimal("1e-35"))) < 0,
            "oracle methods disagree at " + x + ": " + series + " vs " + fraction);
      }
    }
  }

  @Test
  void cdfMatchesMpmathValues() {
    // mpmath 1.3.0, mp.dps = 30: ncdf(x) for x exactly representable or nearest double (1.96 is not
    // representable: its rounding moves Phi by about 5e-17 relative).
    assertRelative(4.605353009581954843827969e-308, Normal.cdf(-37.5), REL_TOL);
    assertRelative(4.906713927148187059533809e-198, Normal.cdf(-30), REL_TOL);
    assertRelative(2.753624118606233695075623e-89, Normal.cdf(-20), REL_TOL);
    assertRelative(7.619853024160526065973343e-24, Normal.cdf(-10), REL_TOL);
    assertRelative(2.866515718791939116737523e-7, Normal.cdf(-5), REL_TOL);
    assertRelative(0.02499789514822043413658427, Normal.cdf(-1.96), REL_TOL);
    assertRelative(0.1586552539314570514147675, Normal.cdf(-1), REL_TOL);
    assertRelative(0.6914624612740131036377046, Normal.cdf(0.5), REL_TOL);
    assertRelative(0.8413447460685429485852325, Normal.cdf(1), REL_TOL);
    assertRelative(0.9986501019683699054733482, Normal.cdf(3), REL_TOL);
    assertRelative(0.9999999999999993779039426, Normal.cdf(8), REL_TOL);
    assertEquals(0.5, Normal.cdf(0));
  }

  @Test
  void cdfMatchesOracleOnEveryRangeIncludingTheFarLowerTail() {
    SplittableRandom random = new SplittableRandom(20240115L);
    for (int i = 0; i < 400; i++) {
      // Uniform over [-37.5, 9] plus points around Cody's range boundaries 0.674 and sqrt(32).
      double x = i < 300 ? -37.5 + 46.5 * random.nextDouble()
          : (i % 2 == 0 ? 0.67448975 : 5.656854249492380) * (i % 4 < 2 ? 1 : -1) + 1e-3 * (random.nextDouble()
          - 0.5);
      double expected = HighPrecisionNormal.cdf(x).doubleValue();
      double actual = Normal.cdf(x);
      assertRelative(expected, actual, REL_TOL);
    }
  }

  @Test
  void subnormalResultsAreAccurateInAbsoluteTerms() {
    // Beyond |x| = 37.5 the results are subnormal (below 2.2e-308) and carry fewer significant bits.
    for (double x = -39; x <= -37.5; x += 0.03) {
      double cdf = HighPrecisionNormal.cdf(x).doubleValue();
      double pdf = HighPrecisionNormal.pdf(x).doubleValue();
      assertEquals(cdf, Normal.cdf(x), Math.max(1e-322, REL_TOL * cdf), "cdf at " + x);
      assertEquals(pdf, Normal.pdf(x), Math.max(1e-322, REL_TOL * pdf), "pdf at " + x);
    }
  }

  @Test
  void cdfWithGivenGaussianEqualsCdf() {
    for (double x = -39; x <= 9; x += 0.173) {
      assertEquals(Normal.cdf(x), Normal.cdf(x, Normal.gaussian(x)), 0.0, "x = " + x);
      assertEquals(Normal.cdf(x), Normal.cdf(x, Normal.gaussian(-x)), 0.0, "x = " + x);
    }
  }

  @Test
  void pdfMatchesOracle() {
    SplittableRandom random = new SplittableRandom(7L);
    for (int i = 0; i < 400; i++) {
      double x = -37.5 + 75 * random.nextDouble();
      assertRelative(HighPrecisionNormal.pdf(x).doubleValue(), Normal.pdf(x), REL_TOL);
    }
    assertEquals(0.3989422804014327, Normal.pdf(0));
    assertEquals(0.0, Normal.pdf(41));
  }

  @Test
  void inverseCdfSolvesPhiOfXEqualsP() {
    SplittableRandom random = new SplittableRandom(11L);
    MathContext mc = HighPrecisionNormal.MC;
    for (int i = 0; i < 200; i++) {
      // Half of the probabilities log-uniform down to 1e-300, half uniform on (0, 1).
      double p = i % 2 == 0 ? Math.pow(10, -300 * random.nextDouble()) : random.nextDouble();
      double x = Normal.inverseCdf(p);
      // Newton: the exact root is x - (Phi(x) - p) / phi(x), to second order.
      double correction = HighPrecisionNormal.cdf(x).subtract(new BigDecimal(p), mc)
          .divide(HighPrecisionNormal.pdf(x), mc).doubleValue();
      assertTrue(Math.abs(correction) <= REL_TOL * Math.abs(x),
          "inverseCdf(" + p + ") = " + x + " is off by " + correction);
    }
  }

  @Test
  void inverseCdfMatchesMpmathValues() {
    // mpmath 1.3.0: sqrt(2) erfinv(2p - 1), and findroot of ncdf for 1e-300.
    assertRelative(-37.04709629936119923722296, Normal.inverseCdf(1e-300), REL_TOL);
    assertRelative(-6.361340902404056204695355, Normal.inverseCdf(1e-10), REL_TOL);
    assertRelative(-1.959963984540054235524594, Normal.inverseCdf(0.025), REL_TOL);
    assertRelative(1.959963984540054235524594, Normal.inverseCdf(0.975), REL_TOL);
    assertEquals(0.0, Normal.inverseCdf(0.5));
  }

  /**
   * {@link Normal#inverseCdfOfLog} and {@link Normal#reciprocalOfLowerQuantile} against 60-digit mpmath
   * quantiles ({@code quantile_of_log_mpmath.csv}, written by {@code solver_functions_mpmath.py}) for
   * {@code ln p} from -1000 (far below the smallest double) to just below {@code ln(1/2)}. Tolerance:
   * AS 241's accuracy {@code REL_TOL} plus the conditioning of the quantile in {@code ln p},
   * {@code 4 eps |ln p| p / (phi(x) |x|)} (large only next to {@code p = 1/2}, where {@code e^{ln p}}
   * rounds), and one more rounding for the reciprocal; below {@code ln p = -800} AS 241 is extrapolated
   * beyond the range of its fit ({@code p >= 1e-300}) and its error grows, to 6.2e-14 at -1000: 1e-13.
   */
  @Test
  void quantileOfTheLogarithmMatchesMpmath() {
    int rows = 0;
    for (double[] row : MpmathTable.read("quantile_of_log_mpmath.csv").rows()) {
      rows++;
      double logP = row[0];
      double x = row[1];
      // In the far tail, where p and phi(x) underflow, p ~ phi(x)/|x| and the condition is about 1/2.
      double condition = logP > -700 ? -logP * Math.exp(logP) / (Normal.pdf(x) * Math.abs(x)) : 0;
      double tolerance = logP < -800 ? 1e-13 : REL_TOL + 4 * Math.ulp(1.0) * condition;
      assertRelative(x, Normal.inverseCdfOfLog(logP), tolerance);
      assertRelative(-1 / x, Normal.reciprocalOfLowerQuantile(logP), tolerance + 2 * Math.ulp(1.0));
    }
    assertTrue(rows >= 20, "rows: " + rows);
    assertEquals(Double.NEGATIVE_INFINITY, Normal.inverseCdfOfLog(Double.NEGATIVE_INFINITY));
    assertEquals(0.0, Normal.reciprocalOfLowerQuantile(Double.NEGATIVE_INFINITY));
    // Where p is a normal double, the same as the quantile of p.
    for (double p : new double[] {1e-300, 1e-10, 0.01, 0.075, 0.2, 0.5}) {
      double expected = Normal.inverseCdf(p);
      assertEquals(expected, Normal.inverseCdfOfLog(Math.log(p)), 4 * Math.ulp(expected));
    }
  }

  @Test
  void limitsAndNaN() {
    assertEquals(0.0, Normal.cdf(Double.NEGATIVE_INFINITY));
    assertEquals(1.0, Normal.cdf(Double.POSITIVE_INFINITY));
    assertEquals(0.0, Normal.cdf(-45));
    assertEquals(1.0, Normal.cdf(45));
    assertTrue(Double.isNaN(Normal.cdf(Double.NaN)));
    assertTrue(Double.isNaN(Normal.pdf(Double.NaN)));
    assertEquals(0.0, Normal.pdf(Double.NEGATIVE_INFINITY));
    assertEquals(Double.NEGATIVE_INFINITY, Normal.inverseCdf(0));
    assertEquals(Double.POSITIVE_INFINITY, Normal.inverseCdf(1));
  }

  @Test
  void inverseCdfRejectsProbabilitiesOutsideTheUnitInterval() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Normal.inverseCdf(1.5));
    assertEquals("p must be in [0.0, 1.0], was 1.5", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Normal.inverseCdf(-1e-300));
    assertThrows(IllegalArgumentException.class, () -> Normal.inverseCdf(Double.NaN));
  }

  private static void assertRelative(double expected, double actual, double tol) {
    assertTrue(Math.abs(actual - expected) <= tol * Math.abs(expected),
        () -> "expected " + expected + " but was " + actual + " (relative error "
            + Math.abs(actual - expected) / Math.abs(expected) + ")");
  }
}
