package io.quantor.risk.greeks;

import io.quantor.core.internal.Args;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The market a portfolio is valued in: one flat risk-free rate and the state ({@link Underlying}: spot,
 * dividend yield, beta) of each underlying by symbol.
 *
 * <p>The rate is continuously compounded and annualized, as a fraction (0.05 = 5 %). Iteration order of
 * {@link #underlyings()} is the order given.
 *
 * @param rate the risk-free rate, finite
 * @param underlyings the underlyings by symbol (key = {@link Underlying#symbol()}); copied, unmodifiable
 */
public record MarketSnapshot(double rate, Map<String, Underlying> underlyings) {

  /**
   * Validates and copies the snapshot.
   *
   * @param rate the risk-free rate, finite
   * @param underlyings the underlyings by symbol, each key equal to its value's symbol
   * @throws IllegalArgumentException if the rate is not finite, the map null, or a key and its value's
   *     symbol differ
   */
  public MarketSnapshot {
    Args.finite(rate, "rate");
    Args.notNull(underlyings, "underlyings");
    Map<String, Underlying> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Underlying> e : underlyings.entrySet()) {
      Underlying u = Args.notNull(e.getValue(), "underlying " + e.getKey());
      if (!u.symbol().equals(e.getKey())) {
        throw new IllegalArgumentException("underlyings key must equal the symbol, was " + e.getKey()
            + " for " + u.symbol());
      }
      copy.put(e.getKey(), u);
    }
    underlyings = Collections.unmodifiableMap(copy);
  }

  /**
   * A snapshot of the given underlyings.
   *
   * @param rate the risk-free rate, finite
   * @param underlyings the underlyings, distinct symbols
   * @return the snapshot
   * @throws IllegalArgumentException if the rate is not finite or a symbol repeats
   */
  public static MarketSnapshot of(double rate, Underlying... underlyings) {
    Args.notNull(underlyings, "underlyings");
    return of(rate, List.of(underlyings));
  }

  /**
   * A snapshot of the given underlyings.
   *
   * @param rate the risk-free rate, finite
   * @param underlyings the underlyings, distinct symbols
   * @return the snapshot
   * @throws IllegalArgumentException if the rate is not finite or a symbol repeats
   */
  public static MarketSnapshot of(double rate, Collection<Underlying> underlyings) {
    Args.notNull(underlyings, "underlyings");
    Map<String, Underlying> map = new LinkedHashMap<>();
    for (Underlying u : underlyings) {
      Args.notNull(u, "underlying");
      if (map.put(u.symbol(), u) != null) {
        throw new IllegalArgumentException("underlyings must have distinct symbols, was " + u.symbol()
            + " twice");
      }
    }
    return new MarketSnapshot(rate, map);
  }

  /**
   * The state of one underlying.
   *
   * @param symbol the symbol
   * @return the underlying
   * @throws IllegalArgumentException if the snapshot has no such underlying
   */
  public Underlying underlying(String symbol) {
    Underlying u = underlyings.get(symbol);
    if (u == null) {
      throw new IllegalArgumentException("symbol must be in the market snapshot, was " + symbol);
    }
    return u;
  }

  /**
   * The same snapshot with another rate.
   *
   * @param newRate the rate, finite
   * @return the new snapshot
   * @throws IllegalArgumentException if {@code newRate} is not finite
   */
  public MarketSnapshot withRate(double newRate) {
    return new MarketSnapshot(newRate, underlyings);
  }
}
