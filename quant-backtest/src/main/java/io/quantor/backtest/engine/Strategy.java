package io.quantor.backtest.engine;

import io.quantor.core.series.TimeFrame;

/**
 * A trading strategy: the engine calls it after every bar closes and it reads prices, indicators and the
 * portfolio from the {@link StrategyContext} and submits orders through it. The same strategy code runs in
 * every {@link RunMode}.
 *
 * <p><b>Calls.</b> {@link #onStart} once, before the first bar; then {@link #onBar(StrategyContext)} once
 * per timestamp, after every bar stamped with that time has closed (with several instruments: once for
 * all bars that closed at that time; {@link StrategyContext#hasBar(String)} says which); then, for each
 * higher time frame registered with {@link StrategyContext#subscribe}, {@link #onBar(StrategyContext,
 * TimeFrame)} whenever a bar of that time frame completed at this timestamp; and {@link #onFinish} once at
 * the end.
 *
 * <p><b>State.</b> A strategy object that is run more than once (a backtest, then a paper run) must reset
 * its state, such as its indicators, in {@link #onStart}. Calls come from one thread at a time.
 *
 * <pre>{@code
 * Strategy buyAndHold = ctx -> {
 *   if (ctx.barIndex() == 0) {
 *     ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("SPY"), Side.BUY, 100, ctx.time()));
 *   }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface Strategy {

  /**
   * Called once before the first bar: reset state, register higher time frames.
   *
   * @param ctx the context (no bar yet: {@link StrategyContext#barIndex()} is -1)
   */
  default void onStart(StrategyContext ctx) {
  }

  /**
   * Called after the bars of one timestamp have closed, after the engine booked the fills they produced
   * and marked the portfolio at their closes. Orders submitted here fill no earlier than the next bar of
   * their instrument.
   *
   * @param ctx the context at this bar
   */
  void onBar(StrategyContext ctx);

  /**
   * Called after {@link #onBar(StrategyContext)} when at least one instrument's bar of a registered higher
   * time frame completed at this timestamp ({@link StrategyContext#hasBar(String, TimeFrame)} says which).
   * The default does nothing.
   *
   * @param ctx the context at this bar
   * @param timeFrame the time frame whose bar completed
   */
  default void onBar(StrategyContext ctx, TimeFrame timeFrame) {
  }

  /**
   * Called once after the last bar. Orders submitted here are never filled.
   *
   * @param ctx the context at the last bar
   */
  default void onFinish(StrategyContext ctx) {
  }
}
