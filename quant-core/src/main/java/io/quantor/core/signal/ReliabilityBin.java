package io.quantor.core.signal;

import io.quantor.core.internal.Args;

/**
 * One row of a {@link ReliabilityTable}: the predictions that fell in {@code [lower, upper)} (the last bin
 * includes 1) and how often the outcome happened for them.
 *
 * <p>An empty bin has {@code count == 0} and NaN means.
 *
 * @param lower the bin's lower edge
 * @param upper the bin's upper edge
 * @param count the number of predictions in the bin
 * @param meanPredicted the mean predicted probability in the bin (NaN when empty)
 * @param observedFrequency the fraction of the bin's predictions whose outcome happened (NaN when empty)
 */
public record ReliabilityBin(double lower, double upper, int count, double meanPredicted,
    double observedFrequency) {

  /**
   * Validates the fields.
   *
   * @param lower the lower edge, in {@code [0, 1)}
   * @param upper the upper edge, in {@code (lower, 1]}
   * @param count the count, {@code >= 0}
   * @param meanPredicted the mean prediction, in {@code [0, 1]} unless the bin is empty
   * @param observedFrequency the frequency, in {@code [0, 1]} unless the bin is empty
   * @throws IllegalArgumentException if a field is out of range
   */
  public ReliabilityBin {
    Args.inRange(lower, 0.0, 1.0, "lower");
    Args.inRange(upper, lower, 1.0, "upper");
    Args.atLeast(count, 0, "count");
    if (count > 0) {
      Args.inRange(meanPredicted, 0.0, 1.0, "meanPredicted");
      Args.inRange(observedFrequency, 0.0, 1.0, "observedFrequency");
    }
  }

  /**
   * Whether no prediction fell in the bin.
   *
   * @return true if {@code count == 0}
   */
  public boolean isEmpty() {
    return count == 0;
  }
}
