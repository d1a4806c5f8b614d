package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;

/**
 * How a Mamdani output's aggregated fuzzy set becomes a crisp value: the method, the discrete grid the
 * set is sampled on, how the grid is integrated, and the value to report when no rule fires.
 *
 * <p><b>Grid.</b> The output universe {@code [min, max]} is sampled at {@code points} abscissae:
 * {@link Grid#INCLUSIVE} places them from {@code min} to {@code max} inclusive, step
 * {@code (max - min) / (points - 1)} (MATLAB's {@code linspace}, scikit-fuzzy's
 * {@code np.arange(0, 26, 1)} for a tip on [0, 25] is 26 inclusive points); {@link Grid#HALF_OPEN}
 * places them at {@code min + i (max - min) / points}, {@code i < points}, leaving {@code max} out, as
 * jFuzzyLogic's continuous defuzzifiers do (1000 points by default). Each term's membership over the
 * grid is computed once, when the evaluator is built.
 *
 * <p><b>Integration.</b> {@link Integration#SAMPLE_SUM} treats the samples as point masses: centroid
 * {@code sum x_i mu_i / sum mu_i} (jFuzzyLogic, MATLAB). {@link Integration#PIECEWISE_LINEAR} integrates
 * the straight lines between samples exactly, after inserting the abscissae where a consequent term
 * crosses its activation level (min implication), as scikit-fuzzy's control system does: on a coarse
 * grid it is the more accurate of the two, on a fine grid they agree.
 *
 * <p><b>Methods.</b> {@link Method#CENTROID} (centre of gravity, FCL {@code COG}); {@link Method#BISECTOR}
 * (the abscissa that splits the area in halves, FCL {@code COA}: with sample sums the first grid point
 * where the running sum reaches half the total); {@link Method#MEAN_OF_MAXIMUM},
 * {@link Method#SMALLEST_OF_MAXIMUM} and {@link Method#LARGEST_OF_MAXIMUM} (mean, smallest and largest
 * abscissa where the aggregated degree is largest; FCL {@code MM}, {@code LM}, {@code RM}).
 *
 * <p><b>Default.</b> When no rule for the output fires (or the aggregated set is empty on the grid) the
 * output is {@code defaultValue} (FCL {@code DEFAULT :=}) and the result says so; {@code NaN} when not
 * set.
 *
 * @param method the defuzzification method
 * @param points the number of grid points, {@code >= 2}
 * @param grid where the grid points lie
 * @param integration how the samples are integrated
 * @param defaultValue the output when nothing fires, or NaN
 */
public record Defuzzification(Method method, int points, Grid grid, Integration integration,
    double defaultValue) {

  /** The defuzzification method. */
  public enum Method {
    /** Centre of gravity of the aggregated set. */
    CENTROID,
    /** The abscissa splitting the area of the aggregated set in halves. */
    BISECTOR,
    /** Mean of the abscissae where the aggregated degree is largest. */
    MEAN_OF_MAXIMUM,
    /** Smallest abscissa where the aggregated degree is largest. */
    SMALLEST_OF_MAXIMUM,
    /** Largest abscissa where the aggregated degree is largest. */
    LARGEST_OF_MAXIMUM
  }

  /** Where the grid points lie in the universe. */
  public enum Grid {
    /** From min to max inclusive. */
    INCLUSIVE,
    /** From min, step {@code (max - min) / points}, max excluded (jFuzzyLogic). */
    HALF_OPEN
  }

  /** How the samples are integrated. */
  public enum Integration {
    /** Samples as point masses. */
    SAMPLE_SUM,
    /** Exact integration of the linear interpolation, with activation crossings inserted. */
    PIECEWISE_LINEAR
  }

  /**
   * Validates the settings.
   *
   * @param method the defuzzification method, not null
   * @param points the number of grid points, {@code >= 2}
   * @param grid where the grid points lie, not null
   * @param integration how the samples are integrated, not null
   * @param defaultValue the output when nothing fires: finite, or NaN for none
   * @throws IllegalArgumentException if a value is null or out of range
   */
  public Defuzzification {
    Args.notNull(method, "method");
    Args.atLeast(points, 2, "points");
    Args.notNull(grid, "grid");
    Args.notNull(integration, "integration");
    if (Double.isInfinite(defaultValue)) {
      throw new IllegalArgumentException("defaultValue must be finite or NaN, was " + defaultValue);
    }
  }

  /**
   * Centroid over 1001 inclusive points with sample sums, no default value: the library default.
   *
   * @return the settings
   */
  public static Defuzzification centroid() {
    return of(Method.CENTROID);
  }

  /**
   * A method over 1001 inclusive points with sample sums, no default value.
   *
   * @param method the method
   * @return the settings
   */
  public static Defuzzification of(Method method) {
    return new Defuzzification(method, 1001, Grid.INCLUSIVE, Integration.SAMPLE_SUM, Double.NaN);
  }

  /**
   * jFuzzyLogic's continuous defuzzification: 1000 half-open points, sample sums, no default value.
   *
   * @param method the method
   * @return the settings
   */
  public static Defuzzification jFuzzyLogic(Method method) {
    return new Defuzzification(method, 1000, Grid.HALF_OPEN, Integration.SAMPLE_SUM, Double.NaN);
  }

  /**
   * These settings with another grid.
   *
   * @param newPoints the number of grid points
   * @param newGrid where they lie
   * @return the new settings
   */
  public Defuzzification withGrid(int newPoints, Grid newGrid) {
    return new Defuzzification(method, newPoints, newGrid, integration, defaultValue);
  }

  /**
   * These settings with another integration.
   *
   * @param newIntegration the integration
   * @return the new settings
   */
  public Defuzzification withIntegration(Integration newIntegration) {
    return new Defuzzification(method, points, grid, newIntegration, defaultValue);
  }

  /**
   * These settings with another default value.
   *
   * @param newDefault the output when nothing fires, or NaN
   * @return the new settings
   */
  public Defuzzification withDefault(double newDefault) {
    return new Defuzzification(method, points, grid, integration, newDefault);
  }

  /**
   * The grid abscissa {@code i} over a universe.
   *
   * @param min the universe's lower bound
   * @param max the universe's upper bound
   * @param i the index, {@code 0 <= i < points}
   * @return the abscissa
   */
  public double abscissa(double min, double max, int i) {
    if (grid == Grid.INCLUSIVE) {
      return i == points - 1 ? max : min + i * ((max - min) / (points - 1));
    }
    return min + i * ((max - min) / points);
  }
}
