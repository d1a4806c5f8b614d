/**
 * Stress tests: scenarios as instantaneous shocks (spot moves per underlying or for all, volatilities
 * multiplied, the rate shifted, and the "correlations to one" move in which every underlying moves the
 * same number of its own standard deviations), historical replays (the worst {@code N}-day window of a
 * return history, found in {@code O(n)}), and full revaluation of stock and option positions with the
 * quant-options engines (Black-Scholes for European, Barone-Adesi-Whaley by default for American).
 *
 * <p>Results ({@link io.quantor.risk.stress.StressReport}) give the P&amp;L of every position under every
 * scenario, the totals and the worst scenario. P&amp;L is the change of market value, negative for a loss.
 *
 * <pre>{@code
 * MarketSnapshot market = MarketSnapshot.of(0.05, Underlying.of("XYZ", 100.0));
 * List<RiskPosition> straddle = List.of(
 *     RiskPosition.option("XYZ", OptionType.CALL, 100, 0.25, 1, 0.20),
 *     RiskPosition.option("XYZ", OptionType.PUT, 100, 0.25, 1, 0.20));
 * StressReport report = StressTest.standard().run(straddle, market, List.of(
 *     StressScenario.spotMove("-10%", -0.10),
 *     StressScenario.spotMove("+10%", 0.10),
 *     StressScenario.none("vol x0.5").withVolMultiplier(0.5)));
 * ScenarioResult worst = report.worst();           // the vol crush
 *
 * ReturnHistory history = ReturnHistory.of(Map.of("XYZ", dailyReturns));
 * ReplayResult week = HistoricalReplay.standard().worstWindow(straddle, market, history, 5);
 * }</pre>
 */
package io.quantor.risk.stress;
