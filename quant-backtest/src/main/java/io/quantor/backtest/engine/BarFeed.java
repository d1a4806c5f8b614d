package io.quantor.backtest.engine;

import io.quantor.core.internal.Args;
import io.quantor.core.series.BarSeries;
import io.quantor.core.trade.Instrument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Several instruments' bar series merged by timestamp: the historical data of a run. Immutable.
 *
 * <p>The merged timeline holds every timestamp of any series, once; at each, the instruments with a bar
 * stamped then "have a bar" and the others keep their latest. Walk it with a {@link Cursor}, which
 * allocates nothing per step. Instruments are kept in the order added; symbols are unique. The series are
 * shared, not copied, and no series may be empty.
 *
 * <pre>{@code
 * BarFeed feed = BarFeed.builder()
 *     .add(Instrument.etf("SPY"), spy)
 *     .add(Instrument.etf("TLT"), tlt)
 *     .build();
 * BarFeed.Cursor c = feed.cursor();
 * while (c.advance()) {
 *   if (c.hasBar(0)) {
 *     double spyClose = feed.series(0).close(c.index(0));
 *   }
 * }
 * }</pre>
 */
public final class BarFeed {

  private final Instrument[] instruments;
  private final BarSeries[] series;
  private final int timestamps;

  private BarFeed(List<Instrument> instruments, List<BarSeries> series) {
    this.instruments = instruments.toArray(new Instrument[0]);
    this.series = series.toArray(new BarSeries[0]);
    this.timestamps = countTimestamps();
  }

  /**
   * A feed of stocks, one per series, each named by its series' symbol.
   *
   * @param series the series, at least one, none empty, symbols unique
   * @return the feed
   * @throws IllegalArgumentException if the series are missing, empty or repeat a symbol
   */
  public static BarFeed of(BarSeries... series) {
    Builder b = builder();
    for (BarSeries s : Args.notNull(series, "series")) {
      b.add(s);
    }
    return b.build();
  }

  /**
   * Starts an empty feed.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private int countTimestamps() {
    if (series.length == 1) {
      // A series' timestamps are strictly increasing: each bar is a timestamp of its own.
      return series[0].size();
    }
    Cursor c = cursor();
    int n = 0;
    while (c.advance()) {
      n++;
    }
    return n;
  }

  /**
   * The instruments, in the order added.
   *
   * @return an unmodifiable list
   */
  public List<Instrument> instruments() {
    return List.of(instruments);
  }

  /**
   * The number of instruments.
   *
   * @return the count, {@code >= 1}
   */
  public int size() {
    return instruments.length;
  }

  /**
   * The series of instrument {@code k}.
   *
   * @param k the instrument's position, {@code 0 <= k < size()}
   * @return the series
   */
  public BarSeries series(int k) {
    return series[k];
  }

  /**
   * The instrument at position {@code k}.
   *
   * @param k the instrument's position, {@code 0 <= k < size()}
   * @return the instrument
   */
  public Instrument instrument(int k) {
    return instruments[k];
  }

  /**
   * The number of distinct timestamps over all series: the number of steps of a run.
   *
   * @return the count
   */
  public int timestampCount() {
    return timestamps;
  }

  /**
   * A new cursor before the first timestamp.
   *
   * @return the cursor
   */
  public Cursor cursor() {
    return new Cursor(series);
  }

  @Override
  public String toString() {
    return "BarFeed" + Arrays.toString(instruments) + ", " + timestamps + " timestamps";
  }

  /**
   * Walks the merged timeline. Not thread-safe; allocates nothing per step.
   */
  public static final class Cursor {

    private final BarSeries[] series;
    private final int[] next;
    private final int[] index;
    private final boolean[] has;
    private long time = Long.MIN_VALUE;

    private Cursor(BarSeries[] series) {
      this.series = series;
      this.next = new int[series.length];
      this.index = new int[series.length];
      this.has = new boolean[series.length];
      Arrays.fill(index, -1);
    }

    /**
     * Moves to the next timestamp.
     *
     * @return false when every series is exhausted
     */
    public boolean advance() {
      long t = Long.MAX_VALUE;
      boolean any = false;
      for (int k = 0; k < series.length; k++) {
        if (next[k] < series[k].size()) {
          long tk = series[k].epochMillis(next[k]);
          if (tk < t) {
            t = tk;
          }
          any = true;
        }
      }
      if (!any) {
        Arrays.fill(has, false);
        return false;
      }
      for (int k = 0; k < series.length; k++) {
        boolean h = next[k] < series[k].size() && series[k].epochMillis(next[k]) == t;
        has[k] = h;
        if (h) {
          index[k] = next[k]++;
        }
      }
      time = t;
      return true;
    }

    /**
     * The current timestamp in epoch milliseconds.
     *
     * @return the time, {@code Long.MIN_VALUE} before the first {@link #advance()}
     */
    public long epochMillis() {
      return time;
    }

    /**
     * Whether instrument {@code k} has a bar stamped with the current time.
     *
     * @param k the instrument's position
     * @return true if it has
     */
    public boolean hasBar(int k) {
      return has[k];
    }

    /**
     * The index of instrument {@code k}'s latest bar at or before the current time.
     *
     * @param k the instrument's position
     * @return the bar index in its series, -1 if it has none yet
     */
    public int index(int k) {
      return index[k];
    }
  }

  /** Collects instruments and their series. Not thread-safe. */
  public static final class Builder {

    private final List<Instrument> instruments = new ArrayList<>();
    private final List<BarSeries> series = new ArrayList<>();
    private final Set<String> symbols = new HashSet<>();

    private Builder() {
    }

    /**
     * Adds a stock named by the series' symbol.
     *
     * @param bars the series, not empty
     * @return this builder
     * @throws IllegalArgumentException if the series is null or empty, or its symbol is blank or taken
     */
    public Builder add(BarSeries bars) {
      Args.notNull(bars, "series");
      return add(Instrument.stock(bars.symbol()), bars);
    }

    /**
     * Adds an instrument with its bars.
     *
     * @param instrument the instrument; its symbol names it in the run
     * @param bars the series, not empty
     * @return this builder
     * @throws IllegalArgumentException if an argument is null, the series is empty or the symbol is taken
     */
    public Builder add(Instrument instrument, BarSeries bars) {
      Args.notNull(instrument, "instrument");
      Args.notNull(bars, "series");
      if (bars.isEmpty()) {
        throw new IllegalArgumentException("series of " + instrument.symbol() + " must not be empty");
      }
      if (!symbols.add(instrument.symbol())) {
        throw new IllegalArgumentException("symbol " + instrument.symbol() + " was added twice");
      }
      instruments.add(instrument);
      series.add(bars);
      return this;
    }

    /**
     * Builds the feed.
     *
     * @return the feed
     * @throws IllegalArgumentException if no series was added
     */
    public BarFeed build() {
      if (instruments.isEmpty()) {
        throw new IllegalArgumentException("a feed needs at least one series");
      }
      return new BarFeed(instruments, series);
    }
  }
}
