package io.quantor.backtest.engine;

import io.quantor.core.series.BarSeries;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/** Seeded synthetic bars for engine tests. */
final class TestBars {

  static final long DAY = 86_400_000L;

  private TestBars() {
  }

  /** A geometric random walk of {@code n} daily bars stamped at midnight UTC, weekdays only. */
  static BarSeries daily(String symbol, int n, long seed) {
    return daily(symbol, n, seed, LocalDate.of(2024, 1, 1));
  }

  static BarSeries daily(String symbol, int n, long seed, LocalDate start) {
    SplittableRandom r = new SplittableRandom(seed);
    BarSeries.Builder b = BarSeries.builder(symbol, n);
    LocalDate d = start;
    double close = 100;
    for (int i = 0; i < n; i++) {
      while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        d = d.plusDays(1);
      }
      double open = close * Math.exp(0.005 * (r.nextDouble() - 0.5));
      close = open * Math.exp(0.02 * (r.nextDouble() - 0.5));
      double high = Math.max(open, close) * (1 + 0.01 * r.nextDouble());
      double low = Math.min(open, close) * (1 - 0.01 * r.nextDouble());
      b.add(d.atStartOfDay(ZoneOffset.UTC).toInstant(), open, high, low, close, 1000 + r.nextInt(1000));
      d = d.plusDays(1);
    }
    return b.build();
  }

  /** Bars from explicit opens and closes, every day from 2024-01-01 (high and low just outside). */
  static BarSeries of(String symbol, double[] open, double[] close) {
    BarSeries.Builder b = BarSeries.builder(symbol, open.length);
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < open.length; i++) {
      b.add(t.plusMillis(i * DAY), open[i], Math.max(open[i], close[i]) + 0.5,
          Math.min(open[i], close[i]) - 0.5, close[i], 1000);
    }
    return b.build();
  }
}
