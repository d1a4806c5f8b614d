package io.quantor.options.chain;

import io.quantor.core.internal.Args;
import java.util.List;

/**
 * The result of aligning a run of spot bars to chain snapshots ({@link ChainAlignment#alignAll}).
 *
 * @param alignments one entry per bar, in the order of the bars given
 * @param diagnostics the stale rate and lag distribution of these alignments
 */
public record AlignmentReport(List<AlignedChain> alignments, AlignmentDiagnostics diagnostics) {

  /**
   * Validates and copies.
   *
   * @param alignments the alignments (copied)
   * @param diagnostics the diagnostics
   * @throws IllegalArgumentException if an argument is null
   */
  public AlignmentReport {
    alignments = List.copyOf(Args.notNull(alignments, "alignments"));
    Args.notNull(diagnostics, "diagnostics");
  }
}
