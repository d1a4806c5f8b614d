package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.core.series.BarSeries;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiInstrumentTest {

  private static final long DAY = TestBars.DAY;
  private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

  /** A on days 0..5; B on days 0, 1, 3, 5 and 6 (no bar on days 2 and 4). */
  private static BarSeries a() {
    BarSeries.Builder b = BarSeries.builder("A");
    for (int d = 0; d <= 5; d++) {
      b.add(T0 + d * DAY, 10 + d, 10.5 + d, 9.5 + d, 10.2 + d, 100);
    }
    return b.build();
  }

  private static BarSeries b() {
    BarSeries.Builder b = BarSeries.builder("B");
    for (int d : new int[] {0, 1, 3, 5, 6}) {
      b.add(T0 + d * DAY, 50 + d, 51 + d, 49 + d, 50.5 + d, 100);
    }
    return b.build();
  }

  @Test
  void oneCallPerTimestampWithTheBarsThatClosed() {
    List<String> seen = new ArrayList<>();
    Strategy s = ctx -> {
      int day = (int) ((ctx.epochMillis() - T0) / DAY);
      seen.add(day + ":" + ctx.hasBar("A") + ":" + ctx.hasBar("B") + ":" + ctx.close("A") + ":"
          + ctx.close("B") + ":" + ctx.barCount("B"));
    };
    BacktestResult r = TradingEngine.builder().bars(a(), b()).initialCash(1000)
        .simulator(ExecutionSimulator.defaults()).strategy(s).build().run();
    assertEquals(List.of(
        "0:true:true:10.2:50.5:1",
        "1:true:true:11.2:51.5:2",
        "2:true:false:12.2:51.5:2",
        "3:true:true:13.2:53.5:3",
        "4:true:false:14.2:53.5:3",
        "5:true:true:15.2:55.5:4",
        "6:false:true:15.2:56.5:5"), seen);
    assertEquals(7, r.size());
  }

  @Test
  void ordersFillAtTheirOwnInstrumentsNextBar() {
    Strategy s = ctx -> {
      int day = (int) ((ctx.epochMillis() - T0) / DAY);
      if (day == 2) {
        // B has no bar today: its order waits for B's next bar, day 3; A's fills on day 3 too.
        ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("B"), Side.BUY, 2, ctx.time()));
        ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("A"), Side.BUY, 10, ctx.time()));
      }
      if (day == 3) {
        // Day 4 has no bar of B: this sale waits for day 5.
        ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("B"), Side.SELL, 2, ctx.time()));
      }
    };
    BacktestResult r = TradingEngine.builder().bars(a(), b()).initialCash(1000)
        .simulator(ExecutionSimulator.defaults()).strategy(s).build().run();
    List<Fill> fills = r.fills();
    assertEquals(3, fills.size());
    // Within a timestamp, instruments fill in the engine's order: A, then B.
    assertEquals("A", fills.get(0).instrument().symbol());
    assertEquals(13, fills.get(0).price(), 0);
    assertEquals(3, r.fillBar(0));
    assertEquals("B", fills.get(1).instrument().symbol());
    assertEquals(53, fills.get(1).price(), 0);
    assertEquals(3, r.fillBar(1));
    assertEquals(55, fills.get(2).price(), 0);
    assertEquals(5, r.fillBar(2));
    // By hand: cash 1000 - 106 - 130 = 764 after day 3, + 110 on day 5.
    assertEquals(1000, r.equity(2), 0);
    assertEquals(764 + 2 * 53.5 + 10 * 13.2, r.equity(3), 1e-9);
    assertEquals(764 + 2 * 53.5 + 10 * 14.2, r.equity(4), 1e-9);
    assertEquals(874 + 10 * 15.2, r.equity(5), 1e-9);
    assertEquals(874 + 10 * 15.2, r.equity(6), 1e-9);
    assertEquals(1, r.trades().size());
    assertEquals(2, r.trades().get(0).barsHeld());
    assertEquals(2 * (55 - 53), r.trades().get(0).grossPnl(), 1e-12);
  }

  @Test
  void rejectsOrdersForOtherInstruments() {
    Strategy s = ctx -> {
      assertThrows(IllegalArgumentException.class, () -> ctx.submit(OrderRequest.market("x",
          Instrument.stock("C"), Side.BUY, 1, ctx.time())));
      assertThrows(IllegalArgumentException.class, () -> ctx.submit(OrderRequest.market("y",
          Instrument.etf("A"), Side.BUY, 1, ctx.time())));
      assertThrows(IllegalArgumentException.class, () -> ctx.close("C"));
      assertFalse(ctx.instruments().isEmpty());
    };
    BacktestResult r = TradingEngine.builder().bars(a(), b()).initialCash(1000)
        .simulator(ExecutionSimulator.defaults()).strategy(s).build().run();
    assertTrue(r.orders().isEmpty());
  }

  @Test
  void anInstrumentWithoutABarYetHasNoPrice() {
    BarSeries late = BarSeries.builder("L").add(T0 + 3 * DAY, 5, 5, 5, 5, 1).build();
    List<Integer> counts = new ArrayList<>();
    Strategy s = ctx -> {
      counts.add(ctx.barCount("L"));
      if (ctx.barCount("L") == 0) {
        assertThrows(IllegalStateException.class, () -> ctx.close("L"));
        assertTrue(Double.isNaN(ctx.mark("L")));
        assertEquals(0, ctx.history("L").size());
      }
    };
    TradingEngine.builder().bars(a(), late).initialCash(1000).simulator(ExecutionSimulator.defaults())
        .strategy(s).build().run();
    assertEquals(List.of(0, 0, 0, 1, 1, 1), counts);
  }
}
