/**
 * The backtest engine will live here: one engine for backtest, paper and live runs, vectorized sweeps, metrics, walk-forward validation, baselines and reports (issue: quant-backtest).
 *
 * <p>This module currently holds no public types; it depends on {@code quant-core} and shares its
 * vocabulary ({@code io.quantor.core.series}, {@code io.quantor.core.indicator}).
 */
package io.quantor.backtest;
