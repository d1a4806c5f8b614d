package io.quantor.options.structure;

import io.quantor.core.internal.Args;
import io.quantor.options.chain.OptionContract;

/**
 * One leg of an option structure: a contract, a signed quantity and the premium per unit at which it is
 * (or would be) traded.
 *
 * <p>Amounts: one contract controls {@code multiplier} units of the underlying, so the leg's cash premium
 * is {@code quantity * multiplier * price} (paid when positive, received when negative) and its payoff at
 * expiry {@code quantity * multiplier * max(omega (S_T - K), 0)}.
 *
 * @param contract the option contract
 * @param quantity the number of contracts, signed: positive long (bought), negative short (sold); not 0
 * @param price the premium per unit of the underlying (the screen price), finite and {@code >= 0}
 */
public record Leg(OptionContract contract, int quantity, double price) {

  /**
   * Validates the leg.
   *
   * @param contract the contract
   * @param quantity the signed quantity
   * @param price the premium per unit
   * @throws IllegalArgumentException if the contract is null, the quantity 0 or the price out of range
   */
  public Leg {
    Args.notNull(contract, "contract");
    if (quantity == 0) {
      throw new IllegalArgumentException("quantity must not be 0, was 0");
    }
    Args.finite(Args.atLeast(price, 0, "price"), "price");
  }

  /**
   * A leg.
   *
   * @param contract the contract
   * @param quantity the signed quantity, not 0
   * @param price the premium per unit, finite and {@code >= 0}
   * @return the leg
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Leg of(OptionContract contract, int quantity, double price) {
    return new Leg(contract, quantity, price);
  }

  /**
   * Whether the leg is long (bought).
   *
   * @return {@code quantity() > 0}
   */
  public boolean isLong() {
    return quantity > 0;
  }

  /**
   * The signed number of units of the underlying the leg controls, {@code quantity * multiplier}.
   *
   * @return the scale of every per-unit amount of this leg
   */
  public double units() {
    return quantity * contract.multiplier();
  }

  /**
   * The cash premium of the leg, {@code quantity * multiplier * price}: positive when paid (long),
   * negative when received (short).
   *
   * @return the premium
   */
  public double premium() {
    return units() * price;
  }

  /**
   * The leg's payoff at expiry, {@code quantity * multiplier * max(omega (S_T - K), 0)}.
   *
   * @param spotAtExpiry the underlying's price at expiry
   * @return the payoff (negative for a short leg in the money)
   */
  public double payoffAtExpiry(double spotAtExpiry) {
    return units() * contract.payoff(spotAtExpiry);
  }

  /**
   * The same leg with another price.
   *
   * @param newPrice the premium per unit, finite and {@code >= 0}
   * @return the new leg
   */
  public Leg withPrice(double newPrice) {
    return new Leg(contract, quantity, newPrice);
  }

  /**
   * The opposite leg (the trade that closes this one), at the same price.
   *
   * @return the leg with quantity {@code -quantity()}
   * @throws IllegalArgumentException if the quantity is {@link Integer#MIN_VALUE}
   */
  public Leg reversed() {
    if (quantity == Integer.MIN_VALUE) {
      throw new IllegalArgumentException(
          "quantity must not be Integer.MIN_VALUE to reverse, was " + quantity);
    }
    return new Leg(contract, -quantity, price);
  }
}
