/**
 * Risk will live here: VaR and expected shortfall, portfolio optimization on ojAlgo, portfolio risk models, Greeks limits, pre-trade gates and stress tests (issue: quant-risk).
 *
 * <p>This module currently holds no public types; it depends on {@code quant-core} and shares its
 * vocabulary ({@code io.quantor.core.series}, {@code io.quantor.core.indicator}).
 */
package io.quantor.risk;
