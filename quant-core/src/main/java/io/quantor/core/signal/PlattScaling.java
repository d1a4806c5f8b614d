package io.quantor.core.signal;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Platt scaling: fits {@code P(outcome | score) = 1 / (1 + exp(-(a * score + b)))} by maximum likelihood
 * on past scores and outcomes (J. Platt, "Probabilistic outputs for support vector machines and
 * comparisons to regularized likelihood methods", in Advances in Large Margin Classifiers, MIT Press,
 * 1999). Immutable and thread-safe.
 *
 * <p><b>Sign convention.</b> {@code a > 0} means a higher score makes the outcome more likely, so the
 * calibrated probability increases with the score. Platt writes {@code 1/(1 + exp(A f + B))}: his
 * {@code A} is {@code -a} and his {@code B} is {@code -b}. For trading signals the outcome is usually
 * "the return over the signal's horizon was positive", and a useful model has {@code a > 0}.
 *
 * <p><b>Targets.</b> With target smoothing (the default) the 0/1 outcomes are replaced by Platt's
 * regularized targets {@code t+ = (N+ + 1)/(N+ + 2)} and {@code t- = 1/(N- + 2)} ({@code N+}, {@code N-}
 * the numbers of positive and negative outcomes), as in Algorithm 1 of H.-T. Lin, C.-J. Lin and R. C.
 * Weng, "A note on Platt's probabilistic outputs for support vector machines", Machine Learning 68(3),
 * 2007. They keep the fit finite when the outcomes are separable by the score (the plain maximum
 * likelihood estimate then diverges) and shrink it slightly towards 0.5; the difference is
 * {@code O(1/N)}. Without smoothing the fit is the plain logistic-regression maximum likelihood.
 *
 * <p><b>Algorithm</b> (Lin, Lin and Weng 2007): Newton's method on the cross-entropy
 * {@code F(a, b) = sum t_i softplus(-z_i) + (1 - t_i) softplus(z_i)}, {@code z_i = a s_i + b}, evaluated
 * without overflow; the Hessian {@code sum p_i (1 - p_i) [s_i^2, s_i; s_i, 1]} plus {@code 1e-12 I};
 * backtracking line search (halving from a full step, Armijo constant {@code 1e-4}, minimum step
 * {@code 1e-10}; an increase of {@code F} within its rounding, {@code 1e-12 (1 + |F|)}, is accepted so that
 * the search does not stall once the decrease is below what {@code F} can resolve); start {@code a = 0},
 * {@code b = ln((N+ + 1)/(N- + 1))}. It stops when the gradient is below {@code 1e-10 * n} in each
 * component. If that does not happen within {@code maxIterations} Newton
 * steps (default 100), or the line search fails, the result says {@link PlattCalibration#converged()
 * converged() == false} and carries the last iterate.
 *
 * <pre>{@code
 * PlattCalibration cal = PlattScaling.defaults().fit(pastScores, pastWentUp);
 * double pUp = cal.probability(signal.score());
 * ReliabilityTable table = cal.reliability(laterScores, laterWentUp);   // out of sample
 * double brier = table.brierScore();
 * }</pre>
 */
public final class PlattScaling {

  private static final PlattScaling DEFAULTS = new PlattScaling(true, 100);
  private static final double HESSIAN_RIDGE = 1e-12;
  private static final double MIN_STEP = 1e-10;
  private static final double ARMIJO = 1e-4;
  private static final double GRADIENT_TOLERANCE = 1e-10;
  private static final double ROUNDING = 1e-12;

  private final boolean targetSmoothing;
  private final int maxIterations;

  private PlattScaling(boolean targetSmoothing, int maxIterations) {
    this.targetSmoothing = targetSmoothing;
    this.maxIterations = maxIterations;
  }

  /**
   * Target smoothing on, at most 100 Newton iterations.
   *
   * @return the default fitter
   */
  public static PlattScaling defaults() {
    return DEFAULTS;
  }

  /**
   * A fitter with the given options.
   *
   * @param targetSmoothing whether to use Platt's regularized targets instead of 0/1
   * @param maxIterations the largest number of Newton steps, {@code >= 1}
   * @return the fitter
   * @throws IllegalArgumentException if {@code maxIterations < 1}
   */
  public static PlattScaling of(boolean targetSmoothing, int maxIterations) {
    return new PlattScaling(targetSmoothing, Args.atLeast(maxIterations, 1, "maxIterations"));
  }

  /**
   * Fits the calibration.
   *
   * @param scores the past scores; finite; at least one
   * @param outcomes whether the predicted event happened after each score; as long as {@code scores}
   * @return the fit (check {@link PlattCalibration#converged()})
   * @throws IllegalArgumentException if the arrays are null, empty, of different lengths, or a score is not
   *     finite
   */
  public PlattCalibration fit(double[] scores, boolean[] outcomes) {
    Args.notNull(scores, "scores");
    Args.notNull(outcomes, "outcomes");
    int n = scores.length;
    if (n == 0) {
      throw new IllegalArgumentException("scores must not be empty");
    }
    if (outcomes.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "outcomes must have the length of scores (%d), was %d", n, outcomes.length));
    }
    int positives = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(scores[i])) {
        throw new IllegalArgumentException("scores[" + i + "] must be finite, was " + scores[i]);
      }
      if (outcomes[i]) {
        positives++;
      }
    }
    int negatives = n - positives;
    double hi = targetSmoothing ? (positives + 1.0) / (positives + 2.0) : 1.0;
    double lo = targetSmoothing ? 1.0 / (negatives + 2.0) : 0.0;
    double[] targets = new double[n];
    for (int i = 0; i < n; i++) {
      targets[i] = outcomes[i] ? hi : lo;
    }
    double a = 0.0;
    double b = Math.log((positives + 1.0) / (negatives + 1.0));
    double f = objective(scores, targets, a, b);
    double tolerance = GRADIENT_TOLERANCE * n;
    int iterations = 0;
    boolean converged = false;
    while (true) {
      double ga = 0;
      double gb = 0;
      double h11 = HESSIAN_RIDGE;
      double h22 = HESSIAN_RIDGE;
      double h21 = 0;
      for (int i = 0; i < n; i++) {
        double s = scores[i];
        double z = a * s + b;
        double p = sigmoid(z);
        double w = p * sigmoid(-z);
        double d = p - targets[i];
        ga += d * s;
        gb += d;
        h11 += w * s * s;
        h21 += w * s;
        h22 += w;
      }
      if (Math.abs(ga) <= tolerance && Math.abs(gb) <= tolerance) {
        converged = true;
        break;
      }
      if (iterations == maxIterations) {
        break;
      }
      iterations++;
      double det = h11 * h22 - h21 * h21;
      double da = -(h22 * ga - h21 * gb) / det;
      double db = -(h11 * gb - h21 * ga) / det;
      double slope = ga * da + gb * db;
      double step = 1.0;
      boolean accepted = false;
      while (step >= MIN_STEP) {
        double na = a + step * da;
        double nb = b + step * db;
        double nf = objective(scores, targets, na, nb);
        // Near the optimum the predicted decrease falls below the rounding of F itself; a step that does not
        // raise F beyond that rounding is accepted, or the line search would stall there.
        if (nf <= f + ARMIJO * step * slope + ROUNDING * (1 + Math.abs(f))) {
          a = na;
          b = nb;
          f = nf;
          accepted = true;
          break;
        }
        step /= 2;
      }
      if (!accepted) {
        break;
      }
    }
    return new PlattCalibration(a, b, iterations, converged, f / n, n, targetSmoothing);
  }

  /**
   * Whether Platt's regularized targets are used.
   *
   * @return true if the targets are smoothed
   */
  public boolean targetSmoothing() {
    return targetSmoothing;
  }

  /**
   * The largest number of Newton steps.
   *
   * @return the iteration limit
   */
  public int maxIterations() {
    return maxIterations;
  }

  private static double objective(double[] scores, double[] targets, double a, double b) {
    double f = 0;
    for (int i = 0; i < scores.length; i++) {
      double z = a * scores[i] + b;
      double t = targets[i];
      f += t * softplus(-z) + (1 - t) * softplus(z);
    }
    return f;
  }

  /** {@code ln(1 + e^x)} without overflow. */
  static double softplus(double x) {
    return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
  }

  /** {@code 1/(1 + e^-z)} without overflow, accurate in both tails. */
  static double sigmoid(double z) {
    if (z >= 0) {
      return 1.0 / (1.0 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1.0 + e);
  }
}
