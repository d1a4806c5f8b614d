package io.quantor.broker.sim;

import io.quantor.core.series.Bar;
import io.quantor.core.trade.Side;

/** {@link SlippageModel#halfSpread(double)}. */
record HalfSpreadSlippage(double spreadBps) implements SlippageModel {

  HalfSpreadSlippage {
    if (!(spreadBps >= 0 && spreadBps < 20_000)) {
      throw new IllegalArgumentException("spreadBps must be in [0, 20000), was " + spreadBps);
    }
  }

  @Override
  public double fraction(Side side, double price, double quantity, Bar bar) {
    return spreadBps / 20_000;
  }

  @Override
  public double fraction(Side side, double price, double quantity, Quote quote) {
    // The quote's bid and ask already contain the spread.
    return 0;
  }
}
