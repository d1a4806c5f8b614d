package io.quantor.core.series;

import io.quantor.core.internal.Args;
import java.time.Instant;
import java.util.Locale;

/**
 * One OHLCV bar, validated on construction.
 *
 * <p>Invariants: every price and the volume are finite; {@code high >= max(open, close)};
 * {@code low <= min(open, close)} (so {@code high >= low}); {@code volume >= 0}. The timestamp is the
 * bar's time as the data source gives it (for daily data, the trading day; for intraday data, by Quantor's
 * convention the bar's close time). Prices may be zero or negative (spreads, some futures).
 *
 * @param timestamp the bar's time
 * @param open the first traded price
 * @param high the highest traded price
 * @param low the lowest traded price
 * @param close the last traded price
 * @param volume the traded quantity, {@code >= 0}
 */
public record Bar(Instant timestamp, double open, double high, double low, double close, double volume) {

  /**
   * Validates the fields.
   *
   * @param timestamp the bar's time
   * @param open the first traded price
   * @param high the highest traded price
   * @param low the lowest traded price
   * @param close the last traded price
   * @param volume the traded quantity
   * @throws IllegalArgumentException if a field breaks an invariant, naming the field and the value
   */
  public Bar {
    Args.notNull(timestamp, "timestamp");
    String problem = problem(open, high, low, close, volume);
    if (problem != null) {
      throw new IllegalArgumentException("bar at " + timestamp + ": " + problem);
    }
  }

  /**
   * Creates a bar.
   *
   * @param timestamp the bar's time
   * @param open the open
   * @param high the high
   * @param low the low
   * @param close the close
   * @param volume the volume
   * @return the bar
   * @throws IllegalArgumentException if a field breaks an invariant
   */
  public static Bar of(Instant timestamp, double open, double high, double low, double close,
      double volume) {
    return new Bar(timestamp, open, high, low, close, volume);
  }

  /**
   * Checks the OHLCV invariants without building anything.
   *
   * @param open the open
   * @param high the high
   * @param low the low
   * @param close the close
   * @param volume the volume
   * @return {@code null} if the fields are valid, else a message naming the first broken invariant
   */
  public static String problem(double open, double high, double low, double close, double volume) {
    if (!Double.isFinite(open)) {
      return "open must be finite, was " + open;
    }
    if (!Double.isFinite(high)) {
      return "high must be finite, was " + high;
    }
    if (!Double.isFinite(low)) {
      return "low must be finite, was " + low;
    }
    if (!Double.isFinite(close)) {
      return "close must be finite, was " + close;
    }
    if (!Double.isFinite(volume)) {
      return "volume must be finite, was " + volume;
    }
    if (high < low) {
      return String.format(Locale.ROOT, "high must be >= low, was high %s < low %s", high, low);
    }
    if (high < open || high < close) {
      return String.format(Locale.ROOT, "high must be >= max(open, close), was high %s, open %s, close %s",
          high, open, close);
    }
    if (low > open || low > close) {
      return String.format(Locale.ROOT, "low must be <= min(open, close), was low %s, open %s, close %s",
          low, open, close);
    }
    if (volume < 0) {
      return "volume must be >= 0, was " + volume;
    }
    return null;
  }

  /**
   * The typical price {@code (high + low + close) / 3}, evaluated left to right as TA-Lib does.
   *
   * @return the typical price
   */
  public double typicalPrice() {
    return (high + low + close) / 3;
  }
}
