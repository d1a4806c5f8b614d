package io.quantor.core.series;

import java.util.Arrays;

/**
 * The timestamps of a built {@link BarSeries}, in epoch milliseconds, stored in four bytes a bar where they
 * allow: as unsigned 32-bit steps from the first timestamp in whole minutes, whole seconds or milliseconds
 * (the coarsest unit that divides every step and keeps the last one below 2^32), else as plain
 * {@code long}s. Minute steps cover 8,000 years, second steps 136 years and millisecond steps 49 days, so
 * daily and intraday bars on whole seconds always fit. Reading decodes exactly: {@code base + step * unit}.
 */
final class TimeColumn {

  private static final long[] UNITS = {60_000L, 1_000L, 1L};
  private static final long MAX_STEP = 0xFFFF_FFFFL;

  /** The timestamps, or null when {@link #steps} holds them. */
  private final long[] millis;
  private final int[] steps;
  private final long base;
  private final long unit;

  private TimeColumn(long[] millis, int[] steps, long base, long unit) {
    this.millis = millis;
    this.steps = steps;
    this.base = base;
    this.unit = unit;
  }

  /**
   * The column of the first {@code size} strictly increasing timestamps of {@code millis}.
   *
   * @param millis the timestamps; not kept
   * @param size how many are used
   * @return the column
   */
  static TimeColumn of(long[] millis, int size) {
    if (size == 0) {
      return new TimeColumn(new long[0], null, 0L, 1L);
    }
    long base = millis[0];
    // Timestamps increase, so the last step is the largest; a negative difference means overflow.
    long span = millis[size - 1] - base;
    for (long unit : UNITS) {
      if (span >= 0 && span / unit <= MAX_STEP && allMultiples(millis, size, base, unit)) {
        int[] steps = new int[size];
        for (int i = 0; i < size; i++) {
          steps[i] = (int) ((millis[i] - base) / unit);
        }
        return new TimeColumn(null, steps, base, unit);
      }
    }
    return new TimeColumn(Arrays.copyOf(millis, size), null, 0L, 1L);
  }

  private static boolean allMultiples(long[] millis, int size, long base, long unit) {
    for (int i = 1; i < size; i++) {
      if ((millis[i] - base) % unit != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The timestamp at a storage index.
   *
   * @param j the index
   * @return epoch milliseconds
   */
  long at(int j) {
    return millis != null ? millis[j] : base + Integer.toUnsignedLong(steps[j]) * unit;
  }

  /**
   * The timestamps at storage indices {@code from} (inclusive) to {@code to} (exclusive), as a new array.
   *
   * @param from the first index
   * @param to the end index
   * @return the timestamps
   */
  long[] copy(int from, int to) {
    if (millis != null) {
      return Arrays.copyOfRange(millis, from, to);
    }
    long[] out = new long[to - from];
    for (int j = from; j < to; j++) {
      out[j - from] = base + Integer.toUnsignedLong(steps[j]) * unit;
    }
    return out;
  }
}
