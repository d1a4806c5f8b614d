/**
 * The event-driven trading engine: one {@link io.quantor.backtest.engine.Strategy} runs unchanged in
 * backtest, paper and live modes.
 */
package io.quantor.backtest.engine;
