package io.quantor.bench;

import io.quantor.backtest.engine.Strategy;
import io.quantor.backtest.engine.StrategyContext;
import io.quantor.core.indicator.Sma;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;

/**
 * The benchmarked SMA crossover, written as the engine's package example writes it: long {@code quantity}
 * units while SMA(fast) of the close is above SMA(slow), flat while below, unchanged while equal; each
 * change is a market order (filled by the engine at the next open) with its decision recorded.
 *
 * <p>For walk-forward windows the strategy can be told to trade only from bar {@code firstTradingBar} of
 * its run: the bars before it only warm the averages up.
 */
public final class CrossoverStrategy implements Strategy {

  private final String symbol;
  private final int fastPeriod;
  private final int slowPeriod;
  private final double quantity;
  private final int firstTradingBar;
  private Sma fast;
  private Sma slow;

  /**
   * A crossover that may trade from the first bar.
   *
   * @param symbol the traded symbol
   * @param fastPeriod the fast average's period
   * @param slowPeriod the slow average's period
   * @param quantity the long quantity
   */
  public CrossoverStrategy(String symbol, int fastPeriod, int slowPeriod, double quantity) {
    this(symbol, fastPeriod, slowPeriod, quantity, 0);
  }

  /**
   * A crossover that trades only from bar {@code firstTradingBar} of the run.
   *
   * @param symbol the traded symbol
   * @param fastPeriod the fast average's period
   * @param slowPeriod the slow average's period
   * @param quantity the long quantity
   * @param firstTradingBar the first engine bar at which an order may be placed
   */
  public CrossoverStrategy(String symbol, int fastPeriod, int slowPeriod, double quantity,
      int firstTradingBar) {
    this.symbol = symbol;
    this.fastPeriod = fastPeriod;
    this.slowPeriod = slowPeriod;
    this.quantity = quantity;
    this.firstTradingBar = firstTradingBar;
  }

  @Override
  public void onStart(StrategyContext ctx) {
    fast = new Sma(fastPeriod);
    slow = new Sma(slowPeriod);
  }

  @Override
  public void onBar(StrategyContext ctx) {
    double close = ctx.close(symbol);
    double f = fast.update(close);
    double s = slow.update(close);
    if (!slow.isReady() || ctx.barIndex() < firstTradingBar || !ctx.openOrders().isEmpty()) {
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
