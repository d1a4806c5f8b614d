package io.quantor.backtest.baseline;

import io.quantor.core.internal.Args;

/**
 * The value of every {@link Metric} for one series of returns, or the difference of two such sets (a
 * regret or a what-if delta). Components may be {@code NaN} where a metric does not exist (see
 * {@link Metric}); a difference is {@code NaN} where either side is.
 *
 * <pre>{@code
 * MetricValues v = MetricValues.of(returns, MetricSettings.DEFAULT);
 * v.sharpeRatio();
 * v.get(Metric.MAX_DRAWDOWN);
 * MetricValues delta = v.minus(MetricValues.of(baselineReturns, MetricSettings.DEFAULT));
 * }</pre>
 *
 * @param cumulativeReturn {@link Metric#CUMULATIVE_RETURN}
 * @param annualReturn {@link Metric#ANNUAL_RETURN}
 * @param annualVolatility {@link Metric#ANNUAL_VOLATILITY}
 * @param sharpeRatio {@link Metric#SHARPE_RATIO}
 * @param sortinoRatio {@link Metric#SORTINO_RATIO}
 * @param maxDrawdown {@link Metric#MAX_DRAWDOWN}
 * @param calmarRatio {@link Metric#CALMAR_RATIO}
 */
public record MetricValues(double cumulativeReturn, double annualReturn, double annualVolatility,
    double sharpeRatio, double sortinoRatio, double maxDrawdown, double calmarRatio) {

  /**
   * Validates the values: each finite or {@code NaN}, never infinite.
   *
   * @param cumulativeReturn the total return
   * @param annualReturn the CAGR
   * @param annualVolatility the annualized volatility
   * @param sharpeRatio the Sharpe ratio
   * @param sortinoRatio the Sortino ratio
   * @param maxDrawdown the maximum drawdown
   * @param calmarRatio the Calmar ratio
   */
  public MetricValues {
    notInfinite(cumulativeReturn, "cumulativeReturn");
    notInfinite(annualReturn, "annualReturn");
    notInfinite(annualVolatility, "annualVolatility");
    notInfinite(sharpeRatio, "sharpeRatio");
    notInfinite(sortinoRatio, "sortinoRatio");
    notInfinite(maxDrawdown, "maxDrawdown");
    notInfinite(calmarRatio, "calmarRatio");
  }

  /**
   * Every metric of a series of simple returns.
   *
   * @param returns simple returns, finite, each {@code >= -1}, not empty
   * @param settings the annualization and risk-free rate, not null
   * @return the values
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static MetricValues of(double[] returns, MetricSettings settings) {
    return new MetricValues(Metric.CUMULATIVE_RETURN.of(returns, settings),
        Metric.ANNUAL_RETURN.of(returns, settings), Metric.ANNUAL_VOLATILITY.of(returns, settings),
        Metric.SHARPE_RATIO.of(returns, settings), Metric.SORTINO_RATIO.of(returns, settings),
        Metric.MAX_DRAWDOWN.of(returns, settings), Metric.CALMAR_RATIO.of(returns, settings));
  }

  /**
   * The value of one metric.
   *
   * @param metric the metric, not null
   * @return its value
   */
  public double get(Metric metric) {
    return switch (Args.notNull(metric, "metric")) {
      case CUMULATIVE_RETURN -> cumulativeReturn;
      case ANNUAL_RETURN -> annualReturn;
      case ANNUAL_VOLATILITY -> annualVolatility;
      case SHARPE_RATIO -> sharpeRatio;
      case SORTINO_RATIO -> sortinoRatio;
      case MAX_DRAWDOWN -> maxDrawdown;
      case CALMAR_RATIO -> calmarRatio;
    };
  }

  /**
   * The difference {@code this - other}, metric by metric: a regret when {@code this} is the strategy
   * and {@code other} a baseline, a delta when {@code this} is a variant.
   *
   * @param other the values subtracted, not null
   * @return the differences
   */
  public MetricValues minus(MetricValues other) {
    Args.notNull(other, "other");
    return new MetricValues(cumulativeReturn - other.cumulativeReturn,
        annualReturn - other.annualReturn, annualVolatility - other.annualVolatility,
        sharpeRatio - other.sharpeRatio, sortinoRatio - other.sortinoRatio,
        maxDrawdown - other.maxDrawdown, calmarRatio - other.calmarRatio);
  }

  private static void notInfinite(double value, String name) {
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite or NaN, was " + value);
    }
  }
}
