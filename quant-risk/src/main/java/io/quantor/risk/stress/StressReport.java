package io.quantor.risk.stress;

import io.quantor.core.internal.Args;
import io.quantor.risk.greeks.RiskPosition;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of {@link StressTest#run}: the P&amp;L of every position under every scenario (at least one),
 * totals per scenario and the worst scenario. Immutable; indices follow the order of the positions and
 * scenarios given.
 */
public final class StressReport {

  private final List<RiskPosition> positions;
  private final List<StressScenario> scenarios;
  private final double[] baseValues;
  private final double[][] pnl;
  private final double[] totals;

  StressReport(List<RiskPosition> positions, List<StressScenario> scenarios, double[] baseValues,
      double[][] pnl) {
    this.positions = positions;
    this.scenarios = scenarios;
    this.baseValues = baseValues;
    this.pnl = pnl;
    this.totals = new double[pnl.length];
    for (int k = 0; k < pnl.length; k++) {
      double sum = 0;
      for (double v : pnl[k]) {
        sum += v;
      }
      totals[k] = sum;
    }
  }

  /**
   * The positions, in order.
   *
   * @return the positions, unmodifiable
   */
  public List<RiskPosition> positions() {
    return positions;
  }

  /**
   * The scenarios, in order.
   *
   * @return the scenarios, unmodifiable
   */
  public List<StressScenario> scenarios() {
    return scenarios;
  }

  /**
   * A position's market value in the base market.
   *
   * @param position the position index
   * @return its value
   * @throws IllegalArgumentException if the index is out of range
   */
  public double baseValue(int position) {
    return baseValues[Args.inRange(position, 0, positions.size() - 1, "position")];
  }

  /**
   * The portfolio's market value in the base market.
   *
   * @return the sum of the base values
   */
  public double totalBaseValue() {
    double sum = 0;
    for (double v : baseValues) {
      sum += v;
    }
    return sum;
  }

  /**
   * The P&amp;L of one position under one scenario.
   *
   * @param scenario the scenario index
   * @param position the position index
   * @return the P&amp;L
   * @throws IllegalArgumentException if an index is out of range
   */
  public double pnl(int scenario, int position) {
    return pnl[checkScenario(scenario)][Args.inRange(position, 0, positions.size() - 1, "position")];
  }

  /**
   * The portfolio's P&amp;L under one scenario.
   *
   * @param scenario the scenario index
   * @return the sum over positions
   * @throws IllegalArgumentException if the index is out of range
   */
  public double totalPnl(int scenario) {
    return totals[checkScenario(scenario)];
  }

  /**
   * The result of one scenario.
   *
   * @param scenario the scenario index
   * @return the scenario, its total and the per-position P&amp;L
   * @throws IllegalArgumentException if the index is out of range
   */
  public ScenarioResult result(int scenario) {
    checkScenario(scenario);
    List<Double> list = new ArrayList<>(positions.size());
    for (double v : pnl[scenario]) {
      list.add(v);
    }
    return new ScenarioResult(scenarios.get(scenario), totals[scenario], list);
  }

  /**
   * The results of every scenario, in order.
   *
   * @return the results
   */
  public List<ScenarioResult> results() {
    List<ScenarioResult> list = new ArrayList<>(scenarios.size());
    for (int k = 0; k < scenarios.size(); k++) {
      list.add(result(k));
    }
    return List.copyOf(list);
  }

  /**
   * The index of the scenario with the lowest total P&amp;L (the first one on a tie).
   *
   * @return the index of the worst scenario
   */
  public int worstIndex() {
    int worst = 0;
    for (int k = 1; k < totals.length; k++) {
      if (totals[k] < totals[worst]) {
        worst = k;
      }
    }
    return worst;
  }

  /**
   * The scenario with the lowest total P&amp;L (the first one on a tie).
   *
   * @return its result
   */
  public ScenarioResult worst() {
    return result(worstIndex());
  }

  private int checkScenario(int scenario) {
    return Args.inRange(scenario, 0, scenarios.size() - 1, "scenario");
  }

  @Override
  public String toString() {
    return "StressReport[positions=" + positions.size() + ", scenarios=" + scenarios.size() + "]";
  }
}
