package io.quantor.options.structure;

import io.quantor.core.internal.Args;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A multi-leg option position: its claimed {@link StructureKind} and its legs.
 *
 * <p>Construction only checks that the legs exist; whether they form the claimed shape (one underlying,
 * strike order, expiries, quantity signs, ...) is the business of {@link StructureValidator}, which
 * reports every violation as a value. Build structures by hand with {@link #of(StructureKind, List)} or
 * from a chain with {@link StructureBuilder}.
 *
 * <p>Amounts are cash for the whole position: each leg contributes {@code quantity * multiplier} times its
 * per-unit value ({@link Leg#units()}).
 *
 * <pre>{@code
 * LocalDate expiry = LocalDate.of(2024, 2, 16);
 * OptionStructure condor = OptionStructure.of(StructureKind.IRON_CONDOR, List.of(
 *     Leg.of(OptionContract.of("SPY", PUT, 480, expiry, AMERICAN), 1, 1.10),
 *     Leg.of(OptionContract.of("SPY", PUT, 490, expiry, AMERICAN), -1, 2.05),
 *     Leg.of(OptionContract.of("SPY", CALL, 520, expiry, AMERICAN), -1, 1.95),
 *     Leg.of(OptionContract.of("SPY", CALL, 530, expiry, AMERICAN), 1, 0.90)));
 * double credit = condor.netCredit();          // (2.05 + 1.95 - 1.10 - 0.90) * 100 = 200
 * double pnl = condor.payoffAtExpiry(495) + credit;
 * }</pre>
 *
 * @param kind the claimed shape
 * @param legs the legs, at least one (copied)
 */
public record OptionStructure(StructureKind kind, List<Leg> legs) {

  /**
   * Checks that there is a kind and at least one leg.
   *
   * @param kind the kind
   * @param legs the legs
   * @throws IllegalArgumentException if an argument or leg is null, or there are no legs
   */
  public OptionStructure {
    Args.notNull(kind, "kind");
    Args.notNull(legs, "legs");
    for (Leg leg : legs) {
      Args.notNull(leg, "legs element");
    }
    legs = List.copyOf(legs);
    if (legs.isEmpty()) {
      throw new IllegalArgumentException("legs must not be empty");
    }
  }

  /**
   * A structure.
   *
   * @param kind the claimed shape
   * @param legs the legs, at least one
   * @return the structure
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static OptionStructure of(StructureKind kind, List<Leg> legs) {
    return new OptionStructure(kind, legs);
  }

  /**
   * The net premium of the position, {@code sum of quantity * multiplier * price}: positive for a debit
   * (paid), negative for a credit (received).
   *
   * @return the net premium
   */
  public double netPremium() {
    double sum = 0;
    for (Leg leg : legs) {
      sum += leg.premium();
    }
    return sum;
  }

  /**
   * The net credit, {@code -netPremium()}: positive when the position was opened for a credit.
   *
   * @return the net credit
   */
  public double netCredit() {
    return -netPremium();
  }

  /**
   * The payoff at expiry (premium not included), the sum of the legs' payoffs
   * {@code quantity * multiplier * max(omega (S_T - K), 0)}; for single-expiry structures.
   *
   * @param spotAtExpiry the underlying's price at expiry, {@code >= 0}
   * @return the payoff
   */
  public double payoffAtExpiry(double spotAtExpiry) {
    double sum = 0;
    for (Leg leg : legs) {
      sum += leg.payoffAtExpiry(spotAtExpiry);
    }
    return sum;
  }

  /**
   * The distinct expiries of the legs, earliest first.
   *
   * @return the expiries
   */
  public List<LocalDate> expiries() {
    TreeSet<LocalDate> set = new TreeSet<>();
    for (Leg leg : legs) {
      set.add(leg.contract().expiry());
    }
    return List.copyOf(set);
  }

  /**
   * The total number of contracts, {@code sum of |quantity|} (what a per-contract commission counts).
   *
   * @return the contract count
   */
  public long contracts() {
    long n = 0;
    for (Leg leg : legs) {
      n += Math.abs((long) leg.quantity());
    }
    return n;
  }

  /**
   * The opposite position (the order that closes this one), legs at the same prices.
   *
   * @return the structure with every quantity negated
   * @throws IllegalArgumentException if a quantity is {@link Integer#MIN_VALUE}
   */
  public OptionStructure reversed() {
    List<Leg> out = new ArrayList<>(legs.size());
    for (Leg leg : legs) {
      out.add(leg.reversed());
    }
    return new OptionStructure(kind, out);
  }

  /**
   * The same structure with new leg prices (such as fill prices or marks), in leg order.
   *
   * @param prices one price per leg, finite and {@code >= 0}
   * @return the repriced structure
   * @throws IllegalArgumentException if the array is null, of the wrong length or a price out of range
   */
  public OptionStructure withPrices(double[] prices) {
    Args.notNull(prices, "prices");
    if (prices.length != legs.size()) {
      throw new IllegalArgumentException("prices must have one price per leg (" + legs.size() + "), had "
          + prices.length);
    }
    List<Leg> out = new ArrayList<>(legs.size());
    for (int i = 0; i < prices.length; i++) {
      out.add(legs.get(i).withPrice(prices[i]));
    }
    return new OptionStructure(kind, out);
  }
}
