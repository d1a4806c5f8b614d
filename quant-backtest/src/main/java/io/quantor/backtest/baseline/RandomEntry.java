package io.quantor.backtest.baseline;

import io.quantor.backtest.internal.Inputs;
import io.quantor.backtest.metrics.ReturnMetrics;
import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Random entry with the strategy's exposure: the strategy's positions put at random places on the same
 * bars, many times. It answers "how often does the same amount of exposure, held in trades of the same
 * lengths, do at least as well without the strategy's timing?": a Monte Carlo permutation test of the
 * timing, in the spirit of the randomized-rule benchmarks of D. Aronson, <i>Evidence-Based Technical
 * Analysis</i> (Wiley, 2006), with the p-value of Phipson and Smyth (2010, see
 * {@link MetricDistribution}).
 *
 * <p><b>What is kept.</b> The strategy's exposure series is cut into its maximal runs of non-zero
 * exposure ({@link PositionRun#find}). Each draw shuffles the order of the runs and places them at
 * random with at least one flat bar between two runs, each run carrying its exposure profile bar by bar
 * (sizes and signs, including reversals within a run). So every draw has exactly the strategy's number
 * of runs, run lengths, exposed bars (the exposure fraction), exposure values and turnover (except that
 * a run ending on the last bar pays no exit inside the sample, in the strategy as in a draw). Runs never
 * overlap nor touch, so a draw's maximal runs are the strategy's runs, moved.
 *
 * <p><b>Sampling.</b> With {@code k} runs of total length {@code S} on {@code n} bars there are
 * {@code F = n - S - (k - 1)} free flat bars. A draw takes a uniform permutation of the runs
 * (Fisher-Yates) and a uniform {@code k}-subset {@code p_1 < .. < p_k} of {@code {0 .. F + k - 1}}
 * (selection sampling, Knuth TAOCP vol. 2, 3.4.2, Algorithm S); the {@code j}-th placed run starts at
 * {@code p_j + (lengths of the runs placed before it)}. Every arrangement of the free flat bars around
 * the runs is equally likely. The draws come in order from one
 * {@code RandomSource.XO_RO_SHI_RO_128_PP.create(seed)}, so a seed fixes every draw, bit for bit.
 *
 * <p><b>Returns and metrics.</b> A draw's returns are {@link VariantReturns#of} its exposure, with the
 * same cost, so draws and the strategy pay for trading the same way; each draw's {@link Metric}s are
 * computed once, with the {@link MetricSettings}. {@link #distributions(double[])} ranks a strategy
 * within them; {@link #medianPath()} is the draw of median final wealth, the random-entry baseline of
 * {@link Regret}; {@link #meanWealth()} is the mean of the draws' wealth paths (the wealth of capital
 * split equally over all draws), for plots.
 *
 * <pre>{@code
 * RandomEntry random = Baselines.randomEntry(asset, exposure, 1000, 42L, 5);
 * MetricDistribution sharpe = random.distribution(Metric.SHARPE_RATIO, strategyReturns);
 * sharpe.percentileRank();   // share of draws the strategy beats (ties count half)
 * sharpe.pValue();           // (1 + draws at least as good) / (1 + draws)
 * }</pre>
 *
 * <p>Immutable and thread-safe; the work is done in the factory, {@code O(draws * n)} time and
 * {@code O(draws * k + n)} memory (draws are kept as their start positions and rebuilt on request).
 */
public final class RandomEntry {

  /** The name of {@link #medianPath()}. */
  public static final String MEDIAN_DRAW = "random entry (median draw)";

  private static final Metric[] METRICS = Metric.values();

  private final double[] assetReturns;
  private final double[] exposure;
  private final double costBps;
  private final long seed;
  private final MetricSettings settings;
  private final List<PositionRun> runs;
  /** {@code starts[d][j]}: the start of the strategy's run {@code j} in draw {@code d}. */
  private final int[][] starts;
  /** {@code values[m][d]}: metric {@code m} (ordinal) of draw {@code d}. */
  private final double[][] values;
  private final double[] finalWealth;
  private final double[] meanWealth;
  private final int medianDraw;

  private RandomEntry(double[] assetReturns, double[] exposure, int draws, long seed, double costBps,
      MetricSettings settings) {
    this.assetReturns = assetReturns.clone();
    this.exposure = exposure.clone();
    this.costBps = costBps;
    this.seed = seed;
    this.settings = settings;
    this.runs = PositionRun.find(this.exposure);
    this.starts = new int[draws][];
    this.values = new double[METRICS.length][draws];
    this.finalWealth = new double[draws];
    this.meanWealth = new double[assetReturns.length + 1];
    draw(draws);
    this.medianDraw = medianByFinalWealth();
  }

  /**
   * Draws the random placements.
   *
   * @param assetReturns the asset's simple returns per bar, the ones the positions earn, finite, not
   *     empty
   * @param exposure the strategy's position per bar, finite, the same length
   * @param draws the number of random placements, {@code >= 1}
   * @param seed the seed of the generator
   * @param costBps the cost in basis points per unit of turnover, finite, {@code >= 0}
   * @param settings the annualization and risk-free rate of the metrics, not null
   * @return the draws
   * @throws IllegalArgumentException if an argument is invalid, or a draw loses everything in one bar
   *     (a return {@code <= -1}, possible only with leverage)
   */
  public static RandomEntry of(double[] assetReturns, double[] exposure, int draws, long seed,
      double costBps, MetricSettings settings) {
    Inputs.finiteSeries(assetReturns, "assetReturns");
    Inputs.finiteSeries(exposure, "exposure");
    Inputs.sameLength(assetReturns, "assetReturns", exposure, "exposure");
    Args.atLeast(draws, 1, "draws");
    Inputs.costBps(costBps);
    Args.notNull(settings, "settings");
    return new RandomEntry(assetReturns, exposure, draws, seed, costBps, settings);
  }

  private void draw(int draws) {
    int n = assetReturns.length;
    int k = runs.size();
    int exposed = 0;
    for (PositionRun run : runs) {
      exposed += run.length();
    }
    // Maximal runs are separated by a flat bar, so n - exposed >= k - 1 and free >= 0.
    int slots = n - exposed - (k - 1) + k;
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    int[] order = new int[k];
    double[] drawExposure = new double[n];
    double[] drawReturns = new double[n];
    double cost = costBps / VariantReturns.BPS;
    meanWealth[0] = 1;
    for (int d = 0; d < draws; d++) {
      starts[d] = place(rng, order, slots);
      fillExposure(starts[d], drawExposure);
      VariantReturns.fill(assetReturns, drawExposure, cost, drawReturns);
      double w = 1;
      for (int t = 0; t < n; t++) {
        if (!(drawReturns[t] > -1)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "random draw %d loses everything at bar %d (return %s): the exposure is too leveraged "
                  + "for the asset's returns", d, t, drawReturns[t]));
        }
        w *= 1 + drawReturns[t];
        meanWealth[t + 1] += w / draws;
      }
      finalWealth[d] = w;
      MetricValues v = MetricValues.of(drawReturns, settings);
      for (Metric m : METRICS) {
        values[m.ordinal()][d] = v.get(m);
      }
    }
  }

  /** One placement: a uniform permutation of the runs and a uniform k-subset of the slots. */
  private int[] place(UniformRandomProvider rng, int[] order, int slots) {
    int k = order.length;
    for (int j = 0; j < k; j++) {
      order[j] = j;
    }
    for (int j = k - 1; j > 0; j--) {
      int i = rng.nextInt(j + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int[] s = new int[k];
    int chosen = 0;
    int before = 0;
    for (int slot = 0; slot < slots && chosen < k; slot++) {
      // Algorithm S: take this slot with probability (still needed) / (slots left).
      if (rng.nextInt(slots - slot) < k - chosen) {
        int run = order[chosen];
        s[run] = slot + before;
        before += runs.get(run).length();
        chosen++;
      }
    }
    return s;
  }

  private void fillExposure(int[] runStarts, double[] out) {
    Arrays.fill(out, 0);
    for (int j = 0; j < runStarts.length; j++) {
      PositionRun run = runs.get(j);
      System.arraycopy(exposure, run.start(), out, runStarts[j], run.length());
    }
  }

  private int medianByFinalWealth() {
    Integer[] idx = new Integer[finalWealth.length];
    for (int d = 0; d < idx.length; d++) {
      idx[d] = d;
    }
    Arrays.sort(idx, Comparator.<Integer>comparingDouble(d -> finalWealth[d])
        .thenComparingInt(d -> d));
    return idx[(idx.length - 1) / 2];
  }

  /**
   * The number of draws.
   *
   * @return the number of draws, {@code >= 1}
   */
  public int draws() {
    return starts.length;
  }

  /**
   * The seed of the generator.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The cost in basis points per unit of turnover paid by every draw.
   *
   * @return the cost
   */
  public double costBps() {
    return costBps;
  }

  /**
   * The settings of the draws' metrics.
   *
   * @return the settings
   */
  public MetricSettings settings() {
    return settings;
  }

  /**
   * The number of bars.
   *
   * @return the length of the series
   */
  public int size() {
    return assetReturns.length;
  }

  /**
   * The strategy's runs of non-zero exposure, which every draw moves.
   *
   * @return the runs in order, unmodifiable
   */
  public List<PositionRun> runs() {
    return runs;
  }

  /**
   * Where draw {@code d} put each of the strategy's runs: element {@code j} is run {@code j} of
   * {@link #runs()} at its new start, with its length.
   *
   * @param draw the draw, in {@code [0, draws())}
   * @return the runs of the draw, in the order of {@link #runs()} (not sorted by start), unmodifiable
   * @throws IllegalArgumentException if {@code draw} is out of range
   */
  public List<PositionRun> placement(int draw) {
    int[] s = starts[checkDraw(draw)];
    List<PositionRun> out = new ArrayList<>(s.length);
    for (int j = 0; j < s.length; j++) {
      out.add(new PositionRun(s[j], runs.get(j).length()));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The exposure series of a draw.
   *
   * @param draw the draw, in {@code [0, draws())}
   * @return a new array of {@link #size()} positions
   * @throws IllegalArgumentException if {@code draw} is out of range
   */
  public double[] exposure(int draw) {
    double[] out = new double[assetReturns.length];
    fillExposure(starts[checkDraw(draw)], out);
    return out;
  }

  /**
   * The returns of a draw, {@link VariantReturns#of} its exposure with the cost.
   *
   * @param draw the draw, in {@code [0, draws())}
   * @return a new array of {@link #size()} returns
   * @throws IllegalArgumentException if {@code draw} is out of range
   */
  public double[] returns(int draw) {
    return VariantReturns.of(assetReturns, exposure(draw), costBps);
  }

  /**
   * The returns of the strategy's own exposure, computed as the draws' are: {@link VariantReturns#of}
   * the exposure given to the factory, with the same cost.
   *
   * @return a new array of {@link #size()} returns
   */
  public double[] strategyReturns() {
    return VariantReturns.of(assetReturns, exposure, costBps);
  }

  /**
   * One metric of every draw, in draw order.
   *
   * @param metric the metric, not null
   * @return a new array of {@link #draws()} values, {@code NaN} where the metric does not exist
   */
  public double[] values(Metric metric) {
    return values[Args.notNull(metric, "metric").ordinal()].clone();
  }

  /**
   * The final wealth {@code prod(1 + r)} of every draw, in draw order.
   *
   * @return a new array of {@link #draws()} values
   */
  public double[] finalWealth() {
    return finalWealth.clone();
  }

  /**
   * The draw of median final wealth: the draw at position {@code (draws - 1) / 2} when the draws are
   * sorted by final wealth (ties by draw index), the lower of the two middle draws for an even count.
   *
   * @return the draw index
   */
  public int medianDraw() {
    return medianDraw;
  }

  /**
   * The returns of the {@link #medianDraw() median draw} as a baseline named {@value #MEDIAN_DRAW}: a
   * path that the strategy's exposure really could have earned, with typical timing. (The mean of the
   * wealth paths, {@link #meanWealth()}, is smoother than any single draw, so its volatility and drawdown
   * would flatter the baseline.)
   *
   * @return the baseline
   */
  public Baseline medianPath() {
    return new Baseline(MEDIAN_DRAW, returns(medianDraw));
  }

  /**
   * The mean over the draws of the wealth paths {@code W_0 = 1, W_t = prod_{i<t}(1 + r_i)}: the wealth
   * of capital split equally over all draws at the start, for plots of the random-entry band.
   *
   * @return a new array of {@link #size()} {@code + 1} values
   */
  public double[] meanWealth() {
    return meanWealth.clone();
  }

  /**
   * The strategy's place among the draws in every metric, for the strategy's own exposure
   * ({@link #strategyReturns()}).
   *
   * @return one distribution per {@link Metric}, in declaration order, unmodifiable
   */
  public List<MetricDistribution> distributions() {
    return distributions(strategyReturns());
  }

  /**
   * The place of a strategy's returns among the draws in every metric. Pass the returns the strategy
   * really earned (from the engine, with its fills) or {@link #strategyReturns()}.
   *
   * @param strategyReturns the strategy's simple returns, finite, each {@code >= -1}, of length
   *     {@link #size()}
   * @return one distribution per {@link Metric}, in declaration order, unmodifiable
   * @throws IllegalArgumentException if {@code strategyReturns} is invalid
   */
  public List<MetricDistribution> distributions(double[] strategyReturns) {
    MetricValues strategy = strategyValues(strategyReturns);
    List<MetricDistribution> out = new ArrayList<>(METRICS.length);
    for (Metric m : METRICS) {
      out.add(MetricDistribution.of(m, strategy.get(m), values[m.ordinal()]));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The place of a strategy's returns among the draws in one metric.
   *
   * @param metric the metric, not null
   * @param strategyReturns the strategy's simple returns, finite, each {@code >= -1}, of length
   *     {@link #size()}
   * @return the distribution of the metric over the draws and the strategy's rank in it
   * @throws IllegalArgumentException if an argument is invalid
   */
  public MetricDistribution distribution(Metric metric, double[] strategyReturns) {
    Args.notNull(metric, "metric");
    Inputs.finiteSeries(strategyReturns, "strategyReturns");
    Inputs.sameLength(assetReturns, "assetReturns", strategyReturns, "strategyReturns");
    return MetricDistribution.of(metric, metric.of(strategyReturns, settings), values[metric.ordinal()]);
  }

  private MetricValues strategyValues(double[] strategyReturns) {
    Inputs.finiteSeries(strategyReturns, "strategyReturns");
    Inputs.sameLength(assetReturns, "assetReturns", strategyReturns, "strategyReturns");
    return MetricValues.of(strategyReturns, settings);
  }

  private int checkDraw(int draw) {
    if (draw >= 0 && draw < starts.length) {
      return draw;
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "draw must be in [0, %d), was %d",
        starts.length, draw));
  }

  /**
   * A quantile of one metric over the draws where it is defined (linear interpolation,
   * {@link ReturnMetrics#quantile}).
   *
   * @param metric the metric, not null
   * @param p the probability, in {@code [0, 1]}
   * @return the quantile, {@code NaN} if the metric is undefined in every draw
   * @throws IllegalArgumentException if an argument is invalid
   */
  public double quantile(Metric metric, double p) {
    Inputs.inUnit(p, "p");
    double[] defined = MetricDistribution.defined(values[Args.notNull(metric, "metric").ordinal()]);
    return defined.length == 0 ? Double.NaN : ReturnMetrics.quantile(defined, p);
  }
}
