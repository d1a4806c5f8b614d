package io.quantor.backtest.engine;

import io.quantor.broker.OrderState;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A strategy that places seeded random orders of every type and time in force on every instrument with a
 * bar, small enough for a cash account, and sometimes cancels a working order. Its random stream restarts
 * in {@code onStart}, so every run of one object makes the same decisions given the same fills.
 */
final class RandomOrders implements Strategy {

  private final long seed;
  private final double probability;
  private SplittableRandom random;

  RandomOrders(long seed, double probability) {
    this.seed = seed;
    this.probability = probability;
  }

  @Override
  public void onStart(StrategyContext ctx) {
    random = new SplittableRandom(seed);
  }

  @Override
  public void onBar(StrategyContext ctx) {
    for (Instrument i : ctx.instruments()) {
      String s = i.symbol();
      if (!ctx.hasBar(s) || random.nextDouble() >= probability) {
        continue;
      }
      double close = ctx.close(s);
      double held = ctx.portfolio().quantity(s);
      Side side = held > 0 && random.nextBoolean() ? Side.SELL : Side.BUY;
      double quantity = 1 + random.nextInt(5);
      String id = ctx.nextOrderId();
      OrderRequest order;
      switch (random.nextInt(5)) {
        case 0:
          order = OrderRequest.market(id, i, side, quantity, ctx.time());
          break;
        case 1:
          order = OrderRequest.limit(id, i, side, quantity,
              close * (side == Side.BUY ? 0.99 : 1.01), ctx.time()).withTimeInForce(TimeInForce.GTC);
          break;
        case 2:
          order = OrderRequest.limit(id, i, side, quantity, close * (1 + 0.06 * (random.nextDouble() - 0.5)),
              ctx.time());
          break;
        case 3:
          order = OrderRequest.stop(id, i, side, quantity, close * (side == Side.BUY ? 1.005 : 0.995),
              ctx.time()).withTimeInForce(TimeInForce.GTC);
          break;
        default:
          order = OrderRequest.market(id, i, side, quantity, ctx.time())
              .withTimeInForce(random.nextBoolean() ? TimeInForce.IOC : TimeInForce.FOK);
          break;
      }
      ctx.record(order, side + " " + quantity, Double.NaN, List.of("RANDOM"));
      ctx.submit(order);
    }
    List<OrderState> open = ctx.openOrders();
    if (!open.isEmpty() && random.nextDouble() < 0.2) {
      ctx.cancel(open.get(random.nextInt(open.size())).clientOrderId());
    }
  }
}
