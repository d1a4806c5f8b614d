package io.quantor.broker.sim;

import io.quantor.core.trade.Instrument;

/** {@link CommissionModel#bps(double)}. */
record BpsCommission(double bps) implements CommissionModel {

  BpsCommission {
    ArgumentChecks.nonNegative(bps, "bps");
  }

  @Override
  public double commission(Instrument instrument, double quantity, double price, boolean firstFill) {
    return bps / 10_000 * Math.abs(instrument.value(quantity, price));
  }
}
