package io.quantor.options.chain;

import io.quantor.core.internal.Args;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A listed option: what it is written on, its right, strike, expiry date, exercise style and contract
 * multiplier (the number of units of the underlying one contract delivers, 100 for US equity options).
 *
 * <h2>Time to expiry</h2>
 * Expiry is a calendar date. The time to expiry from a valuation date is
 * {@code T = (calendar days from valuationDate to expiry) / 365} (Actual/365 Fixed, the project
 * convention; {@link #yearsToExpiry(LocalDate)}): an option expiring today has {@code T = 0}, one expiring
 * in 30 days {@code T = 30/365}. The time of day is ignored, as in the reference data (evaluation date plus
 * a whole number of days); callers who need intraday decay pass {@code T} directly to the pricing functions.
 *
 * @param underlying the symbol of the underlying, such as {@code "SPY"}; not blank
 * @param type call or put
 * @param strike the strike price, finite and {@code > 0}
 * @param expiry the expiry date (last trading day)
 * @param style European or American exercise
 * @param multiplier units of the underlying per contract, finite and {@code > 0}
 *     ({@link #DEFAULT_MULTIPLIER} for US equity and index options)
 */
public record OptionContract(
    String underlying, OptionType type, double strike, LocalDate expiry, ExerciseStyle style,
    double multiplier) {

  /** The usual contract multiplier of US equity and index options. */
  public static final double DEFAULT_MULTIPLIER = 100;

  /** Calendar days per year of the Actual/365 Fixed convention. */
  private static final double DAYS_PER_YEAR = 365;

  /**
   * Validates the contract.
   *
   * @param underlying the underlying symbol
   * @param type call or put
   * @param strike the strike
   * @param expiry the expiry date
   * @param style the exercise style
   * @param multiplier the contract multiplier
   * @throws IllegalArgumentException if a reference is null, the symbol blank or a number out of range
   */
  public OptionContract {
    Args.notNull(underlying, "underlying");
    if (underlying.isBlank()) {
      throw new IllegalArgumentException("underlying must not be blank, was '" + underlying + "'");
    }
    Args.notNull(type, "type");
    Args.positive(strike, "strike");
    Args.notNull(expiry, "expiry");
    Args.notNull(style, "style");
    Args.positive(multiplier, "multiplier");
  }

  /**
   * A contract with the default multiplier of 100.
   *
   * @param underlying the underlying symbol, not blank
   * @param type call or put
   * @param strike the strike, finite and {@code > 0}
   * @param expiry the expiry date
   * @param style the exercise style
   * @return the contract
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static OptionContract of(
      String underlying, OptionType type, double strike, LocalDate expiry, ExerciseStyle style) {
    return new OptionContract(underlying, type, strike, expiry, style, DEFAULT_MULTIPLIER);
  }

  /**
   * Calendar days from the valuation date to expiry.
   *
   * @param valuationDate the valuation date, not after the expiry
   * @return the days, {@code >= 0}
   * @throws IllegalArgumentException if {@code valuationDate} is null or after the expiry
   */
  public long daysToExpiry(LocalDate valuationDate) {
    Args.notNull(valuationDate, "valuationDate");
    long days = ChronoUnit.DAYS.between(valuationDate, expiry);
    if (days < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "valuationDate must not be after the expiry %s, was %s", expiry, valuationDate));
    }
    return days;
  }

  /**
   * The time to expiry in years, {@code daysToExpiry(valuationDate) / 365} (Actual/365 Fixed).
   *
   * @param valuationDate the valuation date, not after the expiry
   * @return {@code T >= 0}
   * @throws IllegalArgumentException if {@code valuationDate} is null or after the expiry
   */
  public double yearsToExpiry(LocalDate valuationDate) {
    return daysToExpiry(valuationDate) / DAYS_PER_YEAR;
  }

  /**
   * The payoff of one unit of the underlying at expiry, {@code max(omega (spot - strike), 0)} (multiply by
   * {@link #multiplier()} for one contract).
   *
   * @param spotAtExpiry the price of the underlying at expiry
   * @return the intrinsic value per unit, {@code >= 0}
   */
  public double payoff(double spotAtExpiry) {
    return type.payoff(spotAtExpiry, strike);
  }
}
