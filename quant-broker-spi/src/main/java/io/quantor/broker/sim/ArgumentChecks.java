package io.quantor.broker.sim;

/** The checks this package needs beyond {@code io.quantor.core.internal.Args}. */
final class ArgumentChecks {

  private ArgumentChecks() {
  }

  /** Checks {@code 0 <= value < infinity}; NaN fails. */
  static double nonNegative(double value, String name) {
    if (value >= 0 && value < Double.POSITIVE_INFINITY) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
  }
}
