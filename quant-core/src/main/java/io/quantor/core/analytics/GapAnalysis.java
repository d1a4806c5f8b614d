package io.quantor.core.analytics;

import io.quantor.core.internal.Args;
import java.util.List;

/**
 * The result of {@link OvernightGaps#analyze}: the gaps found, in bar order, their summary, and the
 * parameters used.
 *
 * @param gaps the gaps in bar order (an unmodifiable list)
 * @param summary the counts, fill rates and means of {@code gaps}
 * @param minGap the smallest absolute gap counted, as a fraction
 * @param maxDaysToFill the number of bars after the gap bar searched for a fill
 */
public record GapAnalysis(List<Gap> gaps, GapSummary summary, double minGap, int maxDaysToFill) {

  /**
   * Validates and copies.
   *
   * @param gaps the gaps (copied)
   * @param summary the summary
   * @param minGap the threshold, {@code >= 0}
   * @param maxDaysToFill the fill horizon, {@code >= 0}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public GapAnalysis {
    gaps = List.copyOf(Args.notNull(gaps, "gaps"));
    Args.notNull(summary, "summary");
    Args.atLeast(minGap, 0.0, "minGap");
    Args.finite(minGap, "minGap");
    Args.atLeast(maxDaysToFill, 0, "maxDaysToFill");
  }
}
