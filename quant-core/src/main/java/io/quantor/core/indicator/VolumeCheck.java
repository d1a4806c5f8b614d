package io.quantor.core.indicator;

/** The volume check of the volume indicators: finite and not negative, as {@code Bar} requires. */
final class VolumeCheck {

  private VolumeCheck() {
  }

  /**
   * Returns {@code volume} if it is finite and {@code >= 0}.
   *
   * @param volume the volume
   * @return {@code volume}
   * @throws IllegalArgumentException if NaN, infinite or negative
   */
  static double volume(double volume) {
    if (volume >= 0 && volume <= Double.MAX_VALUE) {
      return volume;
    }
    throw invalid(volume);
  }

  private static IllegalArgumentException invalid(double volume) {
    return new IllegalArgumentException("volume must be finite and >= 0, was " + volume);
  }
}
