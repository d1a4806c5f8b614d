package io.quantor.backtest.walkforward;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Accepts or rejects a strategy from its out-of-sample walk-forward folds, and says why.
 *
 * <p>The median is over the folds' out-of-sample Sharpe ratios (annualized; a fold without any return
 * variation, such as one without a position, counts as Sharpe 0). The win rate is the share of winning
 * trades among all out-of-sample trades; a strategy with no out-of-sample trade is rejected.
 *
 * <pre>{@code
 * GatingRule rule = GatingRule.defaults();      // median OOS Sharpe >= 0.5, win rate >= 45 %
 * Verdict v = rule.judge(result.folds());
 * }</pre>
 *
 * @param minimumMedianSharpe the lowest acceptable median out-of-sample Sharpe ratio, finite
 * @param minimumWinRate the lowest acceptable out-of-sample trade win rate, in {@code [0, 1]}
 */
public record GatingRule(double minimumMedianSharpe, double minimumWinRate) {

  /** The default minimum median out-of-sample Sharpe ratio: {@value}. */
  public static final double DEFAULT_MINIMUM_MEDIAN_SHARPE = 0.5;
  /** The default minimum out-of-sample win rate: {@value}. */
  public static final double DEFAULT_MINIMUM_WIN_RATE = 0.45;

  /**
   * Validates the rule.
   *
   * @param minimumMedianSharpe finite
   * @param minimumWinRate in {@code [0, 1]}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public GatingRule {
    if (!Double.isFinite(minimumMedianSharpe) || !(minimumWinRate >= 0 && minimumWinRate <= 1)) {
      throw new IllegalArgumentException("need a finite minimum Sharpe and a win rate in [0, 1], were "
          + minimumMedianSharpe + ", " + minimumWinRate);
    }
  }

  /**
   * The defaults: median out-of-sample Sharpe at least 0.5 and win rate at least 45 %.
   *
   * @return the default rule
   */
  public static GatingRule defaults() {
    return new GatingRule(DEFAULT_MINIMUM_MEDIAN_SHARPE, DEFAULT_MINIMUM_WIN_RATE);
  }

  /**
   * Judges a strategy by its folds.
   *
   * @param folds the walk-forward folds, not empty
   * @return the verdict with its reasons
   * @throws IllegalArgumentException if there are no folds
   */
  public Verdict judge(List<FoldResult> folds) {
    if (folds == null || folds.isEmpty()) {
      throw new IllegalArgumentException("no folds to judge");
    }
    double[] sharpes = new double[folds.size()];
    long trades = 0;
    long wins = 0;
    for (int i = 0; i < sharpes.length; i++) {
      FoldResult fold = folds.get(i);
      sharpes[i] = fold.outOfSampleSharpe();
      trades += fold.trades();
      wins += fold.winningTrades();
    }
    double median = median(sharpes);
    double winRate = trades == 0 ? Double.NaN : (double) wins / trades;
    List<String> reasons = new ArrayList<>();
    if (!(median >= minimumMedianSharpe)) {
      reasons.add(String.format(Locale.ROOT, "median out-of-sample Sharpe %.3f is below %.3f", median,
          minimumMedianSharpe));
    }
    if (trades == 0) {
      reasons.add("no out-of-sample trades");
    } else if (!(winRate >= minimumWinRate)) {
      reasons.add(String.format(Locale.ROOT, "out-of-sample win rate %.1f %% is below %.1f %%",
          100 * winRate, 100 * minimumWinRate));
    }
    if (reasons.isEmpty()) {
      reasons.add(String.format(Locale.ROOT,
          "median out-of-sample Sharpe %.3f >= %.3f and win rate %.1f %% >= %.1f %% over %d folds",
          median, minimumMedianSharpe, 100 * winRate, 100 * minimumWinRate, folds.size()));
      return new Verdict(true, median, winRate, trades, reasons);
    }
    return new Verdict(false, median, winRate, trades, reasons);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return (n & 1) == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
  }
}
