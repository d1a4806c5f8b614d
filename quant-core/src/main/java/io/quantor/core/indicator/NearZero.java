package io.quantor.core.indicator;

/**
 * TA-Lib's {@code TA_IS_ZERO} test, {@code -1e-8 < x < 1e-8}: the threshold below which TA-Lib returns 0
 * instead of dividing (RSI, CMO, KAMA, PPO). The threshold is absolute, as in TA-Lib, so it also applies
 * to series whose prices are themselves tiny.
 */
final class NearZero {

  /** TA-Lib's threshold. */
  static final double THRESHOLD = 1e-8;

  private NearZero() {
  }

  /**
   * Whether {@code x} counts as zero for TA-Lib.
   *
   * @param x the value
   * @return true if {@code -1e-8 < x < 1e-8}
   */
  static boolean is(double x) {
    return -THRESHOLD < x && x < THRESHOLD;
  }
}
