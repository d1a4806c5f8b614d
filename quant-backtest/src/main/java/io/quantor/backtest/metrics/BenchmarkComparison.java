package io.quantor.backtest.metrics;

import io.quantor.backtest.internal.Inputs;

/**
 * How a strategy's returns compare with a benchmark's over the same periods: the benchmark-relative part
 * of a {@link MetricsReport}. Formulas in {@link ReturnMetrics}.
 *
 * <pre>{@code
 * MetricsReport report = MetricsReport.of(strategy, benchmark);
 * BenchmarkComparison vs = report.benchmark().orElseThrow();
 * vs.alphaBeta().beta();
 * vs.informationRatio();        // per period, not annualized (empyrical's excess_sharpe)
 * }</pre>
 *
 * @param alphaBeta alpha, beta and R squared of the CAPM regression (risk-free rate of the report)
 * @param informationRatio the per-period information ratio {@code mean(r - b) / std(r - b)}, NaN if
 *     undefined
 * @param informationRatioAnnualized {@code informationRatio * sqrt(periodsPerYear)}
 * @param trackingError the annualized tracking error {@code std(r - b) * sqrt(periodsPerYear)}
 * @param benchmarkAnnualReturn the benchmark's CAGR
 * @param benchmarkAnnualVolatility the benchmark's annualized volatility
 */
public record BenchmarkComparison(AlphaBeta alphaBeta, double informationRatio,
    double informationRatioAnnualized, double trackingError, double benchmarkAnnualReturn,
    double benchmarkAnnualVolatility) {

  /**
   * Validates the comparison.
   *
   * @param alphaBeta the regression, not null
   * @param informationRatio the per-period information ratio
   * @param informationRatioAnnualized the annualized information ratio
   * @param trackingError the annualized tracking error
   * @param benchmarkAnnualReturn the benchmark's CAGR
   * @param benchmarkAnnualVolatility the benchmark's annualized volatility
   * @throws IllegalArgumentException if {@code alphaBeta} is null
   */
  public BenchmarkComparison {
    if (alphaBeta == null) {
      throw new IllegalArgumentException("alphaBeta must not be null");
    }
  }

  /**
   * Compares returns with a benchmark.
   *
   * @param returns the strategy's simple returns, finite, not empty
   * @param benchmark the benchmark's simple returns, finite, each {@code >= -1}, same length
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @param riskFreePerPeriod the risk-free rate per period for alpha, finite
   * @return the comparison
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static BenchmarkComparison of(double[] returns, double[] benchmark, int periodsPerYear,
      double riskFreePerPeriod) {
    Inputs.pair(returns, "returns", benchmark, "benchmark");
    Inputs.compoundable(benchmark, "benchmark");
    return new BenchmarkComparison(
        ReturnMetrics.alphaBeta(returns, benchmark, riskFreePerPeriod, periodsPerYear),
        ReturnMetrics.informationRatio(returns, benchmark),
        ReturnMetrics.informationRatioAnnualized(returns, benchmark, periodsPerYear),
        ReturnMetrics.trackingError(returns, benchmark, periodsPerYear),
        ReturnMetrics.annualReturn(benchmark, periodsPerYear),
        ReturnMetrics.annualVolatility(benchmark, periodsPerYear));
  }
}
