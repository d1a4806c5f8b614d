package io.quantor.options.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/**
 * Structural properties of {@link BatchNormal}: {@code Phi(x) + Phi(-x) = 1} to rounding (both come from
 * the same lower tail), increasing for steps of 1e-6 and more (the approximation's error, at most 2.5e-12,
 * is smaller than such a step times the density, above 1e-9 for {@code |x| <= 6}), and in place
 * ({@code out} the array of the arguments) the same values.
 */
class BatchNormalProperties {

  @Property(tries = 200)
  void symmetric(@ForAll @DoubleRange(min = -40, max = 40) double x) {
    double[] values = cdf(x, -x);
    assertEquals(1.0, values[0] + values[1], 2.3e-16);
  }

  @Property(tries = 200)
  void increasing(@ForAll @DoubleRange(min = -6, max = 6) double x,
      @ForAll @DoubleRange(min = 1e-6, max = 1) @Scale(7) double step) {
    double[] values = cdf(x, x + step);
    assertTrue(values[1] >= values[0], () -> values[0] + " then " + values[1]);
  }

  @Property(tries = 200)
  void inPlace(@ForAll @DoubleRange(min = -40, max = 40) double x,
      @ForAll @DoubleRange(min = -40, max = 40) double y) {
    double[] expected = cdf(x, y);
    double[] arguments = {x, y};
    BatchNormal.cdf(arguments, new double[] {Normal.gaussian(x), Normal.gaussian(y)}, arguments,
        new double[2], 0, 2);
    assertEquals(expected[0], arguments[0], 0.0);
    assertEquals(expected[1], arguments[1], 0.0);
  }

  private static double[] cdf(double a, double b) {
    double[] x = {a, b};
    double[] out = new double[2];
    BatchNormal.cdf(x, new double[] {Normal.gaussian(a), Normal.gaussian(b)}, out, new double[2], 0, 2);
    return out;
  }
}
