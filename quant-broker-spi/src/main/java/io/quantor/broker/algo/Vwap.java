package io.quantor.broker.algo;

import io.quantor.core.internal.Args;

/**
 * Volume-weighted average price: each interval's slice in proportion to the volume expected in it, so the
 * order trades more when the market does and its average price tracks the window's VWAP. The expected
 * volume comes from history ({@link VolumeProfile#fromHistory}): {@code q_i = Q * v_i / sum(v)}, with
 * whole units by the largest-remainder rule of {@link SliceSchedule}.
 *
 * <p>Reference: H. Berkowitz, D. Logue and E. Noser, "The Total Cost of Transactions on the NYSE",
 * <i>Journal of Finance</i> 43 (1988) 97-112, which introduced the VWAP benchmark; H. Konishi, "Optimal
 * slice of a VWAP trade", <i>Journal of Financial Markets</i> 5 (2002) 197-221, on slicing by a static
 * volume profile.
 *
 * <pre>{@code
 * VolumeProfile profile = VolumeProfile.fromHistory(history, zone, LocalTime.of(9, 0),
 *     LocalTime.of(22, 0), TimeFrame.FIVE_MINUTES);
 * double[] weights = profile.weights(LocalTime.of(10, 0), LocalTime.of(12, 0));   // 24 bins
 * SliceSchedule s = Vwap.schedule(parent, weights, true);
 * }</pre>
 */
public final class Vwap {

  private Vwap() {
  }

  /**
   * Slices in proportion to a volume profile.
   *
   * @param parent the parent order
   * @param volumeProfile the expected volume (or fraction of volume) of each interval of the window, in
   *     order; non-negative, finite, not all zero; its length is the number of slices
   * @param wholeUnits whether slices must be whole numbers (then the parent quantity must be whole)
   * @return the schedule, summing exactly to the parent quantity
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static SliceSchedule schedule(ParentOrder parent, double[] volumeProfile, boolean wholeUnits) {
    Args.notNull(parent, "parent");
    return SliceSchedule.allocate(parent.quantity(), volumeProfile, wholeUnits);
  }
}
