/**
 * Vectorized backtests for fast parameter sweeps.
 */
package io.quantor.backtest.vector;
