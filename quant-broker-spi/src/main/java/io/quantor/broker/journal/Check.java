package io.quantor.broker.journal;

/** Argument checks for the journal's records; each returns its argument. Messages name the component. */
final class Check {

  private Check() {
  }

  static String notBlank(String value, String name) {
    if (notNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
    }
    return value;
  }

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  static long brokerSequence(long sequence) {
    if (sequence < 0) {
      throw new IllegalArgumentException("brokerSequence must be >= 0, was " + sequence);
    }
    return sequence;
  }
}
