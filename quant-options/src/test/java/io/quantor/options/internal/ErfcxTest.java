package io.quantor.options.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link Erfcx} against 60-digit mpmath values ({@code erfcx_mpmath.csv}, 247 arguments from -26.6 to
 * 1e10, including Cody's interval ends 0.46875 and 4 and the cut-over to {@code 1/(sqrt(pi) x)} at
 * 6.71e7). Tolerance: 3 eps relative (eps = 2^-52) for erfcx everywhere and for erfc down to 1e-300,
 * the accuracy Cody's approximations (relative error below 6e-19) allow after the rounding of the
 * evaluation.
 */
class ErfcxTest {

  private static final double EPS = Math.ulp(1.0);

  @Test
  void erfcxMatchesMpmathToThreeEps() {
    double worst = 0;
    for (double[] row : MpmathTable.read("erfcx_mpmath.csv").rows()) {
      double x = row[0];
      double rel = Math.abs(Erfcx.erfcx(x) / row[1] - 1);
      worst = Math.max(worst, rel);
      assertTrue(rel <= 3 * EPS,
          "erfcx(" + x + ") = " + Erfcx.erfcx(x) + ", mpmath " + row[1] + ", rel " + rel);
    }
    assertTrue(worst > 0, "the table should exercise rounding");
  }

  @Test
  void erfcMatchesMpmathToThreeEpsDownTo1e300() {
    for (double[] row : MpmathTable.read("erfcx_mpmath.csv").rows()) {
      double x = row[0];
      if (row[2] < 1e-300) {
        assertTrue(Erfcx.erfc(x) < 1e-290, "erfc(" + x + ") should underflow, was " + Erfcx.erfc(x));
        continue;
      }
      double rel = Math.abs(Erfcx.erfc(x) / row[2] - 1);
      assertTrue(rel <= 3 * EPS,
          "erfc(" + x + ") = " + Erfcx.erfc(x) + ", mpmath " + row[2] + ", rel " + rel);
    }
  }

  /**
   * {@link Erfcx#oneMinusErfcx} and {@link Erfcx#tailDeficit} against 60-digit mpmath values
   * ({@code one_minus_erfcx_mpmath.csv}, written by {@code solver_functions_mpmath.py}; arguments from
   * 1e-300 to 1e7). Tolerance 6 eps relative: the forms combine two or three values accurate to a few
   * ulps without cancellation, where {@code 1 - erfcx(y)} itself loses all digits for tiny {@code y}. The
   * deficit, about {@code 1/(2 y^2)} of {@code sqrt(pi) y erfcx(y)}, inherits Cody's approximation error
   * of the latter times {@code 2 y^2}: 6 eps up to {@code y = 10} (the solver uses {@code y < 7.3}),
   * 2e-14 beyond.
   */
  @Test
  void complementsMatchMpmathWithoutCancellation() {
    int deficits = 0;
    for (double[] row : MpmathTable.read("one_minus_erfcx_mpmath.csv").rows()) {
      double y = row[0];
      if (row[1] == 0) {
        assertEquals(0.0, Erfcx.oneMinusErfcx(y));
      } else {
        assertRelative(row[1], Erfcx.oneMinusErfcx(y), 6 * EPS, "1 - erfcx(" + y + ")");
      }
      if (!Double.isNaN(row[2])) {
        deficits++;
        assertRelative(row[2], Erfcx.tailDeficit(y * y), y <= 10 ? 6 * EPS : 2e-14,
            "tailDeficit(" + y + "^2)");
      }
    }
    assertTrue(deficits >= 10, "tail rows: " + deficits);
  }

  private static void assertRelative(double expected, double actual, double tolerance, String what) {
    double rel = Math.abs(actual / expected - 1);
    assertTrue(rel <= tolerance, what + " = " + actual + ", mpmath " + expected + ", rel " + rel);
  }

  @Test
  void limitsAndSpecialValues() {
    assertEquals(1.0, Erfcx.erfcx(0.0));
    assertEquals(Double.POSITIVE_INFINITY, Erfcx.erfcx(-27.0));
    assertTrue(Double.isNaN(Erfcx.erfcx(Double.NaN)));
    assertEquals(0.0, Erfcx.erfcx(Double.POSITIVE_INFINITY));
    assertEquals(2.0, Erfcx.erfc(-30.0));
    assertEquals(0.0, Erfcx.erfc(30.0));
    // Far right: erfcx(x) = 1/(sqrt(pi) x) to double precision.
    assertEquals(1 / (Math.sqrt(Math.PI) * 1e12), Erfcx.erfcx(1e12), 2 * EPS * 5.7e-13);
  }
}
