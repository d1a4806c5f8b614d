/**
 * Option pricing will live here: Black-Scholes-Merton, Black-76, American approximations and trees, implied volatility, option chains and multi-leg structures (issue: quant-options).
 *
 * <p>This module currently holds no public types; it depends on {@code quant-core} and shares its
 * vocabulary ({@code io.quantor.core.series}, {@code io.quantor.core.indicator}).
 */
package io.quantor.options;
