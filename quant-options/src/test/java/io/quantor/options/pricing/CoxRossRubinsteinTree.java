package io.quantor.options.pricing;

/**
 * A plain Cox-Ross-Rubinstein binomial tree for American options (J. C. Cox, S. A. Ross and M. Rubinstein,
 * "Option pricing: a simplified approach", Journal of Financial Economics 7, 1979): up factor
 * {@code u = e^{sigma sqrt(dt)}}, {@code d = 1/u}, up probability {@code (e^{(r-q) dt} - d) / (u - d)},
 * backward induction with the exercise value at every node. Test sources only: the timing and accuracy
 * yardstick of {@link AndersenLakeOffengendenTiming}, written the usual way (one array of values, the spot
 * at each node by multiplying by {@code u^2}); not the library's tree.
 */
final class CoxRossRubinsteinTree {

  private CoxRossRubinsteinTree() {
  }

  /**
   * The American price.
   *
   * @param type call or put
   * @param spot spot
   * @param strike strike
   * @param t time to expiry
   * @param r rate
   * @param q dividend yield
   * @param sigma volatility, {@code > 0}
   * @param steps time steps
   * @param values work array of at least {@code steps + 1} values
   * @return the price
   */
  static double price(OptionType type, double spot, double strike, double t, double r, double q,
      double sigma, int steps, double[] values) {
    double dt = t / steps;
    double up = Math.exp(sigma * Math.sqrt(dt));
    double down = 1.0 / up;
    double probability = (Math.exp((r - q) * dt) - down) / (up - down);
    double discount = Math.exp(-r * dt);
    double upWeight = discount * probability;
    double downWeight = discount * (1.0 - probability);
    double upSquared = up * up;
    double sign = type.sign();
    double node = spot * Math.pow(down, steps);
    for (int j = 0; j <= steps; j++) {
      values[j] = Math.max(sign * (node - strike), 0.0);
      node *= upSquared;
    }
    for (int i = steps - 1; i >= 0; i--) {
      node = spot * Math.pow(down, i);
      for (int j = 0; j <= i; j++) {
        double continuation = downWeight * values[j] + upWeight * values[j + 1];
        double exercise = sign * (node - strike);
        values[j] = continuation > exercise ? continuation : exercise;
        node *= upSquared;
      }
    }
    return values[0];
  }
}
