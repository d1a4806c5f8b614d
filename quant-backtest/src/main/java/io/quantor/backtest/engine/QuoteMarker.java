package io.quantor.backtest.engine;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.Instrument;
import io.quantor.options.chain.OptionQuote;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Marks instruments to quotes: the mid price {@code (bid + ask) / 2} of the latest quote at or before the
 * current time, never a later one; {@code NaN} (keep the previous mark) before the first quote or when the
 * latest is older than the maximum age. Immutable and thread-safe.
 *
 * <pre>{@code
 * OptionMarker quotes = QuoteMarker.builder()
 *     .quote("SPY240621C450", Instant.parse("2024-06-03T20:00:00Z"), 12.10, 12.30)
 *     .quote("SPY240621C450", Instant.parse("2024-06-04T20:00:00Z"), 11.80, 12.00)
 *     .maxAge(Duration.ofDays(3))
 *     .build();
 * }</pre>
 */
public final class QuoteMarker implements OptionMarker {

  private final Map<String, Quotes> quotes;
  private final long maxAgeMillis;

  private QuoteMarker(Builder b) {
    Map<String, Quotes> m = new LinkedHashMap<>();
    b.quotes.forEach((k, v) -> m.put(k, v.trimmed()));
    this.quotes = m;
    this.maxAgeMillis = b.maxAgeMillis;
  }

  /**
   * Starts a builder with no quotes and no maximum age.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public double mark(Instrument option, long epochMillis, double underlyingPrice) {
    Quotes q = quotes.get(option.symbol());
    if (q == null) {
      return Double.NaN;
    }
    int i = q.indexAtOrBefore(epochMillis);
    if (i < 0 || epochMillis - q.times[i] > maxAgeMillis) {
      return Double.NaN;
    }
    return q.mids[i];
  }

  /**
   * The symbols quoted.
   *
   * @return the symbols, in the order first quoted
   */
  public List<String> symbols() {
    return List.copyOf(quotes.keySet());
  }

  @Override
  public String toString() {
    return "QuoteMarker" + quotes.keySet();
  }

  /** One symbol's quotes: strictly increasing times and their mids. */
  private static final class Quotes {

    long[] times = new long[16];
    double[] mids = new double[16];
    int size;

    void add(long t, double mid) {
      if (size == times.length) {
        times = Arrays.copyOf(times, size * 2);
        mids = Arrays.copyOf(mids, size * 2);
      }
      times[size] = t;
      mids[size] = mid;
      size++;
    }

    Quotes trimmed() {
      Quotes q = new Quotes();
      q.times = Arrays.copyOf(times, size);
      q.mids = Arrays.copyOf(mids, size);
      q.size = size;
      return q;
    }

    int indexAtOrBefore(long t) {
      int i = Arrays.binarySearch(times, 0, size, t);
      return i >= 0 ? i : -i - 2;
    }
  }

  /** Collects quotes; each symbol's quotes must come in strictly increasing time. Not thread-safe. */
  public static final class Builder {

    private final Map<String, Quotes> quotes = new LinkedHashMap<>();
    private long maxAgeMillis = Long.MAX_VALUE;

    private Builder() {
    }

    /**
     * Adds a quote.
     *
     * @param symbol the instrument's symbol
     * @param time when the quote was taken, later than the symbol's previous quote
     * @param bid the bid, finite and {@code >= 0}
     * @param ask the ask, finite, {@code >= bid} and {@code > 0}
     * @return this builder
     * @throws IllegalArgumentException if an argument is invalid or the time not later
     */
    public Builder quote(String symbol, Instant time, double bid, double ask) {
      DecisionRecord.notBlank(symbol, "symbol");
      Args.notNull(time, "time");
      Args.finite(Args.atLeast(bid, 0.0, "bid"), "bid");
      Args.positive(ask, "ask");
      if (ask < bid) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "ask must be >= bid %s, was %s", bid,
            ask));
      }
      Quotes q = quotes.computeIfAbsent(symbol, k -> new Quotes());
      long t = time.toEpochMilli();
      if (q.size > 0 && t <= q.times[q.size - 1]) {
        throw new IllegalArgumentException("quotes of " + symbol + " must have increasing times, was "
            + time + " after " + Instant.ofEpochMilli(q.times[q.size - 1]));
      }
      q.add(t, 0.5 * (bid + ask));
      return this;
    }

    /**
     * Adds an option chain's quotes of one contract.
     *
     * @param symbol the option instrument's symbol
     * @param contractQuotes the contract's quotes, in increasing time
     * @return this builder
     * @throws IllegalArgumentException if a quote is invalid or out of order
     */
    public Builder quotes(String symbol, List<OptionQuote> contractQuotes) {
      for (OptionQuote q : Args.notNull(contractQuotes, "quotes")) {
        quote(symbol, q.timestamp(), q.bid(), q.ask());
      }
      return this;
    }

    /**
     * The age beyond which a quote is stale and gives no mark (default: none).
     *
     * @param maxAge the maximum age, not negative
     * @return this builder
     * @throws IllegalArgumentException if null or negative
     */
    public Builder maxAge(Duration maxAge) {
      Args.notNull(maxAge, "maxAge");
      if (maxAge.isNegative()) {
        throw new IllegalArgumentException("maxAge must not be negative, was " + maxAge);
      }
      this.maxAgeMillis = maxAge.toMillis();
      return this;
    }

    /**
     * Builds the marker.
     *
     * @return the marker
     * @throws IllegalArgumentException if no quote was added
     */
    public QuoteMarker build() {
      if (quotes.isEmpty()) {
        throw new IllegalArgumentException("at least one quote must be added");
      }
      return new QuoteMarker(this);
    }
  }
}
