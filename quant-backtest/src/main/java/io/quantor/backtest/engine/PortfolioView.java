package io.quantor.backtest.engine;

import io.quantor.core.trade.PortfolioSnapshot;
import io.quantor.core.trade.Position;

/**
 * A read-only view of the account a strategy trades, as the engine has booked it up to the current bar:
 * fills applied, positions marked at the latest closes (or option marks). Nothing here changes the
 * account.
 *
 * <pre>{@code
 * PortfolioView book = ctx.portfolio();
 * double exposure = book.quantity("SPY") * ctx.close("SPY") / book.equity();
 * }</pre>
 */
public interface PortfolioView {

  /**
   * The cash the run started with.
   *
   * @return the initial cash
   */
  double initialCash();

  /**
   * The cash now (negative when borrowing).
   *
   * @return the cash
   */
  double cash();

  /**
   * Cash plus the market value of the positions at their marks.
   *
   * @return the equity
   */
  double equity();

  /**
   * The signed market value of all positions at their marks.
   *
   * @return the market value
   */
  double marketValue();

  /**
   * The signed quantity held.
   *
   * @param symbol the symbol
   * @return the quantity, 0 if none
   * @throws IllegalArgumentException if the run has no such instrument
   */
  double quantity(String symbol);

  /**
   * The position in an instrument, with its average cost and realized P&amp;L.
   *
   * @param symbol the symbol
   * @return the position, flat if never traded
   * @throws IllegalArgumentException if the run has no such instrument
   */
  Position position(String symbol);

  /**
   * The total fees paid so far.
   *
   * @return the fees
   */
  double fees();

  /**
   * An immutable snapshot for risk gates and journals: the booked cash, positions and fees with the
   * current marks; its high-water mark and maximum drawdown are those of the bar-close equity curve.
   *
   * @return the snapshot (allocates)
   */
  PortfolioSnapshot snapshot();
}
