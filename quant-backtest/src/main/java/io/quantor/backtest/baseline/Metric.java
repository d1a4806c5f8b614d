package io.quantor.backtest.baseline;

import io.quantor.backtest.internal.Inputs;
import io.quantor.backtest.metrics.ReturnMetrics;
import io.quantor.core.internal.Args;

/**
 * The metrics in which a strategy is compared with its baselines and variants, each computed by
 * {@link ReturnMetrics} (empyrical formulas) with the {@link MetricSettings}.
 *
 * <p><b>The riskless series.</b> A ratio of an excess return to a risk is {@code 0 / 0} for a series
 * that never moves away from its reference: cash earning exactly the risk-free rate has no excess return
 * and no risk. The Sharpe ratio is defined relative to that riskless asset (its excess return is the
 * numerator), so this package gives it the value 0, the position of cash on the capital market line:
 * the Sharpe and Sortino ratios are 0 when every return equals the risk-free rate per period
 * exactly, and the Calmar ratio is 0 when every return is exactly 0. Every other undefined value stays
 * {@code NaN} as in {@link ReturnMetrics} (for example the Calmar ratio of cash earning a positive rate:
 * a gain with no drawdown).
 *
 * <p>Compounded metrics (cumulative return, CAGR, drawdown, Calmar) need every return {@code >= -1};
 * a leveraged series that loses more than everything in one period is rejected by
 * {@link ReturnMetrics}.
 */
public enum Metric {

  /** The total compounded return {@code prod(1 + r) - 1}. */
  CUMULATIVE_RETURN("total return", true),
  /** The compound annual growth rate {@code prod(1 + r)^(periodsPerYear / n) - 1}. */
  ANNUAL_RETURN("CAGR", true),
  /** The annualized sample standard deviation; lower is better. */
  ANNUAL_VOLATILITY("volatility", false),
  /** The annualized Sharpe ratio in excess of the risk-free rate. */
  SHARPE_RATIO("Sharpe", true),
  /** The annualized Sortino ratio with the risk-free rate as target. */
  SORTINO_RATIO("Sortino", true),
  /** The maximum drawdown, a negative fraction: closer to 0 (higher) is better. */
  MAX_DRAWDOWN("max drawdown", true),
  /** The Calmar ratio {@code CAGR / |max drawdown|}. */
  CALMAR_RATIO("Calmar", true);

  private final String label;
  private final boolean higherIsBetter;

  Metric(String label, boolean higherIsBetter) {
    this.label = label;
    this.higherIsBetter = higherIsBetter;
  }

  /**
   * A short label for tables, such as {@code "Sharpe"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Whether a higher value is better: true for every metric but {@link #ANNUAL_VOLATILITY}; the
   * maximum drawdown is negative, so the higher (less negative) one is better.
   *
   * @return whether higher is better
   */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /**
   * The metric of a series of simple returns.
   *
   * @param returns simple returns, finite, each {@code >= -1}, not empty
   * @param settings the annualization and risk-free rate, not null
   * @return the value; {@code NaN} where {@link ReturnMetrics} says it does not exist, except for the
   *     riskless series described in the class documentation
   * @throws IllegalArgumentException if an argument is invalid
   */
  public double of(double[] returns, MetricSettings settings) {
    Inputs.finiteSeries(returns, "returns");
    Args.notNull(settings, "settings");
    int ppy = settings.periodsPerYear();
    double rf = settings.riskFreePerPeriod();
    return switch (this) {
      case CUMULATIVE_RETURN -> ReturnMetrics.cumulativeReturn(returns);
      case ANNUAL_RETURN -> ReturnMetrics.annualReturn(returns, ppy);
      case ANNUAL_VOLATILITY -> ReturnMetrics.annualVolatility(returns, ppy);
      case SHARPE_RATIO -> allEqual(returns, rf) ? 0 : ReturnMetrics.sharpeRatio(returns, rf, ppy);
      case SORTINO_RATIO -> allEqual(returns, rf) ? 0 : ReturnMetrics.sortinoRatio(returns, rf, ppy);
      case MAX_DRAWDOWN -> ReturnMetrics.maxDrawdown(returns);
      case CALMAR_RATIO -> allEqual(returns, 0) ? 0 : ReturnMetrics.calmarRatio(returns, ppy);
    };
  }

  /**
   * Whether a value is at least as good as another in this metric's direction. NaN is never at least
   * as good, nor is anything at least as good as NaN.
   *
   * @param value the value to judge
   * @param other the value compared with
   * @return {@code value >= other} if higher is better, {@code value <= other} otherwise
   */
  boolean atLeastAsGood(double value, double other) {
    return higherIsBetter ? value >= other : value <= other;
  }

  private static boolean allEqual(double[] values, double reference) {
    for (double v : values) {
      if (v != reference) {
        return false;
      }
    }
    return true;
  }
}
