package io.quantor.backtest.baseline;

import io.quantor.backtest.metrics.ReturnMetrics;
import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * The distribution of one metric over the random-entry draws and the strategy's place in it.
 *
 * <p>Counts run over the draws where the metric is defined ({@code definedDraws}; a ratio can be
 * {@code NaN} in a draw, see {@link Metric}), and "better" follows {@link Metric#higherIsBetter()}:
 * <ul>
 *   <li>{@code percentileRank = (worse + ties / 2) / definedDraws}, in {@code [0, 1]}: the share of draws
 *       the strategy beats, ties counting half (the mid-rank). 1 means better than every draw, 0.5 the
 *       middle of the pack.</li>
 *   <li>{@code pValue = (1 + ties + better) / (1 + definedDraws)}, in {@code (0, 1]}: how often random
 *       entry with the same exposure did at least as well, counting the strategy itself as one draw so
 *       that a Monte Carlo p-value is never 0 (Phipson and Smyth, "Permutation P-values Should Never Be
 *       Zero", <i>Stat. Appl. Genet. Mol. Biol.</i> 9(1), 2010). A small p-value says the timing adds
 *       something that random timing with the same exposure rarely matches; it is one test per metric,
 *       not corrected for looking at seven metrics nor for the search that produced the strategy.</li>
 * </ul>
 * {@code mean}, {@code median}, {@code lower} ({@value #LOWER} quantile) and {@code upper}
 * ({@value #UPPER} quantile) describe the draws (quantiles by linear interpolation,
 * {@link ReturnMetrics#quantile}). When the strategy's value is {@code NaN} every count is 0 and the rank
 * and p-value are {@code NaN}; when the metric is undefined in every draw the summary statistics are
 * {@code NaN} as well.
 *
 * @param metric the metric
 * @param strategy the strategy's value, {@code NaN} if undefined
 * @param definedDraws the number of draws where the metric is defined, {@code >= 0}
 * @param undefinedDraws the number of draws where it is {@code NaN}, {@code >= 0}
 * @param mean the mean over the defined draws
 * @param median the median over the defined draws
 * @param lower the {@value #LOWER} quantile over the defined draws
 * @param upper the {@value #UPPER} quantile over the defined draws
 * @param worse the number of defined draws strictly worse than the strategy
 * @param ties the number of defined draws equal to the strategy
 * @param better the number of defined draws strictly better than the strategy
 * @param percentileRank {@code (worse + ties / 2) / definedDraws}
 * @param pValue {@code (1 + ties + better) / (1 + definedDraws)}
 */
public record MetricDistribution(Metric metric, double strategy, int definedDraws, int undefinedDraws,
    double mean, double median, double lower, double upper, int worse, int ties, int better,
    double percentileRank, double pValue) {

  /** The probability of {@link #lower()}: {@value}. */
  public static final double LOWER = 0.05;

  /** The probability of {@link #upper()}: {@value}. */
  public static final double UPPER = 0.95;

  /**
   * Validates the counts and their consistency with the rank and p-value.
   *
   * @param metric the metric, not null
   * @param strategy the strategy's value, finite or {@code NaN}
   * @param definedDraws the number of defined draws, {@code >= 0}
   * @param undefinedDraws the number of undefined draws, {@code >= 0}
   * @param mean the mean
   * @param median the median
   * @param lower the lower quantile
   * @param upper the upper quantile
   * @param worse the draws worse than the strategy, {@code >= 0}
   * @param ties the draws tied with the strategy, {@code >= 0}
   * @param better the draws better than the strategy, {@code >= 0}
   * @param percentileRank the percentile rank, in {@code [0, 1]} or {@code NaN}
   * @param pValue the p-value, in {@code (0, 1]} or {@code NaN}
   */
  public MetricDistribution {
    Args.notNull(metric, "metric");
    Args.atLeast(definedDraws, 0, "definedDraws");
    Args.atLeast(undefinedDraws, 0, "undefinedDraws");
    Args.atLeast(worse, 0, "worse");
    Args.atLeast(ties, 0, "ties");
    Args.atLeast(better, 0, "better");
    int counted = worse + ties + better;
    if (Double.isNaN(strategy) ? counted != 0 : counted != definedDraws) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "worse + ties + better must be %d, was %d", Double.isNaN(strategy) ? 0 : definedDraws,
          counted));
    }
    if (!(Double.isNaN(percentileRank) || percentileRank >= 0 && percentileRank <= 1)) {
      throw new IllegalArgumentException("percentileRank must be in [0, 1] or NaN, was " + percentileRank);
    }
    if (!(Double.isNaN(pValue) || pValue > 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue must be in (0, 1] or NaN, was " + pValue);
    }
  }

  /**
   * The distribution of a metric over draws and the strategy's place in it.
   *
   * @param metric the metric, not null
   * @param strategy the strategy's value, finite or {@code NaN}
   * @param draws the metric of every draw, each finite or {@code NaN}, not empty
   * @return the distribution
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static MetricDistribution of(Metric metric, double strategy, double[] draws) {
    Args.notNull(metric, "metric");
    Args.notNull(draws, "draws");
    if (draws.length == 0) {
      throw new IllegalArgumentException("draws must not be empty");
    }
    if (Double.isInfinite(strategy)) {
      throw new IllegalArgumentException("strategy must be finite or NaN, was " + strategy);
    }
    double[] defined = defined(draws);
    int n = defined.length;
    double mean = Double.NaN;
    double median = Double.NaN;
    double lower = Double.NaN;
    double upper = Double.NaN;
    if (n > 0) {
      double sum = 0;
      for (double v : defined) {
        sum += v;
      }
      mean = sum / n;
      median = ReturnMetrics.quantile(defined, 0.5);
      lower = ReturnMetrics.quantile(defined, LOWER);
      upper = ReturnMetrics.quantile(defined, UPPER);
    }
    int worse = 0;
    int ties = 0;
    int better = 0;
    double rank = Double.NaN;
    double p = Double.NaN;
    if (!Double.isNaN(strategy)) {
      for (double v : defined) {
        if (v == strategy) {
          ties++;
        } else if (metric.atLeastAsGood(strategy, v)) {
          worse++;
        } else {
          better++;
        }
      }
      rank = n == 0 ? Double.NaN : (worse + 0.5 * ties) / n;
      p = (1.0 + ties + better) / (1.0 + n);
    }
    return new MetricDistribution(metric, strategy, n, draws.length - n, mean, median, lower, upper,
        worse, ties, better, rank, p);
  }

  /**
   * The strategy's value minus the median draw's: the regret against typical random timing.
   *
   * @return {@code strategy - median}
   */
  public double regret() {
    return strategy - median;
  }

  /** The non-NaN values, in order; throws on an infinity. */
  static double[] defined(double[] values) {
    int n = 0;
    for (double v : values) {
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException("draws must be finite or NaN, was " + v);
      }
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    double[] out = new double[n];
    int i = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        out[i++] = v;
      }
    }
    return out;
  }
}
