package io.quantor.risk.portfolio;

/**
 * How an optimization ended.
 *
 * <p>Only {@link #OPTIMAL} carries weights; every other status explains itself through
 * {@link OptimizationResult#message()} and, for {@link #INFEASIBLE}, through
 * {@link OptimizationResult#conflicts()}.
 */
public enum OptimizationStatus {
  /** The weights are optimal to the solver's tolerance and satisfy every constraint. */
  OPTIMAL,
  /**
   * No portfolio satisfies all constraints; {@link OptimizationResult#conflicts()} names the ones that clash.
   */
  INFEASIBLE,
  /** The objective can be improved without limit (e.g. unbounded weights and a risk-free direction). */
  UNBOUNDED,
  /** The solver stopped before reaching its tolerance (iteration limit or numerical breakdown). */
  NOT_CONVERGED
}
