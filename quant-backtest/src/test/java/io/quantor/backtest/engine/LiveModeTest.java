package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.core.series.Bar;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LIVE mode against a broker that fills when it likes, from any thread. */
class LiveModeTest {

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");

  private static Bar bar(int i, double close) {
    return new Bar(T0.plusSeconds(60L * i), close, close + 1, close - 1, close, 100);
  }

  @Test
  void fillsReportedFromAnotherThreadAreBookedAtTheNextBar() throws Exception {
    FakeBroker broker = new FakeBroker();
    List<OrderState> submitted = new ArrayList<>();
    List<Double> held = new ArrayList<>();
    Strategy s = ctx -> {
      held.add(ctx.portfolio().quantity("X"));
      if (ctx.barIndex() == 0) {
        submitted.add(ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("X"), Side.BUY, 10,
            ctx.time())));
        submitted.add(ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("X"), Side.BUY,
            5000, ctx.time())));
        submitted.add(ctx.submit(OrderRequest.limit(ctx.nextOrderId(), ctx.instrument("X"), Side.BUY, 3,
            50, ctx.time())));
      }
      if (ctx.barIndex() == 2) {
        assertEquals(OrderStatus.CANCELED, ctx.cancel("live-7-3").status());
        assertTrue(ctx.openOrders().isEmpty());
      }
    };
    LiveSession session = TradingEngine.builder().mode(RunMode.LIVE).broker(broker)
        .instruments(Instrument.stock("X")).initialCash(10_000).orderIdPrefix("live-7").strategy(s).build()
        .live();
    assertEquals(1, broker.subscriptions);
    session.onBar("X", bar(0, 100));
    assertEquals(OrderStatus.ACCEPTED, submitted.get(0).status());
    assertEquals(OrderStatus.REJECTED, submitted.get(1).status());
    assertEquals(List.of("live-7-1", "live-7-3"), broker.ids());
    // The broker fills on its own thread, and reports someone else's order and a duplicate.
    ExecutionEvent[] fill = new ExecutionEvent[1];
    Thread t = new Thread(() -> {
      fill[0] = broker.fill("live-7-1", 10, 101.0, T0.plusSeconds(30));
      broker.foreign(OrderRequest.market("other-1", Instrument.stock("X"), Side.SELL, 99, T0), 101, T0);
      broker.redeliver(fill[0]);
    });
    t.start();
    t.join();
    assertEquals(0, session.portfolio().quantity("X"), "events wait for the session's thread");
    session.onBar("X", bar(1, 102));
    assertEquals(10, session.portfolio().quantity("X"));
    assertEquals(10_000 - 1010 - 1 + 1020, session.portfolio().equity(), 1e-9);
    session.onBar("X", bar(2, 103));
    BacktestResult r = session.finish();
    assertTrue(session.isFinished());
    assertTrue(broker.listeners.isEmpty(), "finish stops listening");
    assertEquals(List.of(0.0, 10.0, 10.0), held);
    assertEquals(1, r.fills().size());
    assertEquals(fill[0].lastFill(), r.fills().get(0));
    assertEquals(1, r.fillBar(0));
    assertEquals(3, r.orders().size());
    assertEquals(OrderStatus.FILLED, r.orders().get(0).status());
    assertEquals(OrderStatus.REJECTED, r.orders().get(1).status());
    assertEquals(OrderStatus.CANCELED, r.orders().get(2).status());
    assertEquals(10_000 - 1011 + 1030, r.finalEquity(), 1e-9);
    assertThrows(IllegalStateException.class, () -> session.onBar("X", bar(3, 1)));
    assertThrows(IllegalStateException.class, session::finish);
  }

  @Test
  void pushedBarsMustMoveForwardAndBelongToTheRun() {
    LiveSession session = TradingEngine.builder().mode(RunMode.LIVE).broker(new FakeBroker())
        .instruments(Instrument.stock("X"), Instrument.stock("Y")).initialCash(1_000).orderIdPrefix("p")
        .strategy(ctx -> { }).build().live();
    session.onBar("X", bar(1, 10));
    assertThrows(IllegalArgumentException.class, () -> session.onBar("X", bar(1, 10)));
    assertThrows(IllegalArgumentException.class, () -> session.onBar("Y", bar(0, 10)));
    assertThrows(IllegalArgumentException.class, () -> session.onBar("Z", bar(2, 10)));
    assertThrows(IllegalArgumentException.class, () -> session.onBars(Map.of("X", bar(3, 10), "Y",
        bar(4, 10))));
    assertThrows(IllegalArgumentException.class, () -> session.onBars(Map.of()));
    session.onBars(Map.of("X", bar(5, 11), "Y", bar(5, 20)));
    BacktestResult r = session.finish();
    assertEquals(2, r.size());
    assertFalse(r.toString().isEmpty());
  }
}
