package io.quantor.core.analytics;

import io.quantor.core.internal.Args;
import java.util.Arrays;
import java.util.Locale;

/**
 * The result of a {@link FeatureDrift} comparison: the bins, each sample's share per bin, the per-bin
 * contributions and their total. Immutable: the arrays are copied in and out.
 *
 * <p>Bin {@code i} holds the values {@code x} with {@code edges[i-1] < x <= edges[i]}; the first bin is
 * open below and the last open above, so there are {@code edges.length + 1} bins.
 *
 * @param measure the divergence measure
 * @param edges the interior bin edges, strictly increasing
 * @param baselineShares the baseline's share of each bin after the empty-bin floor, summing to 1
 * @param currentShares the current sample's share of each bin after the empty-bin floor, summing to 1
 * @param contributions each bin's term of the measure ({@code (a - e) ln(a/e)} for PSI,
 *     {@code a ln(a/e)} for KL, {@code a} current and {@code e} baseline share)
 * @param total the measure: the sum of the contributions ({@code >= 0}; a KL that rounding leaves a hair
 *     below 0 is reported as 0)
 */
public record DriftResult(FeatureDrift.Measure measure, double[] edges, double[] baselineShares,
    double[] currentShares, double[] contributions, double total) {

  /**
   * Validates and copies.
   *
   * @param measure the measure
   * @param edges the interior edges
   * @param baselineShares the baseline shares, one per bin
   * @param currentShares the current shares, one per bin
   * @param contributions the contributions, one per bin
   * @param total the total, finite
   * @throws IllegalArgumentException if an argument is null, the lengths disagree or the total is not finite
   */
  public DriftResult {
    Args.notNull(measure, "measure");
    Args.notNull(edges, "edges");
    int bins = Args.sameLength("baselineShares, currentShares, contributions", baselineShares,
        currentShares, contributions);
    if (bins != edges.length + 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "baselineShares must have edges.length + 1 (%d) entries, was %d", edges.length + 1, bins));
    }
    Args.finite(total, "total");
    edges = edges.clone();
    baselineShares = baselineShares.clone();
    currentShares = currentShares.clone();
    contributions = contributions.clone();
  }

  /**
   * The number of bins.
   *
   * @return {@code edges().length + 1}
   */
  public int bins() {
    return edges.length + 1;
  }

  /**
   * The interior bin edges.
   *
   * @return a copy of the edges
   */
  @Override
  public double[] edges() {
    return edges.clone();
  }

  /**
   * The baseline's share of each bin.
   *
   * @return a copy of the shares
   */
  @Override
  public double[] baselineShares() {
    return baselineShares.clone();
  }

  /**
   * The current sample's share of each bin.
   *
   * @return a copy of the shares
   */
  @Override
  public double[] currentShares() {
    return currentShares.clone();
  }

  /**
   * Each bin's term of the measure.
   *
   * @return a copy of the contributions
   */
  @Override
  public double[] contributions() {
    return contributions.clone();
  }

  /**
   * Equal when the measure, the total and every array are equal.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof DriftResult r && measure == r.measure && Double.compare(total, r.total) == 0
        && Arrays.equals(edges, r.edges) && Arrays.equals(baselineShares, r.baselineShares)
        && Arrays.equals(currentShares, r.currentShares) && Arrays.equals(contributions, r.contributions);
  }

  /**
   * A hash of the measure, the total and the arrays.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = measure.hashCode() * 31 + Double.hashCode(total);
    h = h * 31 + Arrays.hashCode(edges);
    h = h * 31 + Arrays.hashCode(baselineShares);
    h = h * 31 + Arrays.hashCode(currentShares);
    return h * 31 + Arrays.hashCode(contributions);
  }

  /**
   * The measure, the total and the arrays.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "DriftResult[" + measure + " " + total + ", edges=" + Arrays.toString(edges) + ", baselineShares="
        + Arrays.toString(baselineShares) + ", currentShares=" + Arrays.toString(currentShares)
        + ", contributions=" + Arrays.toString(contributions) + "]";
  }
}
