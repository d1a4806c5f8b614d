/**
 * Internals of the backtest module shared by its packages: argument checks. Not API: it may change
 * without notice.
 *
 * <pre>{@code
 * double[] r = Inputs.loggable(returns, "returns");   // throws IllegalArgumentException naming the index
 * }</pre>
 */
package io.quantor.backtest.internal;
