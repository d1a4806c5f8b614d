package io.quantor.broker.sim;

import io.quantor.core.trade.Instrument;

/** {@link CommissionModel#perShare(double, double, double)}. */
record PerShareCommission(double rate, double minPerOrder, double maxFractionOfNotional)
    implements CommissionModel {

  PerShareCommission {
    ArgumentChecks.nonNegative(rate, "rate");
    ArgumentChecks.nonNegative(minPerOrder, "minPerOrder");
    if (!(maxFractionOfNotional > 0)) {
      throw new IllegalArgumentException(
          "maxFractionOfNotional must be > 0 (Infinity for no cap), was " + maxFractionOfNotional);
    }
  }

  @Override
  public double commission(Instrument instrument, double quantity, double price, boolean firstFill) {
    double fee = rate * quantity;
    if (firstFill && fee < minPerOrder) {
      fee = minPerOrder;
    }
    double cap = maxFractionOfNotional * Math.abs(instrument.value(quantity, price));
    return Math.min(fee, cap);
  }
}
