package io.quantor.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Resampling against {@link BucketOracle} on random series: same buckets, same labels and ends, OHLCV
 * aggregated as documented (open first, high max, low min, close last, volume sum, so volumes are
 * conserved and every constituent lies inside the resampled bar's high/low envelope).
 */
class ResamplerProperties {

  @Property(tries = 300)
  void matchesTheOracle(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    TimeFrame tf = RandomBars.timeFrame(rnd);
    ZoneId zone = RandomBars.ZONES[rnd.nextInt(RandomBars.ZONES.length)];
    BarSeries base = RandomBars.series(rnd, n, tf);
    Resampled r = Resampler.of(tf, zone).resample(base);
    List<BucketOracle.Bucket> expected = BucketOracle.buckets(base, tf, zone);
    String what = tf + " in " + zone + " over " + base;

    assertEquals(expected.size(), r.size(), what);
    BarSeries s = r.series();
    double totalVolume = 0;
    for (int j = 0; j < r.size(); j++) {
      BucketOracle.Bucket e = expected.get(j);
      assertEquals(e.first(), r.firstBaseIndex(j), what + " bucket " + j);
      assertEquals(e.last(), r.lastBaseIndex(j), what + " bucket " + j);
      assertEquals(e.label(), s.epochMillis(j), what + " label " + j);
      assertEquals(e.end(), r.endMillis(j), what + " end " + j);
      double high = Double.NEGATIVE_INFINITY;
      double low = Double.POSITIVE_INFINITY;
      double volume = 0;
      for (int i = e.first(); i <= e.last(); i++) {
        high = Math.max(high, base.high(i));
        low = Math.min(low, base.low(i));
        volume += base.volume(i);
        assertEquals(j, r.bucketOf(i));
      }
      assertEquals(base.open(e.first()), s.open(j));
      assertEquals(high, s.high(j));
      assertEquals(low, s.low(j));
      assertEquals(base.close(e.last()), s.close(j));
      assertEquals(volume, s.volume(j));
      assertEquals(j < r.size() - 1 || base.epochMillis(e.last()) >= e.end(), r.isComplete(j));
      totalVolume += s.volume(j);
    }
    double baseVolume = 0;
    for (int i = 0; i < base.size(); i++) {
      baseVolume += base.volume(i);
    }
    assertEquals(baseVolume, totalVolume, what);
    Statistics.label("unit").collect(tf.unit());
    Statistics.label("unit").coverage(c -> {
      for (TimeFrame.Unit u : TimeFrame.Unit.values()) {
        c.check(u).percentage(p -> p > 5);
      }
    });
    boolean dstInside = !zone.getRules().isFixedOffset() && n > 1
        && !zone.getRules().getOffset(base.time(0)).equals(zone.getRules().getOffset(base.lastTime()));
    Statistics.label("series crosses a DST change").collect(dstInside);
    Statistics.label("series crosses a DST change").coverage(c -> c.check(true).percentage(p -> p > 5));
  }
}
