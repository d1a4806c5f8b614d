package io.quantor.backtest.baseline;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * How the metrics of this package are computed: the annualization and the risk-free rate per period,
 * the excess reference of the Sharpe ratio and the target of the Sortino ratio. Strategy, baselines and
 * variants are always measured with the same settings, so their differences mean something.
 *
 * <pre>{@code
 * MetricSettings daily = MetricSettings.DEFAULT;                       // 252 a year, rf 0
 * MetricSettings withRf = MetricSettings.of(252, Math.pow(1.02, 1.0 / 252) - 1);
 * }</pre>
 *
 * @param periodsPerYear periods (bars) in a year, {@code >= 1}
 * @param riskFreePerPeriod the risk-free rate per period (not annual), finite
 */
public record MetricSettings(int periodsPerYear, double riskFreePerPeriod) {

  /** 252 periods a year and a zero risk-free rate: the empyrical defaults. */
  public static final MetricSettings DEFAULT = new MetricSettings(252, 0);

  /**
   * Validates the settings.
   *
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @param riskFreePerPeriod the risk-free rate per period, finite
   */
  public MetricSettings {
    Args.atLeast(periodsPerYear, 1, "periodsPerYear");
    Args.finite(riskFreePerPeriod, "riskFreePerPeriod");
    riskFreePerPeriod += 0.0; // -0.0 and 0.0 are the same rate
  }

  /**
   * The settings for an annualization and a risk-free rate per period.
   *
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @param riskFreePerPeriod the risk-free rate per period, finite
   * @return the settings
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static MetricSettings of(int periodsPerYear, double riskFreePerPeriod) {
    return new MetricSettings(periodsPerYear, riskFreePerPeriod);
  }

  /**
   * A one-line description, such as {@code "252 periods a year, risk-free 0.000000 per period"}.
   *
   * @return the description
   */
  String describe() {
    return String.format(Locale.ROOT, "%d periods a year, risk-free %.6f per period", periodsPerYear,
        riskFreePerPeriod);
  }
}
