package io.quantor.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No look-ahead in {@link MultiTimeFrameView} over the real 1-minute file
 * ({@code shared/data/intraday_1min_2006-01-02_to_2006-02-27.csv}, Europe/Berlin): for every base bar, the
 * visible higher bar's constituents are all stamped at or before the base bar and the next higher bar is
 * not yet closed; and recomputing the higher series from base bars {@code 0..i} alone gives the same
 * visible bar (checked for every bar of the first 2,500 and at both sides of every bucket boundary).
 */
class MultiTimeFrameViewTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static BarSeries base;

  @BeforeAll
  static void read() {
    base = ResamplerTest.oneMinute();
  }

  @Test
  void handCheckedVisibility() {
    MultiTimeFrameView m5 = MultiTimeFrameView.of(base, Resampler.of(TimeFrame.FIVE_MINUTES, BERLIN));
    assertEquals(-1, m5.higherIndex(3), "09:04: the first 5-minute bar is still forming");
    assertEquals(0, m5.higherIndex(4), "09:05 closes (09:00, 09:05]");
    // (18:10, 18:15] on 2006-01-02 holds 18:11 and 18:12: it is not visible at 18:12, only at 18:16.
    int at1812 = base.indexAtOrBefore(Instant.parse("2006-01-02T17:12:00Z").toEpochMilli());
    int bucket = m5.resampled().bucketOf(at1812);
    assertEquals(bucket - 1, m5.higherIndex(at1812));
    assertEquals(Instant.parse("2006-01-02T17:16:00Z"), base.time(at1812 + 1));
    assertEquals(bucket, m5.higherIndex(at1812 + 1));

    MultiTimeFrameView daily = MultiTimeFrameView.of(base, Resampler.of(TimeFrame.DAILY, BERLIN));
    assertEquals(-1, daily.higherIndex(583), "20:04, the last bar of 2006-01-02: not known to be closed");
    assertEquals(0, daily.higherIndex(584), "the next morning's first bar");
    assertEquals(39, daily.higherIndex(base.size() - 1), "the last day is never visible");
    assertEquals(base.size(), daily.size());
    assertThrows(IndexOutOfBoundsException.class, () -> daily.higherIndex(base.size()));
  }

  @Test
  void visibleBarsHaveOnlyPastConstituents() {
    for (TimeFrame tf : new TimeFrame[] {TimeFrame.FIVE_MINUTES, TimeFrame.FIFTEEN_MINUTES,
        TimeFrame.minutes(7), TimeFrame.ONE_HOUR, TimeFrame.DAILY, TimeFrame.WEEKLY, TimeFrame.MONTHLY}) {
      MultiTimeFrameView view = MultiTimeFrameView.of(base, Resampler.of(tf, BERLIN));
      Resampled r = view.resampled();
      int previous = -1;
      for (int i = 0; i < base.size(); i++) {
        int v = view.higherIndex(i);
        assertTrue(v >= previous, tf + " at " + i + ": visibility never goes back");
        previous = v;
        if (v >= 0) {
          // Constituents are consecutive and sorted: the last one is the latest.
          int last = r.lastBaseIndex(v);
          assertTrue(last <= i && base.epochMillis(last) <= base.epochMillis(i), tf + " at " + i);
        }
        if (v + 1 < r.size()) {
          int nextLast = r.lastBaseIndex(v + 1);
          boolean nextClosed = nextLast < i || nextLast == i && base.epochMillis(i) >= r.endMillis(v + 1);
          assertFalse(nextClosed, tf + " at " + i + ": a closed bar is hidden");
        }
      }
    }
  }

  @Test
  void prefixRecomputationGivesTheSameVisibleBar() {
    for (TimeFrame tf : new TimeFrame[] {TimeFrame.FIVE_MINUTES, TimeFrame.ONE_HOUR, TimeFrame.DAILY}) {
      Resampler resampler = Resampler.of(tf, BERLIN);
      MultiTimeFrameView view = MultiTimeFrameView.of(base, resampler);
      for (int i = 0; i < 2_500; i++) {
        checkPrefix(view, resampler, i);
      }
      if (tf.equals(TimeFrame.FIVE_MINUTES)) {
        continue;
      }
      Resampled r = view.resampled();
      for (int j = 0; j < r.size(); j++) {
        int last = r.lastBaseIndex(j);
        checkPrefix(view, resampler, last);
        if (last + 1 < base.size()) {
          checkPrefix(view, resampler, last + 1);
        }
      }
    }
  }

  private static void checkPrefix(MultiTimeFrameView view, Resampler resampler, int i) {
    Resampled prefix = resampler.resample(base.slice(0, i + 1));
    int expected = prefix.dropIncompleteLast().size() - 1;
    int v = view.higherIndex(i);
    assertEquals(expected, v, resampler + " at base " + i);
    if (v >= 0) {
      assertEquals(prefix.series().bar(v), view.higher().bar(v), resampler + " at base " + i);
    }
  }

  @Test
  void fromResampledRequiresFullCoverage() {
    Resampled r = Resampler.of(TimeFrame.DAILY, BERLIN).resample(base);
    assertEquals(MultiTimeFrameView.of(base, Resampler.of(TimeFrame.DAILY, BERLIN)).higherIndex(5000),
        MultiTimeFrameView.of(r).higherIndex(5000));
    assertThrows(IllegalArgumentException.class, () -> MultiTimeFrameView.of(r.dropIncompleteLast()));
  }
}
