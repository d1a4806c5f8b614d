package io.quantor.risk.greeks;

import io.quantor.options.pricing.BaroneAdesiWhaley;
import io.quantor.options.pricing.BinomialTree;
import io.quantor.options.pricing.BjerksundStensland;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;

/**
 * How a {@link PositionPricer} prices American-style options: a function of the option and the market
 * returning the price per unit of the underlying.
 *
 * <p>The default, {@link #BARONE_ADESI_WHALEY}, is the fastest of the quant-options American engines (a
 * few microseconds: one critical-price iteration and one Black-Scholes evaluation), which matters when a
 * stress test or a historical replay revalues every position hundreds or thousands of times. Its
 * approximation error is up to about 1 % of the price for long-dated options; where that matters use
 * {@link #BJERKSUND_STENSLAND} or a {@link #tree(BinomialTree) binomial tree} (slower: {@code n^2/2} node
 * updates per price).
 */
@FunctionalInterface
public interface AmericanModel {

  /** Barone-Adesi and Whaley (1987), {@link BaroneAdesiWhaley#price}; needs {@code r >= 0}. */
  AmericanModel BARONE_ADESI_WHALEY = BaroneAdesiWhaley::price;

  /** Bjerksund and Stensland (1993), {@link BjerksundStensland#price}. */
  AmericanModel BJERKSUND_STENSLAND = BjerksundStensland::price;

  /**
   * The price of an American option per unit of the underlying.
   *
   * @param type call or put
   * @param spot the spot, {@code > 0}
   * @param strike the strike, {@code > 0}
   * @param t time to expiry in years, {@code >= 0}
   * @param r the risk-free rate
   * @param q the dividend yield
   * @param sigma the volatility, {@code > 0}
   * @return the price
   * @throws IllegalArgumentException if the model rejects the input
   */
  double price(OptionType type, double spot, double strike, double t, double r, double q, double sigma);

  /**
   * American prices from a binomial tree.
   *
   * @param tree the tree (lattice and steps), not null
   * @return the model
   * @throws IllegalArgumentException if {@code tree} is null
   */
  static AmericanModel tree(BinomialTree tree) {
    if (tree == null) {
      throw new IllegalArgumentException("tree must not be null");
    }
    return (type, spot, strike, t, r, q, sigma) ->
        tree.price(type, ExerciseStyle.AMERICAN, spot, strike, t, r, q, sigma);
  }
}
