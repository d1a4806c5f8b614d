package io.quantor.broker.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

class SliceScheduleProperties {

  /**
   * Whole-unit schedules: whole, non-negative slices that add up exactly to the total, each within one
   * unit of its exact share {@code total * w_i / sum(w)} (the largest-remainder quota property).
   */
  @Property(tries = 200)
  void wholeUnitSlicesSumExactlyAndStayWithinOneUnit(@ForAll("weights") double[] weights,
      @ForAll @LongRange(min = 1, max = 10_000_000) long total) {
    SliceSchedule s = SliceSchedule.allocate(total, weights, true);
    double sumWeights = 0;
    for (double w : weights) {
      sumWeights += w;
    }
    long sum = 0;
    for (int i = 0; i < s.slices(); i++) {
      double q = s.quantity(i);
      assertEquals(Math.rint(q), q, "slice " + i + " is whole");
      assertTrue(q >= 0);
      double exact = total * weights[i] / sumWeights;
      assertTrue(Math.abs(q - exact) < 1 + 1e-6, "slice " + i + " = " + q + ", exact share " + exact);
      sum += (long) q;
    }
    assertEquals(total, sum);
    assertEquals((double) total, s.total());
    assertEquals(SliceSchedule.allocate(total, weights, true), s, "deterministic");
  }

  /** Fractional schedules: non-decreasing cumulative targets that end exactly at the total. */
  @Property(tries = 200)
  void fractionalCumulativeTargetsAreMonotoneAndExact(@ForAll("weights") double[] weights,
      @ForAll @DoubleRange(min = 1e-6, max = 1e9) @Scale(9) double total) {
    SliceSchedule s = SliceSchedule.allocate(total, weights, false);
    assertEquals(total, s.total());
    double sum = 0;
    for (int i = 0; i < s.slices(); i++) {
      assertTrue(s.cumulative(i) >= s.cumulative(i - 1));
      assertTrue(s.quantity(i) >= 0);
      sum += s.quantity(i);
    }
    assertEquals(total, sum, total * 1e-12);
  }

  @Provide
  Arbitrary<double[]> weights() {
    return Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 1e6),
        Arbitraries.doubles().between(0, 1))
        .array(double[].class).ofMinSize(1).ofMaxSize(60)
        .filter(w -> {
          double sum = 0;
          for (double x : w) {
            sum += x;
          }
          return sum > 0;
        });
  }
}
