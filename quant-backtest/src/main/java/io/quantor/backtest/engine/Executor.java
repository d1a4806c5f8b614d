package io.quantor.backtest.engine;

import io.quantor.broker.OrderState;
import io.quantor.core.trade.OrderRequest;

/**
 * Executes a session's orders: the simulator inside the engine (BACKTEST) or a broker (PAPER, LIVE). It
 * reports order states and fills back through {@link Session#update} and {@link Session#book}.
 */
abstract class Executor {

  /** Whether {@link #drain()} has anything to do (a broker's queued events). */
  final boolean drains;
  /** Whether every new bar must reach the executor, even with no working order (a paper broker). */
  final boolean seesEveryBar;
  Session session;

  Executor(boolean drains, boolean seesEveryBar) {
    this.drains = drains;
    this.seesEveryBar = seesEveryBar;
  }

  void attach(Session s) {
    this.session = s;
  }

  /** Before the first bar. */
  abstract void start();

  /** Instrument {@code k} gained a bar at the session's current time (its track has advanced). */
  abstract void onBar(int k);

  /** Instrument {@code k}, which has no bars, was marked at {@code price} at the current time. */
  abstract void onMark(int k, double price);

  /** Applies what the broker reported since the last call (broker modes). */
  abstract void drain();

  /** Places an order; returns its state after submission. */
  abstract OrderState submit(OrderRequest order);

  /** Asks to cancel an order of the session. */
  abstract OrderState cancel(String clientOrderId);

  /** After the last bar and the strategy's finish call. */
  abstract void finish();
}
