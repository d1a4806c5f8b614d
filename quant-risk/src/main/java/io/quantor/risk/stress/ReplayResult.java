package io.quantor.risk.stress;

/**
 * The worst window of a historical replay: where it lies in the history, its P&amp;L and the spot shocks
 * it stands for (a scenario that {@link StressTest#run} breaks down by position).
 *
 * @param start the index of the window's first return in the {@link ReturnHistory}
 * @param windowDays the window's length in periods; it covers returns {@code start} to
 *     {@code start + windowDays - 1}
 * @param pnl the portfolio's P&amp;L when the window's cumulative moves hit the current market at once
 * @param scenario the window as a scenario: each underlying's compounded return over the window
 */
public record ReplayResult(int start, int windowDays, double pnl, StressScenario scenario) {
}
