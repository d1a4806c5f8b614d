package io.quantor.broker.sim;

import io.quantor.core.internal.Args;
import java.time.Instant;
import java.util.Locale;

/**
 * A top-of-book quote: the best bid and ask with their displayed sizes. Immutable and validated on
 * construction.
 *
 * <p>Sizes are in units of the instrument (shares, contracts). A size of zero is allowed: many feeds
 * leave sizes out, and an {@link ExecutionSimulator} without a participation cap ignores them.
 *
 * <pre>{@code
 * Quote q = Quote.of(Instant.parse("2024-06-03T14:00:00Z"), 125.30, 125.34, 300, 500);
 * q.mid();      // 125.32
 * q.spread();   // 0.04
 * }</pre>
 *
 * @param time when the quote was observed
 * @param bid the best bid, finite, {@code > 0} and {@code <= ask}
 * @param ask the best ask, finite and {@code > 0}
 * @param bidSize the size bid, finite and {@code >= 0}
 * @param askSize the size offered, finite and {@code >= 0}
 */
public record Quote(Instant time, double bid, double ask, double bidSize, double askSize) {

  /**
   * Validates the quote.
   *
   * @param time the time, not null
   * @param bid the bid, finite, {@code > 0} and {@code <= ask}
   * @param ask the ask, finite and {@code > 0}
   * @param bidSize the bid size, finite and {@code >= 0} (not NaN)
   * @param askSize the ask size, finite and {@code >= 0} (not NaN)
   * @throws IllegalArgumentException if an argument is invalid, naming it and its value
   */
  public Quote {
    Args.notNull(time, "time");
    Args.positive(bid, "bid");
    Args.positive(ask, "ask");
    if (bid > ask) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "bid must be <= ask, was bid %s > ask %s", bid, ask));
    }
    size(bidSize, "bidSize");
    size(askSize, "askSize");
  }

  private static void size(double value, String name) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
    }
  }

  /**
   * Creates a quote.
   *
   * @param time the time
   * @param bid the bid
   * @param ask the ask
   * @param bidSize the bid size
   * @param askSize the ask size
   * @return the quote
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Quote of(Instant time, double bid, double ask, double bidSize, double askSize) {
    return new Quote(time, bid, ask, bidSize, askSize);
  }

  /**
   * The mid price {@code (bid + ask) / 2}.
   *
   * @return the mid price
   */
  public double mid() {
    return 0.5 * (bid + ask);
  }

  /**
   * The quoted spread {@code ask - bid}.
   *
   * @return the spread, {@code >= 0}
   */
  public double spread() {
    return ask - bid;
  }
}
