package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The least-squares solver on the NIST StRD Longley data set
 * (https://www.itl.nist.gov/div898/strd/lls/data/LINKS/DATA/Longley.dat; J. W. Longley, JASA 62, 1967),
 * "higher difficulty": six nearly collinear regressors plus a constant, certified to 15 digits.
 *
 * <p>Tolerance: {@code 1e-10} relative for coefficients, standard errors and the residual standard
 * deviation. The largest relative errors measured are 8e-14 (coefficients) and 8e-13 (standard errors):
 * Householder QR works on X itself, whose condition number (4.9e9 uncentred) is not squared as in
 * the normal equations, which keep only a handful of digits on this set.
 */
class OrdinaryLeastSquaresTest {

  /** y, then x1..x6, as in the NIST file. */
  private static final double[][] LONGLEY = {
      {60323, 83.0, 234289, 2356, 1590, 107608, 1947},
      {61122, 88.5, 259426, 2325, 1456, 108632, 1948},
      {60171, 88.2, 258054, 3682, 1616, 109773, 1949},
      {61187, 89.5, 284599, 3351, 1650, 110929, 1950},
      {63221, 96.2, 328975, 2099, 3099, 112075, 1951},
      {63639, 98.1, 346999, 1932, 3594, 113270, 1952},
      {64989, 99.0, 365385, 1870, 3547, 115094, 1953},
      {63761, 100.0, 363112, 3578, 3350, 116219, 1954},
      {66019, 101.2, 397469, 2904, 3048, 117388, 1955},
      {67857, 104.6, 419180, 2822, 2857, 118734, 1956},
      {68169, 108.4, 442769, 2936, 2798, 120445, 1957},
      {66513, 110.8, 444546, 4681, 2637, 121950, 1958},
      {68655, 112.6, 482704, 3813, 2552, 123366, 1959},
      {69564, 114.2, 502601, 3931, 2514, 125368, 1960},
      {69331, 115.7, 518173, 4806, 2572, 127852, 1961},
      {70551, 116.9, 554894, 4007, 2827, 130081, 1962}};

  private static final double[] CERTIFIED_B = {-3482258.63459582, 15.0618722713733, -0.358191792925910E-01,
      -2.02022980381683, -1.03322686717359, -0.511041056535807E-01, 1829.15146461355};
  private static final double[] CERTIFIED_SE = {890420.383607373, 84.9149257747669, 0.334910077722432E-01,
      0.488399681651699, 0.214274163161675, 0.226073200069370, 455.478499142212};
  private static final double CERTIFIED_RESIDUAL_SD = 304.854073561965;

  @Test
  void longleyMatchesNistCertifiedValues() {
    int n = LONGLEY.length;
    double[] y = new double[n];
    double[][] x = new double[7][n];
    for (int i = 0; i < n; i++) {
      y[i] = LONGLEY[i][0];
      x[0][i] = 1.0;
      for (int j = 1; j <= 6; j++) {
        x[j][i] = LONGLEY[i][j];
      }
    }
    OrdinaryLeastSquares.Fit fit = OrdinaryLeastSquares.fit(y, x);
    assertTrue(fit.fullRank());
    for (int j = 0; j < 7; j++) {
      assertEquals(CERTIFIED_B[j], fit.coefficients()[j], 1e-10 * Math.abs(CERTIFIED_B[j]), "b" + j);
      assertEquals(CERTIFIED_SE[j], fit.standardErrors()[j], 1e-10 * CERTIFIED_SE[j], "se" + j);
    }
    double sd = Math.sqrt(fit.sumOfSquaredResiduals() / (n - 7));
    assertEquals(CERTIFIED_RESIDUAL_SD, sd, 1e-10 * CERTIFIED_RESIDUAL_SD);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double fitted = 0;
      for (int j = 0; j < 7; j++) {
        fitted += x[j][i] * fit.coefficients()[j];
      }
      assertEquals(y[i] - fitted, fit.residuals()[i], 1e-9, "residual " + i);
      sum += fit.residuals()[i];
    }
    assertEquals(0.0, sum, 1e-6, "residuals of a fit with a constant sum to 0");
  }

  /** A line through exact points: zero residuals, zero standard errors, the line's coefficients. */
  @Test
  void exactLine() {
    double[] x = {1, 2, 3, 4, 5};
    double[] y = {3, 5, 7, 9, 11};
    double[] ones = {1, 1, 1, 1, 1};
    OrdinaryLeastSquares.Fit fit = OrdinaryLeastSquares.fit(y, new double[][] {ones, x});
    assertEquals(1.0, fit.coefficients()[0], 1e-14);
    assertEquals(2.0, fit.coefficients()[1], 1e-14);
    assertEquals(0.0, fit.sumOfSquaredResiduals(), 1e-26);
  }

  /**
   * By hand, y = (1, 2, 2, 4) on x = (0, 1, 2, 3): Sxx = 5, Sxy = 4.5, slope 0.9, intercept
   * 2.25 - 0.9 * 1.5 = 0.9; residuals 0.1, 0.2, -0.7, 0.4, SSR 0.7, s^2 = 0.35; se(slope) = sqrt(s^2/Sxx),
   * se(intercept) = sqrt(s^2 (1/n + mean(x)^2/Sxx)).
   */
  @Test
  void smallHandComputedRegression() {
    double[] y = {1, 2, 2, 4};
    double[][] x = {{1, 1, 1, 1}, {0, 1, 2, 3}};
    OrdinaryLeastSquares.Fit fit = OrdinaryLeastSquares.fit(y, x);
    assertEquals(0.9, fit.coefficients()[0], 1e-15);
    assertEquals(0.9, fit.coefficients()[1], 1e-15);
    assertEquals(0.7, fit.sumOfSquaredResiduals(), 1e-15);
    assertEquals(Math.sqrt(0.35 / 5), fit.standardErrors()[1], 1e-15);
    assertEquals(Math.sqrt(0.35 * (0.25 + 2.25 / 5)), fit.standardErrors()[0], 1e-15);
    assertEquals(0.9 / Math.sqrt(0.35 / 5), fit.tStatistic(1), 1e-13);
  }

  @Test
  void collinearColumnsAreRankDeficient() {
    double[] y = {1, 2, 4, 3, 5};
    double[] ones = {1, 1, 1, 1, 1};
    double[] threes = {3, 3, 3, 3, 3};
    OrdinaryLeastSquares.Fit fit = OrdinaryLeastSquares.fit(y, new double[][] {ones, threes});
    assertFalse(fit.fullRank());
    assertTrue(Double.isNaN(fit.coefficients()[0]));
    double[] zeros = new double[5];
    assertFalse(OrdinaryLeastSquares.fit(y, new double[][] {zeros}).fullRank());
    double[] x = {0, 1, 2, 3, 4};
    double[] combination = {1, 3, 5, 7, 9};
    assertFalse(OrdinaryLeastSquares.fit(y, new double[][] {ones, x, combination}).fullRank());
  }

  @Test
  void rejectsBadShapesAndValues() {
    double[] y = {1, 2, 3};
    assertThrows(IllegalArgumentException.class,
        () -> OrdinaryLeastSquares.fit(y, new double[][] {{1, 1, 1}, {1, 2, 3}, {1, 4, 9}}));
    assertThrows(IllegalArgumentException.class, () -> OrdinaryLeastSquares.fit(y, new double[][] {{1, 2}}));
    assertThrows(IllegalArgumentException.class,
        () -> OrdinaryLeastSquares.fit(y, new double[][] {{1, Double.NaN, 3}}));
    assertThrows(IllegalArgumentException.class,
        () -> OrdinaryLeastSquares.fit(new double[] {1, Double.POSITIVE_INFINITY, 3},
            new double[][] {{1, 2, 3}}));
    assertThrows(IllegalArgumentException.class, () -> OrdinaryLeastSquares.fit(y, new double[0][]));
    double[] copy = Arrays.copyOf(y, 3);
    OrdinaryLeastSquares.fit(y, new double[][] {{1, 2, 4}});
    assertEquals(Arrays.toString(copy), Arrays.toString(y), "inputs are not modified");
  }
}
