package io.quantor.options.pricing;

import java.util.Locale;

/**
 * Argument checks shared by the American pricers ({@link BaroneAdesiWhaley}, {@link BjerksundStensland},
 * {@link BinomialTree}), with messages that name the parameter and the value.
 *
 * <p>NaN fails every check: each guard is written so that NaN falls through to the failure branch.
 */
final class AmericanInputs {

  private AmericanInputs() {
  }

  /**
   * Checks the market and contract inputs of one option.
   *
   * @param type call or put, not null
   * @param spot finite and {@code > 0}
   * @param strike finite and {@code > 0}
   * @param t time to expiry in years, finite and {@code >= 0}
   * @param r risk-free rate, finite
   * @param q dividend yield, finite
   * @param sigma volatility, finite and {@code > 0}
   * @throws IllegalArgumentException naming the first bad parameter and its value
   */
  static void check(OptionType type, double spot, double strike, double t, double r, double q,
      double sigma) {
    if (type == null) {
      throw new IllegalArgumentException("type must not be null");
    }
    positive(spot, "spot");
    positive(strike, "strike");
    if (!(t >= 0 && t < Double.POSITIVE_INFINITY)) {
      throw fail("t", "finite and >= 0", t);
    }
    finite(r, "r");
    finite(q, "q");
    positive(sigma, "sigma");
  }

  private static void positive(double value, String name) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw fail(name, "finite and > 0", value);
    }
  }

  private static void finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw fail(name, "finite", value);
    }
  }

  /**
   * The exception for a value outside its domain: {@code "<name> must be <condition>, was <value>"}.
   *
   * @param name the parameter name
   * @param condition what the value must be
   * @param value the value given
   * @return the exception, for the caller to throw
   */
  static IllegalArgumentException fail(String name, String condition, double value) {
    return new IllegalArgumentException(
        String.format(Locale.ROOT, "%s must be %s, was %s", name, condition, value));
  }
}
