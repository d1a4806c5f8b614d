package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.Arrays;
import java.util.Locale;

/**
 * A limit on the total weight of a group of assets (a sector, a country): {@code min <= sum of the group's
 * weights <= max}. Immutable.
 *
 * <p>Its name in conflicts and violations is {@code group 'NAME'}.
 */
public final class GroupConstraint {

  private final String name;
  private final int[] assets;
  private final double min;
  private final double max;

  private GroupConstraint(String name, int[] assets, double min, double max) {
    this.name = name;
    this.assets = assets;
    this.min = min;
    this.max = max;
  }

  /**
   * A group limit.
   *
   * @param name the group's name, not blank
   * @param assets the asset indices in the group, at least one, distinct, {@code >= 0} (copied)
   * @param min the smallest total weight, may be {@code -Infinity}, not NaN
   * @param max the largest total weight (the cap), may be {@code +Infinity}, {@code >= min}
   * @return the constraint
   * @throws IllegalArgumentException if a value is invalid
   */
  public static GroupConstraint of(String name, int[] assets, double min, double max) {
    Args.notNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    Args.notNull(assets, "assets");
    Args.atLeast(assets.length, 1, "assets length");
    int[] a = assets.clone();
    int[] sorted = a.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      Args.atLeast(sorted[i], 0, "assets index");
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException("assets must be distinct, " + sorted[i]
            + " appears twice in group '"
            + name + "'");
      }
    }
    if (Double.isNaN(min) || Double.isNaN(max) || min == Double.POSITIVE_INFINITY
        || max == Double.NEGATIVE_INFINITY || min > max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "group '%s' limits must satisfy -Infinity <= min <= max <= Infinity, was min %s, max %s", name, min,
          max));
    }
    return new GroupConstraint(name, a, min, max);
  }

  /**
   * A cap only: {@code sum of the group's weights <= max}.
   *
   * @param name the group's name
   * @param assets the asset indices in the group
   * @param max the cap
   * @return the constraint
   * @throws IllegalArgumentException if a value is invalid
   */
  public static GroupConstraint cap(String name, int[] assets, double max) {
    return of(name, assets, Double.NEGATIVE_INFINITY, max);
  }

  /**
   * The group's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The name used in conflicts and violations: {@code group 'NAME'}.
   *
   * @return the label
   */
  public String label() {
    return "group '" + name + "'";
  }

  /**
   * The asset indices in the group.
   *
   * @return a copy of the indices
   */
  public int[] assets() {
    return assets.clone();
  }

  /**
   * The smallest total weight.
   *
   * @return the lower limit, possibly {@code -Infinity}
   */
  public double min() {
    return min;
  }

  /**
   * The largest total weight.
   *
   * @return the cap, possibly {@code +Infinity}
   */
  public double max() {
    return max;
  }

  /**
   * The group's total weight.
   *
   * @param weights the portfolio weights
   * @return the sum of the group's weights
   */
  public double total(double[] weights) {
    double s = 0;
    for (int a : assets) {
      s += weights[a];
    }
    return s;
  }

  int[] rawAssets() {
    return assets;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s in [%s, %s]", label(), Arrays.toString(assets), min, max);
  }
}
