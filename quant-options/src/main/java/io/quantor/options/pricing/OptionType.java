package io.quantor.options.pricing;

import java.util.Locale;

/**
 * The right an option gives: to buy ({@link #CALL}) or to sell ({@link #PUT}) the underlying at the strike.
 *
 * <p>Pricing formulas use {@link #sign()} (often written omega): {@code +1} for calls, {@code -1} for puts,
 * so that one expression serves both, e.g. the payoff {@code max(omega (S - K), 0)}.
 */
public enum OptionType {
  /** The right to buy the underlying at the strike. */
  CALL(1),
  /** The right to sell the underlying at the strike. */
  PUT(-1);

  private final int sign;

  OptionType(int sign) {
    this.sign = sign;
  }

  /**
   * The sign omega of the payoff: {@code +1} for a call, {@code -1} for a put.
   *
   * @return {@code +1} or {@code -1}
   */
  public int sign() {
    return sign;
  }

  /**
   * The payoff at exercise, {@code max(omega (spot - strike), 0)}.
   *
   * @param spot the price of the underlying at exercise
   * @param strike the strike
   * @return the intrinsic value, never negative (NaN if an argument is NaN)
   */
  public double payoff(double spot, double strike) {
    double value = sign * (spot - strike);
    return value > 0 ? value : value == value ? 0 : value;
  }

  /**
   * Parses {@code "call"} or {@code "put"}, ignoring case (the spelling of the reference files).
   *
   * @param text the text
   * @return the option type
   * @throws IllegalArgumentException if {@code text} is null or neither word
   */
  public static OptionType parse(String text) {
    if (text != null) {
      String lower = text.trim().toLowerCase(Locale.ROOT);
      if (lower.equals("call")) {
        return CALL;
      }
      if (lower.equals("put")) {
        return PUT;
      }
    }
    throw new IllegalArgumentException("type must be call or put, was " + text);
  }
}
