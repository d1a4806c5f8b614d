package io.quantor.core.regime;

import io.quantor.core.series.BarSeries;
import java.util.SplittableRandom;

/**
 * Random daily bar series for regime properties: a geometric random walk whose drift changes every few
 * dozen bars (so bull, bear and sideways stretches all occur), with flat stretches where the price does
 * not move at all (so volatility ties occur).
 */
final class RegimeBars {

  private static final long DAY = 86_400_000L;

  private RegimeBars() {
  }

  static BarSeries series(long seed, int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    BarSeries.Builder b = BarSeries.builder("R", n);
    double price = 5 + rnd.nextDouble() * 200;
    double drift = 0;
    double vol = 0.01;
    boolean flat = false;
    for (int i = 0; i < n; i++) {
      if (rnd.nextInt(25) == 0) {
        drift = (rnd.nextDouble() - 0.5) * 0.02;
        vol = 0.002 + rnd.nextDouble() * 0.04;
        flat = rnd.nextInt(6) == 0;
      }
      double open = flat ? price : price * (1 + vol * (rnd.nextDouble() - 0.5));
      double close = flat ? price : open * Math.exp(drift + vol * (rnd.nextDouble() * 2 - 1));
      double high = flat ? price : Math.max(open, close) * (1 + vol * rnd.nextDouble());
      double low = flat ? price : Math.min(open, close) * (1 - vol * rnd.nextDouble() * 0.9);
      b.add(1_000_000_000_000L + i * DAY, open, high, low, close, 1000 + rnd.nextInt(1000));
      price = close;
    }
    return b.build();
  }

  /** The same series with every price multiplied by {@code factor}. */
  static BarSeries scaled(BarSeries s, double factor) {
    BarSeries.Builder b = BarSeries.builder("S", s.size());
    for (int i = 0; i < s.size(); i++) {
      b.add(s.epochMillis(i), s.open(i) * factor, s.high(i) * factor, s.low(i) * factor,
          s.close(i) * factor, s.volume(i));
    }
    return b.build();
  }
}
