package io.quantor.backtest.engine;

import io.quantor.core.series.BarSeries;
import io.quantor.core.series.MultiTimeFrameView;
import io.quantor.core.series.Resampled;
import io.quantor.core.series.Resampler;

/**
 * The completed bars of a higher time frame over one instrument's track. Both implementations reveal a
 * higher bar at the same base bar: the one at which {@link MultiTimeFrameView} makes it visible, that is
 * once it is the last complete bar of the resampling of the bars seen so far.
 */
abstract class HigherTrack {

  /**
   * Called after the base track gained a bar.
   *
   * @return true if at least one higher bar completed with it
   */
  abstract boolean advance();

  /** The completed higher bars. */
  abstract BarSeries history();

  /** Over a historical series: the view is computed once, and only its visible prefix is revealed. */
  static final class OfView extends HigherTrack {

    private final Track base;
    private final MultiTimeFrameView view;
    private int visible = -1;

    OfView(Track.OfSeries base, Resampler resampler) {
      this.base = base;
      this.view = MultiTimeFrameView.of(base.series, resampler);
    }

    @Override
    boolean advance() {
      int v = view.higherIndex(base.count - 1);
      if (v > visible) {
        visible = v;
        return true;
      }
      return false;
    }

    @Override
    BarSeries history() {
      return view.higher().slice(0, visible + 1);
    }
  }

  /**
   * Over pushed bars: resamples the bars since the start of the bucket still forming (a resampling that
   * starts at a bucket's first bar groups the following bars exactly as the whole series would), and
   * keeps each bucket once it is complete.
   */
  static final class Streaming extends HigherTrack {

    private final Track.OfBuffer base;
    private final Resampler resampler;
    private final BarSeries.Builder completed;
    private BarSeries cached;
    private int start;

    Streaming(Track.OfBuffer base, Resampler resampler) {
      this.base = base;
      this.resampler = resampler;
      this.completed = BarSeries.builder(base.instrument.symbol());
    }

    @Override
    boolean advance() {
      Resampled r = resampler.resample(base.range(start, base.count));
      int m = r.size();
      int done = r.isComplete(m - 1) ? m : m - 1;
      if (done == 0) {
        return false;
      }
      BarSeries s = r.series();
      for (int j = 0; j < done; j++) {
        completed.add(s.epochMillis(j), s.open(j), s.high(j), s.low(j), s.close(j), s.volume(j));
      }
      start = done == m ? base.count : start + r.firstBaseIndex(done);
      cached = null;
      return true;
    }

    @Override
    BarSeries history() {
      if (cached == null) {
        cached = completed.build();
      }
      return cached;
    }
  }
}
