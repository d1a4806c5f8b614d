package io.quantor.options.pricing;

/**
 * A binomial-tree price with the Greeks read off the tree's first nodes ({@link BinomialTree#greeks}).
 *
 * <p>Units as everywhere in Quantor: delta and gamma per 1.00 of spot, theta {@code = dV/dt} per year of
 * calendar time (negative for a decaying option; divide by 365 for a per-day figure).
 *
 * @param price the option value at the root node
 * @param delta {@code dV/dS}, from the two nodes after one step
 * @param gamma {@code d2V/dS2}, from the three nodes after two steps
 * @param theta {@code dV/dt} per year, from the root and the middle node after two steps
 */
public record TreeGreeks(double price, double delta, double gamma, double theta) {

  /**
   * Theta per calendar day, {@code theta / 365} (a derivative, not the one-day price change).
   *
   * @return {@code theta / 365}
   */
  public double thetaPerDay() {
    return theta / 365.0;
  }
}
