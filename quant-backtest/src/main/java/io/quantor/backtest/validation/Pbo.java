package io.quantor.backtest.validation;

import io.quantor.core.internal.Args;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The probability of backtest overfitting by combinatorially symmetric cross-validation, CSCV (Bailey,
 * Borwein, López de Prado and Zhu, "The Probability of Backtest Overfitting", <i>Journal of
 * Computational Finance</i> 20(4), 2017, SSRN 2326253).
 *
 * <p><b>Input.</b> A {@code T x N} matrix of per-period performance (returns) of {@code N} trials (the
 * configurations a parameter sweep tried) over the same {@code T} periods: {@code performance[t][n]},
 * rows are time.
 *
 * <p><b>Method.</b> The rows are cut into {@code S} contiguous blocks (even {@code S}; sizes differ by at
 * most one, the first {@code T mod S} blocks one row longer). For each of the {@code C(S, S/2)} ways to
 * choose {@code S/2} blocks as the in-sample set {@code J} (the rest, {@code J'}, is out-of-sample):
 * <ol>
 *   <li>compute the statistic of every trial on {@code J} and on {@code J'};</li>
 *   <li>select the in-sample best trial {@code n*} (the first one on ties);</li>
 *   <li>rank its out-of-sample statistic among all {@code N} out-of-sample statistics, ascending from 1
 *       (ties get their mid-rank), {@code w = rank / (N + 1)}, and the logit
 *       {@code lambda = ln(w / (1 - w))}.</li>
 * </ol>
 * <p>Then {@code PBO} is the fraction of combinations with {@code lambda <= 0}: the in-sample winner is
 * at or below the out-of-sample median. The result also gives the performance degradation (the OLS line
 * of the out-of-sample statistic of the selected trial on its in-sample statistic; a slope well below 1
 * means selection does not carry over) and the probability of loss (the fraction of combinations whose
 * selected trial has a negative out-of-sample statistic). For pure noise and an even {@code N} the
 * expected PBO is 1/2; a trial with a real and stable edge drives it to 0.
 *
 * <p><b>Statistic.</b> The default is the per-period Sharpe ratio {@code mean / std} (divisor
 * {@code n - 1}), not annualized (annualizing rescales every value alike and changes no rank; per-period
 * values can feed {@link DeflatedSharpe} directly). It is computed from per-block means and sums of
 * squared deviations combined exactly (Chan, Golub and LeVeque 1979), so no rows are copied. Any other
 * statistic is a {@code ToDoubleFunction<double[]>} applied to each trial's rows of {@code J} (then
 * {@code J'}), in time order; it receives a fresh array each call. A statistic value that is NaN ranks
 * as minus infinity (a trial with zero variance on a subset has no Sharpe ratio and is never selected);
 * a NaN out-of-sample value is not counted as a loss.
 *
 * <p><b>Determinism.</b> Combinations are enumerated in increasing order of their in-sample bitmask
 * (bit {@code b} set when block {@code b} is in-sample) and every result array follows that order. The
 * computation has no randomness and no shared mutable state; with {@link #parallel(boolean)} the
 * combinations are spread over the common fork-join pool and the result is identical, bit for bit (the
 * statistic must then be safe to call from several threads).
 *
 * <pre>{@code
 * double[][] returns = ...;                    // T x N: row t, trial n
 * PboResult r = Pbo.defaults().compute(returns);  // S = 16: 12,870 combinations
 * r.pbo();                                     // e.g. 0.07
 * r.degradationSlope();                        // OOS Sharpe per unit of IS Sharpe
 * PboResult byMean = Pbo.of(8, x -> Arrays.stream(x).average().orElseThrow()).compute(returns);
 * }</pre>
 */
public final class Pbo {

  /** The number of blocks the paper recommends, 16 (12,870 combinations). */
  public static final int DEFAULT_BLOCKS = 16;

  /** The largest number of blocks accepted, 20 (184,756 combinations). */
  public static final int MAX_BLOCKS = 20;

  private final int blocks;
  /** Null selects the built-in per-period Sharpe ratio, computed from block moments. */
  private final ToDoubleFunction<double[]> statistic;
  private final boolean parallel;

  private Pbo(int blocks, ToDoubleFunction<double[]> statistic, boolean parallel) {
    this.blocks = blocks;
    this.statistic = statistic;
    this.parallel = parallel;
  }

  /**
   * The paper's configuration: 16 blocks, the per-period Sharpe ratio, sequential.
   *
   * @return {@code of(DEFAULT_BLOCKS)}
   */
  public static Pbo defaults() {
    return of(DEFAULT_BLOCKS);
  }

  /**
   * CSCV with the per-period Sharpe ratio as statistic.
   *
   * @param blocks the number of blocks {@code S}: even, in {@code [2, MAX_BLOCKS]}
   * @return the calculator, sequential
   * @throws IllegalArgumentException if {@code blocks} is odd or out of range
   */
  public static Pbo of(int blocks) {
    return new Pbo(checkBlocks(blocks), null, false);
  }

  /**
   * CSCV with a custom performance statistic (higher is better).
   *
   * @param blocks the number of blocks {@code S}: even, in {@code [2, MAX_BLOCKS]}
   * @param statistic the statistic of one trial's rows (in time order)
   * @return the calculator, sequential
   * @throws IllegalArgumentException if {@code blocks} is odd or out of range, or the statistic is null
   */
  public static Pbo of(int blocks, ToDoubleFunction<double[]> statistic) {
    return new Pbo(checkBlocks(blocks), Args.notNull(statistic, "statistic"), false);
  }

  /**
   * Returns a calculator that evaluates the combinations in parallel (or not).
   *
   * @param parallel true to use the common fork-join pool
   * @return a copy with the flag set; the results do not depend on it
   */
  public Pbo parallel(boolean parallel) {
    return new Pbo(blocks, statistic, parallel);
  }

  /**
   * Returns the number of blocks.
   *
   * @return {@code S}
   */
  public int blocks() {
    return blocks;
  }

  /**
   * Runs CSCV on a performance matrix.
   *
   * @param performance the {@code T x N} matrix, rows = periods, columns = trials: rectangular,
   *     {@code T >= S} rows, {@code N >= 2} columns, every value finite
   * @return PBO, the logits and the degradation statistics
   * @throws IllegalArgumentException if the matrix is null, ragged, too small or holds a non-finite value
   */
  public PboResult compute(double[][] performance) {
    double[][] columns = columns(performance, blocks);
    int trials = columns.length;
    int rows = columns[0].length;
    int[] starts = blockStarts(rows, blocks);
    int[] masks = masks(blocks);
    int count = masks.length;
    BlockMoments moments = statistic == null ? BlockMoments.of(columns, starts) : null;

    double[] logits = new double[count];
    int[] selected = new int[count];
    double[] inSample = new double[count];
    double[] outOfSample = new double[count];
    IntStream range = IntStream.range(0, count);
    (parallel ? range.parallel() : range).forEach(c -> {
      double[] is = new double[trials];
      double[] oos = new double[trials];
      int full = (1 << blocks) - 1;
      if (moments != null) {
        moments.sharpe(masks[c], is);
        moments.sharpe(full & ~masks[c], oos);
      } else {
        evaluate(columns, starts, masks[c], is);
        evaluate(columns, starts, full & ~masks[c], oos);
      }
      int best = 0;
      for (int n = 1; n < trials; n++) {
        if (key(is[n]) > key(is[best])) {
          best = n;
        }
      }
      double target = key(oos[best]);
      double below = 0;
      double ties = 0;
      for (int n = 0; n < trials; n++) {
        double v = key(oos[n]);
        if (v < target) {
          below++;
        } else if (v == target && n != best) {
          ties++;
        }
      }
      double w = (1 + below + ties / 2) / (trials + 1);
      logits[c] = Math.log(w / (1 - w));
      selected[c] = best;
      inSample[c] = is[best];
      outOfSample[c] = oos[best];
    });
    return new PboResult(blocks, trials, masks, logits, selected, inSample, outOfSample);
  }

  /**
   * Describes the calculator.
   *
   * @return for example {@code Pbo[blocks=16, statistic=sharpe, parallel=false]}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Pbo[blocks=%d, statistic=%s, parallel=%s]", blocks,
        statistic == null ? "sharpe" : "custom", parallel);
  }

  /** NaN ranks as minus infinity. */
  private static double key(double v) {
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }

  private void evaluate(double[][] columns, int[] starts, int mask, double[] out) {
    int length = 0;
    for (int b = 0; b < blocks; b++) {
      if ((mask & (1 << b)) != 0) {
        length += starts[b + 1] - starts[b];
      }
    }
    for (int n = 0; n < columns.length; n++) {
      double[] rows = new double[length];
      int at = 0;
      for (int b = 0; b < blocks; b++) {
        if ((mask & (1 << b)) != 0) {
          int len = starts[b + 1] - starts[b];
          System.arraycopy(columns[n], starts[b], rows, at, len);
          at += len;
        }
      }
      out[n] = statistic.applyAsDouble(rows);
    }
  }

  private static int checkBlocks(int blocks) {
    Args.inRange(blocks, 2, MAX_BLOCKS, "blocks");
    if (blocks % 2 != 0) {
      throw new IllegalArgumentException("blocks must be even, was " + blocks);
    }
    return blocks;
  }

  /** Validates the matrix and returns it by column (trial). */
  private static double[][] columns(double[][] performance, int blocks) {
    Args.notNull(performance, "performance");
    int rows = performance.length;
    if (rows < blocks) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "performance must have at least blocks = %d rows, had %d", blocks, rows));
    }
    Args.notNull(performance[0], "performance[0]");
    int trials = performance[0].length;
    if (trials < 2) {
      throw new IllegalArgumentException("performance must have at least 2 columns (trials), had " + trials);
    }
    double[][] columns = new double[trials][rows];
    for (int t = 0; t < rows; t++) {
      double[] row = performance[t];
      if (row == null || row.length != trials) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "performance[%d] must have %d columns, had %s", t, trials, row == null ? "null" : row.length));
      }
      for (int n = 0; n < trials; n++) {
        if (!Double.isFinite(row[n])) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "performance must be finite, was %s at row %d, column %d", row[n], t, n));
        }
        columns[n][t] = row[n];
      }
    }
    return columns;
  }

  /** Block {@code b} is rows {@code [starts[b], starts[b+1])}; the first {@code T mod S} are longer. */
  static int[] blockStarts(int rows, int blocks) {
    int[] starts = new int[blocks + 1];
    int size = rows / blocks;
    int longer = rows % blocks;
    for (int b = 0; b < blocks; b++) {
      starts[b + 1] = starts[b] + size + (b < longer ? 1 : 0);
    }
    return starts;
  }

  /** All {@code S}-bit masks with {@code S/2} bits set, increasing (Gosper's hack). */
  static int[] masks(int blocks) {
    int half = blocks / 2;
    int count = 1;
    for (int i = 1; i <= half; i++) {
      count = count * (blocks - half + i) / i;
    }
    int[] masks = new int[count];
    int m = (1 << half) - 1;
    for (int c = 0; c < count; c++) {
      masks[c] = m;
      int lowest = m & -m;
      int ripple = m + lowest;
      m = ripple | (((m ^ ripple) >>> 2) / lowest);
    }
    return masks;
  }

  /** Per-block count, mean and sum of squared deviations of every trial, for the Sharpe ratio. */
  private static final class BlockMoments {
    private final int[] counts;
    private final double[][] means;
    private final double[][] m2;

    private BlockMoments(int[] counts, double[][] means, double[][] m2) {
      this.counts = counts;
      this.means = means;
      this.m2 = m2;
    }

    static BlockMoments of(double[][] columns, int[] starts) {
      int blocks = starts.length - 1;
      int trials = columns.length;
      int[] counts = new int[blocks];
      double[][] means = new double[blocks][trials];
      double[][] m2 = new double[blocks][trials];
      for (int b = 0; b < blocks; b++) {
        int from = starts[b];
        int to = starts[b + 1];
        counts[b] = to - from;
        for (int n = 0; n < trials; n++) {
          double[] x = columns[n];
          double sum = 0;
          for (int t = from; t < to; t++) {
            sum += x[t];
          }
          double mean = sum / (to - from);
          double ss = 0;
          for (int t = from; t < to; t++) {
            ss += (x[t] - mean) * (x[t] - mean);
          }
          means[b][n] = mean;
          m2[b][n] = ss;
        }
      }
      return new BlockMoments(counts, means, m2);
    }

    /** Sharpe ratio of every trial over the blocks in {@code mask}, blocks combined in index order. */
    void sharpe(int mask, double[] out) {
      int trials = out.length;
      for (int n = 0; n < trials; n++) {
        long count = 0;
        double mean = 0;
        double ss = 0;
        for (int b = 0; b < counts.length; b++) {
          if ((mask & (1 << b)) == 0) {
            continue;
          }
          long nb = counts[b];
          if (count == 0) {
            count = nb;
            mean = means[b][n];
            ss = m2[b][n];
            continue;
          }
          double delta = means[b][n] - mean;
          long total = count + nb;
          mean += delta * nb / total;
          ss += m2[b][n] + delta * delta * count * nb / total;
          count = total;
        }
        // zero variance: no Sharpe ratio (mean / 0 would be an infinite one, always selected)
        out[n] = count < 2 || !(ss > 0) ? Double.NaN : mean / Math.sqrt(ss / (count - 1));
      }
    }
  }
}
