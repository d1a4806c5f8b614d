package io.quantor.options.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link NormalizedBlack} against 60-digit mpmath values ({@code normalized_black_mpmath.csv}: about 1,060
 * points with {@code x} from -200 to 8 and {@code s} from 1e-4 to 40, every value above 1e-300, plus the
 * region boundaries {@code h + t = -10} and {@code h + t = 0.85} and {@code t = 0.21}).
 *
 * <p>Tolerance, relative: {@code c eps (1 + h^2 + t^2)} with {@code h = x/s}, {@code t = s/2},
 * {@code eps = 2^-52}: the value carries the factor {@code exp(-(h^2 + t^2)/2)}, and rounding {@code h}
 * perturbs that exponent by about {@code eps (h^2 + t^2)}, so no double evaluation does better for large
 * exponents (the condition number of {@code b} in {@code s} is of the same size); {@code c = 8} for the
 * value, vega and complement, 16 for the ratio {@code b/b'} in region 3 (a quotient of two such values).
 */
class NormalizedBlackTest {

  private static final double EPS = Math.ulp(1.0);

  private static double bound(double c, double x, double s) {
    double h = x / s;
    double t = 0.5 * s;
    return c * EPS * (1 + h * h + t * t);
  }

  @Test
  void callVegaComplementAndRatioMatchMpmath() {
    int rows = 0;
    for (double[] row : MpmathTable.read("normalized_black_mpmath.csv").rows()) {
      double x = row[0];
      double s = row[1];
      rows++;
      String at = "x=" + x + " s=" + s;
      assertRelative(row[2], NormalizedBlack.call(x, s), bound(8, x, s), "call " + at);
      assertRelative(row[3], NormalizedBlack.vega(x, s), bound(8, x, s), "vega " + at);
      if (x <= 0) {
        assertRelative(row[4], NormalizedBlack.complement(x, s), bound(8, x, s), "complement " + at);
        assertRelative(row[2], NormalizedBlack.otmCall(x, s, Math.exp(0.5 * x)), bound(8, x, s),
            "otmCall " + at);
        assertRelative(row[5], NormalizedBlack.callOverVega(x, s, Double.NaN), bound(16, x, s),
            "callOverVega " + at);
      }
    }
    assertTrue(rows > 1000, "table rows: " + rows);
  }

  @Test
  void intrinsicAndDegenerateArguments() {
    assertEquals(0.0, NormalizedBlack.call(-1.0, 0.0));
    assertEquals(2 * Math.sinh(0.5), NormalizedBlack.call(1.0, 0.0));
    assertEquals(0.0, NormalizedBlack.intrinsic(-0.1));
    assertEquals(0.0, NormalizedBlack.call(0.0, 0.0));
    // Put-call parity in normalised form: b(x, s) - b(-x, s) = 2 sinh(x/2).
    assertEquals(2 * Math.sinh(0.15), NormalizedBlack.call(0.3, 0.4) - NormalizedBlack.call(-0.3, 0.4),
        1e-16);
    // The Mills ratio at 0 is sqrt(pi/2).
    assertEquals(Math.sqrt(Math.PI / 2), NormalizedBlack.millsRatio(0.0), 4e-16);
  }

  private static void assertRelative(double expected, double actual, double tolerance, String what) {
    if (expected == Double.POSITIVE_INFINITY) {
      // The ratio b/b' where the vega underflows (documented as +Infinity).
      assertEquals(expected, actual, what);
      return;
    }
    if (expected < 1e-300) {
      // Below the normal range (the vega at s = 100): only underflow is expected.
      assertTrue(actual < 1e-290, what + ": " + actual + " should underflow like mpmath's " + expected);
      return;
    }
    double rel = Math.abs(actual / expected - 1);
    assertTrue(rel <= tolerance, what + ": " + actual + " vs mpmath " + expected + ", relative error " + rel
        + " > " + tolerance);
  }
}
