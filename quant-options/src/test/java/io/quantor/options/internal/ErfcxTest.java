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
