package io.quantor.options.chain;

import io.quantor.core.internal.Args;
import java.util.List;
import java.util.Optional;

/**
 * How well chain snapshots covered a run of spot bars: counts by {@link AlignmentStatus}, the stale rate
 * and the lag distribution.
 *
 * @param bars the number of bars aligned
 * @param fresh bars with a snapshot within the maximum lag
 * @param staleDecayed bars with an older snapshot used at decayed confidence
 * @param staleRejected bars whose older snapshot was withheld
 * @param missing bars with no snapshot at or before them
 * @param lag the lags of the bars that had a snapshot (fresh or stale), empty when none had
 */
public record AlignmentDiagnostics(
    int bars, int fresh, int staleDecayed, int staleRejected, int missing, Optional<LagDistribution> lag) {

  /**
   * Validates the counts.
   *
   * @param bars the number of bars
   * @param fresh fresh bars
   * @param staleDecayed stale bars used
   * @param staleRejected stale bars withheld
   * @param missing bars without a snapshot
   * @param lag the lag distribution
   * @throws IllegalArgumentException if a count is negative, the counts do not add up to {@code bars}, or
   *     {@code lag} is null
   */
  public AlignmentDiagnostics {
    Args.atLeast(fresh, 0, "fresh");
    Args.atLeast(staleDecayed, 0, "staleDecayed");
    Args.atLeast(staleRejected, 0, "staleRejected");
    Args.atLeast(missing, 0, "missing");
    if (bars != fresh + staleDecayed + staleRejected + missing) {
      throw new IllegalArgumentException("bars must be fresh + staleDecayed + staleRejected + missing = "
          + (fresh + staleDecayed + staleRejected + missing) + ", was " + bars);
    }
    Args.notNull(lag, "lag");
  }

  /**
   * The diagnostics of some alignments.
   *
   * @param alignments the aligned bars
   * @return the diagnostics
   * @throws IllegalArgumentException if the list or an element is null
   */
  public static AlignmentDiagnostics of(List<AlignedChain> alignments) {
    Args.notNull(alignments, "alignments");
    int[] counts = new int[AlignmentStatus.values().length];
    double[] lags = new double[alignments.size()];
    int n = 0;
    for (AlignedChain a : alignments) {
      Args.notNull(a, "alignments element");
      counts[a.status().ordinal()]++;
      if (a.status() != AlignmentStatus.NO_SNAPSHOT) {
        lags[n++] = a.lagSeconds();
      }
    }
    Optional<LagDistribution> lag = n == 0
        ? Optional.empty() : Optional.of(LagDistribution.of(java.util.Arrays.copyOf(lags, n)));
    return new AlignmentDiagnostics(alignments.size(), counts[AlignmentStatus.FRESH.ordinal()],
        counts[AlignmentStatus.STALE_DECAYED.ordinal()], counts[AlignmentStatus.STALE_REJECTED.ordinal()],
        counts[AlignmentStatus.NO_SNAPSHOT.ordinal()], lag);
  }

  /**
   * The stale rate: the fraction of bars that were not fresh (stale, withheld or without a snapshot).
   *
   * @return the rate in {@code [0, 1]}; 0 when there were no bars
   */
  public double staleRate() {
    return bars == 0 ? 0 : (double) (staleDecayed + staleRejected + missing) / bars;
  }
}
