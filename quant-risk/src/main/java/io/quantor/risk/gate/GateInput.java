package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.PortfolioSnapshot;
import java.util.Locale;

/**
 * Everything one gate sees: the order, the portfolio (with the order's symbol marked at the context's
 * price), the market context and the gate state, plus the quantities limit gates share. Build it with
 * {@link #of}; the pipeline does.
 *
 * <p><b>The post-trade portfolio.</b> Limit gates judge the portfolio as it would be after the order
 * filled in full (or in part, {@code quantity}) at the context's price with no fees:
 * {@link #postTrade(double)}. Filling at the mark moves cash and market value by equal amounts, so equity
 * is unchanged and exposures change linearly in the order size, which the gates solve in closed form.
 *
 * <p><b>Scaling.</b> {@link #limit} turns the largest quantity a limit allows into a check: approve if the
 * order fits, else scale to the largest whole number of lots below the allowance, or reject. A relative
 * slack of {@value #SLACK} absorbs the rounding of the closed forms (an order exactly at a limit passes).
 *
 * @param order the order
 * @param portfolio the portfolio, with the order's symbol marked at {@code market.price()}
 * @param market the market context
 * @param state the gate state
 */
public record GateInput(OrderRequest order, PortfolioSnapshot portfolio, MarketContext market,
    GateState state) {

  /** The relative slack applied to computed allowances: {@value}. */
  public static final double SLACK = 1e-12;

  /**
   * Validates.
   *
   * @param order the order, not null
   * @param portfolio the portfolio, not null; its position in the order's symbol (if any) is in the same
   *     instrument, and the symbol is marked at {@code market.price()}
   * @param market the market context, not null
   * @param state the gate state, not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public GateInput {
    Args.notNull(order, "order");
    Args.notNull(portfolio, "portfolio");
    Args.notNull(market, "market");
    Args.notNull(state, "state");
    String symbol = order.instrument().symbol();
    portfolio.position(symbol).ifPresent(p -> {
      if (!p.instrument().equals(order.instrument())) {
        throw new IllegalArgumentException("portfolio holds " + symbol + " as " + p.instrument()
            + ", the order names " + order.instrument());
      }
    });
    if (portfolio.markPrice(symbol).orElse(Double.NaN) != market.price()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "portfolio must mark %s at the market price %s, was %s", symbol, market.price(),
          portfolio.markPrice(symbol)));
    }
  }

  /**
   * The input for an order, with the portfolio re-marked at the context's price where needed.
   *
   * @param order the order
   * @param portfolio the portfolio
   * @param market the market context
   * @param state the gate state
   * @return the input
   * @throws IllegalArgumentException if an argument is null or the portfolio holds the order's symbol as
   *     another instrument
   */
  public static GateInput of(OrderRequest order, PortfolioSnapshot portfolio, MarketContext market,
      GateState state) {
    Args.notNull(order, "order");
    Args.notNull(portfolio, "portfolio");
    Args.notNull(market, "market");
    String symbol = order.instrument().symbol();
    PortfolioSnapshot marked = portfolio.markPrice(symbol).orElse(Double.NaN) == market.price() ? portfolio
        : portfolio.withMark(symbol, market.price());
    return new GateInput(order, marked, market, state);
  }

  /**
   * The order's symbol.
   *
   * @return the symbol
   */
  public String symbol() {
    return order.instrument().symbol();
  }

  /**
   * The order's direction.
   *
   * @return {@code +1} for a buy, {@code -1} for a sell
   */
  public int direction() {
    return order.side().sign();
  }

  /**
   * The signed quantity held now in the order's symbol.
   *
   * @return the current position
   */
  public double currentQuantity() {
    return portfolio.quantity(symbol());
  }

  /**
   * The money value of one unit at the context's price.
   *
   * @return {@code price * multiplier}
   */
  public double unitValue() {
    return order.instrument().value(1, market.price());
  }

  /**
   * The portfolio's equity (unchanged by a fill at the context's price without fees).
   *
   * @return the equity
   */
  public double equity() {
    return portfolio.equity();
  }

  /**
   * Whether an order of this side and a given size only reduces the current position (does not cross
   * zero).
   *
   * @param quantity the unsigned quantity
   * @return true if it opposes the position and is no larger than it
   */
  public boolean isReducing(double quantity) {
    double q0 = currentQuantity();
    return direction() * q0 < 0 && quantity <= Math.abs(q0) * (1 + SLACK);
  }

  /**
   * The portfolio after a fill of part or all of the order at the context's price, without fees.
   *
   * @param quantity the unsigned quantity filled, {@code > 0}
   * @return the post-trade portfolio
   * @throws IllegalArgumentException if {@code quantity} is not finite and {@code > 0}
   */
  public PortfolioSnapshot postTrade(double quantity) {
    return portfolio.apply(new Fill(order.clientOrderId(), order.instrument(), order.side(), quantity,
        market.price(), 0, market.time()));
  }

  /**
   * Rounds a quantity down to whole lots (with the relative slack).
   *
   * @param quantity the quantity
   * @return the largest multiple of the lot size not above {@code quantity * (1 + SLACK)}, 0 if negative
   */
  public double roundDownToLots(double quantity) {
    double lot = market.lotSize();
    double lots = Math.floor(quantity * (1 + SLACK) / lot);
    return lots > 0 ? lots * lot : 0;
  }

  /**
   * The check of a limit gate that allows at most {@code maxQuantity}: approve if the order fits, else
   * scale (policy {@link BreachPolicy#SCALE}, at least one lot fitting) or reject with {@code reason}.
   *
   * @param gate the gate name
   * @param maxQuantity the largest unsigned quantity the limit allows (may be negative: nothing fits)
   * @param policy what to do with an order that does not fit
   * @param reason the rejection code
   * @param detail the explanation of the limit, to which the outcome is appended
   * @return the check
   */
  public GateCheck limit(String gate, double maxQuantity, BreachPolicy policy, ReasonCode reason,
      String detail) {
    double requested = order.quantity();
    if (maxQuantity >= requested * (1 - SLACK)) {
      return GateCheck.approve(gate, requested, detail);
    }
    double scaled = Math.min(roundDownToLots(maxQuantity), requested);
    String allows = String.format(Locale.ROOT, "; allows %s of %s", Math.max(0, maxQuantity), requested);
    if (policy == BreachPolicy.SCALE && scaled > 0 && scaled < requested) {
      return GateCheck.scale(gate, scaled, detail + allows + ", scaled to " + scaled);
    }
    return GateCheck.reject(gate, reason, detail + allows
        + (policy == BreachPolicy.SCALE ? ", not one lot of " + market.lotSize() : ""));
  }
}
