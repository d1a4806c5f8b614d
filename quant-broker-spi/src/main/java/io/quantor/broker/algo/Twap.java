package io.quantor.broker.algo;

import io.quantor.core.internal.Args;
import java.util.Arrays;

/**
 * Time-weighted average price: the same quantity in every interval of the window, so the average
 * execution price tracks the window's time-weighted average. The schedule is
 * {@code q_i = Q / n} (whole units by the largest-remainder rule of {@link SliceSchedule}: the first
 * {@code Q mod n} slices get one unit more).
 *
 * <pre>{@code
 * SliceSchedule s = Twap.schedule(parent, 24, true);   // 24 five-minute slices over two hours
 * ExecutionAlgo algo = ExecutionAlgo.of(parent, s);
 * }</pre>
 */
public final class Twap {

  private Twap() {
  }

  /**
   * Equal slices.
   *
   * @param parent the parent order
   * @param slices the number of equal intervals of the window ({@code >= 1}; the number of bars in the
   *     window for one slice per bar)
   * @param wholeUnits whether slices must be whole numbers (then the parent quantity must be whole)
   * @return the schedule, summing exactly to the parent quantity
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static SliceSchedule schedule(ParentOrder parent, int slices, boolean wholeUnits) {
    Args.notNull(parent, "parent");
    Args.atLeast(slices, 1, "slices");
    double[] weights = new double[slices];
    Arrays.fill(weights, 1.0);
    return SliceSchedule.allocate(parent.quantity(), weights, wholeUnits);
  }
}
