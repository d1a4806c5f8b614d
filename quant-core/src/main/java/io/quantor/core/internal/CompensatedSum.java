package io.quantor.core.internal;

/**
 * A running sum with Neumaier's compensation (Kahan-Babuska): the rounding error of each addition is
 * collected separately and added back at the end, so the error stays a few ulps of the largest term however
 * many terms are added (A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
 * Summen", ZAMM 54, 1974). Mutable: one instance lives inside one computation. Not API.
 */
public final class CompensatedSum {

  private double sum;
  private double compensation;

  /**
   * Adds a term.
   *
   * @param x the term
   */
  public void add(double x) {
    double t = sum + x;
    // The larger operand keeps its bits; what the smaller one lost is recovered exactly.
    if (Math.abs(sum) >= Math.abs(x)) {
      compensation += (sum - t) + x;
    } else {
      compensation += (x - t) + sum;
    }
    sum = t;
  }

  /**
   * The compensated sum of the terms so far.
   *
   * @return the sum
   */
  public double value() {
    return sum + compensation;
  }

  /**
   * The compensated sum of an array.
   *
   * @param values the terms
   * @return their sum
   */
  public static double of(double[] values) {
    CompensatedSum s = new CompensatedSum();
    for (double v : values) {
      s.add(v);
    }
    return s.value();
  }

  /**
   * The compensated mean; exactly the common value when all values are equal, so that deviations from
   * the mean of a constant series are exactly 0 (a variance of 0, not a rounding residue).
   *
   * @param values the values, at least one
   * @return their mean
   */
  public static double mean(double[] values) {
    CompensatedSum s = new CompensatedSum();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      s.add(v);
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return min == max ? min : s.value() / values.length;
  }
}
