package io.quantor.core.analytics;

import io.quantor.core.internal.Args;
import java.util.Arrays;
import java.util.Locale;

/**
 * Distribution drift of a feature between a baseline sample (training, a reference period) and a current
 * sample: the population stability index and the Kullback-Leibler divergence over a common binning.
 *
 * <p><b>Binning.</b> The bin edges come from the baseline only. {@link Binning#quantiles(int)} (the
 * default, 10 bins) puts the interior edges at the baseline's {@code k/B} quantiles, {@code k = 1..B-1},
 * with linear interpolation between order statistics (Hyndman-Fan type 7, numpy's and R's default:
 * {@code h = (N-1)p}, {@code q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])} on the sorted
 * baseline); {@link Binning#equalWidth(int)} splits the baseline's {@code [min, max]} into {@code B} equal
 * intervals. Repeated edges (ties in the baseline) are merged, so there may be fewer than {@code B} bins.
 * The outer bins are open, so current values outside the baseline's range are counted in the first or last
 * bin. Bin {@code i} holds {@code edges[i-1] < x <= edges[i]}.
 *
 * <p><b>Empty bins.</b> A bin without any value has share 0, whose logarithm is undefined; it gets the share
 * {@value #EMPTY_BIN_SHARE} instead, and the shares of that sample are then renormalized to sum to 1
 * (so both are proper distributions, which keeps KL non-negative). Shares are {@code count / N} otherwise.
 *
 * <p><b>Measures</b>, with {@code a_i} the current and {@code e_i} the baseline share:
 * <ul>
 *   <li>PSI {@code = sum (a_i - e_i) ln(a_i / e_i)}, the symmetrized KL divergence (Jeffreys), always
 *   {@code >= 0} and 0 for identical shares. Common reading (Siddiqi, <i>Credit Risk Scorecards</i>,
 *   2006): below {@value #PSI_MODERATE} stable, {@value #PSI_MODERATE} to {@value #PSI_SIGNIFICANT}
 *   moderate shift, above {@value #PSI_SIGNIFICANT} significant shift.</li>
 *   <li>KL {@code = D(current || baseline) = sum a_i ln(a_i / e_i)} in nats: the information lost when the
 *   baseline distribution stands in for the current one (Kullback and Leibler, 1951). Not symmetric;
 *   {@code >= 0} (Gibbs' inequality).</li>
 * </ul>
 *
 * <pre>{@code
 * DriftResult psi = FeatureDrift.psi(trainingFeature, liveFeature);           // 10 quantile bins
 * if (psi.total() > FeatureDrift.PSI_SIGNIFICANT) {
 *   // retrain or stop trading the model
 * }
 * DriftResult kl = FeatureDrift.kl(trainingFeature, liveFeature, FeatureDrift.Binning.equalWidth(20));
 * }</pre>
 */
public final class FeatureDrift {

  /** The share given to an empty bin before renormalizing: {@value}. */
  public static final double EMPTY_BIN_SHARE = 1e-4;
  /** PSI below this value is usually read as stable: {@value}. */
  public static final double PSI_MODERATE = 0.1;
  /** PSI above this value is usually read as a significant shift: {@value}. */
  public static final double PSI_SIGNIFICANT = 0.25;

  private FeatureDrift() {
  }

  /** The divergence measures. */
  public enum Measure {
    /** Population stability index, {@code sum (a - e) ln(a/e)}. */
    PSI,
    /** Kullback-Leibler divergence of the current from the baseline, {@code sum a ln(a/e)}. */
    KL
  }

  /** How bin edges are derived from the baseline. */
  public enum BinningMethod {
    /** Edges at the baseline's quantiles: the baseline is spread about evenly over the bins. */
    QUANTILE,
    /** Equal-width bins over the baseline's range. */
    EQUAL_WIDTH
  }

  /**
   * A binning rule.
   *
   * @param method how edges are derived from the baseline
   * @param bins the number of bins before merging repeated edges
   */
  public record Binning(BinningMethod method, int bins) {

    /** The default: 10 quantile bins (deciles of the baseline). */
    public static final Binning DEFAULT = new Binning(BinningMethod.QUANTILE, 10);

    /**
     * Validates the rule.
     *
     * @param method the method
     * @param bins the number of bins, {@code >= 1}
     * @throws IllegalArgumentException if {@code method} is null or {@code bins < 1}
     */
    public Binning {
      Args.notNull(method, "method");
      Args.atLeast(bins, 1, "bins");
    }

    /**
     * Quantile bins.
     *
     * @param bins the number of bins, {@code >= 1}
     * @return the rule
     */
    public static Binning quantiles(int bins) {
      return new Binning(BinningMethod.QUANTILE, bins);
    }

    /**
     * Equal-width bins.
     *
     * @param bins the number of bins, {@code >= 1}
     * @return the rule
     */
    public static Binning equalWidth(int bins) {
      return new Binning(BinningMethod.EQUAL_WIDTH, bins);
    }
  }

  /**
   * Population stability index over 10 quantile bins of the baseline.
   *
   * @param baseline the baseline sample, non-empty, finite
   * @param current the current sample, non-empty, finite
   * @return the PSI with its bins
   * @throws IllegalArgumentException if a sample is null, empty or holds a non-finite value
   */
  public static DriftResult psi(double[] baseline, double[] current) {
    return compare(Measure.PSI, baseline, current, Binning.DEFAULT);
  }

  /**
   * Population stability index.
   *
   * @param baseline the baseline sample, non-empty, finite
   * @param current the current sample, non-empty, finite
   * @param binning the binning rule
   * @return the PSI with its bins
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static DriftResult psi(double[] baseline, double[] current, Binning binning) {
    return compare(Measure.PSI, baseline, current, binning);
  }

  /**
   * Kullback-Leibler divergence {@code D(current || baseline)} over 10 quantile bins of the baseline.
   *
   * @param baseline the baseline sample, non-empty, finite
   * @param current the current sample, non-empty, finite
   * @return the divergence in nats with its bins
   * @throws IllegalArgumentException if a sample is null, empty or holds a non-finite value
   */
  public static DriftResult kl(double[] baseline, double[] current) {
    return compare(Measure.KL, baseline, current, Binning.DEFAULT);
  }

  /**
   * Kullback-Leibler divergence {@code D(current || baseline)}.
   *
   * @param baseline the baseline sample, non-empty, finite
   * @param current the current sample, non-empty, finite
   * @param binning the binning rule
   * @return the divergence in nats with its bins
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static DriftResult kl(double[] baseline, double[] current, Binning binning) {
    return compare(Measure.KL, baseline, current, binning);
  }

  /**
   * The interior bin edges a rule derives from a baseline (strictly increasing; repeated edges merged).
   *
   * @param baseline the baseline sample, non-empty, finite
   * @param binning the binning rule
   * @return the edges, {@code bins - 1} of them or fewer
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] edges(double[] baseline, Binning binning) {
    checkSample(baseline, "baseline");
    Args.notNull(binning, "binning");
    double[] sorted = baseline.clone();
    Arrays.sort(sorted);
    int b = binning.bins();
    double[] raw = new double[b - 1];
    double min = sorted[0];
    double max = sorted[sorted.length - 1];
    for (int k = 1; k < b; k++) {
      double p = (double) k / b;
      raw[k - 1] = binning.method() == BinningMethod.QUANTILE
          ? quantile(sorted, p)
          : min + (max - min) * p;
    }
    // Merge repeated edges; quantiles and equal-width edges are already non-decreasing.
    int m = 0;
    for (double e : raw) {
      if (m == 0 || e > raw[m - 1]) {
        raw[m++] = e;
      }
    }
    return Arrays.copyOf(raw, m);
  }

  private static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo + 1 >= sorted.length) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  private static DriftResult compare(Measure measure, double[] baseline, double[] current,
      Binning binning) {
    checkSample(current, "current");
    double[] edges = edges(baseline, binning);
    double[] e = shares(baseline, edges);
    double[] a = shares(current, edges);
    double[] contributions = new double[e.length];
    double total = 0;
    for (int i = 0; i < e.length; i++) {
      double log = Math.log(a[i] / e[i]);
      contributions[i] = measure == Measure.PSI ? (a[i] - e[i]) * log : a[i] * log;
      total += contributions[i];
    }
    // Rounding can leave a KL of identical or nearly identical shares a hair below 0.
    return new DriftResult(measure, edges, e, a, contributions, Math.max(0.0, total));
  }

  /** Each bin's share of a sample, empty bins floored at EMPTY_BIN_SHARE, then renormalized. */
  private static double[] shares(double[] sample, double[] edges) {
    double[] counts = new double[edges.length + 1];
    for (double x : sample) {
      counts[bin(edges, x)]++;
    }
    boolean floored = false;
    double sum = 0;
    for (int i = 0; i < counts.length; i++) {
      counts[i] /= sample.length;
      if (counts[i] == 0) {
        counts[i] = EMPTY_BIN_SHARE;
        floored = true;
      }
      sum += counts[i];
    }
    if (floored) {
      for (int i = 0; i < counts.length; i++) {
        counts[i] /= sum;
      }
    }
    return counts;
  }

  /** The number of edges strictly below x: the bin with edges[i-1] < x <= edges[i]. */
  private static int bin(double[] edges, double x) {
    int lo = 0;
    int hi = edges.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (edges[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void checkSample(double[] sample, String name) {
    Args.notNull(sample, name);
    if (sample.length == 0) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    for (int i = 0; i < sample.length; i++) {
      if (!Double.isFinite(sample[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s[%d] must be finite, was %s",
            name, i, sample[i]));
      }
    }
  }
}
