package io.quantor.backtest.engine;

import io.quantor.core.trade.Instrument;

/**
 * Prices an instrument that has no bars of its own, typically an option, at each timestamp of a run: from
 * quotes ({@link QuoteMarker}) or from a model and the underlying's price ({@link BlackScholesMarker}).
 * The engine marks the position at this price and fills the instrument's orders against it (see
 * {@link TradingEngine.Builder#options}).
 *
 * <p>A marker sees only the current time and the underlying's current price, never a later one. It
 * returns {@code NaN} when it has no price at that time; the engine then keeps the previous mark and
 * fills nothing.
 *
 * <pre>{@code
 * OptionMarker flat = (option, epochMillis, underlyingPrice) -> 2.50;
 * }</pre>
 */
@FunctionalInterface
public interface OptionMarker {

  /**
   * The instrument's price at a time.
   *
   * @param option the instrument to price (its {@link Instrument#underlying()} names the underlying)
   * @param epochMillis the current time
   * @param underlyingPrice the underlying's latest close, {@code > 0}
   * @return the price per unit (the engine multiplies by the instrument's multiplier), finite and
   *     {@code > 0}, or {@code NaN} if unknown at this time
   */
  double mark(Instrument option, long epochMillis, double underlyingPrice);
}
