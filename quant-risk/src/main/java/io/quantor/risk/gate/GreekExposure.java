package io.quantor.risk.gate;

import io.quantor.core.internal.Args;

/**
 * Delta, gamma, vega and theta of a portfolio or of one unit of an order, in money units the caller
 * chooses and keeps consistent (for example share-equivalent delta, gamma per 1.00 of spot, vega per 1.00
 * of volatility, theta per year, each already multiplied by quantity and contract multiplier; see the
 * units in the project conventions). The same record holds caps, where {@code +infinity} leaves a Greek
 * uncapped.
 *
 * @param delta the delta, not NaN
 * @param gamma the gamma, not NaN
 * @param vega the vega, not NaN
 * @param theta the theta, not NaN
 */
public record GreekExposure(double delta, double gamma, double vega, double theta) {

  /** No exposure. */
  public static final GreekExposure ZERO = new GreekExposure(0, 0, 0, 0);

  /**
   * Validates.
   *
   * @param delta the delta, not NaN
   * @param gamma the gamma, not NaN
   * @param vega the vega, not NaN
   * @param theta the theta, not NaN
   * @throws IllegalArgumentException if a component is NaN
   */
  public GreekExposure {
    notNaN(delta, "delta");
    notNaN(gamma, "gamma");
    notNaN(vega, "vega");
    notNaN(theta, "theta");
  }

  private static void notNaN(double v, String name) {
    if (Double.isNaN(v)) {
      throw new IllegalArgumentException(name + " must not be NaN, was NaN");
    }
  }

  /**
   * The component by index: 0 delta, 1 gamma, 2 vega, 3 theta.
   *
   * @param i the index, in [0, 3]
   * @return the component
   * @throws IllegalArgumentException if {@code i} is out of range
   */
  public double get(int i) {
    return switch (Args.inRange(i, 0, 3, "i")) {
      case 0 -> delta;
      case 1 -> gamma;
      case 2 -> vega;
      default -> theta;
    };
  }

  /**
   * Whether every component is finite.
   *
   * @return true if no component is infinite
   */
  public boolean isFinite() {
    return Double.isFinite(delta) && Double.isFinite(gamma) && Double.isFinite(vega)
        && Double.isFinite(theta);
  }

  /**
   * This exposure plus a multiple of another: {@code this + k * other}, component by component.
   *
   * @param k the multiple
   * @param other the other exposure
   * @return the sum
   * @throws IllegalArgumentException if {@code other} is null or a component becomes NaN
   */
  public GreekExposure plus(double k, GreekExposure other) {
    Args.notNull(other, "other");
    return new GreekExposure(delta + k * other.delta, gamma + k * other.gamma, vega + k * other.vega,
        theta + k * other.theta);
  }
}
