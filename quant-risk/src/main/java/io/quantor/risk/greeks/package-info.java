/**
 * Greeks risk: position-scaled Greeks of stock and option positions, their sums per underlying and for
 * the portfolio, beta weighting to a benchmark, caps on absolute exposures, and risk-budget sizing of a
 * proposed structure against those caps.
 *
 * <p>Positions ({@link io.quantor.risk.greeks.RiskPosition}: {@link io.quantor.risk.greeks.StockPosition},
 * {@link io.quantor.risk.greeks.OptionPosition}) are contract terms and signed quantities; the market
 * ({@link io.quantor.risk.greeks.MarketSnapshot}) gives each underlying's spot, dividend yield and beta and
 * the rate. {@link io.quantor.risk.greeks.PositionPricer} prices European options with Black-Scholes and
 * American options with Barone-Adesi-Whaley (by default; Greeks by finite differences).
 *
 * <h2>Units</h2>
 * For {@code n = quantity * multiplier} units at spot {@code S} (per-unit Greeks as in quant-options):
 * delta in shares {@code Delta n} and dollar delta {@code Delta n S}; gamma per 1.00 of spot
 * {@code Gamma n} and dollar gamma per 1 % move {@code Gamma n S^2 / 100}; vega per 1.00 of volatility
 * {@code Vega n} ({@code vegaPerPoint()} per vol point); theta per year {@code Theta n}
 * ({@code thetaPerDay()} per day). Beta-weighted delta in benchmark shares is
 * {@code sum Delta_i n_i S_i beta_i / S_benchmark}.
 *
 * <h2>Risk budget</h2>
 * {@link io.quantor.risk.greeks.GreeksRiskBudget#largestQuantity} finds, exactly, the largest number of
 * units of a structure that keeps every {@link io.quantor.risk.greeks.GreeksCap} of a
 * {@link io.quantor.risk.greeks.GreeksLimits} ({@code |exposure| <= limit}) and names the binding cap.
 *
 * <p>Example, an iron condor's Greeks budget: a book long 450 shares sells 90/95/105/110 iron condors
 * (30 days, spot 100, volatility 15 %); one condor (multiplier 100) carries delta -3.32 shares, dollar
 * gamma -811.63 per 1 % and vega -1,000.64 per 1.00 of volatility, so the gamma cap allows
 * {@code floor(15,000 / 811.63) = 18}, the vega cap 24 and the delta cap 286: 18 condors, gamma binds.
 * <pre>{@code
 * MarketSnapshot market = MarketSnapshot.of(0.04, Underlying.of("XYZ", 100, 0.01, 1.0));
 * double t = 30 / 365.0;
 * List<RiskPosition> book = List.of(RiskPosition.stock("XYZ", 450));
 * List<RiskPosition> condor = List.of(                        // one short iron condor
 *     RiskPosition.option("XYZ", OptionType.PUT, 90, t, 1, 0.15),
 *     RiskPosition.option("XYZ", OptionType.PUT, 95, t, -1, 0.15),
 *     RiskPosition.option("XYZ", OptionType.CALL, 105, t, -1, 0.15),
 *     RiskPosition.option("XYZ", OptionType.CALL, 110, t, 1, 0.15));
 * GreeksLimits limits = GreeksLimits.of(
 *     GreeksCap.portfolio(Greek.VEGA, 25_000),                // $250 per vol point
 *     GreeksCap.portfolio(Greek.DOLLAR_GAMMA, 15_000),        // $ delta change per 1 % move
 *     GreeksCap.underlying("XYZ", Greek.DELTA, 500));         // shares
 * RiskBudgetResult r = GreeksRiskBudget.largestQuantity(
 *     PortfolioGreeks.of(book, market), PortfolioGreeks.of(condor, market), limits, 50);
 * long condors = r.quantity();                                // 18
 * GreeksCap binding = r.bindingCap();                         // the dollar-gamma cap
 * }</pre>
 */
package io.quantor.risk.greeks;
