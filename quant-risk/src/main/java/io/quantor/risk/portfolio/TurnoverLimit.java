package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;

/**
 * A limit on trading away from the current portfolio: {@code sum_i |w_i - current_i| <= max} (one-way
 * turnover counted on both buys and sells, so moving 10 % of capital from one asset to another is 0.20).
 * Immutable.
 *
 * <p>Its name in conflicts and violations is {@code turnover}.
 */
public final class TurnoverLimit {

  private final double[] current;
  private final double max;

  private TurnoverLimit(double[] current, double max) {
    this.current = current;
    this.max = max;
  }

  /**
   * A turnover limit.
   *
   * @param current the current weights, finite (copied)
   * @param max the largest total absolute change, finite, {@code >= 0}
   * @return the limit
   * @throws IllegalArgumentException if a value is invalid
   */
  public static TurnoverLimit of(double[] current, double max) {
    Args.notNull(current, "current");
    for (int i = 0; i < current.length; i++) {
      Args.finite(current[i], "current[" + i + "]");
    }
    Args.finite(max, "max turnover");
    Args.atLeast(max, 0.0, "max turnover");
    return new TurnoverLimit(current.clone(), max);
  }

  /**
   * The current weights.
   *
   * @return a copy of the current weights
   */
  public double[] current() {
    return current.clone();
  }

  /**
   * The largest total absolute change.
   *
   * @return the limit
   */
  public double max() {
    return max;
  }

  /**
   * The turnover of moving from the current weights to {@code weights}.
   *
   * @param weights the new weights
   * @return {@code sum_i |w_i - current_i|}
   */
  public double turnover(double[] weights) {
    double s = 0;
    for (int i = 0; i < current.length; i++) {
      s += Math.abs(weights[i] - current[i]);
    }
    return s;
  }

  double[] rawCurrent() {
    return current;
  }
}
