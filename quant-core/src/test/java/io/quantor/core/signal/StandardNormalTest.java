package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The normal distribution function against R 4.2.2's {@code pnorm} (Cody's algorithm, accurate to about
 * 1e-16 relative), printed with {@code sprintf("%.17g")}:
 * {@code for (v in x) cat(sprintf("{%.17g, %.17g},\n", v, pnorm(v)))}. The points cross the switch between
 * the series and the continued fraction at {@code |x| = 2}.
 *
 * <p>Tolerance: {@code 1e-14} relative (the cancellation in {@code 1/2 + phi(x) S(x)} just inside
 * {@code x = -2} costs about 1.5 digits at most).
 */
class StandardNormalTest {

  private static final double[][] PNORM = {
      {-30, 4.9067139271481872e-198},
      {-10, 7.6198530241605269e-24},
      {-8.5, 9.4795348222033192e-18},
      {-5, 2.8665157187919391e-07},
      {-3.0000000999999998, 0.0013498975884453205},
      {-3, 0.0013498980316300946},
      {-2.9999999000000002, 0.0013498984748150015},
      {-2.5, 0.0062096653257761349},
      {-2, 0.022750131948179212},
      {-1.96, 0.024997895148220428},
      {-1.5, 0.066807201268858071},
      {-0.5, 0.30853753872598694},
      {-0.001, 0.49960105778608893},
      {0, 0.5},
      {0.001, 0.50039894221391101},
      {0.5, 0.69146246127401301},
      {2.5, 0.99379033467422384},
      {2.9999999000000002, 0.99865010152518496},
      {3, 0.9986501019683699},
      {3.5, 0.99976737092096446},
      {5, 0.99999971334842808},
      {8.5, 1}};

  @Test
  void matchesR() {
    for (double[] row : PNORM) {
      double actual = StandardNormal.cdf(row[0]);
      assertEquals(row[1], actual, 1e-14 * row[1], "pnorm(" + row[0] + ")");
    }
  }

  @Test
  void farTailsAndNaN() {
    assertTrue(StandardNormal.cdf(-38) < 1e-300);
    assertEquals(0.0, StandardNormal.cdf(-50));
    assertEquals(1.0, StandardNormal.cdf(50));
    assertEquals(0.0, StandardNormal.cdf(Double.NEGATIVE_INFINITY));
    assertEquals(1.0, StandardNormal.cdf(Double.POSITIVE_INFINITY));
    assertTrue(Double.isNaN(StandardNormal.cdf(Double.NaN)));
  }
}
