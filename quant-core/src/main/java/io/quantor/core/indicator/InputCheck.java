package io.quantor.core.indicator;

/** The finite-input check every streaming update makes; kept tiny so it inlines. */
final class InputCheck {

  private InputCheck() {
  }

  /**
   * Returns {@code x} if finite.
   *
   * @param x the input
   * @param name its name for the message
   * @return {@code x}
   * @throws IllegalArgumentException if NaN or infinite
   */
  static double finite(double x, String name) {
    if (Math.abs(x) <= Double.MAX_VALUE) {
      return x;
    }
    throw notFinite(x, name);
  }

  private static IllegalArgumentException notFinite(double x, String name) {
    return new IllegalArgumentException(name + " must be finite, was " + x);
  }
}
