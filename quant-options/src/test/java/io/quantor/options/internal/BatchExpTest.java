package io.quantor.options.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchExp} against {@link Math#exp(double)} (within one unit in the last place of it on ten million
 * seeded arguments in {@code [-708, ln(Double.MAX_VALUE)]}, the documented accuracy; measured maximum 1.0)
 * and against the 50-digit {@link HighPrecisionNormal#exp} oracle (within one unit in the last place of the
 * exact value on 4000 arguments; measured maximum 0.79, where {@code Math.exp} reaches 0.51), and its
 * documented behaviour outside that range.
 */
class BatchExpTest {

  private static final double LN_MAX = Math.log(Double.MAX_VALUE);

  @Test
  void withinOneUlpOfMathExpOnTenMillionArguments() {
    SplittableRandom random = new SplittableRandom(20_260_102L);
    int size = 1 << 16;
    double[] x = new double[size];
    double[] out = new double[size];
    double[] work = new double[size];
    double worst = 0.0;
    for (int round = 0; round < 153; round++) {
      for (int i = 0; i < size; i++) {
        // Half of the arguments where the pricing code uses them, half over the whole range.
        x[i] = i % 2 == 0 ? -50.0 + 60.0 * random.nextDouble() : -708.0 + (LN_MAX + 708.0) * random.nextDouble();
      }
      BatchExp.exp(x, out, work, 0, size);
      for (int i = 0; i < size; i++) {
        double expected = Math.exp(x[i]);
        worst = Math.max(worst, Math.abs(out[i] - expected) / Math.ulp(expected));
      }
    }
    assertTrue(worst <= 1.0, "largest difference " + worst + " ulp");
  }

  @Test
  void withinOneUlpOfTheExactValue() {
    SplittableRandom random = new SplittableRandom(7L);
    int size = 4000;
    double[] x = new double[size];
    double[] out = new double[size];
    double[] work = new double[size];
    for (int i = 0; i < size; i++) {
      x[i] = i < size / 2 ? -40.0 + 50.0 * random.nextDouble() : -708.0 + (LN_MAX + 708.0) * random.nextDouble();
    }
    BatchExp.exp(x, out, work, 0, size);
    for (int i = 0; i < size; i++) {
      BigDecimal exact = HighPrecisionNormal.exp(new BigDecimal(x[i]));
      double ulps = new BigDecimal(out[i]).subtract(exact).abs().doubleValue() / Math.ulp(exact.doubleValue());
      int index = i;
      assertTrue(ulps <= 1.0, () -> "exp(" + x[index] + ") = " + out[index] + ", " + ulps + " ulp from " + exact);
    }
  }

  @Test
  void exactValuesAndTheEndsOfTheRange() {
    double[] x = {0.0, -0.0, 1.0, Math.log(2.0), -708.0, -708.0000000000001, -745.2, -1e300,
        Double.NEGATIVE_INFINITY, LN_MAX, 709.79, 1e10, Double.POSITIVE_INFINITY, Double.NaN};
    double[] out = new double[x.length];
    BatchExp.exp(x, out, new double[x.length], 0, x.length);
    assertEquals(1.0, out[0], 0.0);
    assertEquals(1.0, out[1], 0.0);
    assertEquals(Math.E, out[2], Math.ulp(Math.E));
    assertEquals(2.0, out[3], Math.ulp(2.0));
    double floor = Math.exp(-708.0);
    assertEquals(floor, out[4], Math.ulp(floor));
    // Below -708 every argument gives the value at -708 (the true values are below 3.3e-308).
    for (int i = 5; i <= 8; i++) {
      assertEquals(out[4], out[i], 0.0, "x = " + x[i]);
    }
    assertEquals(Math.exp(LN_MAX), out[9], Math.ulp(Double.MAX_VALUE));
    for (int i = 10; i <= 12; i++) {
      assertEquals(Double.POSITIVE_INFINITY, out[i], "x = " + x[i]);
    }
    assertTrue(Double.isNaN(out[13]));
  }

  @Test
  void inPlaceAndOnlyWithinTheRange() {
    double[] x = {3.0, -2.5, 0.125, -17.0, 40.0, -0.75};
    double[] separate = new double[x.length];
    BatchExp.exp(x, separate, new double[x.length], 0, x.length);
    double[] inPlace = x.clone();
    BatchExp.exp(inPlace, inPlace, new double[x.length], 0, x.length);
    for (int i = 0; i < x.length; i++) {
      assertEquals(Double.doubleToLongBits(separate[i]), Double.doubleToLongBits(inPlace[i]));
    }
    double[] part = x.clone();
    BatchExp.exp(part, part, new double[x.length], 2, 4);
    assertEquals(x[0], part[0], 0.0);
    assertEquals(x[1], part[1], 0.0);
    assertEquals(separate[2], part[2], 0.0);
    assertEquals(separate[3], part[3], 0.0);
    assertEquals(x[4], part[4], 0.0);
    assertEquals(x[5], part[5], 0.0);
  }

  @Test
  void aRangeBeyondAnyArrayFailsBeforeAnythingIsWritten() {
    double[] x = {1.0, 2.0, 3.0, 4.0};
    double[] out = new double[4];
    assertThrows(IndexOutOfBoundsException.class, () -> BatchExp.exp(x, out, new double[3], 0, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> BatchExp.exp(x, new double[2], new double[4], 1, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> BatchExp.exp(x, out, new double[4], 3, 2));
    assertArrayEquals(new double[4], out);
    assertArrayEquals(new double[] {1.0, 2.0, 3.0, 4.0}, x);
  }
}
