package io.quantor.backtest.walkforward;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One point of a parameter sweep: named numeric values, in name order. Immutable.
 *
 * <pre>{@code
 * Parameters p = Parameters.of(Map.of("fast", 10.0, "slow", 50.0));
 * int fast = p.getInt("fast");   // 10
 * }</pre>
 *
 * @param values the values by name, copied into an unmodifiable sorted map; names not blank, values
 *     finite
 */
public record Parameters(Map<String, Double> values) {

  /**
   * Validates and copies.
   *
   * @param values not null; names not blank; values finite
   * @throws IllegalArgumentException if a name or value is invalid
   */
  public Parameters {
    Objects.requireNonNull(values, "values");
    TreeMap<String, Double> copy = new TreeMap<>();
    for (Map.Entry<String, Double> e : values.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "parameter name");
      Double value = Objects.requireNonNull(e.getValue(), "parameter " + name);
      if (name.isBlank() || !Double.isFinite(value)) {
        throw new IllegalArgumentException("parameter '" + name + "' must have a name and a finite value, "
            + "was " + value);
      }
      copy.put(name, value);
    }
    values = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Parameters from a map.
   *
   * @param values the values by name
   * @return the parameters
   */
  public static Parameters of(Map<String, Double> values) {
    return new Parameters(values);
  }

  /**
   * One value.
   *
   * @param name the name
   * @return the value
   * @throws IllegalArgumentException if there is no such parameter
   */
  public double get(String name) {
    Double value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no parameter '" + name + "' in " + values.keySet());
    }
    return value;
  }

  /**
   * One value that must be a whole number (a period, a count).
   *
   * @param name the name
   * @return the value as an int
   * @throws IllegalArgumentException if there is no such parameter or it is not a whole number
   */
  public int getInt(String name) {
    double value = get(name);
    if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "parameter '%s' must be a whole number, was %s", name, value));
    }
    return (int) value;
  }

  /**
   * The values as {@code name=value} pairs.
   *
   * @return for example {@code {fast=10, slow=50}}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    String separator = "";
    for (Map.Entry<String, Double> e : values.entrySet()) {
      double v = e.getValue();
      text.append(separator).append(e.getKey()).append('=')
          .append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
      separator = ", ";
    }
    return text.append('}').toString();
  }
}
