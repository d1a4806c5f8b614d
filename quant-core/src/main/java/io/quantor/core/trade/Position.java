package io.quantor.core.trade;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * A holding in one instrument: signed quantity, average cost and realized P&amp;L. Immutable;
 * {@link #apply(Fill)} returns the position after a fill.
 *
 * <p><b>Average cost method.</b> Fills that open or add to the position move the average cost to the
 * quantity-weighted mean of the old cost and the fill price. Fills that reduce it realize
 * {@code closed * (price - averageCost) * multiplier} for a long ({@code (averageCost - price)} for a
 * short) and leave the average cost unchanged. A fill that goes through zero closes the whole position
 * (realizing its P&amp;L) and opens the remainder on the other side at the fill price. A flat position has
 * average cost 0.
 *
 * <p><b>Fees</b> are not part of a position: realized and unrealized P&amp;L are before fees, and the
 * {@link Portfolio} charges fees to cash once. So for a portfolio
 * {@code equity - initialCash = realized + unrealized - fees}.
 *
 * <p><b>Rounding to flat.</b> Quantities are doubles (fractional shares, crypto); a close whose remainder
 * is within {@value #FLAT_TOLERANCE} of the larger of the two quantities (such as {@code 0.1 + 0.2 - 0.3})
 * leaves the position exactly flat rather than holding a dust quantity.
 *
 * <pre>{@code
 * Instrument orcl = Instrument.stock("ORCL");
 * Position p = Position.flat(orcl)
 *     .apply(new Fill("o1", orcl, Side.BUY, 100, 10.0, 0, t))     // long 100 at 10
 *     .apply(new Fill("o2", orcl, Side.BUY, 100, 12.0, 0, t))     // long 200 at 11
 *     .apply(new Fill("o3", orcl, Side.SELL, 300, 13.0, 0, t));   // realized 400, short 100 at 13
 * p.quantity();            // -100
 * p.averageCost();         // 13.0
 * p.realizedPnl();         // 400.0
 * p.unrealizedPnl(12.5);   // 50.0
 * }</pre>
 *
 * @param instrument the instrument
 * @param quantity the signed quantity, finite (positive long, negative short, 0 flat)
 * @param averageCost the average price paid (long) or received (short) per unit, finite and {@code >= 0};
 *     0 exactly when flat
 * @param realizedPnl the P&amp;L realized by reducing fills so far, before fees, finite
 */
public record Position(Instrument instrument, double quantity, double averageCost, double realizedPnl) {

  /** The relative size of a closing remainder treated as exactly flat: {@value}. */
  public static final double FLAT_TOLERANCE = 1e-12;

  /**
   * Validates the position.
   *
   * @param instrument the instrument, not null
   * @param quantity the quantity, finite
   * @param averageCost the average cost, finite and {@code >= 0}, 0 if and only if {@code quantity} is 0
   * @param realizedPnl the realized P&amp;L, finite
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Position {
    Args.notNull(instrument, "instrument");
    Args.finite(quantity, "quantity");
    Args.finite(Args.atLeast(averageCost, 0.0, "averageCost"), "averageCost");
    Args.finite(realizedPnl, "realizedPnl");
    if ((quantity == 0) != (averageCost == 0)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "averageCost must be 0 exactly when quantity is 0, was %s with quantity %s", averageCost,
          quantity));
    }
    // -0.0 would make equal positions unequal under the record's equals.
    quantity += 0.0;
    realizedPnl += 0.0;
  }

  /**
   * A flat position with nothing realized.
   *
   * @param instrument the instrument
   * @return the position
   * @throws IllegalArgumentException if {@code instrument} is null
   */
  public static Position flat(Instrument instrument) {
    return new Position(instrument, 0, 0, 0);
  }

  /**
   * An open position with nothing realized.
   *
   * @param instrument the instrument
   * @param quantity the signed quantity, finite and not 0
   * @param averageCost the average cost, finite and {@code > 0}
   * @return the position
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Position of(Instrument instrument, double quantity, double averageCost) {
    return new Position(instrument, quantity, averageCost, 0);
  }

  /**
   * The position after a fill (see the class description for the average cost method).
   *
   * @param fill a fill of this position's instrument
   * @return the new position
   * @throws IllegalArgumentException if {@code fill} is null or of another instrument
   */
  public Position apply(Fill fill) {
    Args.notNull(fill, "fill");
    if (!fill.instrument().equals(instrument)) {
      throw new IllegalArgumentException("fill instrument must be " + instrument + ", was "
          + fill.instrument());
    }
    double q = quantity;
    double d = fill.signedQuantity();
    double p = fill.price();
    double next = q + d;
    if (Math.abs(next) <= FLAT_TOLERANCE * Math.max(Math.abs(q), Math.abs(d))) {
      next = 0;
    }
    if (q == 0 || (q > 0) == (d > 0)) {
      // Opening or adding: q and d share a sign, so next is not 0 and the mean lies between cost and p.
      return new Position(instrument, next, (q * averageCost + d * p) / next, realizedPnl);
    }
    double closed = Math.min(Math.abs(q), Math.abs(d));
    double realized = realizedPnl + Math.signum(q) * instrument.value(closed, p - averageCost);
    if (next == 0) {
      return new Position(instrument, 0, 0, realized);
    }
    boolean reversed = (next > 0) != (q > 0);
    return new Position(instrument, next, reversed ? p : averageCost, realized);
  }

  /**
   * The symbol of the instrument.
   *
   * @return {@code instrument().symbol()}
   */
  public String symbol() {
    return instrument.symbol();
  }

  /**
   * Whether nothing is held.
   *
   * @return true if the quantity is 0
   */
  public boolean isFlat() {
    return quantity == 0;
  }

  /**
   * Whether the position is long.
   *
   * @return true if the quantity is {@code > 0}
   */
  public boolean isLong() {
    return quantity > 0;
  }

  /**
   * Whether the position is short.
   *
   * @return true if the quantity is {@code < 0}
   */
  public boolean isShort() {
    return quantity < 0;
  }

  /**
   * The signed money value at a price: {@code quantity * price * multiplier} (negative for a short).
   *
   * @param price the mark price
   * @return the market value
   */
  public double marketValue(double price) {
    return instrument.value(quantity, price);
  }

  /**
   * The signed money paid (long) or received (short, negative) for the open quantity:
   * {@code quantity * averageCost * multiplier}.
   *
   * @return the cost basis
   */
  public double costBasis() {
    return instrument.value(quantity, averageCost);
  }

  /**
   * The P&amp;L of the open quantity at a price, before fees:
   * {@code quantity * (price - averageCost) * multiplier}.
   *
   * @param price the mark price
   * @return the unrealized P&amp;L, 0 when flat
   */
  public double unrealizedPnl(double price) {
    return instrument.value(quantity, price - averageCost);
  }
}
