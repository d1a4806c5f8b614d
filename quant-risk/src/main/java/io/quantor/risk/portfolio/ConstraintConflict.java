package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.List;

/**
 * A set of constraints that cannot hold together, with the numbers that show why.
 *
 * <p>Constraint names are the ones {@link PortfolioConstraints} documents: {@code "budget"},
 * {@code "bounds"}, {@code "group 'tech'"}, {@code "turnover"}, plus the optimizer's own
 * ({@code "target return"}, {@code "positive excess return"}). The set is minimal: drop any one of them and
 * the rest can be satisfied (for the families checked; see {@link PortfolioConstraints#conflicts()}).
 *
 * @param constraints the names of the conflicting constraints, not empty
 * @param explanation why they conflict, with the numbers
 */
public record ConstraintConflict(List<String> constraints, String explanation) {

  /**
   * Validates and copies.
   *
   * @param constraints the names of the conflicting constraints, not empty, no null
   * @param explanation why they conflict, not null
   * @throws IllegalArgumentException if an argument is null or {@code constraints} is empty
   */
  public ConstraintConflict {
    Args.notNull(constraints, "constraints");
    Args.notNull(explanation, "explanation");
    if (constraints.isEmpty()) {
      throw new IllegalArgumentException("constraints must not be empty");
    }
    constraints = List.copyOf(constraints);
  }

  @Override
  public String toString() {
    return String.join(" + ", constraints) + ": " + explanation;
  }
}
