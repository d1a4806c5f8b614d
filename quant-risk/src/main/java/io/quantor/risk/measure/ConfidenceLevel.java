package io.quantor.risk.measure;

/**
 * Confidence levels and the tail probability {@code alpha = 1 - level}.
 *
 * <p>Levels are written as fractions (0.95, 0.99) and must lie strictly inside (0, 1). {@code 1 - level}
 * is exact in binary for levels in [0.5, 1) (Sterbenz), but the level itself is not: 0.95 is stored as
 * 0.94999999999999995559, so {@code alpha} is 0.05000000000000004441 and {@code 100 * alpha} is
 * 5.000000000000004 rather than 5. {@link #snap(double)} removes that representation error from counts
 * such as {@code n * alpha}, as R's {@code quantile} does with its fuzz of a few machine epsilons.
 */
final class ConfidenceLevel {

  /**
   * Relative distance from an integer within which a count like {@code n * alpha} is that integer. The
   * representation error of {@code alpha} is below 1e-15 relative; a genuine fractional part this
   * small would need more than 1e12 observations.
   */
  private static final double INTEGER_SNAP = 1e-12;

  private ConfidenceLevel() {
  }

  /**
   * Validates a confidence level and returns its tail probability.
   *
   * @param level the confidence level, in (0, 1)
   * @return {@code 1 - level}
   * @throws IllegalArgumentException if {@code level} is not in (0, 1) (NaN included)
   */
  static double tailProbability(double level) {
    if (level > 0 && level < 1) {
      return 1 - level;
    }
    throw new IllegalArgumentException("level must be in (0, 1), was " + level);
  }

  /**
   * Rounds a non-negative count to the nearest integer when it is within a relative {@code 1e-12} of it.
   *
   * @param x the count, {@code >= 0}
   * @return the nearest integer if {@code x} is that close to it, else {@code x}
   */
  static double snap(double x) {
    double r = Math.rint(x);
    return Math.abs(x - r) <= INTEGER_SNAP * x ? r : x;
  }
}
