package io.quantor.options.chain;

import io.quantor.core.internal.Args;
import io.quantor.options.pricing.Greeks;
import java.time.Instant;
import java.util.Locale;

/**
 * A market quote of one option contract at one time: bid, ask, last trade, volume, open interest and,
 * when known, the implied volatility and Greeks.
 *
 * <p>Prices are per unit of the underlying (the screen price; multiply by the contract multiplier for the
 * cash amount). {@link #mid()} is {@code (bid + ask) / 2}.
 *
 * <h2>Missing values</h2>
 * Some fields are often absent in market data and have a written "not known" value: {@code last} is
 * {@code NaN} when the contract has not traded, {@code impliedVol} is {@code NaN} and {@code greeks} is
 * {@code null} when the source gives none ({@link #hasImpliedVol()}, {@link #hasGreeks()}).
 * {@link OptionChain#of} fills them in from the mid price under Black-Scholes-Merton.
 *
 * @param contract the contract quoted
 * @param bid the best bid, finite and {@code >= 0} (0 when there is no bid)
 * @param ask the best ask, finite and {@code >= bid}
 * @param last the last trade price, finite and {@code >= 0}, or {@code NaN} when unknown
 * @param volume contracts traded in the session, {@code >= 0}
 * @param openInterest open contracts, {@code >= 0}
 * @param impliedVol the implied volatility as a fraction, finite and {@code >= 0}, or {@code NaN} when
 *     unknown
 * @param greeks the per-unit Greeks (as {@link io.quantor.options.pricing.BlackScholes#greeks} returns them),
 *     or {@code null} when unknown
 * @param timestamp when the quote was taken
 */
public record OptionQuote(
    OptionContract contract, double bid, double ask, double last, long volume, long openInterest,
    double impliedVol, Greeks greeks, Instant timestamp) {

  /**
   * Validates the quote.
   *
   * @param contract the contract
   * @param bid the bid
   * @param ask the ask
   * @param last the last trade price or NaN
   * @param volume the volume
   * @param openInterest the open interest
   * @param impliedVol the implied volatility or NaN
   * @param greeks the Greeks or null
   * @param timestamp the quote time
   * @throws IllegalArgumentException if a required reference is null or a number out of range
   */
  public OptionQuote {
    Args.notNull(contract, "contract");
    Args.finite(Args.atLeast(bid, 0, "bid"), "bid");
    Args.finite(ask, "ask");
    if (!(ask >= bid)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "ask must be >= bid (%s), was %s", Double.toString(bid), Double.toString(ask)));
    }
    if (!Double.isNaN(last)) {
      Args.finite(Args.atLeast(last, 0, "last"), "last");
    }
    if (volume < 0) {
      throw new IllegalArgumentException("volume must be >= 0, was " + volume);
    }
    if (openInterest < 0) {
      throw new IllegalArgumentException("openInterest must be >= 0, was " + openInterest);
    }
    if (!Double.isNaN(impliedVol)) {
      Args.finite(Args.atLeast(impliedVol, 0, "impliedVol"), "impliedVol");
    }
    Args.notNull(timestamp, "timestamp");
  }

  /**
   * A quote with bid and ask only: no last trade, no volume, no implied volatility and no Greeks.
   *
   * @param contract the contract
   * @param bid the bid, finite and {@code >= 0}
   * @param ask the ask, finite and {@code >= bid}
   * @param timestamp the quote time
   * @return the quote
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static OptionQuote of(OptionContract contract, double bid, double ask, Instant timestamp) {
    return new OptionQuote(contract, bid, ask, Double.NaN, 0, 0, Double.NaN, null, timestamp);
  }

  /**
   * The mid price {@code (bid + ask) / 2}.
   *
   * @return the mid price, {@code >= 0}
   */
  public double mid() {
    return 0.5 * (bid + ask);
  }

  /**
   * Half the bid/ask spread, {@code (ask - bid) / 2}.
   *
   * @return the half-spread, {@code >= 0}
   */
  public double halfSpread() {
    return 0.5 * (ask - bid);
  }

  /**
   * Whether an implied volatility is known.
   *
   * @return {@code !isNaN(impliedVol())}
   */
  public boolean hasImpliedVol() {
    return !Double.isNaN(impliedVol);
  }

  /**
   * Whether Greeks are known.
   *
   * @return {@code greeks() != null}
   */
  public boolean hasGreeks() {
    return greeks != null;
  }

  /**
   * This quote with the implied volatility and Greeks replaced.
   *
   * @param newImpliedVol the implied volatility, finite and {@code >= 0}, or NaN
   * @param newGreeks the Greeks, or null
   * @return the new quote
   * @throws IllegalArgumentException if the volatility is out of range
   */
  public OptionQuote withAnalytics(double newImpliedVol, Greeks newGreeks) {
    return new OptionQuote(contract, bid, ask, last, volume, openInterest, newImpliedVol, newGreeks,
        timestamp);
  }
}
