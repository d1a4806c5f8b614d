package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.backtest.metrics.Trade;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripsTest {

  private static final Instrument X = Instrument.stock("X");
  private static final Instrument Y = Instrument.stock("Y");

  private static Fill fill(String id, Instrument i, Side side, double q, double price, double fees, int day) {
    return new Fill(id, i, side, q, price, fees, Instant.EPOCH.plusSeconds(86_400L * day));
  }

  /**
   * Buy 100 at 10 (fee 1), buy 50 at 12 (fee 0.5), sell 120 at 13 (fee 1.2), sell 80 at 11 (fee 0.8): the
   * first sale closes the 100 of day 0, then 20 of day 1; the second closes the last 30 of day 1 and
   * opens a short of 50 at 11, which stays open.
   */
  @Test
  void pairsFirstInFirstOutWithFeesSharedPerUnit() {
    List<Fill> fills = List.of(
        fill("a", X, Side.BUY, 100, 10, 1.0, 0),
        fill("b", X, Side.BUY, 50, 12, 0.5, 1),
        fill("c", X, Side.SELL, 120, 13, 1.2, 3),
        fill("d", X, Side.SELL, 80, 11, 0.8, 6));
    List<Trade> trades = RoundTrips.of(fills, new int[] {0, 1, 3, 6});
    assertEquals(3, trades.size());
    Trade t0 = trades.get(0);
    assertEquals(Side.BUY, t0.side());
    assertEquals(100, t0.quantity());
    assertEquals(10, t0.entryPrice());
    assertEquals(13, t0.exitPrice());
    assertEquals(3, t0.barsHeld());
    assertEquals(300, t0.grossPnl(), 1e-12);
    assertEquals(1.0 + 1.0, t0.fees(), 1e-12);
    Trade t1 = trades.get(1);
    assertEquals(20, t1.quantity());
    assertEquals(12, t1.entryPrice());
    assertEquals(2, t1.barsHeld());
    assertEquals(20 * 0.01 + 20 * 0.01, t1.fees(), 1e-12);
    Trade t2 = trades.get(2);
    assertEquals(30, t2.quantity());
    assertEquals(11, t2.exitPrice());
    assertEquals(5, t2.barsHeld());
    assertEquals(-30, t2.grossPnl(), 1e-12);
    assertEquals(30 * 0.01 + 30 * 0.01, t2.fees(), 1e-12);
  }

  @Test
  void shortsAndSymbolsArePairedApart() {
    List<Fill> fills = List.of(
        fill("a", X, Side.SELL, 10, 20, 0, 0),
        fill("b", Y, Side.BUY, 5, 7, 0, 0),
        fill("c", X, Side.BUY, 10, 18, 0, 2),
        fill("d", Y, Side.SELL, 5, 8, 0, 4));
    List<Trade> trades = RoundTrips.of(fills, new int[] {0, 0, 2, 4});
    assertEquals(2, trades.size());
    assertEquals(Side.SELL, trades.get(0).side());
    assertEquals(20, trades.get(0).grossPnl(), 1e-12);
    assertEquals("Y", trades.get(1).symbol());
    assertEquals(5, trades.get(1).grossPnl(), 1e-12);
    assertEquals(4, trades.get(1).barsHeld());
  }

  /** Fractional quantities that do not sum exactly in binary still close the lot. */
  @Test
  void roundingDustDoesNotOpenALot() {
    List<Fill> fills = List.of(
        fill("a", X, Side.BUY, 0.1, 10, 0, 0),
        fill("b", X, Side.BUY, 0.2, 10, 0, 0),
        fill("c", X, Side.SELL, 0.3, 11, 0, 1),
        fill("d", X, Side.BUY, 1, 10, 0, 2),
        fill("e", X, Side.SELL, 1, 12, 0, 3));
    List<Trade> trades = RoundTrips.of(fills, new int[] {0, 0, 1, 2, 3});
    assertEquals(3, trades.size());
    assertEquals(Side.BUY, trades.get(2).side());
    assertEquals(1, trades.get(2).quantity());
    assertTrue(trades.get(2).grossPnl() > 0);
  }
}
