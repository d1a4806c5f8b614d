package io.quantor.core.signal;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well predicted probabilities match observed frequencies: a reliability table (the numbers behind a
 * reliability diagram) with the Brier score and the expected calibration error.
 *
 * <p>The probabilities are sorted into {@code k} equal-width bins {@code [j/k, (j+1)/k)} (the last bin
 * includes 1); each bin reports its count, its mean prediction and the observed frequency of the outcome.
 * A calibrated forecaster has {@code meanPredicted ~ observedFrequency} in every bin. The Brier score is
 * {@code mean((p_i - y_i)^2)} (G. W. Brier, Monthly Weather Review 78(1), 1950; 0 is perfect, 0.25 is a
 * constant 0.5 forecast); the expected calibration error is
 * {@code sum_bins (count/n) |meanPredicted - observedFrequency|}.
 *
 * @param bins the bins, in increasing order of probability (empty ones included)
 * @param brierScore the Brier score, in {@code [0, 1]}
 * @param expectedCalibrationError the count-weighted mean gap between prediction and frequency
 * @param observations the number of predictions
 */
public record ReliabilityTable(List<ReliabilityBin> bins, double brierScore, double expectedCalibrationError,
    int observations) {

  /** The default number of bins. */
  public static final int DEFAULT_BINS = 10;

  /**
   * Validates the fields and copies the list.
   *
   * @param bins the bins, not empty
   * @param brierScore the Brier score, in {@code [0, 1]}
   * @param expectedCalibrationError the calibration error, in {@code [0, 1]}
   * @param observations the number of predictions, {@code >= 1}
   * @throws IllegalArgumentException if a field is out of range
   */
  public ReliabilityTable {
    Args.notNull(bins, "bins");
    if (bins.isEmpty()) {
      throw new IllegalArgumentException("bins must not be empty");
    }
    bins = List.copyOf(bins);
    Args.inRange(brierScore, 0.0, 1.0, "brierScore");
    Args.inRange(expectedCalibrationError, 0.0, 1.0, "expectedCalibrationError");
    Args.atLeast(observations, 1, "observations");
  }

  /**
   * The table with {@link #DEFAULT_BINS} bins.
   *
   * @param probabilities the predicted probabilities, in {@code [0, 1]}
   * @param outcomes whether each predicted event happened, as many as the probabilities
   * @return the table
   * @throws IllegalArgumentException if the arrays are null, empty, of different lengths, or a
   *     probability is outside {@code [0, 1]}
   */
  public static ReliabilityTable of(double[] probabilities, boolean[] outcomes) {
    return of(probabilities, outcomes, DEFAULT_BINS);
  }

  /**
   * The table with {@code binCount} equal-width bins.
   *
   * @param probabilities the predicted probabilities, in {@code [0, 1]}
   * @param outcomes whether each predicted event happened, as many as the probabilities
   * @param binCount the number of bins, {@code >= 1}
   * @return the table
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static ReliabilityTable of(double[] probabilities, boolean[] outcomes, int binCount) {
    Args.notNull(probabilities, "probabilities");
    Args.notNull(outcomes, "outcomes");
    Args.atLeast(binCount, 1, "binCount");
    int n = probabilities.length;
    if (n == 0) {
      throw new IllegalArgumentException("probabilities must not be empty");
    }
    if (outcomes.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "outcomes must have the length of probabilities (%d), was %d", n, outcomes.length));
    }
    int[] counts = new int[binCount];
    int[] hits = new int[binCount];
    double[] sums = new double[binCount];
    double brier = 0;
    for (int i = 0; i < n; i++) {
      double p = probabilities[i];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("probabilities[" + i + "] must be in [0, 1], was " + p);
      }
      int j = Math.min(binCount - 1, (int) (p * binCount));
      counts[j]++;
      sums[j] += p;
      double y = outcomes[i] ? 1.0 : 0.0;
      if (outcomes[i]) {
        hits[j]++;
      }
      brier += (p - y) * (p - y);
    }
    List<ReliabilityBin> bins = new ArrayList<>(binCount);
    double ece = 0;
    for (int j = 0; j < binCount; j++) {
      double lower = (double) j / binCount;
      double upper = j == binCount - 1 ? 1.0 : (double) (j + 1) / binCount;
      if (counts[j] == 0) {
        bins.add(new ReliabilityBin(lower, upper, 0, Double.NaN, Double.NaN));
        continue;
      }
      double mean = Math.min(1.0, sums[j] / counts[j]);
      double frequency = (double) hits[j] / counts[j];
      bins.add(new ReliabilityBin(lower, upper, counts[j], mean, frequency));
      ece += (double) counts[j] / n * Math.abs(mean - frequency);
    }
    return new ReliabilityTable(bins, brier / n, Math.min(1.0, ece), n);
  }
}
