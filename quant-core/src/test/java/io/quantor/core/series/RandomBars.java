package io.quantor.core.series;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * Random bar series for properties: irregular gaps (minutes to days), mostly on whole minutes or hours so
 * bars land on bucket ends, some stamped off that grid, starts near DST changes, integer volumes (so sums
 * are exact in any order).
 */
final class RandomBars {

  static final ZoneId[] ZONES = {ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe")};

  private static final Instant[] STARTS = {Instant.parse("2006-03-26T00:17:00Z"),
      Instant.parse("2006-10-28T23:41:00Z"), Instant.parse("2024-03-10T06:03:00Z"),
      Instant.parse("2024-11-03T04:50:00Z"), Instant.parse("2023-04-01T14:00:00Z"),
      Instant.parse("2005-12-29T22:58:00Z"), Instant.parse("2024-02-28T18:30:00Z")};

  private RandomBars() {
  }

  /** A time frame: random N-minute (N up to 180, or a whole day of minutes), day, week or month. */
  static TimeFrame timeFrame(SplittableRandom rnd) {
    switch (rnd.nextInt(6)) {
      case 0:
        return TimeFrame.DAILY;
      case 1:
        return TimeFrame.WEEKLY;
      case 2:
        return TimeFrame.MONTHLY;
      case 3:
        return TimeFrame.minutes(new int[] {5, 15, 60, 1440}[rnd.nextInt(4)]);
      default:
        return TimeFrame.minutes(1 + rnd.nextInt(180));
    }
  }

  /** A series of {@code n} bars whose spacing suits {@code tf}. */
  static BarSeries series(SplittableRandom rnd, int n, TimeFrame tf) {
    long step = tf.isIntraday() ? (rnd.nextBoolean() ? 60_000L : 7 * 60_000L)
        : (rnd.nextBoolean() ? 3_600_000L : 86_400_000L);
    // Bars sit on a grid of whole steps (so they often land on bucket ends); some are stamped off the grid
    // by less than a step, which keeps stamps increasing without moving the grid.
    long grid = STARTS[rnd.nextInt(STARTS.length)].toEpochMilli() + rnd.nextInt(3) * step;
    BarSeries.Builder b = BarSeries.builder("R", n);
    double price = 100;
    for (int i = 0; i < n; i++) {
      double open = price;
      double close = price + rnd.nextInt(21) - 10;
      double high = Math.max(open, close) + rnd.nextInt(5);
      double low = Math.min(open, close) - rnd.nextInt(5);
      long offGrid = rnd.nextInt(8) == 0 ? 1 + rnd.nextInt((int) step - 1) : 0;
      b.add(grid + offGrid, open, high, low, close, rnd.nextInt(1000));
      price = close;
      int r = rnd.nextInt(20);
      // One to three steps (at least one, so an off-grid stamp stays below the next bar); sometimes plus a
      // gap of hours or days.
      grid += step * (1 + rnd.nextInt(3))
          + (r < 16 ? 0 : r < 19 ? 3_600_000L * (1 + rnd.nextInt(30)) : 86_400_000L * (1 + rnd.nextInt(9)));
    }
    return b.build();
  }
}
