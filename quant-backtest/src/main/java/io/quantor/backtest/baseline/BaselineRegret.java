package io.quantor.backtest.baseline;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.Args;
import java.util.Arrays;

/**
 * The regret of a strategy against one baseline: per metric and over time.
 *
 * <p><b>Sign.</b> Every figure is <em>strategy minus baseline</em>: a positive regret in a metric where
 * higher is better means the strategy did better (a positive Sharpe regret is good; a positive
 * volatility regret means the strategy was more volatile; the maximum drawdown is negative, so a
 * positive drawdown regret means a shallower drawdown).
 *
 * <p><b>Over time.</b> With wealth {@code W_0 = 1, W_t = prod_{i<t}(1 + r_i)} for the strategy
 * ({@code S}) and the baseline ({@code B}), {@code wealthDifference[t] = S_t - B_t} and
 * {@code logWealthDifference[t] = ln S_t - ln B_t = sum_{i<t} (ln(1 + s_i) - ln(1 + b_i))}, for
 * {@code t = 0 .. n}: both start at 0 and end at the final difference, so the wealth difference ends at
 * the cumulative-return regret. The log difference is the one to plot over long samples: its slope is
 * the difference in continuously compounded growth, and a constant edge is a straight line.
 *
 * @param baseline the baseline's name
 * @param values the baseline's metrics
 * @param regret the strategy's metrics minus the baseline's
 * @param wealthDifference {@code S_t - B_t}, {@code n + 1} values starting at 0
 * @param logWealthDifference {@code ln S_t - ln B_t}, {@code n + 1} values starting at 0
 */
public record BaselineRegret(String baseline, MetricValues values, MetricValues regret,
    double[] wealthDifference, double[] logWealthDifference) {

  /**
   * Validates and copies the series.
   *
   * @param baseline the name, not blank
   * @param values the baseline's metrics, not null
   * @param regret the regret per metric, not null
   * @param wealthDifference the wealth difference, finite, at least 2 values
   * @param logWealthDifference the log-wealth difference, finite, the same length
   */
  public BaselineRegret {
    Inputs.name(baseline, "baseline");
    Args.notNull(values, "values");
    Args.notNull(regret, "regret");
    wealthDifference = Inputs.finiteSeries(wealthDifference, "wealthDifference").clone();
    logWealthDifference = Inputs.finiteSeries(logWealthDifference, "logWealthDifference").clone();
    Inputs.sameLength(wealthDifference, "wealthDifference", logWealthDifference, "logWealthDifference");
    Args.atLeast(wealthDifference.length, 2, "wealthDifference.length");
  }

  /**
   * The strategy's wealth minus the baseline's, per bar.
   *
   * @return a copy, {@code n + 1} values
   */
  @Override
  public double[] wealthDifference() {
    return wealthDifference.clone();
  }

  /**
   * The strategy's log wealth minus the baseline's, per bar.
   *
   * @return a copy, {@code n + 1} values
   */
  @Override
  public double[] logWealthDifference() {
    return logWealthDifference.clone();
  }

  /**
   * The final wealth difference {@code S_n - B_n}, equal to the cumulative-return regret up to
   * rounding.
   *
   * @return the last value of {@link #wealthDifference()}
   */
  public double finalWealthDifference() {
    return wealthDifference[wealthDifference.length - 1];
  }

  /**
   * The final log-wealth difference {@code ln S_n - ln B_n}.
   *
   * @return the last value of {@link #logWealthDifference()}
   */
  public double finalLogWealthDifference() {
    return logWealthDifference[logWealthDifference.length - 1];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BaselineRegret r && baseline.equals(r.baseline) && values.equals(r.values)
        && regret.equals(r.regret) && Arrays.equals(wealthDifference, r.wealthDifference)
        && Arrays.equals(logWealthDifference, r.logWealthDifference);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * baseline.hashCode() + regret.hashCode()) + Arrays.hashCode(wealthDifference);
  }

  @Override
  public String toString() {
    return "BaselineRegret[baseline=" + baseline + ", regret=" + regret + ", finalWealthDifference="
        + finalWealthDifference() + "]";
  }
}
