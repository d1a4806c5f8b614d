package io.quantor.backtest.walkforward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Builds the parameter sets a walk-forward searches: a full grid, or a seeded random sample of ranges.
 *
 * <pre>{@code
 * List<Parameters> grid = ParameterSpace.grid(Map.of(
 *     "fast", new double[] {5, 10, 20},
 *     "slow", new double[] {50, 100}));                       // 6 sets
 * List<Parameters> random = ParameterSpace.random(Map.of(
 *     "fast", ParameterSpace.Range.integers(5, 30),
 *     "threshold", ParameterSpace.Range.of(0.1, 0.9)), 100, 42L);   // 100 sets, reproducible
 * }</pre>
 */
public final class ParameterSpace {

  private ParameterSpace() {
  }

  /**
   * A closed interval to sample a parameter from, uniformly, optionally in whole numbers.
   *
   * @param min the smallest value, finite
   * @param max the largest value, finite, {@code >= min}
   * @param integer whether to sample whole numbers in {@code [ceil(min), floor(max)]}
   */
  public record Range(double min, double max, boolean integer) {

    /**
     * Validates the range.
     *
     * @param min finite
     * @param max finite, {@code >= min}
     * @param integer whether whole numbers are sampled
     * @throws IllegalArgumentException if the range is empty or not finite
     */
    public Range {
      if (!Double.isFinite(min) || !Double.isFinite(max) || max < min
          || (integer && Math.floor(max) < Math.ceil(min))) {
        throw new IllegalArgumentException("invalid range [" + min + ", " + max + "]"
            + (integer ? " of whole numbers" : ""));
      }
    }

    /**
     * Real numbers in {@code [min, max]}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the range
     */
    public static Range of(double min, double max) {
      return new Range(min, max, false);
    }

    /**
     * Whole numbers in {@code [min, max]}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the range
     */
    public static Range integers(long min, long max) {
      return new Range(min, max, true);
    }

    double sample(SplittableRandom random) {
      if (integer) {
        long lo = (long) Math.ceil(min);
        long hi = (long) Math.floor(max);
        return lo + random.nextLong(hi - lo + 1);
      }
      return min == max ? min : min + (max - min) * random.nextDouble();
    }
  }

  /**
   * Every combination of the given values (the Cartesian product), the last name in alphabetical order
   * varying fastest.
   *
   * @param values the candidate values per parameter name; each array not empty
   * @return the parameter sets
   * @throws IllegalArgumentException if there are no parameters or a candidate list is empty
   */
  public static List<Parameters> grid(Map<String, double[]> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a grid needs at least one parameter");
    }
    TreeMap<String, double[]> sorted = new TreeMap<>(values);
    List<String> names = new ArrayList<>(sorted.keySet());
    long count = 1;
    for (String name : names) {
      double[] candidates = Objects.requireNonNull(sorted.get(name), name);
      if (candidates.length == 0) {
        throw new IllegalArgumentException("parameter '" + name + "' has no candidate values");
      }
      count *= candidates.length;
      if (count > 10_000_000) {
        throw new IllegalArgumentException("the grid has more than 10,000,000 points; sample it instead");
      }
    }
    List<Parameters> grid = new ArrayList<>((int) count);
    int[] digit = new int[names.size()];
    for (long n = 0; n < count; n++) {
      Map<String, Double> point = new LinkedHashMap<>();
      for (int j = 0; j < names.size(); j++) {
        point.put(names.get(j), sorted.get(names.get(j))[digit[j]]);
      }
      grid.add(new Parameters(point));
      for (int j = names.size() - 1; j >= 0; j--) {
        if (++digit[j] < sorted.get(names.get(j)).length) {
          break;
        }
        digit[j] = 0;
      }
    }
    return List.copyOf(grid);
  }

  /**
   * A seeded random sample: {@code count} independent uniform draws from each range. The same seed gives
   * the same sets.
   *
   * @param ranges the range per parameter name, not empty
   * @param count the number of sets, {@code >= 1}
   * @param seed the random seed
   * @return the parameter sets
   * @throws IllegalArgumentException if there are no parameters or {@code count < 1}
   */
  public static List<Parameters> random(Map<String, Range> ranges, int count, long seed) {
    Objects.requireNonNull(ranges, "ranges");
    if (ranges.isEmpty() || count < 1) {
      throw new IllegalArgumentException("a random search needs at least one parameter and count >= 1, "
          + "count was " + count);
    }
    TreeMap<String, Range> sorted = new TreeMap<>(ranges);
    SplittableRandom random = new SplittableRandom(seed);
    List<Parameters> sample = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Map<String, Double> point = new LinkedHashMap<>();
      for (Map.Entry<String, Range> e : sorted.entrySet()) {
        point.put(e.getKey(), Objects.requireNonNull(e.getValue(), e.getKey()).sample(random));
      }
      sample.add(new Parameters(point));
    }
    return List.copyOf(sample);
  }
}
