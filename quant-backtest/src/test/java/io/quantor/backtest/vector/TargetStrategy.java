package io.quantor.backtest.vector;

import io.quantor.backtest.engine.Strategy;
import io.quantor.backtest.engine.StrategyContext;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;

/**
 * The event-driven form of a target-position strategy: at each bar, a market order for the difference
 * between the target (units, or a weight of equity) and the position.
 */
final class TargetStrategy implements Strategy {

  private final String symbol;
  private final double[] target;
  private final boolean weights;
  private final double multiplier;

  TargetStrategy(String symbol, double[] target, boolean weights, double multiplier) {
    this.symbol = symbol;
    this.target = target;
    this.weights = weights;
    this.multiplier = multiplier;
  }

  @Override
  public void onBar(StrategyContext ctx) {
    int t = ctx.barIndex();
    double wanted = weights
        ? target[t] * ctx.portfolio().equity() / (ctx.close(symbol) * multiplier)
        : target[t];
    if (Double.isNaN(wanted)) {
      return;
    }
    double d = wanted - ctx.portfolio().quantity(symbol);
    if (d != 0) {
      ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument(symbol), Side.of(d), Math.abs(d),
          ctx.time()));
    }
  }
}
