package io.quantor.broker.sim;

import io.quantor.core.series.Bar;
import io.quantor.core.trade.Side;

/** {@link SlippageModel#fixedBps(double)} and {@link SlippageModel#none()}. */
record FixedBpsSlippage(double bps) implements SlippageModel {

  static final FixedBpsSlippage NONE = new FixedBpsSlippage(0);

  FixedBpsSlippage {
    if (!(bps >= 0 && bps < 10_000)) {
      throw new IllegalArgumentException("bps must be in [0, 10000), was " + bps);
    }
  }

  @Override
  public double fraction(Side side, double price, double quantity, Bar bar) {
    return bps / 10_000;
  }

  @Override
  public double fraction(Side side, double price, double quantity, Quote quote) {
    return bps / 10_000;
  }
}
