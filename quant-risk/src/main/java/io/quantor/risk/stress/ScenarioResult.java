package io.quantor.risk.stress;

import java.util.List;

/**
 * The P&amp;L of a portfolio under one scenario, in total and per position (in the order of the
 * positions given to {@link StressTest#run}).
 *
 * @param scenario the scenario
 * @param totalPnl the sum of the position P&amp;Ls (negative for a loss)
 * @param positionPnl each position's P&amp;L, unmodifiable
 */
public record ScenarioResult(StressScenario scenario, double totalPnl, List<Double> positionPnl) {

  /**
   * Copies the per-position list.
   *
   * @param scenario the scenario
   * @param totalPnl the total
   * @param positionPnl each position's P&amp;L, not null
   */
  public ScenarioResult {
    positionPnl = List.copyOf(positionPnl);
  }
}
