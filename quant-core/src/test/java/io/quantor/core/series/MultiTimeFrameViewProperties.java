package io.quantor.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * No look-ahead in {@link MultiTimeFrameView}, on random series: at every base bar the visible higher bar
 * (1) has only constituents stamped at or before the base bar, (2) is the last complete bar of the
 * resampling of the base bars {@code 0..i} alone, with the same OHLCV, and (3) is the bucket the
 * {@link BucketOracle} says has closed: the base bar's own bucket if the bar is stamped at the bucket's end,
 * else the one before.
 */
class MultiTimeFrameViewProperties {

  @Property(tries = 200)
  void seesOnlyClosedBars(@ForAll long seed, @ForAll @IntRange(min = 1, max = 150) int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    TimeFrame tf = RandomBars.timeFrame(rnd);
    ZoneId zone = RandomBars.ZONES[rnd.nextInt(RandomBars.ZONES.length)];
    BarSeries base = RandomBars.series(rnd, n, tf);
    Resampler resampler = Resampler.of(tf, zone);
    MultiTimeFrameView view = MultiTimeFrameView.of(base, resampler);
    List<BucketOracle.Bucket> oracle = BucketOracle.buckets(base, tf, zone);
    int bucket = 0;
    boolean closedOnItsEnd = false;
    for (int i = 0; i < n; i++) {
      while (oracle.get(bucket).last() < i) {
        bucket++;
      }
      int expected = base.epochMillis(i) >= oracle.get(bucket).end() ? bucket : bucket - 1;
      closedOnItsEnd |= expected == bucket;
      int v = view.higherIndex(i);
      String what = tf + " in " + zone + " at base " + i + " of " + base;
      assertEquals(expected, v, what);

      Resampled prefix = resampler.resample(base.slice(0, i + 1));
      int lastClosed = prefix.isLastComplete() ? prefix.size() - 1 : prefix.size() - 2;
      assertEquals(lastClosed, v, what);
      if (v >= 0) {
        int last = view.resampled().lastBaseIndex(v);
        assertTrue(last <= i && base.epochMillis(last) <= base.epochMillis(i), what);
        assertEquals(prefix.series().bar(v), view.higher().bar(v), what);
        assertEquals(prefix.endMillis(v), view.resampled().endMillis(v), what);
      }
    }
    // The generator must reach both cases: a bar that closes its own bucket, and each unit.
    Statistics.label("a bar closes its own bucket").collect(closedOnItsEnd);
    Statistics.label("a bar closes its own bucket").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("unit").collect(tf.unit());
    Statistics.label("unit").coverage(c -> {
      for (TimeFrame.Unit u : TimeFrame.Unit.values()) {
        c.check(u).percentage(p -> p > 5);
      }
    });
  }
}
