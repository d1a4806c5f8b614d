package io.quantor.core.indicator;

/**
 * Wilder-smoothed average gain and average loss of successive input changes, with TA-Lib's seeding and
 * order of operations (shared by {@link Rsi} and {@link Cmo}).
 *
 * <p>The first {@code period} changes {@code d_1..d_period} (so {@code period + 1} inputs) are summed and
 * divided by {@code period}; after that each change updates {@code avg = (avg*(period-1) + x)/period},
 * where {@code x} is the gain (or loss, as a positive number) of the change and 0 for the other side. The
 * operations run in TA-Lib's order (multiply, add, divide), which keeps the results equal to TA-Lib's.
 */
final class GainLossAverages {

  private final int period;
  private int seen;
  private double previous;
  private double gain;
  private double loss;

  /**
   * Creates the averages.
   *
   * @param period the smoothing period, {@code >= 1} (checked by the owning indicator)
   */
  GainLossAverages(int period) {
    this.period = period;
  }

  /**
   * Feeds the next input (already checked to be finite).
   *
   * @param x the input
   */
  void update(double x) {
    if (seen == 0) {
      previous = x;
      seen = 1;
      return;
    }
    double change = x - previous;
    previous = x;
    // TA-Lib adds a change >= 0 to the gains and subtracts a negative one from the losses. Which one it is
    // is unpredictable, so both sums take a term, selected through a mask without a branch: the other term
    // is +0.0, which leaves a sum's bits unchanged (the sums are >= 0, never -0.0).
    long lossMask = change < 0 ? -1L : 0L;
    long bits = Double.doubleToRawLongBits(change);
    double lossChange = Double.longBitsToDouble(bits & lossMask);
    double gainChange = Double.longBitsToDouble(bits & ~lossMask);
    if (seen <= period) {
      loss -= lossChange;
      gain += gainChange;
      if (seen == period) {
        loss /= period;
        gain /= period;
      }
      // Saturates at period + 1: ready, and no overflow on endless streams.
      seen++;
    } else {
      loss = (loss * (period - 1) - lossChange) / period;
      gain = (gain * (period - 1) + gainChange) / period;
    }
  }

  /**
   * Whether both averages are defined ({@code period + 1} inputs seen).
   *
   * @return true once seeded
   */
  boolean isReady() {
    return seen > period;
  }

  /**
   * The average gain.
   *
   * @return the average gain, {@code >= 0}; meaningful once {@link #isReady()}
   */
  double gain() {
    return gain;
  }

  /**
   * The average loss, as a positive number.
   *
   * @return the average loss, {@code >= 0}; meaningful once {@link #isReady()}
   */
  double loss() {
    return loss;
  }

  /** Forgets every input. */
  void reset() {
    seen = 0;
    previous = 0;
    gain = 0;
    loss = 0;
  }
}
