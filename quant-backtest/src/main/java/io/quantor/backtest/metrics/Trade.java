package io.quantor.backtest.metrics;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A round trip: a position opened in one instrument and closed, with its P&amp;L. This is what a backtest
 * produces for {@link TradeStatistics}. Prices are the (quantity-weighted average) entry and exit
 * prices; a trade scaled in or out in several fills is one trade with average prices.
 *
 * <p><b>Money</b> (project conventions: fees counted once, money is {@code quantity * price *
 * multiplier}). {@link #of} computes {@code grossPnl = sign * quantity * (exitPrice - entryPrice) *
 * multiplier} with {@code sign = +1} for a long (entry {@link Side#BUY}) and {@code -1} for a short
 * (entry {@link Side#SELL}), {@code netPnl = grossPnl - fees} and {@code netReturn = netPnl /
 * entryNotional}. The constructor checks {@code netPnl = grossPnl - fees} to 1e-9 relative and accepts
 * any finite gross P&amp;L and return, so an engine may include financing or use another return base.
 *
 * <pre>{@code
 * Trade t = Trade.of(Instrument.stock("ORCL"), Side.BUY, 100,
 *     Instant.parse("2024-06-03T14:30:00Z"), Instant.parse("2024-06-07T20:00:00Z"),
 *     125.0, 130.0, 4, 2.0);
 * t.grossPnl();    // 500.0
 * t.netPnl();      // 498.0
 * t.netReturn();   // 498 / 12500 = 0.03984
 * }</pre>
 *
 * @param instrument the instrument traded
 * @param side the side of the entry: {@link Side#BUY} for a long trade, {@link Side#SELL} for a short
 * @param quantity the unsigned quantity, finite and {@code > 0}
 * @param entryTime when the position was opened
 * @param exitTime when it was closed, not before {@code entryTime}
 * @param entryPrice the average entry price, finite and {@code > 0}
 * @param exitPrice the average exit price, finite and {@code > 0}
 * @param barsHeld the number of bars the position was held, {@code >= 0}
 * @param grossPnl the P&amp;L before fees, finite
 * @param fees the fees of entry and exit, finite (negative for a net rebate)
 * @param netPnl {@code grossPnl - fees}
 * @param netReturn the net return of the trade, finite ({@link #of}: on the entry notional)
 */
public record Trade(Instrument instrument, Side side, double quantity, Instant entryTime,
    Instant exitTime, double entryPrice, double exitPrice, int barsHeld, double grossPnl, double fees,
    double netPnl, double netReturn) {

  /** The relative tolerance of the check {@code netPnl = grossPnl - fees}: {@value}. */
  public static final double PNL_TOLERANCE = 1e-9;

  /**
   * Validates the trade.
   *
   * @param instrument the instrument, not null
   * @param side the entry side, not null
   * @param quantity the quantity, finite and {@code > 0}
   * @param entryTime the entry time, not null
   * @param exitTime the exit time, not null, not before {@code entryTime}
   * @param entryPrice the entry price, finite and {@code > 0}
   * @param exitPrice the exit price, finite and {@code > 0}
   * @param barsHeld the bars held, {@code >= 0}
   * @param grossPnl the gross P&amp;L, finite
   * @param fees the fees, finite
   * @param netPnl the net P&amp;L, finite, {@code grossPnl - fees} to {@value #PNL_TOLERANCE} relative
   * @param netReturn the net return, finite
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Trade {
    notNull(instrument, "instrument");
    notNull(side, "side");
    positive(quantity, "quantity");
    notNull(entryTime, "entryTime");
    notNull(exitTime, "exitTime");
    if (exitTime.isBefore(entryTime)) {
      throw new IllegalArgumentException("exitTime must not be before entryTime " + entryTime + ", was "
          + exitTime);
    }
    positive(entryPrice, "entryPrice");
    positive(exitPrice, "exitPrice");
    if (barsHeld < 0) {
      throw new IllegalArgumentException("barsHeld must be >= 0, was " + barsHeld);
    }
    Args.finite(grossPnl, "grossPnl");
    Args.finite(fees, "fees");
    Args.finite(netPnl, "netPnl");
    Args.finite(netReturn, "netReturn");
    double expected = grossPnl - fees;
    double scale = Math.max(Math.abs(grossPnl), Math.max(Math.abs(fees), Math.abs(netPnl)));
    if (!(Math.abs(netPnl - expected) <= PNL_TOLERANCE * scale)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "netPnl must be grossPnl - fees = %s, was %s", expected, netPnl));
    }
  }

  /**
   * A trade with its P&amp;L computed from prices, quantity and fees.
   *
   * @param instrument the instrument, not null
   * @param side the entry side: {@link Side#BUY} long, {@link Side#SELL} short
   * @param quantity the unsigned quantity, finite and {@code > 0}
   * @param entryTime the entry time
   * @param exitTime the exit time, not before {@code entryTime}
   * @param entryPrice the average entry price, finite and {@code > 0}
   * @param exitPrice the average exit price, finite and {@code > 0}
   * @param barsHeld the bars held, {@code >= 0}
   * @param fees the fees of entry and exit, finite
   * @return the trade
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Trade of(Instrument instrument, Side side, double quantity, Instant entryTime,
      Instant exitTime, double entryPrice, double exitPrice, int barsHeld, double fees) {
    notNull(instrument, "instrument");
    notNull(side, "side");
    positive(quantity, "quantity");
    positive(entryPrice, "entryPrice");
    positive(exitPrice, "exitPrice");
    double gross = side.sign() * instrument.value(quantity, exitPrice - entryPrice);
    double net = gross - fees;
    double entryNotional = instrument.value(quantity, entryPrice);
    return new Trade(instrument, side, quantity, entryTime, exitTime, entryPrice, exitPrice, barsHeld,
        gross, fees, net, net / entryNotional);
  }

  /**
   * The instrument's symbol.
   *
   * @return {@code instrument().symbol()}
   */
  public String symbol() {
    return instrument.symbol();
  }

  /**
   * Whether the trade was long (opened by buying).
   *
   * @return {@code side() == Side.BUY}
   */
  public boolean isLong() {
    return side == Side.BUY;
  }

  /**
   * The time the position was held.
   *
   * @return {@code exitTime - entryTime}, not negative
   */
  public Duration holdingTime() {
    return Duration.between(entryTime, exitTime);
  }

  /**
   * The money value of the entry.
   *
   * @return {@code quantity * entryPrice * multiplier}
   */
  public double entryNotional() {
    return instrument.value(quantity, entryPrice);
  }

  /**
   * The money value of the exit.
   *
   * @return {@code quantity * exitPrice * multiplier}
   */
  public double exitNotional() {
    return instrument.value(quantity, exitPrice);
  }

  private static void notNull(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  private static void positive(double value, String name) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
    }
  }
}
