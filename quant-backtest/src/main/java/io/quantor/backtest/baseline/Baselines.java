package io.quantor.backtest.baseline;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.Args;
import java.util.Arrays;

/**
 * The baselines every strategy should beat, on the same bars and paying comparable costs: cash,
 * buy-and-hold and random entry with the strategy's own exposure.
 *
 * <ul>
 *   <li>{@link #cash(int)}: returns of 0 (or a constant rate per period): not trading at all;</li>
 *   <li>{@link #buyAndHold(double[], double)}: fully long over every bar, one entry cost;</li>
 *   <li>{@link #randomEntry(double[], double[], int, long, double)}: the strategy's positions (each
 *       maximal run of non-zero exposure, with its sizes and signs bar by bar) put at random
 *       non-overlapping places, many times: what the same exposure earns without the strategy's
 *       timing. See {@link RandomEntry}.</li>
 * </ul>
 *
 * <pre>{@code
 * double[] strategy = VariantReturns.of(asset, exposure, 5);
 * RandomEntry random = Baselines.randomEntry(asset, exposure, 1000, 42L, 5);
 * RegretReport report = Regret.of(strategy,
 *     List.of(Baselines.cash(asset.length), Baselines.buyAndHold(asset, 5)), random);
 * System.out.println(report.render());
 * }</pre>
 */
public final class Baselines {

  /** The name of {@link #cash(int)}. */
  public static final String CASH = "cash";

  /** The name of {@link #buyAndHold(double[], double)}. */
  public static final String BUY_AND_HOLD = "buy and hold";

  private Baselines() {
  }

  /**
   * Cash earning nothing: {@code n} returns of 0. Its Sharpe, Sortino and Calmar ratios are 0 (see
   * {@link Metric}), so the regret against cash is the strategy's own metrics.
   *
   * @param n the number of bars, {@code >= 1}
   * @return the baseline named {@value #CASH}
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public static Baseline cash(int n) {
    return cash(n, 0);
  }

  /**
   * Cash earning a constant rate per period, such as the risk-free rate of the
   * {@link MetricSettings} (then its Sharpe and Sortino ratios are 0 and its Calmar ratio is
   * {@code NaN}: a gain with no drawdown).
   *
   * @param n the number of bars, {@code >= 1}
   * @param ratePerPeriod the return per bar, finite, {@code > -1}
   * @return the baseline named {@value #CASH}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Baseline cash(int n, double ratePerPeriod) {
    Args.atLeast(n, 1, "n");
    Args.finite(ratePerPeriod, "ratePerPeriod");
    double[] r = new double[n];
    Arrays.fill(r, ratePerPeriod);
    return new Baseline(CASH, r);
  }

  /**
   * Buy-and-hold: fully long over every bar, as if bought at the close before the first return, paying
   * one entry cost {@code c = costBps / 10,000} on the first bar, and never sold inside the sample:
   * {@code b_0 = a_0 - c}, {@code b_t = a_t}. With zero cost it is the asset's returns exactly.
   *
   * @param assetReturns the asset's simple returns per bar, finite, each {@code > -1}, not empty
   * @param costBps the cost in basis points per unit of turnover, finite, {@code >= 0}
   * @return the baseline named {@value #BUY_AND_HOLD}
   * @throws IllegalArgumentException if an argument is invalid, or the first return net of the cost is
   *     not {@code > -1}
   */
  public static Baseline buyAndHold(double[] assetReturns, double costBps) {
    Inputs.finiteSeries(assetReturns, "assetReturns");
    Inputs.costBps(costBps);
    double[] r = assetReturns.clone();
    r[0] -= costBps / VariantReturns.BPS;
    return new Baseline(BUY_AND_HOLD, r);
  }

  /**
   * Random entry with the strategy's exposure, {@link MetricSettings#DEFAULT default settings}.
   *
   * @param assetReturns the asset's simple returns per bar, the ones the positions earn, finite, not
   *     empty
   * @param exposure the strategy's position per bar, finite, the same length
   * @param draws the number of random placements, {@code >= 1}
   * @param seed the seed of the generator
   * @param costBps the cost in basis points per unit of turnover, finite, {@code >= 0}
   * @return the draws
   * @throws IllegalArgumentException if an argument is invalid
   * @see RandomEntry
   */
  public static RandomEntry randomEntry(double[] assetReturns, double[] exposure, int draws, long seed,
      double costBps) {
    return RandomEntry.of(assetReturns, exposure, draws, seed, costBps, MetricSettings.DEFAULT);
  }

  /**
   * Random entry with the strategy's exposure.
   *
   * @param assetReturns the asset's simple returns per bar, the ones the positions earn, finite, not
   *     empty
   * @param exposure the strategy's position per bar, finite, the same length
   * @param draws the number of random placements, {@code >= 1}
   * @param seed the seed of the generator
   * @param costBps the cost in basis points per unit of turnover, finite, {@code >= 0}
   * @param settings the annualization and risk-free rate of the metrics, not null
   * @return the draws
   * @throws IllegalArgumentException if an argument is invalid
   * @see RandomEntry
   */
  public static RandomEntry randomEntry(double[] assetReturns, double[] exposure, int draws, long seed,
      double costBps, MetricSettings settings) {
    return RandomEntry.of(assetReturns, exposure, draws, seed, costBps, settings);
  }
}
