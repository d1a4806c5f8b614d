package io.quantor.backtest.metrics;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.Args;
import java.util.Optional;

/**
 * Every return metric of {@link ReturnMetrics} for one series of simple returns, computed at once, plus
 * the comparison with a benchmark when one is given. For calendar dates (drawdown dates, one report per
 * year) see {@link PeriodMetrics}.
 *
 * <p>The report uses one risk-free rate per period {@code rf} (default 0) for every excess measure: the
 * Sharpe ratio, the downside risk and Sortino target, the Omega threshold and alpha; the profit factor
 * and win rates always count returns above and below 0. With {@code rf = 0} every figure is the
 * corresponding empyrical default. Statistics that do not exist for the data are {@code NaN} (see
 * {@link ReturnMetrics}); the report itself never fails on valid returns.
 *
 * <pre>{@code
 * MetricsReport r = MetricsReport.of(returns, benchmark);
 * r.annualReturn();                      // CAGR
 * r.sharpeRatio();
 * r.maxDrawdown().depth();               // negative fraction
 * r.benchmark().orElseThrow().alphaBeta().beta();
 * }</pre>
 *
 * @param count the number of returns, {@code >= 1}
 * @param periodsPerYear the annualization, {@code >= 1}
 * @param riskFreePerPeriod the risk-free rate per period used by the excess measures, finite
 * @param cumulativeReturn {@code prod(1 + r) - 1}
 * @param annualReturn the CAGR
 * @param annualVolatility the annualized sample standard deviation
 * @param sharpeRatio the annualized Sharpe ratio at {@code riskFreePerPeriod}
 * @param downsideRisk the annualized downside deviation below {@code riskFreePerPeriod}
 * @param sortinoRatio the annualized Sortino ratio with target {@code riskFreePerPeriod}
 * @param maxDrawdown the maximum drawdown of the wealth index, with peak, trough and recovery
 * @param calmarRatio {@code annualReturn / |maxDrawdown.depth|}
 * @param tailRatio {@code |P95| / |P5|}
 * @param omegaRatio the Omega ratio at threshold {@code riskFreePerPeriod}
 * @param stability the R squared of the cumulative log return against time
 * @param profitFactor {@code sum(r > 0) / |sum(r < 0)|}
 * @param positiveCount the number of returns {@code > 0}
 * @param negativeCount the number of returns {@code < 0}
 * @param zeroCount the number of returns equal to 0
 * @param winRate {@code positiveCount / count}
 * @param winRateExcludingZero {@code positiveCount / (positiveCount + negativeCount)}
 * @param skewness the skewness, population moments
 * @param excessKurtosis the excess kurtosis, population moments
 * @param sampleAdjustedSkewness the bias-corrected skewness {@code G1}
 * @param sampleAdjustedExcessKurtosis the bias-corrected excess kurtosis {@code G2}
 * @param valueAtRisk the historical VaR at {@value #VAR_CONFIDENCE}, a positive loss
 * @param conditionalValueAtRisk empyrical's historical CVaR at {@value #VAR_CONFIDENCE}, a positive loss
 * @param benchmark the comparison with the benchmark, empty if none was given
 */
public record MetricsReport(int count, int periodsPerYear, double riskFreePerPeriod,
    double cumulativeReturn, double annualReturn, double annualVolatility, double sharpeRatio,
    double downsideRisk, double sortinoRatio, Drawdown maxDrawdown, double calmarRatio,
    double tailRatio, double omegaRatio, double stability, double profitFactor, int positiveCount,
    int negativeCount, int zeroCount, double winRate, double winRateExcludingZero, double skewness,
    double excessKurtosis, double sampleAdjustedSkewness, double sampleAdjustedExcessKurtosis,
    double valueAtRisk, double conditionalValueAtRisk, Optional<BenchmarkComparison> benchmark) {

  /** The confidence level of the report's VaR and CVaR: {@value}. */
  public static final double VAR_CONFIDENCE = 0.95;

  /**
   * Validates the report's structure (metric values may be NaN where undefined).
   *
   * @param count the number of returns, {@code >= 1}
   * @param periodsPerYear the annualization, {@code >= 1}
   * @param riskFreePerPeriod the risk-free rate per period, finite
   * @param cumulativeReturn the cumulative return
   * @param annualReturn the CAGR
   * @param annualVolatility the annualized volatility
   * @param sharpeRatio the Sharpe ratio
   * @param downsideRisk the downside risk
   * @param sortinoRatio the Sortino ratio
   * @param maxDrawdown the maximum drawdown, not null
   * @param calmarRatio the Calmar ratio
   * @param tailRatio the tail ratio
   * @param omegaRatio the Omega ratio
   * @param stability the stability
   * @param profitFactor the profit factor
   * @param positiveCount the number of positive returns, {@code >= 0}
   * @param negativeCount the number of negative returns, {@code >= 0}
   * @param zeroCount the number of zero returns, {@code >= 0}; the three counts sum to {@code count}
   * @param winRate the win rate
   * @param winRateExcludingZero the win rate among non-zero returns
   * @param skewness the skewness
   * @param excessKurtosis the excess kurtosis
   * @param sampleAdjustedSkewness the adjusted skewness
   * @param sampleAdjustedExcessKurtosis the adjusted excess kurtosis
   * @param valueAtRisk the VaR
   * @param conditionalValueAtRisk the CVaR
   * @param benchmark the benchmark comparison, not null (empty for none)
   * @throws IllegalArgumentException if the structure is invalid
   */
  public MetricsReport {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count);
    }
    Inputs.periodsPerYear(periodsPerYear);
    Args.finite(riskFreePerPeriod, "riskFreePerPeriod");
    if (maxDrawdown == null) {
      throw new IllegalArgumentException("maxDrawdown must not be null");
    }
    if (benchmark == null) {
      throw new IllegalArgumentException("benchmark must not be null (use Optional.empty())");
    }
    if (positiveCount < 0 || negativeCount < 0 || zeroCount < 0
        || positiveCount + negativeCount + zeroCount != count) {
      throw new IllegalArgumentException("positiveCount " + positiveCount + ", negativeCount "
          + negativeCount + " and zeroCount " + zeroCount + " must be >= 0 and sum to count " + count);
    }
  }

  /**
   * The report of a series of returns: no benchmark, risk-free rate 0,
   * {@value ReturnMetrics#DEFAULT_PERIODS_PER_YEAR} periods a year.
   *
   * @param returns simple returns, finite, each {@code > -1}, not empty
   * @return the report
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static MetricsReport of(double[] returns) {
    return of(returns, null, ReturnMetrics.DEFAULT_PERIODS_PER_YEAR, 0);
  }

  /**
   * The report of a series of returns against a benchmark: risk-free rate 0,
   * {@value ReturnMetrics#DEFAULT_PERIODS_PER_YEAR} periods a year.
   *
   * @param returns simple returns, finite, each {@code > -1}, not empty
   * @param benchmark the benchmark's simple returns over the same periods, finite, each {@code >= -1},
   *     same length, not null
   * @return the report
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static MetricsReport of(double[] returns, double[] benchmark) {
    if (benchmark == null) {
      throw new IllegalArgumentException("benchmark must not be null");
    }
    return of(returns, benchmark, ReturnMetrics.DEFAULT_PERIODS_PER_YEAR, 0);
  }

  /**
   * The report of a series of returns.
   *
   * <p>Returns must be {@code > -1}: the stability fit needs {@code ln(1 + r)}, which a total loss does
   * not have. For such a series compute the remaining metrics one by one in {@link ReturnMetrics}.
   *
   * @param returns simple returns, finite, each {@code > -1}, not empty
   * @param benchmark the benchmark's simple returns over the same periods (finite, each {@code >= -1},
   *     same length), or {@code null} for none
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @param riskFreePerPeriod the risk-free rate per period, finite
   * @return the report
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static MetricsReport of(double[] returns, double[] benchmark, int periodsPerYear,
      double riskFreePerPeriod) {
    Inputs.loggable(returns, "returns");
    Inputs.periodsPerYear(periodsPerYear);
    Args.finite(riskFreePerPeriod, "riskFreePerPeriod");
    Optional<BenchmarkComparison> comparison = benchmark == null ? Optional.empty()
        : Optional.of(BenchmarkComparison.of(returns, benchmark, periodsPerYear, riskFreePerPeriod));
    double rf = riskFreePerPeriod;
    double cagr = ReturnMetrics.annualReturn(returns, periodsPerYear);
    Drawdown drawdown = Drawdown.of(returns);
    double calmar = drawdown.depth() < 0 ? cagr / -drawdown.depth() : Double.NaN;
    int positive = ReturnMetrics.count(returns, 1);
    int negative = ReturnMetrics.count(returns, -1);
    int n = returns.length;
    return new MetricsReport(n, periodsPerYear, rf,
        ReturnMetrics.cumulativeReturn(returns),
        cagr,
        ReturnMetrics.annualVolatility(returns, periodsPerYear),
        ReturnMetrics.sharpeRatio(returns, rf, periodsPerYear),
        ReturnMetrics.downsideRisk(returns, rf, periodsPerYear),
        ReturnMetrics.sortinoRatio(returns, rf, periodsPerYear),
        drawdown,
        calmar,
        ReturnMetrics.tailRatio(returns),
        ReturnMetrics.omegaRatio(returns, rf),
        ReturnMetrics.stability(returns),
        ReturnMetrics.profitFactor(returns),
        positive, negative, n - positive - negative,
        (double) positive / n,
        positive + negative > 0 ? (double) positive / (positive + negative) : Double.NaN,
        ReturnMetrics.skewness(returns),
        ReturnMetrics.excessKurtosis(returns),
        ReturnMetrics.sampleAdjustedSkewness(returns),
        ReturnMetrics.sampleAdjustedExcessKurtosis(returns),
        ReturnMetrics.valueAtRisk(returns, VAR_CONFIDENCE),
        ReturnMetrics.conditionalValueAtRisk(returns, VAR_CONFIDENCE),
        comparison);
  }
}
