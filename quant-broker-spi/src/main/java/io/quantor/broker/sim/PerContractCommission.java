package io.quantor.broker.sim;

import io.quantor.core.trade.Instrument;

/** {@link CommissionModel#perContract(double)} and {@link CommissionModel#none()}. */
record PerContractCommission(double rate) implements CommissionModel {

  static final PerContractCommission NONE = new PerContractCommission(0);

  PerContractCommission {
    ArgumentChecks.nonNegative(rate, "rate");
  }

  @Override
  public double commission(Instrument instrument, double quantity, double price, boolean firstFill) {
    return rate * quantity;
  }
}
