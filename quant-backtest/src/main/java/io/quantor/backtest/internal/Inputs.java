package io.quantor.backtest.internal;

import java.util.Locale;

/**
 * Argument checks shared by the backtest packages (metrics, baselines): every series enters through here.
 * Null, empty, NaN, infinite or mismatched input is misuse and throws {@link IllegalArgumentException}
 * naming the parameter, the index and the value; numbers are formatted with {@link Locale#ROOT}. Scalar
 * checks that are not particular to backtesting (finite, at least, not null) are core's
 * {@code io.quantor.core.internal.Args}, with the same messages. Not API.
 */
public final class Inputs {

  private Inputs() {
  }

  /** Non-null, non-empty, every value finite. */
  public static double[] finiteSeries(double[] values, String name) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (values.length == 0) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s[%d] must be finite, was %s", name, i, values[i]));
      }
    }
    return values;
  }

  /** A finite series of returns whose logarithm of growth exists: every value {@code > -1}. */
  public static double[] loggable(double[] returns, String name) {
    finiteSeries(returns, name);
    for (int i = 0; i < returns.length; i++) {
      if (!(returns[i] > -1)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s[%d] must be > -1 (log growth of a total loss is undefined), was %s",
            name, i, returns[i]));
      }
    }
    return returns;
  }

  /** A finite series of simple returns that can be compounded: every value {@code >= -1}. */
  public static double[] compoundable(double[] returns, String name) {
    finiteSeries(returns, name);
    for (int i = 0; i < returns.length; i++) {
      if (!(returns[i] >= -1)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s[%d] must be >= -1 (a simple return cannot lose more than everything), was %s", name, i,
            returns[i]));
      }
    }
    return returns;
  }

  /** A finite series with every value in {@code [lo, hi]}. */
  public static double[] seriesInRange(double[] values, double lo, double hi, String name) {
    finiteSeries(values, name);
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= lo && values[i] <= hi)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s[%d] must be in [%s, %s], was %s", name, i, lo, hi, values[i]));
      }
    }
    return values;
  }

  /** {@code second} has the length of {@code first} (both already checked non-null). */
  public static int sameLength(double[] first, String firstName, double[] second, String secondName) {
    if (first.length != second.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must have the length of %s (%d), was %d", secondName, firstName, first.length,
          second.length));
    }
    return first.length;
  }

  /** A cost in basis points per unit of turnover: finite and {@code >= 0}. */
  public static double costBps(double costBps) {
    if (costBps >= 0 && costBps < Double.POSITIVE_INFINITY) {
      return costBps;
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "costBps must be finite and >= 0, was %s", costBps));
  }

  public static double inUnit(double value, String name) {
    if (value >= 0 && value <= 1) {
      return value;
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be in [0, 1], was %s", name,
        value));
  }

  public static String name(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank, was "
          + (value == null ? "null" : "\"" + value + "\""));
    }
    return value;
  }

  /** Both series finite and non-empty, of the same length. */
  public static int pair(double[] first, String firstName, double[] second, String secondName) {
    finiteSeries(first, firstName);
    finiteSeries(second, secondName);
    return sameLength(first, firstName, second, secondName);
  }

  public static int periodsPerYear(int periodsPerYear) {
    if (periodsPerYear >= 1) {
      return periodsPerYear;
    }
    throw new IllegalArgumentException("periodsPerYear must be >= 1, was " + periodsPerYear);
  }

  /** A probability strictly inside (0, 1), such as a VaR confidence level. */
  public static double openUnit(double value, String name) {
    if (value > 0 && value < 1) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be in (0, 1), was " + value);
  }
}
