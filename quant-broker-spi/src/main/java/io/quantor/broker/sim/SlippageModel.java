package io.quantor.broker.sim;

import io.quantor.core.series.Bar;
import io.quantor.core.trade.Side;

/**
 * How far an execution price moves against the order, as a fraction of the reference price. The
 * {@link ExecutionSimulator} finds the reference price (a bar's open, a stop, a limit, a quote's ask or
 * bid), asks the model for a fraction {@code f >= 0} and fills a buy at {@code price * (1 + f)} and a
 * sell at {@code price * (1 - f)}: slippage never improves a price. A limit order (and a triggered
 * stop-limit) is then clamped at its limit, so slippage never makes it fill worse than the limit.
 *
 * <p><b>Contract.</b> A model is immutable, deterministic and cheap (the backtest calls it once per
 * fill). It returns a finite {@code f >= 0}, and {@code f < 1} for a sell, so that the price stays
 * positive; the simulator throws {@link IllegalStateException} otherwise.
 *
 * <p><b>Bars and quotes.</b> A bar has one price per instant, so the spread a trade crosses must be
 * modelled ({@link #halfSpread(double)}). A quote already carries the spread: the simulator buys at the
 * ask and sells at the bid, so {@code halfSpread} adds nothing to a quote, and neither does
 * {@link #squareRootImpact(double, double)}, which needs a traded volume a quote does not have.
 * {@link #fixedBps(double)} applies to both (a cost beyond the quoted spread: latency, fees built into
 * the price).
 *
 * <pre>{@code
 * SlippageModel flat = SlippageModel.fixedBps(2);                    // 2 bp against every fill
 * SlippageModel spread = SlippageModel.halfSpread(10);               // bars: half of a 10 bp spread
 * SlippageModel impact = SlippageModel.squareRootImpact(1.0, 0.02);  // Y = 1, daily vol 2 %
 * impact.fraction(Side.BUY, 50.0, 10_000, bar);                      // 0.02 * sqrt(10_000 / volume)
 * }</pre>
 */
public interface SlippageModel {

  /**
   * The adverse price move for a fill against a bar.
   *
   * @param side the side of the order
   * @param price the reference price before slippage
   * @param quantity the quantity of this fill, {@code > 0}
   * @param bar the bar the order fills against (its volume, range)
   * @return the fraction {@code f}, finite and {@code >= 0} ({@code < 1} for a sell)
   */
  double fraction(Side side, double price, double quantity, Bar bar);

  /**
   * The adverse price move for a fill against a quote, on top of the quoted spread.
   *
   * @param side the side of the order
   * @param price the reference price before slippage (the ask for a buy, the bid for a sell)
   * @param quantity the quantity of this fill, {@code > 0}
   * @param quote the quote the order fills against
   * @return the fraction {@code f}, finite and {@code >= 0} ({@code < 1} for a sell)
   */
  double fraction(Side side, double price, double quantity, Quote quote);

  /**
   * No slippage: fills at the reference price.
   *
   * @return the model
   */
  static SlippageModel none() {
    return FixedBpsSlippage.NONE;
  }

  /**
   * A fixed cost of {@code bps} basis points of the price against every fill, on bars and on quotes:
   * {@code f = bps / 10_000}.
   *
   * @param bps the slippage in basis points, {@code 0 <= bps < 10_000}
   * @return the model
   * @throws IllegalArgumentException if {@code bps} is outside {@code [0, 10_000)} or NaN
   */
  static SlippageModel fixedBps(double bps) {
    return new FixedBpsSlippage(bps);
  }

  /**
   * Half of an assumed bid-ask spread on bar fills: {@code f = spreadBps / 2 / 10_000}, since a trade at
   * a bar's price (taken as the mid) pays half the spread to cross it. On quotes it adds nothing (the
   * simulator already fills at the ask or the bid).
   *
   * @param spreadBps the full spread in basis points of the price, {@code 0 <= spreadBps < 20_000}
   * @return the model
   * @throws IllegalArgumentException if {@code spreadBps} is outside {@code [0, 20_000)} or NaN
   */
  static SlippageModel halfSpread(double spreadBps) {
    return new HalfSpreadSlippage(spreadBps);
  }

  /**
   * Market impact by the square-root law: trading {@code Q} units when the market trades {@code V}
   * moves the price by
   * <pre>    f = Y * sigma * sqrt(Q / V)</pre>
   * where {@code sigma} is the daily volatility of returns and {@code Y} a coefficient of order one.
   * Here {@code Q} is the quantity of the fill and {@code V} the volume of the bar it fills against.
   *
   * <p>The concave, square-root dependence of impact on size is among the best documented regularities
   * of market microstructure: Almgren, Thum, Hauptmann and Li, "Direct estimation of equity market
   * impact", Risk 18(7), 2005, 58-62, fit a power law in the participation rate with exponent near 0.6
   * to Citigroup's US equity executions; Toth, Lemperiere, Deremble, de Lataillade, Kockelkoren and
   * Bouchaud, "Anomalous price impact and the critical nature of liquidity in financial markets",
   * Phys. Rev. X 1, 021006 (2011), find exponent 1/2 with {@code Y} of order one across futures markets
   * (see also Bouchaud, Bonart, Donier and Gould, <i>Trades, Quotes and Prices</i>, CUP 2018, ch. 12).
   *
   * <p>The law is stated for a daily volatility and a day's volume. With daily bars that is what the
   * model sees; with intraday bars the bar's volume stands in for {@code V}, so pass a volatility for
   * the bar's horizon (for example {@code sigmaDaily * sqrt(barMinutes / sessionMinutes)}) or a smaller
   * coefficient. A bar with zero volume (volume unknown, common in index and FX data) is charged as if
   * the order were the whole volume: {@code f = Y * sigma}. On quotes the model adds nothing: a quote
   * carries no traded volume, and its ask or bid already prices the displayed liquidity.
   *
   * @param coefficient the coefficient {@code Y}, finite and {@code > 0}
   * @param dailyVolatility the daily volatility {@code sigma} as a fraction (0.02 = 2 % a day), finite
   *     and {@code > 0}
   * @return the model
   * @throws IllegalArgumentException if an argument is not finite and positive
   */
  static SlippageModel squareRootImpact(double coefficient, double dailyVolatility) {
    return new SquareRootImpact(coefficient, dailyVolatility);
  }
}
