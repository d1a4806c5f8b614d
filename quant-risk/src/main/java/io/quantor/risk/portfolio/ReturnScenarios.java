package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;

/**
 * Joint return scenarios of the assets (historical periods or simulated draws), equally likely. Immutable.
 *
 * <p>Returns are simple returns of one period, as fractions; a portfolio's loss in scenario {@code t} is
 * {@code L_t = -sum_i w_i r_ti}.
 */
public final class ReturnScenarios {

  private final double[][] rows;
  private final int assets;

  private ReturnScenarios(double[][] rows) {
    this.rows = rows;
    this.assets = rows[0].length;
  }

  /**
   * Scenarios from a table.
   *
   * @param returns one row per scenario and one column per asset, at least one row, rows of equal length,
   *     finite (copied)
   * @return the scenarios
   * @throws IllegalArgumentException if the table is empty, ragged or not finite
   */
  public static ReturnScenarios of(double[][] returns) {
    CovarianceMatrix.means(returns);
    double[][] copy = new double[returns.length][];
    for (int t = 0; t < returns.length; t++) {
      copy[t] = returns[t].clone();
    }
    return new ReturnScenarios(copy);
  }

  /**
   * The number of scenarios.
   *
   * @return the number of rows
   */
  public int count() {
    return rows.length;
  }

  /**
   * The number of assets.
   *
   * @return the number of columns
   */
  public int assets() {
    return assets;
  }

  /**
   * One scenario's return of one asset.
   *
   * @param scenario the scenario index
   * @param asset the asset index
   * @return the return
   * @throws ArrayIndexOutOfBoundsException if an index is out of range
   */
  public double get(int scenario, int asset) {
    return rows[scenario][asset];
  }

  /**
   * The mean return of each asset over the scenarios.
   *
   * @return the means
   */
  public double[] means() {
    return CovarianceMatrix.means(rows);
  }

  /**
   * The portfolio losses {@code L_t = -w' r_t}.
   *
   * @param weights the weights, one per asset
   * @return the loss in each scenario
   * @throws IllegalArgumentException if the length differs
   */
  public double[] losses(double[] weights) {
    Args.notNull(weights, "weights");
    if (weights.length != assets) {
      throw new IllegalArgumentException("weights must have one entry per asset (" + assets + "), was "
          + weights.length);
    }
    double[] l = new double[rows.length];
    losses(weights, l);
    return l;
  }

  void losses(double[] weights, double[] out) {
    for (int t = 0; t < rows.length; t++) {
      double[] r = rows[t];
      double s = 0;
      for (int i = 0; i < assets; i++) {
        s += r[i] * weights[i];
      }
      out[t] = -s;
    }
  }

  /**
   * The conditional value at risk (expected shortfall) of a portfolio at a confidence level: the mean of the
   * worst {@code (1 - level) T} losses, the scenario at the boundary counted with its fractional weight
   * (Rockafellar and Uryasev 2002; Acerbi and Tasche 2002). A positive number is a loss.
   *
   * @param weights the weights, one per asset
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return the CVaR
   * @throws IllegalArgumentException if the length differs or the level is outside (0, 1)
   */
  public double cvar(double[] weights, double level) {
    checkLevel(level);
    return tail(losses(weights), level, null);
  }

  /**
   * CVaR of losses and, if {@code q} is not null, the tail probabilities {@code q_t} (mass {@code 1 / ((1 -
   * level) T)} on the worst scenarios, a fraction on the boundary one, adding up to 1) with {@code CVaR = sum
   * q_t L_t}.
   */
  static double tail(double[] losses, double level, double[] q) {
    int t = losses.length;
    double k = (1 - level) * t;
    int full = (int) Math.floor(k);
    double frac = k - full;
    if (q == null) {
      double[] sorted = losses.clone();
      java.util.Arrays.sort(sorted);
      double sum = 0;
      for (int i = 0; i < full && i < t; i++) {
        sum += sorted[t - 1 - i];
      }
      if (frac > 0 && full < t) {
        sum += frac * sorted[t - 1 - full];
      }
      return sum / k;
    }
    Integer[] order = new Integer[t];
    for (int i = 0; i < t; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (p, r) -> Double.compare(losses[r], losses[p]));
    double sum = 0;
    java.util.Arrays.fill(q, 0.0);
    for (int i = 0; i < full && i < t; i++) {
      sum += losses[order[i]];
      q[order[i]] = 1 / k;
    }
    if (frac > 0 && full < t) {
      sum += frac * losses[order[full]];
      q[order[full]] = frac / k;
    }
    return sum / k;
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), was " + level);
    }
  }

  double[][] rawRows() {
    return rows;
  }
}
