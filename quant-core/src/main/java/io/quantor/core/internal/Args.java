package io.quantor.core.internal;

import java.util.Locale;

/**
 * Argument checks that return their argument, so a check reads as an expression.
 *
 * <p>Each check is small enough to inline; the message is built in a separate method, only on failure.
 * Messages name the parameter and the value: {@code "period must be >= 1, was 0"}. NaN fails every
 * numeric check (guards are written so that NaN falls through to the failure branch).
 *
 * <p>Not API: this package may change without notice.
 */
public final class Args {

  private Args() {
  }

  /**
   * Checks that {@code value >= min}.
   *
   * @param value the value
   * @param min the smallest allowed value
   * @param name the parameter name for the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value < min}
   */
  public static int atLeast(int value, int min, String name) {
    if (value >= min) {
      return value;
    }
    throw fail(name, ">= " + min, Integer.toString(value));
  }

  /**
   * Checks that {@code value >= min} and not NaN.
   *
   * @param value the value
   * @param min the smallest allowed value
   * @param name the parameter name for the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value < min} or NaN
   */
  public static double atLeast(double value, double min, String name) {
    if (value >= min) {
      return value;
    }
    throw fail(name, ">= " + min, Double.toString(value));
  }

  /**
   * Checks that {@code value > 0} (finite).
   *
   * @param value the value
   * @param name the parameter name for the message
   * @return {@code value}
   * @throws IllegalArgumentException if not finite and strictly positive
   */
  public static double positive(double value, String name) {
    if (value > 0 && value < Double.POSITIVE_INFINITY) {
      return value;
    }
    throw fail(name, "finite and > 0", Double.toString(value));
  }

  /**
   * Checks that {@code value} is finite (not NaN, not infinite).
   *
   * @param value the value
   * @param name the parameter name for the message
   * @return {@code value}
   * @throws IllegalArgumentException if NaN or infinite
   */
  public static double finite(double value, String name) {
    if (Double.isFinite(value)) {
      return value;
    }
    throw fail(name, "finite", Double.toString(value));
  }

  /**
   * Checks that {@code min <= value <= max} (NaN fails).
   *
   * @param value the value
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param name the parameter name for the message
   * @return {@code value}
   * @throws IllegalArgumentException if outside the range or NaN
   */
  public static double inRange(double value, double min, double max, String name) {
    if (value >= min && value <= max) {
      return value;
    }
    throw fail(name, "in [" + min + ", " + max + "]", Double.toString(value));
  }

  /**
   * Checks that {@code min <= value <= max}.
   *
   * @param value the value
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param name the parameter name for the message
   * @return {@code value}
   * @throws IllegalArgumentException if outside the range
   */
  public static int inRange(int value, int min, int max, String name) {
    if (value >= min && value <= max) {
      return value;
    }
    throw fail(name, "in [" + min + ", " + max + "]", Integer.toString(value));
  }

  /**
   * Checks that an argument is not null.
   *
   * @param <T> the type
   * @param value the value
   * @param name the parameter name for the message
   * @return {@code value}
   * @throws IllegalArgumentException if null (not NullPointerException: misuse is an argument error)
   */
  public static <T> T notNull(T value, String name) {
    if (value != null) {
      return value;
    }
    throw new IllegalArgumentException(name + " must not be null");
  }

  /**
   * Checks that all arrays are non-null and have the length of the first.
   *
   * @param names the parameter names, comma separated, in the order of the arrays (for the message)
   * @param first the first array
   * @param others the other arrays
   * @return the common length
   * @throws IllegalArgumentException if an array is null or lengths differ
   */
  public static int sameLength(String names, double[] first, double[]... others) {
    String[] n = names.split(",\\s*");
    notNull(first, n[0]);
    int len = first.length;
    for (int i = 0; i < others.length; i++) {
      String name = i + 1 < n.length ? n[i + 1] : "array " + (i + 1);
      notNull(others[i], name);
      if (others[i].length != len) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s must have the length of %s (%d), was %d", name, n[0], len, others[i].length));
      }
    }
    return len;
  }

  private static IllegalArgumentException fail(String name, String condition, String value) {
    return new IllegalArgumentException(name + " must be " + condition + ", was " + value);
  }
}
