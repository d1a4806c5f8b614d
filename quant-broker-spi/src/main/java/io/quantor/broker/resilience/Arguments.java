package io.quantor.broker.resilience;

import java.time.Duration;
import java.util.Locale;

/** Argument checks for this package that return their argument; messages name parameter and value. */
final class Arguments {

  /** The longest delay or window accepted, so that every duration fits in a {@code long} of nanos. */
  static final Duration MAX_DURATION = Duration.ofDays(1);

  private Arguments() {
  }

  static Duration nonNegative(Duration value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (value.isNegative() || value.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(name + " must be in [0, " + MAX_DURATION + "], was " + value);
    }
    return value;
  }

  static Duration positive(Duration value, String name) {
    nonNegative(value, name);
    if (value.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0, was " + value);
    }
    return value;
  }

  static int atLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be >= %d, was %d", name, min,
          value));
    }
    return value;
  }

  static double inRange(double value, double minExclusive, double maxInclusive, String name) {
    if (!(value > minExclusive && value <= maxInclusive)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be in (%s, %s], was %s", name,
          minExclusive, maxInclusive, value));
    }
    return value;
  }

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /** Nanoseconds since the epoch of a clock reading; fits a long until the year 2262. */
  static long epochNanos(java.time.Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }
}
