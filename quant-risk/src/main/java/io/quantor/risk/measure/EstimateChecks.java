package io.quantor.risk.measure;

import io.quantor.core.internal.Args;

/** Validation shared by the estimate records. */
final class EstimateChecks {

  private EstimateChecks() {
  }

  /**
   * Checks the fields every estimate has.
   *
   * @param valueAtRisk the VaR, finite
   * @param expectedShortfall the ES, finite
   * @param level the level, in (0, 1)
   * @throws IllegalArgumentException if a value is out of range
   */
  static void common(double valueAtRisk, double expectedShortfall, double level) {
    Args.finite(valueAtRisk, "valueAtRisk");
    Args.finite(expectedShortfall, "expectedShortfall");
    ConfidenceLevel.tailProbability(level);
  }
}
