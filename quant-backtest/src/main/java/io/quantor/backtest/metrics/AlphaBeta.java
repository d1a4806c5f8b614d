package io.quantor.backtest.metrics;

/**
 * The CAPM regression of a strategy's returns on a benchmark's (see
 * {@link ReturnMetrics#alphaBeta(double[], double[], double, int)} for the formulas).
 *
 * <pre>{@code
 * AlphaBeta ab = ReturnMetrics.alphaBeta(strategy, benchmark);
 * ab.beta();             // OLS slope
 * ab.alpha();            // (1 + alphaPerPeriod)^252 - 1
 * }</pre>
 *
 * @param alpha the annualized alpha, {@code (1 + alphaPerPeriod)^periodsPerYear - 1} (empyrical's
 *     compounding annualization), NaN when beta is
 * @param alphaPerPeriod the per-period alpha, the OLS intercept of the excess returns, NaN when beta is
 * @param beta the OLS slope of the returns on the benchmark's, NaN if the benchmark is constant
 * @param rSquared the squared correlation in {@code [0, 1]}, NaN if either series is constant
 */
public record AlphaBeta(double alpha, double alphaPerPeriod, double beta, double rSquared) {
}
