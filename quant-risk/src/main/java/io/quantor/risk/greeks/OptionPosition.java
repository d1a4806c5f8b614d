package io.quantor.risk.greeks;

import io.quantor.core.internal.Args;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;

/**
 * Option contracts on an underlying: the contract terms, a signed number of contracts and the implied
 * volatility the position is valued at.
 *
 * <p>One contract controls {@code multiplier} units of the underlying (100 for listed US equity options),
 * so the position's value is {@code quantity * multiplier * price} and each of its Greeks is the per-unit
 * Greek times {@link #units()}.
 *
 * @param underlying the underlying symbol, not blank
 * @param type call or put
 * @param strike the strike, finite and {@code > 0}
 * @param expiry time to expiry in years (Actual/365 Fixed: days / 365), finite and {@code >= 0}
 * @param quantity the signed number of contracts, finite (positive long, negative short)
 * @param multiplier units of the underlying per contract, finite and {@code > 0}
 * @param exercise European or American; decides the pricing model (see {@link PositionPricer})
 * @param impliedVol the annualized volatility the option is valued at, finite and {@code > 0}
 */
public record OptionPosition(String underlying, OptionType type, double strike, double expiry,
    double quantity, double multiplier, ExerciseStyle exercise, double impliedVol) implements RiskPosition {

  /** The multiplier of listed US equity options, used by the short factories. */
  public static final double DEFAULT_MULTIPLIER = 100;

  /**
   * Validates the position.
   *
   * @param underlying the underlying symbol, not blank
   * @param type call or put, not null
   * @param strike the strike, finite and {@code > 0}
   * @param expiry time to expiry in years, finite and {@code >= 0}
   * @param quantity the signed number of contracts, finite
   * @param multiplier units per contract, finite and {@code > 0}
   * @param exercise the exercise style, not null
   * @param impliedVol the volatility, finite and {@code > 0}
   * @throws IllegalArgumentException naming the first invalid argument and its value
   */
  public OptionPosition {
    Underlying.checkSymbol(underlying, "underlying");
    Args.notNull(type, "type");
    Args.positive(strike, "strike");
    Args.finite(Args.atLeast(expiry, 0, "expiry"), "expiry");
    Args.finite(quantity, "quantity");
    Args.positive(multiplier, "multiplier");
    Args.notNull(exercise, "exercise");
    Args.positive(impliedVol, "impliedVol");
  }

  /**
   * Option contracts with every term given.
   *
   * @param underlying the underlying symbol, not blank
   * @param type call or put
   * @param strike the strike, finite and {@code > 0}
   * @param expiry time to expiry in years, finite and {@code >= 0}
   * @param quantity the signed number of contracts, finite
   * @param multiplier units per contract, finite and {@code > 0}
   * @param exercise European or American
   * @param impliedVol the volatility, finite and {@code > 0}
   * @return the position
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static OptionPosition of(String underlying, OptionType type, double strike, double expiry,
      double quantity, double multiplier, ExerciseStyle exercise, double impliedVol) {
    return new OptionPosition(underlying, type, strike, expiry, quantity, multiplier, exercise, impliedVol);
  }

  /**
   * The signed units of the underlying controlled, {@code quantity * multiplier}.
   *
   * @return the units
   */
  @Override
  public double units() {
    return quantity * multiplier;
  }

  @Override
  public OptionPosition withQuantity(double newQuantity) {
    return new OptionPosition(underlying, type, strike, expiry, newQuantity, multiplier, exercise,
        impliedVol);
  }

  /**
   * The same contracts with the multiplier given.
   *
   * @param newMultiplier units per contract, finite and {@code > 0}
   * @return the new position
   * @throws IllegalArgumentException if {@code newMultiplier} is invalid
   */
  public OptionPosition withMultiplier(double newMultiplier) {
    return new OptionPosition(underlying, type, strike, expiry, quantity, newMultiplier, exercise,
        impliedVol);
  }

  /**
   * The same contracts with American exercise (priced by the pricer's American model).
   *
   * @return the new position
   */
  public OptionPosition american() {
    return new OptionPosition(underlying, type, strike, expiry, quantity, multiplier,
        ExerciseStyle.AMERICAN, impliedVol);
  }
}
