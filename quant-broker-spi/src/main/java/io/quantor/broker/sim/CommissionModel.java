package io.quantor.broker.sim;

import io.quantor.core.trade.Instrument;

/**
 * The commission charged for one fill, in account currency. The {@link ExecutionSimulator} calls the
 * model once per fill and puts the result in {@link io.quantor.core.trade.Fill#fees()}.
 *
 * <p><b>Per-order minimums and partial fills.</b> A broker charges a per-order minimum once per order,
 * not once per partial fill. The simulator therefore tells the model whether a fill is the order's
 * first: {@link #perShare(double, double, double)} applies its minimum to the first fill only and
 * charges later fills of the same order at the plain rate (still capped at the maximum). An order filled
 * in one piece pays exactly what the broker's schedule says; an order filled in pieces pays the minimum
 * at most once.
 *
 * <p><b>Contract.</b> A model is immutable and deterministic and returns a finite amount (negative for
 * a rebate). It is a functional interface, so a lambda will do for a custom schedule.
 *
 * <pre>{@code
 * // Interactive Brokers' US stock "fixed" schedule: 0.005 a share, at least 1.00 an order,
 * // at most 1 % of the trade value.
 * CommissionModel ib = CommissionModel.perShare(0.005, 1.00, 0.01);
 * ib.commission(Instrument.stock("ORCL"), 100, 125.0, true);      // 1.00 (minimum)
 * ib.commission(Instrument.stock("ORCL"), 1_000, 125.0, true);    // 5.00
 * CommissionModel options = CommissionModel.perContract(0.65);    // 0.65 a contract
 * CommissionModel futures = CommissionModel.perContract(2.25);
 * CommissionModel crypto = CommissionModel.bps(10);               // 0.1 % of notional
 * }</pre>
 */
@FunctionalInterface
public interface CommissionModel {

  /**
   * The commission for one fill.
   *
   * @param instrument the instrument traded (its multiplier prices the notional)
   * @param quantity the unsigned quantity of the fill, {@code > 0}
   * @param price the execution price
   * @param firstFill whether this is the first fill of its order (per-order minimums apply to it only)
   * @return the commission, finite (negative for a rebate)
   */
  double commission(Instrument instrument, double quantity, double price, boolean firstFill);

  /**
   * No commission.
   *
   * @return the model
   */
  static CommissionModel none() {
    return PerContractCommission.NONE;
  }

  /**
   * A rate per share (per unit of quantity) with a minimum per order and a maximum as a fraction of the
   * trade value, in the style of Interactive Brokers' fixed pricing (USD 0.005 a share, minimum 1.00 an
   * order, maximum 1 % of the trade value):
   * <pre>    fee = min(max(rate * q, firstFill ? minPerOrder : 0),
   *           maxFractionOfNotional * |value(q, p)|)</pre>
   * where {@code value(q, p) = q * p * multiplier}. The maximum wins over the minimum (a very cheap
   * trade pays 1 % of its value, not the minimum), as on the broker's schedule.
   *
   * @param rate the commission per unit, finite and {@code >= 0}
   * @param minPerOrder the minimum per order, charged on the order's first fill, finite and {@code >= 0}
   * @param maxFractionOfNotional the cap as a fraction of the fill's value, {@code > 0}
   *     ({@link Double#POSITIVE_INFINITY} for no cap)
   * @return the model
   * @throws IllegalArgumentException if an argument is out of range or NaN
   */
  static CommissionModel perShare(double rate, double minPerOrder, double maxFractionOfNotional) {
    return new PerShareCommission(rate, minPerOrder, maxFractionOfNotional);
  }

  /**
   * A rate per contract (per unit of quantity), for options and futures: {@code fee = rate * q}, no
   * minimum and no maximum.
   *
   * @param rate the commission per contract, finite and {@code >= 0}
   * @return the model
   * @throws IllegalArgumentException if {@code rate} is negative, infinite or NaN
   */
  static CommissionModel perContract(double rate) {
    return new PerContractCommission(rate);
  }

  /**
   * A fraction of the notional: {@code fee = bps / 10_000 * |value(q, p)|}, with
   * {@code value(q, p) = q * p * multiplier} ({@link Instrument#value(double, double)}).
   *
   * @param bps the commission in basis points of the notional, finite and {@code >= 0}
   * @return the model
   * @throws IllegalArgumentException if {@code bps} is negative, infinite or NaN
   */
  static CommissionModel bps(double bps) {
    return new BpsCommission(bps);
  }
}
