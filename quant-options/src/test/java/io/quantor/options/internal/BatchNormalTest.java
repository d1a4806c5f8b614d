package io.quantor.options.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchNormal} against {@link Normal#cdf(double)} (itself within 7e-16 relative, see
 * {@code NormalTest}) on 200,000 seeded arguments per range, with the relative tolerances of the class
 * documentation's table (the measured maxima, rounded up: 4.7e-12 below 0.2 in magnitude, 2.5e-13 up to
 * 0.6745, 1.1e-15 in Cody's range of fit, 2.5e-13 up to 8 and 1e-7 beyond, where {@code Phi} is below
 * 6.2e-16), the absolute error below 2.5e-12 everywhere, against the 50-digit oracle
 * {@link HighPrecisionNormal#cdf(double)} in Cody's range, and with the Gaussians of {@link BatchExp}.
 */
class BatchNormalTest {

  /** Range bounds of |x| and the relative tolerance of Phi(-|x|) and Phi(|x|) in each. */
  private static final double[][] RANGES = {
      {0.0, 0.2, 5e-12}, {0.2, 0.67448975, 3e-13}, {0.67448975, 5.656854, 1.5e-15},
      {5.656854, 8.0, 3e-13}, {8.0, 38.0, 1.2e-7}};

  @Test
  void withinTheDocumentedErrorOfNormalCdf() {
    SplittableRandom random = new SplittableRandom(20_260_102L);
    int size = 200_000;
    double[] x = new double[size];
    double[] gaussian = new double[size];
    double[] out = new double[size];
    double[] work = new double[size];
    for (double[] range : RANGES) {
      for (int sign = -1; sign <= 1; sign += 2) {
        for (int i = 0; i < size; i++) {
          x[i] = sign * (range[0] + (range[1] - range[0]) * random.nextDouble());
          gaussian[i] = Normal.gaussian(x[i]);
        }
        BatchNormal.cdf(x, gaussian, out, work, 0, size);
        for (int i = 0; i < size; i++) {
          double expected = Normal.cdf(x[i]);
          double error = Math.abs(out[i] - expected);
          int index = i;
          assertTrue(error <= range[2] * expected && error <= 2.5e-12,
              () -> "Phi(" + x[index] + ") = " + out[index] + ", expected " + expected);
        }
      }
    }
  }

  @Test
  void matchesTheFiftyDigitOracleInCodysRange() {
    SplittableRandom random = new SplittableRandom(11L);
    int size = 400;
    double[] x = new double[size];
    double[] gaussian = new double[size];
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      x[i] = (random.nextBoolean() ? 1 : -1) * (0.67448975 + (5.656854 - 0.67448975) * random.nextDouble());
      gaussian[i] = Normal.gaussian(x[i]);
    }
    BatchNormal.cdf(x, gaussian, out, new double[size], 0, size);
    for (int i = 0; i < size; i++) {
      BigDecimal exact = HighPrecisionNormal.cdf(x[i]);
      double relative = new BigDecimal(out[i]).subtract(exact).abs().doubleValue() / exact.doubleValue();
      int index = i;
      assertTrue(relative <= 1.5e-15, () -> "Phi(" + x[index] + ") = " + out[index] + " vs " + exact);
    }
  }

  @Test
  void withGaussiansOfBatchExp() {
    // The pricing code forms exp(-x^2/2) with BatchExp from the rounded square: 2.5e-12 absolute still
    // holds (the rounded square costs at most x^2 1.1e-16 relative in the tails).
    SplittableRandom random = new SplittableRandom(3L);
    int size = 100_000;
    double[] x = new double[size];
    double[] gaussian = new double[size];
    double[] out = new double[size];
    double[] work = new double[size];
    for (int i = 0; i < size; i++) {
      x[i] = -40.0 + 80.0 * random.nextDouble();
      gaussian[i] = -0.5 * x[i] * x[i];
    }
    BatchExp.exp(gaussian, gaussian, work, 0, size);
    BatchNormal.cdf(x, gaussian, out, work, 0, size);
    for (int i = 0; i < size; i++) {
      double expected = Normal.cdf(x[i]);
      int index = i;
      assertEquals(expected, out[i], 2.5e-12, () -> "x = " + x[index]);
    }
  }

  @Test
  void limitsAndNaN() {
    double[] x = {Double.NEGATIVE_INFINITY, -1e300, -41.0, 0.0, 41.0, 1e300, Double.POSITIVE_INFINITY,
        Double.NaN};
    double[] gaussian = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      gaussian[i] = Normal.gaussian(x[i]);
    }
    double[] out = new double[x.length];
    BatchNormal.cdf(x, gaussian, out, new double[x.length], 0, x.length);
    assertEquals(0.0, out[0], 0.0);
    assertEquals(0.0, out[1], 0.0);
    assertEquals(0.0, out[2], 0.0);
    assertEquals(0.5, out[3], 5e-12);
    assertEquals(1.0, out[4], 0.0);
    assertEquals(1.0, out[5], 0.0);
    assertEquals(1.0, out[6], 0.0);
    assertTrue(Double.isNaN(out[7]));
  }

  @Test
  void aRangeBeyondAnyArrayFailsBeforeAnythingIsWritten() {
    double[] x = {-1.0, 0.5, 2.0};
    double[] gaussian = {Math.exp(-0.5), Math.exp(-0.125), Math.exp(-2.0)};
    double[] out = new double[3];
    assertThrows(IndexOutOfBoundsException.class, () -> BatchNormal.cdf(x, gaussian, out, new double[2], 0, 3));
    assertThrows(IndexOutOfBoundsException.class,
        () -> BatchNormal.cdf(x, new double[1], out, new double[3], 0, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> BatchNormal.cdf(x, gaussian, out, new double[3], -1, 2));
    assertArrayEquals(new double[3], out);
  }
}
