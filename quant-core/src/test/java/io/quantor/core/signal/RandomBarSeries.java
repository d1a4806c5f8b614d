package io.quantor.core.signal;

import io.quantor.core.series.BarSeries;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded random daily bars for the properties: a log random walk whose volatility jumps between calm and
 * wild regimes, with runs of completely flat bars (so ATR, Bollinger width and return deviation reach
 * exactly 0) and occasional large jumps.
 */
final class RandomBarSeries {

  private static final long START = 946_746_000_000L;
  private static final long DAY = 86_400_000L;

  private RandomBarSeries() {
  }

  /**
   * A series.
   *
   * @param seed the seed
   * @param size the number of bars
   * @param flatShare the probability that a bar starts a flat run
   * @return the series
   */
  static BarSeries of(long seed, int size, double flatShare) {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
    BarSeries.Builder b = BarSeries.builder("RND", size);
    double close = 20 + 80 * rng.nextDouble();
    double vol = 0.01;
    int flat = 0;
    for (int i = 0; i < size; i++) {
      if (rng.nextDouble() < 0.05) {
        vol = rng.nextDouble() < 0.5 ? 0.002 + 0.01 * rng.nextDouble() : 0.02 + 0.04 * rng.nextDouble();
      }
      if (flat == 0 && rng.nextDouble() < flatShare) {
        flat = 1 + rng.nextInt(40);
      }
      long time = START + i * DAY;
      if (flat > 0) {
        flat--;
        b.add(time, close, close, close, close, 0);
        continue;
      }
      double open = close;
      double r = vol * normal.sample() + (rng.nextDouble() < 0.01 ? 0.2 * normal.sample() : 0);
      close = Math.max(0.01, open * Math.exp(r));
      double high = Math.max(open, close) * (1 + vol * rng.nextDouble());
      double low = Math.min(open, close) * (1 - vol * rng.nextDouble());
      b.add(time, open, high, low, close, 1000 + rng.nextInt(100000));
    }
    return b.build();
  }
}
