package io.quantor.backtest.baseline;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.Args;

/**
 * One variant of a what-if comparison: its metrics and their change from the base run.
 *
 * @param name the variant's name, such as {@code "entries delayed 1 bar"}
 * @param values the variant's metrics
 * @param delta the variant's metrics minus the base run's (positive: higher than the base)
 */
public record WhatIfVariant(String name, MetricValues values, MetricValues delta) {

  /**
   * Validates the variant.
   *
   * @param name the name, not blank
   * @param values the metrics, not null
   * @param delta the deltas, not null
   */
  public WhatIfVariant {
    Inputs.name(name, "name");
    Args.notNull(values, "values");
    Args.notNull(delta, "delta");
  }
}
