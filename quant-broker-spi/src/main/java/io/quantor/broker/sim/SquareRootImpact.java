package io.quantor.broker.sim;

import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;
import io.quantor.core.trade.Side;

/** {@link SlippageModel#squareRootImpact(double, double)}: {@code f = Y * sigma * sqrt(Q / V)}. */
record SquareRootImpact(double coefficient, double dailyVolatility) implements SlippageModel {

  SquareRootImpact {
    Args.positive(coefficient, "coefficient");
    Args.positive(dailyVolatility, "dailyVolatility");
  }

  @Override
  public double fraction(Side side, double price, double quantity, Bar bar) {
    double volume = bar.volume();
    // Zero volume means unknown: charge the order as a whole bar's volume.
    double participation = volume > 0 ? quantity / volume : 1;
    return coefficient * dailyVolatility * Math.sqrt(participation);
  }

  @Override
  public double fraction(Side side, double price, double quantity, Quote quote) {
    return 0;
  }
}
