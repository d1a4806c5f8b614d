package io.quantor.backtest.metrics;

import java.util.Locale;

/**
 * Argument checks of this package: every series of returns, prices or equity enters through here. The
 * policy (see the package documentation): null, empty, NaN or infinite input is misuse and throws
 * {@link IllegalArgumentException} naming the parameter, the index and the value.
 */
final class Inputs {

  private Inputs() {
  }

  /** Non-null, non-empty, every value finite. */
  static double[] finiteSeries(double[] values, String name) {
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

  /** A finite series of simple returns that can be compounded: every value {@code >= -1}. */
  static double[] compoundable(double[] returns, String name) {
    finiteSeries(returns, name);
    for (int i = 0; i < returns.length; i++) {
      if (!(returns[i] >= -1)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s[%d] must be >= -1 (a simple return cannot lose more than everything), was %s",
            name, i, returns[i]));
      }
    }
    return returns;
  }

  /** A finite series of returns whose logarithm of growth exists: every value {@code > -1}. */
  static double[] loggable(double[] returns, String name) {
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

  /** Both series finite and non-empty, of the same length. */
  static int pair(double[] first, String firstName, double[] second, String secondName) {
    finiteSeries(first, firstName);
    finiteSeries(second, secondName);
    if (first.length != second.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must have the length of %s (%d), was %d", secondName, firstName, first.length,
          second.length));
    }
    return first.length;
  }

  static int periodsPerYear(int periodsPerYear) {
    if (periodsPerYear >= 1) {
      return periodsPerYear;
    }
    throw new IllegalArgumentException("periodsPerYear must be >= 1, was " + periodsPerYear);
  }

  static double finite(double value, String name) {
    if (Double.isFinite(value)) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be finite, was " + value);
  }

  /** A probability strictly inside (0, 1), such as a VaR confidence level. */
  static double openUnit(double value, String name) {
    if (value > 0 && value < 1) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be in (0, 1), was " + value);
  }
}
