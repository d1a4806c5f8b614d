package io.quantor.backtest.baseline;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The regret of a strategy against its baselines: the strategy's {@link Metric}s minus each baseline's,
 * and the difference of their wealth paths over time ({@link BaselineRegret}), collected in a
 * {@link RegretReport}.
 *
 * <p>The strategy and every baseline must cover the same bars (same length); they are measured with the
 * same {@link MetricSettings}. Against random entry ({@link #of(double[], List, RandomEntry)}) the
 * baseline path is the draw of median final wealth ({@link RandomEntry#medianPath()}) and the report
 * adds the strategy's percentile rank and p-value among all draws in every metric. The two answer
 * different questions: the median draw's regret row compares with one realizable path (all its metrics
 * are that draw's, and its wealth difference ends at its cumulative-return regret), while the
 * random-entry section compares each metric with that metric's median over all draws
 * ({@link MetricDistribution#regret()}), the better summary of typical random timing per metric. For an
 * odd number of draws the two agree on the total return.
 *
 * <pre>{@code
 * double[] strategy = VariantReturns.of(asset, exposure, 5);
 * RegretReport report = Regret.of(strategy,
 *     List.of(Baselines.cash(asset.length), Baselines.buyAndHold(asset, 5)));
 * report.regret(Baselines.BUY_AND_HOLD).regret().sharpeRatio();   // strategy minus buy-and-hold
 * report.regret(Baselines.CASH).logWealthDifference();            // over time
 * }</pre>
 */
public final class Regret {

  private Regret() {
  }

  /**
   * The regret against each baseline with {@link MetricSettings#DEFAULT default settings}.
   *
   * @param strategyReturns the strategy's simple returns per bar, finite, each {@code > -1}, not empty
   * @param baselines the baselines, of the strategy's length, with distinct names, not empty
   * @return the report
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static RegretReport of(double[] strategyReturns, List<Baseline> baselines) {
    return of(strategyReturns, baselines, MetricSettings.DEFAULT);
  }

  /**
   * The regret against each baseline.
   *
   * @param strategyReturns the strategy's simple returns per bar, finite, each {@code > -1}, not empty
   * @param baselines the baselines, of the strategy's length, with distinct names, not empty
   * @param settings the annualization and risk-free rate, not null
   * @return the report, without a random-entry section
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static RegretReport of(double[] strategyReturns, List<Baseline> baselines,
      MetricSettings settings) {
    Args.notNull(baselines, "baselines");
    if (baselines.isEmpty()) {
      throw new IllegalArgumentException("baselines must not be empty");
    }
    return build(strategyReturns, baselines, settings, null);
  }

  /**
   * The regret against each baseline and against random entry, with the random entry's settings: its
   * {@link RandomEntry#medianPath() median path} is added as the last baseline, and the report holds
   * the strategy's {@link MetricDistribution} among the draws in every metric.
   *
   * @param strategyReturns the strategy's simple returns per bar, finite, each {@code > -1}, of the
   *     random entry's length
   * @param baselines the other baselines, of the same length, with distinct names; may be empty
   * @param randomEntry the random-entry draws, not null
   * @return the report
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static RegretReport of(double[] strategyReturns, List<Baseline> baselines,
      RandomEntry randomEntry) {
    Args.notNull(baselines, "baselines");
    Args.notNull(randomEntry, "randomEntry");
    List<Baseline> all = new ArrayList<>(baselines);
    all.add(randomEntry.medianPath());
    return build(strategyReturns, all, randomEntry.settings(), randomEntry);
  }

  private static RegretReport build(double[] strategyReturns, List<Baseline> baselines,
      MetricSettings settings, RandomEntry random) {
    Inputs.loggable(strategyReturns, "strategyReturns");
    Args.notNull(settings, "settings");
    MetricValues strategy = MetricValues.of(strategyReturns, settings);
    Set<String> names = new HashSet<>();
    List<BaselineRegret> regrets = new ArrayList<>(baselines.size());
    for (int i = 0; i < baselines.size(); i++) {
      Baseline b = Args.notNull(baselines.get(i), "baselines[" + i + "]");
      if (!names.add(b.name())) {
        throw new IllegalArgumentException("baselines must have distinct names, \"" + b.name()
            + "\" appears twice");
      }
      double[] r = b.returns();
      Inputs.sameLength(strategyReturns, "strategyReturns", r, "baseline \"" + b.name() + "\"");
      MetricValues values = MetricValues.of(r, settings);
      regrets.add(new BaselineRegret(b.name(), values, strategy.minus(values),
          wealthDifference(strategyReturns, r), logWealthDifference(strategyReturns, r)));
    }
    List<MetricDistribution> ranks = random == null ? List.of() : random.distributions(strategyReturns);
    return new RegretReport(settings, strategyReturns.length, strategy, regrets, ranks,
        random == null ? 0 : random.draws());
  }

  /**
   * The wealth path {@code W_0 = 1, W_t = W_{t-1} (1 + r_{t-1})}, multiplied in order.
   *
   * @param returns the returns, already checked
   * @return {@code returns.length + 1} values
   */
  static double[] wealth(double[] returns) {
    double[] w = new double[returns.length + 1];
    w[0] = 1;
    for (int t = 0; t < returns.length; t++) {
      w[t + 1] = w[t] * (1 + returns[t]);
    }
    return w;
  }

  /**
   * The strategy's wealth minus the baseline's, {@code S_t - B_t} for {@code t = 0 .. n}, both starting
   * at 1.
   *
   * @param strategyReturns the strategy's simple returns, finite, each {@code > -1}, not empty
   * @param baselineReturns the baseline's, the same length
   * @return {@code n + 1} differences, the first 0
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] wealthDifference(double[] strategyReturns, double[] baselineReturns) {
    checkPair(strategyReturns, baselineReturns);
    double[] s = wealth(strategyReturns);
    double[] b = wealth(baselineReturns);
    for (int t = 0; t < s.length; t++) {
      s[t] -= b[t];
    }
    return s;
  }

  /**
   * The strategy's log wealth minus the baseline's, {@code sum_{i<t} (ln(1 + s_i) - ln(1 + b_i))} for
   * {@code t = 0 .. n}.
   *
   * @param strategyReturns the strategy's simple returns, finite, each {@code > -1}, not empty
   * @param baselineReturns the baseline's, the same length
   * @return {@code n + 1} differences, the first 0
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] logWealthDifference(double[] strategyReturns, double[] baselineReturns) {
    checkPair(strategyReturns, baselineReturns);
    double[] d = new double[strategyReturns.length + 1];
    for (int t = 0; t < strategyReturns.length; t++) {
      d[t + 1] = d[t] + (Math.log1p(strategyReturns[t]) - Math.log1p(baselineReturns[t]));
    }
    return d;
  }

  private static void checkPair(double[] strategyReturns, double[] baselineReturns) {
    Inputs.loggable(strategyReturns, "strategyReturns");
    Inputs.loggable(baselineReturns, "baselineReturns");
    Inputs.sameLength(strategyReturns, "strategyReturns", baselineReturns, "baselineReturns");
  }
}
