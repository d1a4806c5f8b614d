package io.quantor.options.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link BatchExp} on arrays of any length and any range of them: each value within one unit in the last
 * place of {@link Math#exp(double)} (values outside the range untouched), and {@code exp(a) exp(b)} within
 * four units in the last place of {@code exp(a + b)} for multiples {@code a}, {@code b} of 1/1024 (so that
 * {@code a + b} is exact): each value within 1.5 units of the exact one, and the product's rounding.
 */
class BatchExpProperties {

  @Property(tries = 200)
  void matchesMathExpOnAnyRange(
      @ForAll @Size(min = 1, max = 300) List<@DoubleRange(min = -708, max = 709.78) Double> values,
      @ForAll @IntRange(min = 0, max = 300) int first, @ForAll @IntRange(min = 0, max = 300) int last) {
    int size = values.size();
    int from = Math.min(first, last) % (size + 1);
    int to = Math.max(from, Math.max(first, last) % (size + 1));
    double[] x = new double[size];
    for (int i = 0; i < size; i++) {
      x[i] = values.get(i);
    }
    double[] out = new double[size];
    Arrays.fill(out, -1.0);
    BatchExp.exp(x, out, new double[size], from, to);
    for (int i = 0; i < size; i++) {
      if (i < from || i >= to) {
        assertEquals(-1.0, out[i], 0.0);
      } else {
        double expected = Math.exp(x[i]);
        assertEquals(expected, out[i], Math.ulp(expected), "x = " + x[i]);
      }
    }
  }

  @Property(tries = 200)
  void productOfExponentials(@ForAll @DoubleRange(min = -300, max = 300) double a,
      @ForAll @DoubleRange(min = -300, max = 300) double b) {
    double u = Math.rint(a * 1024.0) / 1024.0;
    double v = Math.rint(b * 1024.0) / 1024.0;
    double[] x = {u, v, u + v};
    double[] out = new double[3];
    BatchExp.exp(x, out, new double[3], 0, 3);
    double product = out[0] * out[1];
    assertTrue(Math.abs(product - out[2]) <= 4 * Math.ulp(out[2]),
        () -> out[0] + " * " + out[1] + " = " + product + " vs " + out[2]);
  }
}
