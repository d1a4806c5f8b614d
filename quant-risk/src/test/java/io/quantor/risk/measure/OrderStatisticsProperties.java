package io.quantor.risk.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Selection against a full sort, on random data, data with many ties, and the orders that defeat naive
 * pivots (sorted, reversed, organ pipe, sawtooth, all equal); with the Floyd-Rivest path and with the
 * median-of-medians fallback forced.
 */
class OrderStatisticsProperties {

  enum Shape { RANDOM, FEW_DISTINCT, SORTED, REVERSED, ORGAN_PIPE, SAWTOOTH, ALL_EQUAL }

  @Provide
  Arbitrary<double[]> arrays() {
    return Combinators.combine(Arbitraries.integers().between(1, 4000), Arbitraries.longs(),
        Arbitraries.of(Shape.class)).as(OrderStatisticsProperties::array);
  }

  static double[] array(int n, long seed, Shape shape) {
    Random random = new Random(seed);
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = switch (shape) {
        case RANDOM -> random.nextGaussian();
        case FEW_DISTINCT -> random.nextInt(5) - 2;
        case SORTED -> i;
        case REVERSED -> n - i;
        case ORGAN_PIPE -> Math.min(i, n - i);
        case SAWTOOTH -> i % 17;
        case ALL_EQUAL -> 0.25;
      };
    }
    return a;
  }

  @Property(tries = 300)
  void selectionPlacesTheSortedElement(@ForAll("arrays") double[] data,
      @ForAll @DoubleRange(min = 0, max = 1) double rank) {
    check(data, rank, false);
  }

  @Property(tries = 150)
  void medianOfMediansPivotsPlaceTheSortedElementToo(@ForAll("arrays") double[] data,
      @ForAll @DoubleRange(min = 0, max = 1) double rank) {
    check(data, rank, true);
  }

  @Property(tries = 100)
  void selectionWithinASubrangeLeavesTheRestAlone(@ForAll("arrays") double[] data,
      @ForAll @DoubleRange(min = 0, max = 1) double rank) {
    int n = data.length;
    int from = n / 4;
    int to = Math.max(from, n - 1 - n / 4);
    int k = from + (int) Math.round(rank * (to - from));
    double[] a = data.clone();
    OrderStatistics.select(a, from, to, k);
    double[] range = Arrays.copyOfRange(data, from, to + 1);
    Arrays.sort(range);
    assertEquals(range[k - from], a[k]);
    for (int i = 0; i < from; i++) {
      assertEquals(data[i], a[i]);
    }
    for (int i = to + 1; i < n; i++) {
      assertEquals(data[i], a[i]);
    }
  }

  private static void check(double[] data, double rank, boolean medians) {
    int k = (int) Math.round(rank * (data.length - 1));
    double[] a = data.clone();
    if (medians) {
      OrderStatistics.selectWithMedianOfMedians(a, 0, a.length - 1, k);
    } else {
      OrderStatistics.select(a, 0, a.length - 1, k);
    }
    double[] sorted = data.clone();
    Arrays.sort(sorted);
    assertEquals(sorted[k], a[k], "element " + k + " of " + data.length);
    for (int i = 0; i < k; i++) {
      assertTrue(a[i] <= a[k], "left of k at " + i);
    }
    for (int i = k + 1; i < a.length; i++) {
      assertTrue(a[i] >= a[k], "right of k at " + i);
    }
    // A permutation of the input.
    double[] back = a.clone();
    Arrays.sort(back);
    assertTrue(Arrays.equals(sorted, back), "not a permutation");
  }
}
