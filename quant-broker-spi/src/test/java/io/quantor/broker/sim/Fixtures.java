package io.quantor.broker.sim;

import io.quantor.core.series.Bar;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.time.Instant;

/** Orders and bars for the simulator's tests; every bar is on 2024-06-04 unless a time is given. */
final class Fixtures {

  static final Instrument ORCL = Instrument.stock("ORCL");
  /** When the orders are placed: 2024-06-03 16:00 New York, after the close. */
  static final Instant PLACED = Instant.parse("2024-06-03T20:00:00Z");
  static final Instant T1 = Instant.parse("2024-06-04T13:35:00Z");
  static final Instant T2 = Instant.parse("2024-06-04T13:40:00Z");
  static final Instant T3 = Instant.parse("2024-06-04T13:45:00Z");

  private Fixtures() {
  }

  static Bar bar(double open, double high, double low, double close) {
    return Bar.of(T1, open, high, low, close, 1_000_000);
  }

  static Bar bar(Instant time, double open, double high, double low, double close, double volume) {
    return Bar.of(time, open, high, low, close, volume);
  }

  static SimulatedOrder order(OrderType type, Side side, double quantity, double limit, double stop,
      TimeInForce tif) {
    return SimulatedOrder.of(new OrderRequest("o-1", ORCL, side, quantity, type, limit, stop, tif,
        OrderRequest.DEFAULT_STRATEGY, PLACED));
  }

  static SimulatedOrder market(Side side, double quantity) {
    return SimulatedOrder.of(OrderRequest.market("o-1", ORCL, side, quantity, PLACED));
  }

  static SimulatedOrder market(Side side, double quantity, TimeInForce tif) {
    return SimulatedOrder.of(OrderRequest.market("o-1", ORCL, side, quantity, PLACED)
        .withTimeInForce(tif));
  }

  static SimulatedOrder limit(Side side, double quantity, double limit) {
    return SimulatedOrder.of(OrderRequest.limit("o-1", ORCL, side, quantity, limit, PLACED));
  }

  static SimulatedOrder stop(Side side, double quantity, double stop) {
    return SimulatedOrder.of(OrderRequest.stop("o-1", ORCL, side, quantity, stop, PLACED));
  }

  static SimulatedOrder stopLimit(Side side, double quantity, double stop, double limit) {
    return SimulatedOrder.of(OrderRequest.stopLimit("o-1", ORCL, side, quantity, stop, limit, PLACED)
        .withTimeInForce(TimeInForce.GTC));
  }
}
