package io.quantor.backtest.engine;

import io.quantor.core.series.BarSeries;
import io.quantor.core.series.Resampler;
import io.quantor.core.trade.Instrument;
import java.util.Arrays;

/**
 * One instrument's bars as far as the run has seen them: {@link #count} bars, the last of which is the
 * current one. The engine advances it; the strategy reads it through the context, which never passes an
 * index at or beyond {@code count}.
 */
abstract class Track {

  final Instrument instrument;
  /** Bars seen so far, the current one included. */
  int count;

  Track(Instrument instrument) {
    this.instrument = instrument;
  }

  abstract long time(int i);

  abstract double open(int i);

  abstract double high(int i);

  abstract double low(int i);

  abstract double close(int i);

  abstract double volume(int i);

  /** The bars {@code [0, count)} as a series that cannot reach further. */
  abstract BarSeries history();

  /** A tracker of a higher time frame over this track's bars. */
  abstract HigherTrack higher(Resampler resampler);

  /** Bars of a historical series, revealed one at a time. */
  static final class OfSeries extends Track {

    final BarSeries series;

    OfSeries(Instrument instrument, BarSeries series) {
      super(instrument);
      this.series = series;
    }

    @Override
    long time(int i) {
      return series.epochMillis(i);
    }

    @Override
    double open(int i) {
      return series.open(i);
    }

    @Override
    double high(int i) {
      return series.high(i);
    }

    @Override
    double low(int i) {
      return series.low(i);
    }

    @Override
    double close(int i) {
      return series.close(i);
    }

    @Override
    double volume(int i) {
      return series.volume(i);
    }

    @Override
    BarSeries history() {
      // A slice shares the arrays but bounds every accessor by its own size: bar `count` is out of reach.
      return series.slice(0, count);
    }

    @Override
    HigherTrack higher(Resampler resampler) {
      return new HigherTrack.OfView(this, resampler);
    }
  }

  /** Bars pushed one at a time by a live feed, kept in growing arrays. */
  static final class OfBuffer extends Track {

    private long[] time = new long[64];
    private double[] open = new double[64];
    private double[] high = new double[64];
    private double[] low = new double[64];
    private double[] close = new double[64];
    private double[] volume = new double[64];
    private BarSeries cached;

    OfBuffer(Instrument instrument) {
      super(instrument);
    }

    void append(long t, double o, double h, double l, double c, double v) {
      if (count == time.length) {
        int n = count * 2;
        time = Arrays.copyOf(time, n);
        open = Arrays.copyOf(open, n);
        high = Arrays.copyOf(high, n);
        low = Arrays.copyOf(low, n);
        close = Arrays.copyOf(close, n);
        volume = Arrays.copyOf(volume, n);
      }
      time[count] = t;
      open[count] = o;
      high[count] = h;
      low[count] = l;
      close[count] = c;
      volume[count] = v;
      count++;
      cached = null;
    }

    private int check(int i) {
      if (i < 0 || i >= count) {
        throw new IndexOutOfBoundsException("bar index " + i + " outside [0, " + count + ")");
      }
      return i;
    }

    @Override
    long time(int i) {
      return time[check(i)];
    }

    @Override
    double open(int i) {
      return open[check(i)];
    }

    @Override
    double high(int i) {
      return high[check(i)];
    }

    @Override
    double low(int i) {
      return low[check(i)];
    }

    @Override
    double close(int i) {
      return close[check(i)];
    }

    @Override
    double volume(int i) {
      return volume[check(i)];
    }

    @Override
    BarSeries history() {
      if (cached == null) {
        cached = range(0, count);
      }
      return cached;
    }

    /** A copy of bars {@code [from, to)} as a series. */
    BarSeries range(int from, int to) {
      BarSeries.Builder b = BarSeries.builder(instrument.symbol(), to - from);
      for (int i = from; i < to; i++) {
        b.add(time[i], open[i], high[i], low[i], close[i], volume[i]);
      }
      return b.build();
    }

    @Override
    HigherTrack higher(Resampler resampler) {
      return new HigherTrack.Streaming(this, resampler);
    }
  }
}
