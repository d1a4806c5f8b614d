package io.quantor.backtest.validation;

import io.quantor.backtest.metrics.ReturnMetrics;
import io.quantor.core.internal.Args;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Bootstrap confidence intervals for statistics of return series and of trade sequences.
 *
 * <p><b>Schemes.</b>
 * <ul>
 *   <li>{@link Scheme#IID}: draw {@code n} values with replacement (Efron 1979). Right for a sequence
 *       of trade returns, whose order carries no information; wrong for daily returns, whose volatility
 *       clusters.</li>
 *   <li>{@link Scheme#STATIONARY}: the stationary bootstrap (Politis and Romano, "The Stationary
 *       Bootstrap", <i>JASA</i> 89, 1994): blocks of geometric length with mean {@code L}, each starting
 *       at a uniform position, wrapping around the end. Position {@code i+1} of the resample continues
 *       the block with probability {@code 1 - 1/L} and jumps to a uniform position otherwise; the
 *       resample is stationary given the data.</li>
 *   <li>{@link Scheme#MOVING_BLOCK}: the moving block bootstrap (Künsch 1989): blocks of fixed length
 *       {@code L} starting uniformly in {@code [0, n - L]}, concatenated and cut to {@code n}.</li>
 *   <li>{@link Scheme#CIRCULAR_BLOCK}: the circular block bootstrap (Politis and Romano 1992): as the
 *       moving block bootstrap, but blocks start anywhere and wrap around the end, so every observation
 *       is equally likely to be drawn.</li>
 * </ul>
 * <p>Block schemes keep the dependence within a block (autocorrelation, volatility clusters), which the
 * i.i.d. scheme destroys. <b>Default block length</b>: {@code L = n^(1/3)} (at least 1; rounded to the
 * nearest integer for fixed blocks), the rate that minimizes the mean squared error of block-bootstrap
 * variance estimates (Hall, Horowitz and Jing 1995); choose a longer {@code L} for strongly persistent
 * series.
 *
 * <p><b>Interval.</b> {@link #interval} computes the statistic on the data (the estimate) and on
 * {@code resamples} resamples (default 2,000), and returns the percentile interval at the configured
 * confidence (default 0.95); see {@link BootstrapInterval}. The convenience methods {@link #sharpe},
 * {@link #cagr} and {@link #maxDrawdown} use the empyrical formulas: annualized Sharpe
 * {@code mean / std(ddof=1) * sqrt(252)}, CAGR {@code prod(1 + r)^(252/n) - 1}, maximum drawdown
 * {@code min_t W_t / max_{s<=t} W_s - 1} with wealth {@code W_0 = 1}, {@code W_t = prod(1 + r_i)} (a
 * negative number or 0).
 *
 * <p><b>Randomness.</b> Every call creates its own generator,
 * {@code RandomSource.XO_RO_SHI_RO_128_PP.create(seed)}, and draws the resamples in order, so the same
 * seed and inputs give the same interval, bit for bit, and instances are safe to share between threads.
 *
 * <pre>{@code
 * BootstrapInterval sr = Bootstrap.stationary(42).sharpe(dailyReturns);        // L = n^(1/3)
 * BootstrapInterval dd = Bootstrap.stationary(20, 42).withResamples(5000).maxDrawdown(dailyReturns);
 * BootstrapInterval meanTrade = Bootstrap.iid(7).withConfidence(0.90)
 *     .interval(tradeReturns, x -> Arrays.stream(x).average().orElseThrow());
 * }</pre>
 */
public final class Bootstrap {

  /** The resampling scheme. */
  public enum Scheme {
    /** Values drawn independently with replacement (trade sequences). */
    IID,
    /** Politis-Romano stationary bootstrap: geometric block lengths with mean {@code L}, circular. */
    STATIONARY,
    /** Künsch's moving block bootstrap: fixed blocks of length {@code L}, not wrapping. */
    MOVING_BLOCK,
    /** Politis-Romano circular block bootstrap: fixed blocks of length {@code L}, wrapping. */
    CIRCULAR_BLOCK
  }

  /** The default number of resamples, 2,000. */
  public static final int DEFAULT_RESAMPLES = 2000;

  /** The default confidence level, 0.95. */
  public static final double DEFAULT_CONFIDENCE = 0.95;


  private final Scheme scheme;
  /** Mean (stationary) or fixed block length; 0 selects {@code n^(1/3)}. */
  private final double blockLength;
  private final int resamples;
  private final double confidence;
  private final long seed;

  private Bootstrap(Scheme scheme, double blockLength, int resamples, double confidence, long seed) {
    this.scheme = scheme;
    this.blockLength = blockLength;
    this.resamples = resamples;
    this.confidence = confidence;
    this.seed = seed;
  }

  /**
   * The i.i.d. bootstrap, for trade sequences and other exchangeable data.
   *
   * @param seed the generator seed
   * @return the bootstrap with default resamples and confidence
   */
  public static Bootstrap iid(long seed) {
    return new Bootstrap(Scheme.IID, 0, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed);
  }

  /**
   * The stationary bootstrap with mean block length {@code n^(1/3)}.
   *
   * @param seed the generator seed
   * @return the bootstrap with default resamples and confidence
   */
  public static Bootstrap stationary(long seed) {
    return new Bootstrap(Scheme.STATIONARY, 0, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed);
  }

  /**
   * The stationary bootstrap with a given mean block length.
   *
   * @param meanBlockLength the mean block length {@code L}, finite and {@code >= 1} (1 is the i.i.d.
   *     bootstrap)
   * @param seed the generator seed
   * @return the bootstrap with default resamples and confidence
   * @throws IllegalArgumentException if the length is below 1 or not finite
   */
  public static Bootstrap stationary(double meanBlockLength, long seed) {
    if (!(meanBlockLength >= 1 && meanBlockLength < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("meanBlockLength must be finite and >= 1, was " + meanBlockLength);
    }
    return new Bootstrap(Scheme.STATIONARY, meanBlockLength, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed);
  }

  /**
   * The moving block bootstrap with block length {@code round(n^(1/3))}.
   *
   * @param seed the generator seed
   * @return the bootstrap with default resamples and confidence
   */
  public static Bootstrap movingBlock(long seed) {
    return new Bootstrap(Scheme.MOVING_BLOCK, 0, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed);
  }

  /**
   * The moving block bootstrap with a given block length.
   *
   * @param blockLength the block length {@code L}, at least 1 and at most the series length when used
   * @param seed the generator seed
   * @return the bootstrap with default resamples and confidence
   * @throws IllegalArgumentException if {@code blockLength < 1}
   */
  public static Bootstrap movingBlock(int blockLength, long seed) {
    Args.atLeast(blockLength, 1, "blockLength");
    return new Bootstrap(Scheme.MOVING_BLOCK, blockLength, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed);
  }

  /**
   * The circular block bootstrap with block length {@code round(n^(1/3))}.
   *
   * @param seed the generator seed
   * @return the bootstrap with default resamples and confidence
   */
  public static Bootstrap circularBlock(long seed) {
    return new Bootstrap(Scheme.CIRCULAR_BLOCK, 0, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed);
  }

  /**
   * The circular block bootstrap with a given block length.
   *
   * @param blockLength the block length {@code L}, at least 1 and at most the series length when used
   * @param seed the generator seed
   * @return the bootstrap with default resamples and confidence
   * @throws IllegalArgumentException if {@code blockLength < 1}
   */
  public static Bootstrap circularBlock(int blockLength, long seed) {
    Args.atLeast(blockLength, 1, "blockLength");
    return new Bootstrap(Scheme.CIRCULAR_BLOCK, blockLength, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed);
  }

  /**
   * Returns a copy with another number of resamples.
   *
   * @param resamples the number of resamples, at least 1
   * @return the copy
   * @throws IllegalArgumentException if {@code resamples < 1}
   */
  public Bootstrap withResamples(int resamples) {
    Args.atLeast(resamples, 1, "resamples");
    return new Bootstrap(scheme, blockLength, resamples, confidence, seed);
  }

  /**
   * Returns a copy with another confidence level.
   *
   * @param confidence the confidence level, in {@code (0, 1)}
   * @return the copy
   * @throws IllegalArgumentException if the level is outside {@code (0, 1)}
   */
  public Bootstrap withConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
    return new Bootstrap(scheme, blockLength, resamples, confidence, seed);
  }

  /**
   * Returns a copy with another seed.
   *
   * @param seed the generator seed
   * @return the copy
   */
  public Bootstrap withSeed(long seed) {
    return new Bootstrap(scheme, blockLength, resamples, confidence, seed);
  }

  /**
   * Returns the scheme.
   *
   * @return the resampling scheme
   */
  public Scheme scheme() {
    return scheme;
  }

  /**
   * Returns the block length used for a series of {@code n} values: the configured one, or the default
   * {@code n^(1/3)} (at least 1; rounded for fixed blocks). For {@link Scheme#IID} it is 1.
   *
   * @param n the series length, at least 1
   * @return the (mean, for the stationary scheme) block length
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public double blockLength(int n) {
    Args.atLeast(n, 1, "n");
    if (scheme == Scheme.IID) {
      return 1;
    }
    if (blockLength > 0) {
      return blockLength;
    }
    double l = Math.max(1, Math.cbrt(n));
    return scheme == Scheme.STATIONARY ? l : Math.round(l);
  }

  /**
   * Returns the number of resamples.
   *
   * @return the number of resamples
   */
  public int resamples() {
    return resamples;
  }

  /**
   * Returns the confidence level.
   *
   * @return the confidence level
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Returns the seed.
   *
   * @return the generator seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Draws the indices of one resample of a series of length {@code n} with this scheme. Applying the same
   * indices to several aligned series (a strategy and its benchmark) resamples them jointly.
   *
   * @param n the series length, at least 1 (for a fixed block length, at least that length)
   * @param random the generator to draw from
   * @return {@code n} indices in {@code [0, n)}
   * @throws IllegalArgumentException if {@code n < 1}, the generator is null, or a fixed block length
   *     exceeds {@code n}
   */
  public int[] indices(int n, UniformRandomProvider random) {
    Args.atLeast(n, 1, "n");
    Args.notNull(random, "random");
    double l = blockLength(n);
    if ((scheme == Scheme.MOVING_BLOCK || scheme == Scheme.CIRCULAR_BLOCK) && l > n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "blockLength must be <= the series length %d, was %d", n, (long) l));
    }
    int[] out = new int[n];
    fill(out, n, l, random);
    return out;
  }

  /**
   * The percentile confidence interval of a statistic.
   *
   * @param data the series (returns, or trade returns for the i.i.d. scheme), at least 1 value, finite
   * @param statistic the statistic; it receives a fresh array for the data and for each resample
   * @return the estimate, the interval and the bootstrap distribution
   * @throws IllegalArgumentException if the data are null, empty or not finite, the statistic is null,
   *     or a fixed block length exceeds the series length
   */
  public BootstrapInterval interval(double[] data, ToDoubleFunction<double[]> statistic) {
    checkData(data);
    Args.notNull(statistic, "statistic");
    int n = data.length;
    double l = blockLength(n);
    if ((scheme == Scheme.MOVING_BLOCK || scheme == Scheme.CIRCULAR_BLOCK) && l > n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "blockLength must be <= the series length %d, was %d", n, (long) l));
    }
    double estimate = statistic.applyAsDouble(data.clone());
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    int[] index = new int[n];
    double[] values = new double[resamples];
    int kept = 0;
    for (int b = 0; b < resamples; b++) {
      fill(index, n, l, random);
      double[] sample = new double[n];
      for (int i = 0; i < n; i++) {
        sample[i] = data[index[i]];
      }
      double v = statistic.applyAsDouble(sample);
      if (!Double.isNaN(v)) {
        values[kept++] = v;
      }
    }
    double[] distribution = Arrays.copyOf(values, kept);
    Arrays.sort(distribution);
    double alpha = (1 - confidence) / 2;
    return new BootstrapInterval(estimate, BootstrapInterval.quantile(distribution, alpha),
        BootstrapInterval.quantile(distribution, 1 - alpha), confidence, resamples, distribution);
  }

  /**
   * The confidence interval of the annualized Sharpe ratio {@code mean / std(ddof=1) * sqrt(252)}.
   *
   * @param returns the per-period (daily) simple returns, at least 2, finite
   * @return the interval; resamples with zero variance are left out
   * @throws IllegalArgumentException if the returns are null, shorter than 2 or not finite
   */
  public BootstrapInterval sharpe(double[] returns) {
    checkData(returns);
    Args.atLeast(returns.length, 2, "returns.length");
    return interval(returns, ReturnMetrics::sharpeRatio);
  }

  /**
   * The confidence interval of the compound annual growth rate {@code prod(1 + r)^(252/n) - 1}.
   *
   * @param returns the per-period (daily) simple returns, finite, each {@code > -1}
   * @return the interval
   * @throws IllegalArgumentException if the returns are null, empty, not finite or hold a loss of 100 %
   *     or more
   */
  public BootstrapInterval cagr(double[] returns) {
    checkData(returns);
    for (int i = 0; i < returns.length; i++) {
      if (!(returns[i] > -1)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "returns must be > -1, was %s at index %d", returns[i], i));
      }
    }
    return interval(returns, ReturnMetrics::annualReturn);
  }

  /**
   * The confidence interval of the maximum drawdown {@code min_t W_t / max_{s<=t} W_s - 1},
   * {@code W_0 = 1}.
   *
   * @param returns the per-period simple returns, finite
   * @return the interval of a number in {@code [-1, 0]} for returns {@code >= -1}
   * @throws IllegalArgumentException if the returns are null, empty or not finite
   */
  public BootstrapInterval maxDrawdown(double[] returns) {
    return interval(returns, ReturnMetrics::maxDrawdown);
  }

  /**
   * Describes the bootstrap.
   *
   * @return for example {@code Bootstrap[STATIONARY, blockLength=auto, resamples=2000, ...]}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Bootstrap[%s, blockLength=%s, resamples=%d, confidence=%s, seed=%d]",
        scheme, blockLength > 0 ? Double.toString(blockLength) : scheme == Scheme.IID ? "1" : "auto",
        resamples, confidence, seed);
  }

  private void fill(int[] out, int n, double l, UniformRandomProvider random) {
    switch (scheme) {
      case IID -> {
        for (int i = 0; i < n; i++) {
          out[i] = random.nextInt(n);
        }
      }
      case STATIONARY -> {
        double p = 1 / l;
        int at = random.nextInt(n);
        out[0] = at;
        for (int i = 1; i < n; i++) {
          at = random.nextDouble() < p ? random.nextInt(n) : (at + 1 == n ? 0 : at + 1);
          out[i] = at;
        }
      }
      case MOVING_BLOCK, CIRCULAR_BLOCK -> {
        int len = (int) l;
        int starts = scheme == Scheme.MOVING_BLOCK ? n - len + 1 : n;
        for (int i = 0; i < n; ) {
          int start = random.nextInt(starts);
          for (int j = 0; j < len && i < n; j++, i++) {
            int k = start + j;
            out[i] = k < n ? k : k - n;
          }
        }
      }
      default -> throw new IllegalStateException("unknown scheme " + scheme);
    }
  }

  private static void checkData(double[] data) {
    Args.notNull(data, "data");
    if (data.length == 0) {
      throw new IllegalArgumentException("data must not be empty");
    }
    for (int i = 0; i < data.length; i++) {
      if (!Double.isFinite(data[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "data must be finite, was %s at index %d", data[i], i));
      }
    }
  }
}
