package io.quantor.core.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The compact timestamp and volume columns of {@link BarSeries} give back every value exactly, whichever
 * encoding they choose: timestamps on minutes, seconds or milliseconds, spans near and beyond the 32-bit
 * limits, negative epochs; volumes whole, fractional, zero, -0.0 and above 2^32. Checked through the public
 * accessors, on the whole series and on slices.
 */
class BarSeriesColumnProperties {

  private static final long[] STEPS = {1L, 7L, 1_000L, 60_000L, 86_400_000L, 3_600_000L * 24 * 365};

  @Property(tries = 300)
  void timestampsAndVolumesComeBackExactly(@ForAll @IntRange(min = 1, max = 300) int size,
      @ForAll long seed, @ForAll @LongRange(min = -4_000_000_000_000L, max = 4_000_000_000_000L) long start,
      @ForAll @IntRange(min = 0, max = 5) int stepKind, @ForAll @IntRange(min = 0, max = 4) int volumeKind) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] millis = new long[size];
    double[] volume = new double[size];
    long t = start;
    for (int i = 0; i < size; i++) {
      // Mostly regular steps, sometimes gaps (weekends, halts), sometimes a millisecond off the grid.
      long step = STEPS[stepKind] * (random.nextInt(10) == 0 ? 1 + random.nextInt(1000) : 1);
      if (random.nextInt(40) == 0) {
        step += 1;
      }
      t += i == 0 ? 0 : step;
      millis[i] = t;
      volume[i] = volume(random, volumeKind);
    }
    double[] price = new double[size];
    java.util.Arrays.fill(price, 10.0);
    BarSeries series = BarSeries.of("X", millis, price, price, price, price, volume);
    assertArrayEquals(millis, series.epochMillis());
    assertBits(volume, series.volumes());
    for (int i = 0; i < size; i++) {
      assertEquals(millis[i], series.epochMillis(i));
      assertEquals(millis[i], series.time(i).toEpochMilli());
      assertEquals(Double.doubleToRawLongBits(volume[i]), Double.doubleToRawLongBits(series.volume(i)));
      assertEquals(i, series.indexAtOrBefore(millis[i]));
    }
    int from = random.nextInt(size);
    int to = from + random.nextInt(size - from + 1);
    BarSeries slice = series.slice(from, to);
    assertArrayEquals(java.util.Arrays.copyOfRange(millis, from, to), slice.epochMillis());
    assertBits(java.util.Arrays.copyOfRange(volume, from, to), slice.volumes());
  }

  private static double volume(SplittableRandom random, int kind) {
    switch (kind) {
      case 0:
        return random.nextInt(5_000_000);
      case 1:
        return random.nextInt(20) == 0 ? 0.0 : 1e6 * random.nextDouble();
      case 2:
        return random.nextInt(50) == 0 ? -0.0 : random.nextInt(1000);
      case 3:
        return random.nextInt(50) == 0 ? 4_294_967_296.0 : 4_294_967_295.0 - random.nextInt(1000);
      default:
        return 0.0;
    }
  }

  private static void assertBits(double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
          "volume " + i + ": " + expected[i] + " vs " + actual[i]);
    }
  }
}
