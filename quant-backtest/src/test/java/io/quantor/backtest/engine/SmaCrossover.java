package io.quantor.backtest.engine;

import io.quantor.core.indicator.Sma;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;

/** The SMA crossover of the package example: long a fixed quantity while fast > slow, flat otherwise. */
public final class SmaCrossover implements Strategy {

  private final String symbol;
  private final int fastPeriod;
  private final int slowPeriod;
  private final double quantity;
  private Sma fast;
  private Sma slow;

  public SmaCrossover(String symbol, int fastPeriod, int slowPeriod, double quantity) {
    this.symbol = symbol;
    this.fastPeriod = fastPeriod;
    this.slowPeriod = slowPeriod;
    this.quantity = quantity;
  }

  @Override
  public void onStart(StrategyContext ctx) {
    fast = new Sma(fastPeriod);
    slow = new Sma(slowPeriod);
  }

  @Override
  public void onBar(StrategyContext ctx) {
    if (!ctx.hasBar(symbol)) {
      return;
    }
    double close = ctx.close(symbol);
    double f = fast.update(close);
    double s = slow.update(close);
    if (!slow.isReady() || !ctx.openOrders().isEmpty()) {
      return;
    }
    double held = ctx.portfolio().quantity(symbol);
    if (f > s && held == 0) {
      ctx.record(symbol, "enter long", "SMA_CROSS_UP");
      ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument(symbol), Side.BUY, quantity,
          ctx.time()));
    } else if (f < s && held > 0) {
      ctx.record(symbol, "exit long", "SMA_CROSS_DOWN");
      ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument(symbol), Side.SELL, held,
          ctx.time()));
    }
  }
}
