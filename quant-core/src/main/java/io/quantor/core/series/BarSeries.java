package io.quantor.core.series;

import io.quantor.core.internal.Args;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

/**
 * An immutable, columnar series of OHLCV bars with strictly increasing timestamps.
 *
 * <p>Each field is one primitive array, so indicators read them without boxing: prices in {@code double[]};
 * timestamps (epoch milliseconds) as 32-bit steps from the first bar in whole minutes, seconds or
 * milliseconds where they fit (always for daily and intraday bars on whole seconds), else {@code long[]};
 * volumes as 32-bit whole numbers where every volume is one (share and contract counts), else
 * {@code double[]}. Both decode exactly. A million bars take 40 MB (44 MB with fractional volumes, 48 MB
 * at most). {@link #slice(int, int)} shares the arrays: it copies nothing. The column accessors
 * ({@link #closes()}, ...) return copies, so no caller can change a series.
 *
 * <pre>{@code
 * BarSeries.Builder b = BarSeries.builder("SPY");
 * b.add(Instant.parse("2024-01-02T21:00:00Z"), 472.16, 473.67, 470.49, 472.65, 123_623_700);
 * BarSeries s = b.build();
 * double[] sma = Indicators.sma(s.closes(), 20);
 * }</pre>
 */
public final class BarSeries {

  private final String symbol;
  private final TimeColumn time;
  private final double[] open;
  private final double[] high;
  private final double[] low;
  private final double[] close;
  private final VolumeColumn volume;
  private final int offset;
  private final int size;

  private BarSeries(String symbol, TimeColumn time, double[] open, double[] high, double[] low,
      double[] close, VolumeColumn volume, int offset, int size) {
    this.symbol = symbol;
    this.time = time;
    this.open = open;
    this.high = high;
    this.low = low;
    this.close = close;
    this.volume = volume;
    this.offset = offset;
    this.size = size;
  }

  /**
   * Starts a builder.
   *
   * @param symbol the instrument's symbol (any non-null label)
   * @return a new builder
   */
  public static Builder builder(String symbol) {
    return new Builder(symbol, 256);
  }

  /**
   * Starts a builder sized for {@code expectedBars} bars, so that building needs no re-allocation.
   *
   * @param symbol the instrument's symbol
   * @param expectedBars the expected number of bars, {@code >= 0}
   * @return a new builder
   */
  public static Builder builder(String symbol, int expectedBars) {
    return new Builder(symbol, Args.atLeast(expectedBars, 0, "expectedBars"));
  }

  /**
   * A series from columns, validated like the builder validates (the arrays are copied).
   *
   * @param symbol the symbol
   * @param epochMillis the timestamps, strictly increasing
   * @param open the opens
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param volume the volumes
   * @return the series
   * @throws IllegalArgumentException if lengths differ or a bar or timestamp is invalid (naming the index)
   */
  public static BarSeries of(String symbol, long[] epochMillis, double[] open, double[] high,
      double[] low, double[] close, double[] volume) {
    Args.notNull(epochMillis, "epochMillis");
    int n = Args.sameLength("open, high, low, close, volume", open, high, low, close, volume);
    if (epochMillis.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "epochMillis must have the length of open (%d), was %d", n, epochMillis.length));
    }
    Builder b = new Builder(symbol, n);
    for (int i = 0; i < n; i++) {
      b.add(epochMillis[i], open[i], high[i], low[i], close[i], volume[i]);
    }
    return b.build();
  }

  /**
   * The instrument's symbol.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The number of bars.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Whether the series has no bar.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Timestamp of bar {@code i} in epoch milliseconds.
   *
   * @param i the bar index, {@code 0 <= i < size()}
   * @return the timestamp
   */
  public long epochMillis(int i) {
    return time.at(index(i));
  }

  /**
   * Timestamp of bar {@code i}.
   *
   * @param i the bar index
   * @return the timestamp
   */
  public Instant time(int i) {
    return Instant.ofEpochMilli(time.at(index(i)));
  }

  /**
   * Open of bar {@code i}.
   *
   * @param i the bar index
   * @return the open
   */
  public double open(int i) {
    return open[index(i)];
  }

  /**
   * High of bar {@code i}.
   *
   * @param i the bar index
   * @return the high
   */
  public double high(int i) {
    return high[index(i)];
  }

  /**
   * Low of bar {@code i}.
   *
   * @param i the bar index
   * @return the low
   */
  public double low(int i) {
    return low[index(i)];
  }

  /**
   * Close of bar {@code i}.
   *
   * @param i the bar index
   * @return the close
   */
  public double close(int i) {
    return close[index(i)];
  }

  /**
   * Volume of bar {@code i}.
   *
   * @param i the bar index
   * @return the volume
   */
  public double volume(int i) {
    return volume.at(index(i));
  }

  /**
   * Bar {@code i} as a value (allocates; hot paths use the field accessors).
   *
   * @param i the bar index
   * @return the bar
   */
  public Bar bar(int i) {
    int j = index(i);
    return new Bar(Instant.ofEpochMilli(time.at(j)), open[j], high[j], low[j], close[j], volume.at(j));
  }

  /**
   * The first bar's timestamp.
   *
   * @return the first timestamp
   * @throws IllegalStateException if the series is empty
   */
  public Instant firstTime() {
    requireNonEmpty();
    return time(0);
  }

  /**
   * The last bar's timestamp.
   *
   * @return the last timestamp
   * @throws IllegalStateException if the series is empty
   */
  public Instant lastTime() {
    requireNonEmpty();
    return time(size - 1);
  }

  /**
   * A view of bars {@code from} (inclusive) to {@code to} (exclusive) that shares this series' arrays.
   *
   * @param from the first bar index, inclusive
   * @param to the end index, exclusive
   * @return the slice
   * @throws IndexOutOfBoundsException if the range is outside {@code [0, size()]} or {@code from > to}
   */
  public BarSeries slice(int from, int to) {
    if (from < 0 || to > size || from > to) {
      throw new IndexOutOfBoundsException(String.format(Locale.ROOT,
          "slice [%d, %d) outside [0, %d)", from, to, size));
    }
    return new BarSeries(symbol, time, open, high, low, close, volume, offset + from, to - from);
  }

  /**
   * The index of the last bar whose timestamp is at or before {@code epochMillis}, by binary search.
   *
   * @param epochMillis the time
   * @return the index, or -1 if every bar is later
   */
  public int indexAtOrBefore(long epochMillis) {
    int lo = 0;
    int hi = size - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (time.at(offset + mid) <= epochMillis) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * The timestamps in epoch milliseconds (a copy).
   *
   * @return a new array of {@link #size()} timestamps
   */
  public long[] epochMillis() {
    return time.copy(offset, offset + size);
  }

  /**
   * The opens (a copy).
   *
   * @return a new array of {@link #size()} opens
   */
  public double[] opens() {
    return Arrays.copyOfRange(open, offset, offset + size);
  }

  /**
   * The highs (a copy).
   *
   * @return a new array of {@link #size()} highs
   */
  public double[] highs() {
    return Arrays.copyOfRange(high, offset, offset + size);
  }

  /**
   * The lows (a copy).
   *
   * @return a new array of {@link #size()} lows
   */
  public double[] lows() {
    return Arrays.copyOfRange(low, offset, offset + size);
  }

  /**
   * The closes (a copy).
   *
   * @return a new array of {@link #size()} closes
   */
  public double[] closes() {
    return Arrays.copyOfRange(close, offset, offset + size);
  }

  /**
   * The volumes (a copy).
   *
   * @return a new array of {@link #size()} volumes
   */
  public double[] volumes() {
    return volume.copy(offset, offset + size);
  }

  /**
   * This series resampled to {@code timeFrame} with trading days the local dates in {@code zone}: a
   * shortcut for {@code Resampler.of(timeFrame, zone).resample(this).series()} (see {@link Resampler} for
   * bucket alignment and labels). The last bar is kept even if its bucket may still be forming; use
   * {@link Resampler} and {@link Resampled#dropIncompleteLast()} to drop it.
   *
   * @param timeFrame the target time frame
   * @param zone the exchange time zone
   * @return the resampled series
   */
  public BarSeries resample(TimeFrame timeFrame, ZoneId zone) {
    return Resampler.of(timeFrame, zone).resample(this).series();
  }

  @Override
  public String toString() {
    if (size == 0) {
      return "BarSeries[" + symbol + ", empty]";
    }
    return "BarSeries[" + symbol + ", " + size + " bars, " + firstTime() + " .. " + lastTime() + "]";
  }

  private int index(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("bar index " + i + " outside [0, " + size + ")");
    }
    return offset + i;
  }

  private void requireNonEmpty() {
    if (size == 0) {
      throw new IllegalStateException("series " + symbol + " is empty");
    }
  }

  /**
   * Appends validated bars and builds an immutable {@link BarSeries}. Not thread-safe.
   */
  public static final class Builder {

    private final String symbol;
    private long[] time;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private int size;

    private Builder(String symbol, int capacity) {
      this.symbol = Args.notNull(symbol, "symbol");
      allocate(Math.max(capacity, 1));
    }

    /**
     * Appends a bar.
     *
     * @param bar the bar; its timestamp must be later than the last one appended
     * @return this builder
     * @throws IllegalArgumentException if the timestamp is not strictly increasing
     */
    public Builder add(Bar bar) {
      Args.notNull(bar, "bar");
      return add(bar.timestamp().toEpochMilli(), bar.open(), bar.high(), bar.low(), bar.close(),
          bar.volume());
    }

    /**
     * Appends a bar.
     *
     * @param timestamp the bar's time, later than the last one appended
     * @param open the open
     * @param high the high
     * @param low the low
     * @param close the close
     * @param volume the volume
     * @return this builder
     * @throws IllegalArgumentException if a field breaks a {@link Bar} invariant or the time is not later
     */
    public Builder add(Instant timestamp, double open, double high, double low, double close,
        double volume) {
      Args.notNull(timestamp, "timestamp");
      return add(timestamp.toEpochMilli(), open, high, low, close, volume);
    }

    /**
     * Appends a bar.
     *
     * @param epochMillis the bar's time in epoch milliseconds, later than the last one appended
     * @param open the open
     * @param high the high
     * @param low the low
     * @param close the close
     * @param volume the volume
     * @return this builder
     * @throws IllegalArgumentException if a field breaks a {@link Bar} invariant or the time is not later
     */
    public Builder add(long epochMillis, double open, double high, double low, double close,
        double volume) {
      String problem = Bar.problem(open, high, low, close, volume);
      if (problem != null) {
        throw new IllegalArgumentException("bar " + size + " at " + Instant.ofEpochMilli(epochMillis)
            + ": " + problem);
      }
      if (size > 0 && epochMillis <= time[size - 1]) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "bar %d: timestamps must be strictly increasing, was %s after %s", size,
            Instant.ofEpochMilli(epochMillis), Instant.ofEpochMilli(time[size - 1])));
      }
      if (size == time.length) {
        grow();
      }
      this.time[size] = epochMillis;
      this.open[size] = open;
      this.high[size] = high;
      this.low[size] = low;
      this.close[size] = close;
      this.volume[size] = volume;
      size++;
      return this;
    }

    /**
     * The number of bars appended so far.
     *
     * @return the size
     */
    public int size() {
      return size;
    }

    /**
     * The timestamp of the last bar appended, in epoch milliseconds.
     *
     * @return the last timestamp, or {@code Long.MIN_VALUE} if none
     */
    public long lastEpochMillis() {
      return size == 0 ? Long.MIN_VALUE : time[size - 1];
    }

    /**
     * Builds the series. The builder may be used again afterwards; the series does not change.
     *
     * @return the series
     */
    public BarSeries build() {
      return new BarSeries(symbol, TimeColumn.of(time, size), Arrays.copyOf(open, size),
          Arrays.copyOf(high, size), Arrays.copyOf(low, size), Arrays.copyOf(close, size),
          VolumeColumn.of(volume, size), 0, size);
    }

    private void allocate(int capacity) {
      time = new long[capacity];
      open = new double[capacity];
      high = new double[capacity];
      low = new double[capacity];
      close = new double[capacity];
      volume = new double[capacity];
    }

    private void grow() {
      int capacity = time.length + (time.length >> 1) + 1;
      time = Arrays.copyOf(time, capacity);
      open = Arrays.copyOf(open, capacity);
      high = Arrays.copyOf(high, capacity);
      low = Arrays.copyOf(low, capacity);
      close = Arrays.copyOf(close, capacity);
      volume = Arrays.copyOf(volume, capacity);
    }
  }
}
