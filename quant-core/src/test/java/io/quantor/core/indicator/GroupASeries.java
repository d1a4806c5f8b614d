package io.quantor.core.indicator;

import java.util.SplittableRandom;

/** Deterministic test series for the group A indicator tests. */
final class GroupASeries {

  private GroupASeries() {
  }

  /**
   * A positive random walk: each step moves the price by 0.5 % to 2 % up or down, so no two consecutive
   * prices are equal and rolling variances stay far from TA-Lib's 1e-8 guard.
   *
   * @param seed the generator seed
   * @param length the number of prices
   * @return the prices, starting near 100
   */
  static double[] randomWalk(long seed, int length) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[length];
    double p = 50 + 100 * rng.nextDouble();
    for (int i = 0; i < length; i++) {
      double step = 0.005 + 0.015 * rng.nextDouble();
      p *= rng.nextBoolean() ? 1 + step : 1 - step;
      x[i] = p;
    }
    return x;
  }

  /**
   * A random walk interrupted by flat stretches of 40 equal prices, which drive the TA-Lib division
   * guards (zero variance, zero RSI denominator, zero stochastic range, KAMA's zero volatility).
   *
   * @param seed the generator seed
   * @param length the number of prices
   * @return the prices
   */
  static double[] withFlatStretches(long seed, int length) {
    double[] x = randomWalk(seed, length);
    for (int start = 60; start < length; start += 100) {
      for (int i = start; i < Math.min(length, start + 40); i++) {
        x[i] = x[start - 1];
      }
    }
    return x;
  }
}
