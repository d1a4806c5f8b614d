package io.quantor.risk.greeks;

import io.quantor.core.internal.Args;

/**
 * Position-scaled Greeks of a position, an underlying or a portfolio: each component is the sum of the
 * per-unit Greek times the signed units ({@code quantity * multiplier}) of every position it covers. Units
 * are those of {@link Greek}: deltas in shares and money, gamma per 1.00 of spot and dollar gamma per 1 %
 * move, vega per 1.00 of volatility, theta per year. {@link #vegaPerPoint()} and {@link #thetaPerDay()}
 * give the usual views.
 *
 * <p>This record carries results and does not validate them.
 *
 * @param delta shares-equivalent delta, {@code sum Delta_i n_i}
 * @param dollarDelta {@code sum Delta_i n_i S_i}
 * @param betaWeightedDollarDelta {@code sum Delta_i n_i S_i beta_i}
 * @param gamma {@code sum Gamma_i n_i}, shares per 1.00 of spot
 * @param dollarGamma {@code sum Gamma_i n_i S_i^2 / 100}, the change of dollar delta per 1 % spot rise
 * @param vega {@code sum Vega_i n_i}, money per 1.00 of volatility
 * @param theta {@code sum Theta_i n_i}, money per year
 */
public record GreeksExposure(double delta, double dollarDelta, double betaWeightedDollarDelta,
    double gamma, double dollarGamma, double vega, double theta) {

  /** No exposure at all. */
  public static final GreeksExposure ZERO = new GreeksExposure(0, 0, 0, 0, 0, 0, 0);

  /**
   * The component named by a {@link Greek}.
   *
   * @param greek the measure
   * @return its value
   * @throws IllegalArgumentException if {@code greek} is null
   */
  public double value(Greek greek) {
    return switch (Args.notNull(greek, "greek")) {
      case DELTA -> delta;
      case DOLLAR_DELTA -> dollarDelta;
      case BETA_WEIGHTED_DOLLAR_DELTA -> betaWeightedDollarDelta;
      case GAMMA -> gamma;
      case DOLLAR_GAMMA -> dollarGamma;
      case VEGA -> vega;
      case THETA -> theta;
    };
  }

  /**
   * The component-wise sum.
   *
   * @param other the other exposure, not null
   * @return {@code this + other}
   */
  public GreeksExposure plus(GreeksExposure other) {
    return new GreeksExposure(delta + other.delta, dollarDelta + other.dollarDelta,
        betaWeightedDollarDelta + other.betaWeightedDollarDelta, gamma + other.gamma,
        dollarGamma + other.dollarGamma, vega + other.vega, theta + other.theta);
  }

  /**
   * Every component times a factor (the exposure of {@code factor} copies).
   *
   * @param factor the factor
   * @return {@code factor * this}
   */
  public GreeksExposure times(double factor) {
    return new GreeksExposure(factor * delta, factor * dollarDelta, factor * betaWeightedDollarDelta,
        factor * gamma, factor * dollarGamma, factor * vega, factor * theta);
  }

  /**
   * Beta-weighted delta in benchmark shares,
   * {@code sum Delta_i n_i S_i beta_i / S_benchmark}: the number of benchmark shares whose dollar delta
   * matches the beta-adjusted dollar delta of the positions (e.g. SPY-equivalent shares).
   *
   * @param benchmarkSpot the benchmark's price, finite and {@code > 0}
   * @return {@code betaWeightedDollarDelta / benchmarkSpot}
   * @throws IllegalArgumentException if {@code benchmarkSpot} is invalid
   */
  public double betaWeightedDelta(double benchmarkSpot) {
    return betaWeightedDollarDelta / Args.positive(benchmarkSpot, "benchmarkSpot");
  }

  /**
   * Vega per volatility point (0.01 of volatility), {@code vega / 100}.
   *
   * @return money per vol point
   */
  public double vegaPerPoint() {
    return vega / 100;
  }

  /**
   * Theta per calendar day, {@code theta / 365} (a derivative, not the one-day P&amp;L).
   *
   * @return money per day
   */
  public double thetaPerDay() {
    return theta / 365;
  }
}
