package io.quantor.backtest.engine;

import io.quantor.backtest.metrics.Trade;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs fills into round trips, first in, first out, per symbol: a fill against the open side closes the
 * oldest open lots first, one {@link Trade} per lot it (partly) closes; what it does not close opens a
 * lot on its own side. Fees are shared out per unit: a trade carries its quantity's share of its entry
 * fill's fees and of its exit fill's fees. Bars held are counted in engine bars between the two fills.
 * Lots still open at the end make no trade.
 */
final class RoundTrips {

  /** A remainder this small relative to the fill is rounding, as in {@code Position}'s flat rule. */
  private static final double DUST = 1e-12;

  private RoundTrips() {
  }

  static List<Trade> of(List<Fill> fills, int[] fillBars) {
    Map<String, Deque<Lot>> open = new LinkedHashMap<>();
    List<Trade> trades = new ArrayList<>();
    for (int j = 0; j < fills.size(); j++) {
      Fill f = fills.get(j);
      Deque<Lot> lots = open.computeIfAbsent(f.instrument().symbol(), s -> new ArrayDeque<>());
      double q = f.quantity();
      double feePerUnit = f.fees() / f.quantity();
      while (q > DUST * f.quantity() && !lots.isEmpty() && lots.peekFirst().side != f.side()) {
        Lot lot = lots.peekFirst();
        double m = Math.min(lot.quantity, q);
        trades.add(Trade.of(f.instrument(), lot.side, m, lot.time, f.time(), lot.price, f.price(),
            fillBars[j] - lot.bar, lot.feePerUnit * m + feePerUnit * m));
        lot.quantity -= m;
        q -= m;
        if (lot.quantity <= DUST * m) {
          lots.removeFirst();
        }
      }
      if (q > DUST * f.quantity()) {
        lots.addLast(new Lot(f.side(), q, f.price(), f.time(), fillBars[j], feePerUnit));
      }
    }
    return trades;
  }

  /** An open quantity from one fill. */
  private static final class Lot {

    final Side side;
    double quantity;
    final double price;
    final Instant time;
    final int bar;
    final double feePerUnit;

    Lot(Side side, double quantity, double price, Instant time, int bar, double feePerUnit) {
      this.side = side;
      this.quantity = quantity;
      this.price = price;
      this.time = time;
      this.bar = bar;
      this.feePerUnit = feePerUnit;
    }
  }
}
