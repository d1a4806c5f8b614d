package io.quantor.core.signal;

import io.quantor.core.internal.Args;

/**
 * A fitted Platt calibration {@code P(outcome | score) = 1 / (1 + exp(-(a * score + b)))}
 * ({@link PlattScaling}). With {@code a > 0} the probability increases with the score.
 *
 * @param a the slope (Platt's {@code -A}); finite
 * @param b the intercept (Platt's {@code -B}); finite
 * @param iterations the number of Newton steps taken
 * @param converged whether the gradient reached the tolerance; if false, {@code a} and {@code b} are the
 *     last iterate and should not be trusted
 * @param meanLogLoss the cross-entropy of the fit against the targets used, per observation
 * @param observations the number of (score, outcome) pairs fitted
 * @param targetSmoothing whether Platt's regularized targets were used
 */
public record PlattCalibration(double a, double b, int iterations, boolean converged, double meanLogLoss,
    int observations, boolean targetSmoothing) {

  /**
   * Validates the fields.
   *
   * @param a the slope; finite
   * @param b the intercept; finite
   * @param iterations the iterations, {@code >= 0}
   * @param converged whether the fit converged
   * @param meanLogLoss the mean cross-entropy, {@code >= 0} or NaN
   * @param observations the observations, {@code >= 1}
   * @param targetSmoothing whether the targets were smoothed
   * @throws IllegalArgumentException if a field is out of range
   */
  public PlattCalibration {
    Args.finite(a, "a");
    Args.finite(b, "b");
    Args.atLeast(iterations, 0, "iterations");
    Args.atLeast(observations, 1, "observations");
  }

  /**
   * The calibrated probability of the outcome.
   *
   * @param score a score; finite
   * @return {@code 1 / (1 + exp(-(a * score + b)))}, in {@code [0, 1]}
   * @throws IllegalArgumentException if {@code score} is not finite
   */
  public double probability(double score) {
    Args.finite(score, "score");
    return PlattScaling.sigmoid(a * score + b);
  }

  /**
   * The calibrated probabilities of many scores.
   *
   * @param scores the scores; finite
   * @return the probabilities, one per score
   * @throws IllegalArgumentException if a score is not finite
   */
  public double[] probabilities(double[] scores) {
    Args.notNull(scores, "scores");
    double[] out = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      out[i] = probability(scores[i]);
    }
    return out;
  }

  /**
   * The reliability table (10 equal-width bins) and Brier score of this calibration on other data; use
   * data the fit has not seen for an out-of-sample check.
   *
   * @param scores the scores; finite
   * @param outcomes the outcomes, as many as the scores
   * @return the table
   * @throws IllegalArgumentException if the arrays are invalid
   */
  public ReliabilityTable reliability(double[] scores, boolean[] outcomes) {
    return ReliabilityTable.of(probabilities(scores), outcomes);
  }

  /**
   * The reliability table and Brier score with a given number of bins.
   *
   * @param scores the scores; finite
   * @param outcomes the outcomes, as many as the scores
   * @param bins the number of equal-width bins, {@code >= 1}
   * @return the table
   * @throws IllegalArgumentException if an argument is invalid
   */
  public ReliabilityTable reliability(double[] scores, boolean[] outcomes, int bins) {
    return ReliabilityTable.of(probabilities(scores), outcomes, bins);
  }
}
