/**
 * Internals of the backtest module shared by its packages: argument checks and the simple return of an
 * equity curve. Not API: it may change without notice.
 *
 * <pre>{@code
 * double[] r = Inputs.loggable(returns, "returns");   // throws IllegalArgumentException naming the index
 * double ruin = EquityReturns.simple(500, -200);      // -1: nothing is left to lose
 * }</pre>
 */
package io.quantor.backtest.internal;
