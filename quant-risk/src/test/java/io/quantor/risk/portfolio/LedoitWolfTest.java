package io.quantor.risk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Ledoit-Wolf estimates against an independent NumPy transcription of the published formulas: scikit-learn's
 * {@code ledoit_wolf_shrinkage} (scaled identity, {@code assume_centered=False}) and Ledoit and Wolf's MATLAB
 * {@code covCor.m} (constant correlation), run on the 30 x 4 table below (a seeded four-asset factor model,
 * rounded to 5 decimals). Tolerance: 1e-12 relative on every entry and on the intensity.
 */
class LedoitWolfTest {

  static final double[][] RETURNS = {
    {0.01295, 0.01155, -0.00599, -0.00791},
    {0.01082, 0.0086, 0.00187, -0.005},
    {-0.0086, 0.00216, -0.00125, 0.00854},
    {-0.01926, -0.01463, 0.00256, 0.00528},
    {-0.00288, -0.00429, -0.00394, 0.00254},
    {0.02475, 0.01605, -0.00021, -0.01638},
    {0.0246, 0.01756, -0.00132, -0.00586},
    {0.022, 0.00324, 0.00436, -0.00254},
    {0.0086, 0.01267, 0.00397, -0.00679},
    {0.0435, 0.02043, 0.00951, -0.00247},
    {0.0234, 0.0063, -0.00679, -0.01275},
    {-0.00263, -0.00909, -0.00441, 4e-05},
    {-0.01781, -0.0113, -0.0002, 0.0088},
    {-0.00806, -0.00804, -0.00942, 0.00975},
    {-0.00482, -0.00269, -0.00851, 0.00762},
    {0.01037, 0.01359, -0.00224, -1e-05},
    {-0.02079, -0.02314, -0.00292, 0.01369},
    {-0.00169, 0.0119, 7e-05, 0.00528},
    {0.01816, 0.00892, 0.00297, -0.01336},
    {-0.00721, -0.02221, 0.00166, -0.0009},
    {-0.00209, -0.0048, -0.00514, 0.01022},
    {0.00369, 8e-05, 0.00814, 0.00605},
    {-0.02116, -0.01869, 0.00276, 0.00879},
    {-0.01456, -0.0029, -0.00833, 0.00662},
    {0.00079, 0.00324, 0.00635, 0.00046},
    {0.00034, 0.00268, 0.01244, -0.00051},
    {-0.01641, -0.01072, 0.00329, 0.0073},
    {-0.00639, 0.00028, 0.01038, 0.01022},
    {0.00176, 0.00803, 0.00796, -0.00982},
    {-0.00902, -0.00436, -0.00562, -0.00055}
  };

  @Test
  void scaledIdentityMatchesReference() {
    check(LedoitWolf.estimate(RETURNS, ShrinkageTarget.SCALED_IDENTITY), 0.09799346739856798, new double[][] {
      {0.00023110966393012451, 0.000133950493705145, 1.54672893120745e-05, -8.197378291312887e-05},
      {0.000133950493705145, 0.00013024214510201312, 1.1584662326260476e-05, -5.2310441683439564e-05},
      {1.54672893120745e-05, 1.1584662326260476e-05, 4.204734430307636e-05, -4.973014576060825e-06},
      {-8.197378291312887e-05, -5.2310441683439564e-05, -4.973014576060825e-06, 6.677530066478602e-05}
    });
  }

  @Test
  void constantCorrelationMatchesReference() {
    check(LedoitWolf.estimate(RETURNS, ShrinkageTarget.CONSTANT_CORRELATION), 0.06319171493028103,
        new double[][] {
      {0.0002434474138888889, 0.00013855275652924085, 1.577709689458315e-05, -8.552260871521862e-05},
      {0.00013855275652924085, 0.00013162170622222223, 1.1820628196140824e-05, -5.4612585308168e-05},
      {1.577709689458315e-05, 1.1820628196140824e-05, 3.3845473333333336e-05, -5.308835049344757e-06},
      {-8.552260871521862e-05, -5.4612585308168e-05, -5.308835049344757e-06, 6.125986055555554e-05}
    });
  }

  private static void check(ShrinkageEstimate e, double intensity, double[][] expected) {
    assertEquals(intensity, e.intensity(), 1e-12 * intensity, "intensity");
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        assertEquals(expected[i][j], e.covariance().get(i, j), 1e-12 * Math.abs(expected[i][j]), i + "," + j);
      }
    }
  }
}
