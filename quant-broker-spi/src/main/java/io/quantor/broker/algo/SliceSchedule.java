package io.quantor.broker.algo;

import io.quantor.core.internal.Args;
import java.util.Arrays;
import java.util.Locale;

/**
 * How much of a parent order to execute in each of {@code n} equal intervals of its window. Immutable.
 * Built by {@link Twap}, {@link Vwap} or {@link #allocate(double, double[], boolean)}.
 *
 * <p><b>Exact total.</b> The schedule stores cumulative targets {@code C_0 <= C_1 <= ... <= C_{n-1}} with
 * {@code C_{n-1} == total} exactly, and slice {@code i} is {@code C_i - C_{i-1}}; so the slices add up to
 * the parent quantity with no rounding residue wherever it matters (the driver works from cumulative
 * targets).
 *
 * <p><b>Whole units.</b> When fractions are not allowed every slice is a whole number, allocated by the
 * largest-remainder (Hamilton) method: slice {@code i} gets {@code floor(total * w_i / W)}, and the units
 * left over go one each to the slices with the largest fractional parts, the earlier slice first on ties.
 * So the result is deterministic, every slice is within one unit of its exact share, and a TWAP of 1,000
 * shares over 7 slices is {@code 143, 143, 143, 143, 143, 143, 142}. With fractions allowed the slices are
 * the exact shares {@code total * w_i / W} (to rounding).
 *
 * <pre>{@code
 * SliceSchedule s = SliceSchedule.allocate(1_000, new double[] {1, 2, 1}, true);   // 250, 500, 250
 * s.cumulative(1);   // 750.0
 * s.total();         // 1000.0
 * }</pre>
 */
public final class SliceSchedule {

  private final double[] cumulative;
  private final boolean wholeUnits;

  private SliceSchedule(double[] cumulative, boolean wholeUnits) {
    this.cumulative = cumulative;
    this.wholeUnits = wholeUnits;
  }

  /**
   * Splits a total in proportion to weights.
   *
   * @param total the quantity to split, finite and {@code > 0}; a whole number if {@code wholeUnits}
   * @param weights one non-negative finite weight per slice, not all zero
   * @param wholeUnits whether every slice must be a whole number (the broker does not take fractions)
   * @return the schedule
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static SliceSchedule allocate(double total, double[] weights, boolean wholeUnits) {
    Args.positive(total, "total");
    if (wholeUnits && (total != Math.rint(total) || total > 1L << 52)) {
      throw new IllegalArgumentException("total must be a whole number below 2^52 for whole units, was "
          + total);
    }
    Args.notNull(weights, "weights");
    if (weights.length == 0) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      double w = weights[i];
      if (!(w >= 0) || w == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "weights[%d] must be finite and >= 0, was %s", i, w));
      }
      sum += w;
    }
    if (!(sum > 0) || sum == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("weights must have a finite positive sum, was " + sum);
    }
    return new SliceSchedule(wholeUnits ? wholeCumulative(total, weights, sum)
        : exactCumulative(total, weights, sum), wholeUnits);
  }

  private static double[] exactCumulative(double total, double[] weights, double sum) {
    double[] c = new double[weights.length];
    double running = 0;
    for (int i = 0; i < weights.length; i++) {
      running += weights[i];
      // Rounding is monotone, so the targets never decrease; the last is total * (sum / sum) = total.
      c[i] = total * (running / sum);
    }
    c[c.length - 1] = total;
    return c;
  }

  private static double[] wholeCumulative(double total, double[] weights, double sum) {
    int n = weights.length;
    long units = (long) total;
    long[] slice = new long[n];
    double[] remainder = new double[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      double exact = total * (weights[i] / sum);
      slice[i] = (long) Math.floor(exact);
      remainder[i] = exact - slice[i];
      given += slice[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Largest remainder first, earlier slice on ties (a stable sort keeps index order among equals).
    Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
    for (int k = 0; given < units; k = (k + 1) % n) {
      slice[order[k]]++;
      given++;
    }
    // Floating-point shares may round up past a whole number; take units back from the smallest
    // remainders (never below zero).
    for (int k = n - 1; given > units; k = (k - 1 + n) % n) {
      if (slice[order[k]] > 0) {
        slice[order[k]]--;
        given--;
      }
    }
    double[] c = new double[n];
    long running = 0;
    for (int i = 0; i < n; i++) {
      running += slice[i];
      c[i] = running;
    }
    return c;
  }

  /**
   * The number of slices.
   *
   * @return {@code n >= 1}
   */
  public int slices() {
    return cumulative.length;
  }

  /**
   * The quantity of one slice.
   *
   * @param i the slice, {@code 0 <= i < slices()}
   * @return {@code C_i - C_{i-1}}, {@code >= 0}
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double quantity(int i) {
    return i == 0 ? cumulative[0] : cumulative[i] - cumulative[i - 1];
  }

  /**
   * The quantity scheduled through the end of a slice.
   *
   * @param i the slice, {@code -1 <= i < slices()} ({@code -1} gives 0)
   * @return {@code C_i}
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double cumulative(int i) {
    return i < 0 ? 0 : cumulative[i];
  }

  /**
   * The whole quantity.
   *
   * @return {@code C_{n-1}}, exactly the total allocated
   */
  public double total() {
    return cumulative[cumulative.length - 1];
  }

  /**
   * The largest slice.
   *
   * @return the maximum of {@link #quantity(int)}
   */
  public double maxSlice() {
    double max = 0;
    for (int i = 0; i < cumulative.length; i++) {
      max = Math.max(max, quantity(i));
    }
    return max;
  }

  /**
   * Whether every slice is a whole number.
   *
   * @return true if allocated in whole units
   */
  public boolean wholeUnits() {
    return wholeUnits;
  }

  /**
   * All slices.
   *
   * @return a new array of {@link #quantity(int)} values
   */
  public double[] quantities() {
    double[] q = new double[cumulative.length];
    for (int i = 0; i < q.length; i++) {
      q[i] = quantity(i);
    }
    return q;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SliceSchedule && wholeUnits == ((SliceSchedule) o).wholeUnits
        && Arrays.equals(cumulative, ((SliceSchedule) o).cumulative);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(cumulative) * 31 + Boolean.hashCode(wholeUnits);
  }

  @Override
  public String toString() {
    return "SliceSchedule" + Arrays.toString(quantities()) + (wholeUnits ? " (whole units)" : "");
  }
}
