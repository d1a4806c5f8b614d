package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.journal.Decision;
import io.quantor.broker.journal.FsyncPolicy;
import io.quantor.broker.journal.Journal;
import io.quantor.broker.journal.JournalReplay;
import io.quantor.broker.sim.CommissionModel;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.series.BarSeries;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Portfolio;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

  private static final ExecutionSimulator COSTS = ExecutionSimulator.builder()
      .slippage(SlippageModel.fixedBps(5)).commission(CommissionModel.bps(2)).build();

  /** Collects what the engine sends. */
  private static final class Collector implements DecisionSink {
    final List<DecisionRecord> decisions = new ArrayList<>();
    final List<OrderRequest> submitted = new ArrayList<>();
    final List<ExecutionEvent> events = new ArrayList<>();

    @Override
    public void decision(DecisionRecord d) {
      decisions.add(d);
    }

    @Override
    public void orderSubmitted(OrderRequest order) {
      submitted.add(order);
    }

    @Override
    public void execution(ExecutionEvent event) {
      events.add(event);
    }
  }

  @Test
  void everyDecisionOrderAndEventGoesToTheSink() {
    BarSeries x = TestBars.daily("X", 400, 5);
    Collector sink = new Collector();
    BacktestResult r = TradingEngine.builder().bars(x).initialCash(100_000).simulator(COSTS)
        .strategyId("sma").journal(sink).strategy(new SmaCrossover("X", 10, 30, 50)).build().run();
    assertTrue(r.orders().size() >= 4);
    assertEquals(r.orders().size(), sink.decisions.size());
    assertEquals(r.orders().size(), sink.submitted.size());
    for (int j = 0; j < sink.decisions.size(); j++) {
      DecisionRecord d = sink.decisions.get(j);
      assertEquals("sma", d.strategyId());
      assertEquals("X", d.symbol());
      assertEquals(j % 2 == 0 ? List.of("SMA_CROSS_UP") : List.of("SMA_CROSS_DOWN"), d.reasonCodes());
      assertEquals(j % 2 == 0 ? "enter long" : "exit long", d.decision());
      assertEquals(x.time(d.barIndex()), d.time());
      assertEquals("sma-" + (j + 1), sink.submitted.get(j).clientOrderId());
    }
    // Each order: NEW -> ACCEPTED, then ACCEPTED -> FILLED with the fill; numbered 1, 2, 3, ...
    assertEquals(2 * r.fills().size() + (r.orders().size() - r.fills().size()), sink.events.size());
    for (int e = 0; e < sink.events.size(); e++) {
      assertEquals(e + 1, sink.events.get(e).sequence());
    }
    List<ExecutionEvent> fills = sink.events.stream().filter(e -> e.fill().isPresent()).toList();
    assertEquals(r.fills().size(), fills.size());
    for (int j = 0; j < fills.size(); j++) {
      assertEquals(r.fills().get(j), fills.get(j).lastFill());
      assertEquals(OrderStatus.ACCEPTED, fills.get(j).previousStatus());
      assertEquals(OrderStatus.FILLED, fills.get(j).status());
    }
  }

  @Test
  void theJournalReplaysTheRun(@TempDir Path dir) {
    BarSeries x = TestBars.daily("X", 400, 5);
    Path file = dir.resolve("run.jsonl");
    BacktestResult r;
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      r = TradingEngine.builder().bars(x).initialCash(100_000).simulator(COSTS).strategyId("sma")
          .journal(JournalDecisionSink.of(journal, "backtest"))
          .strategy(new SmaCrossover("X", 10, 30, 50)).build().run();
    }
    JournalReplay replay = Journal.read(file);
    assertTrue(replay.isClean());
    List<Decision> decisions = replay.records(Decision.class);
    assertEquals(r.orders().size(), decisions.size());
    assertEquals(List.of("SMA_CROSS_UP"), decisions.get(0).reasonCodes());
    assertEquals(List.of("SMA_CROSS_DOWN"), decisions.get(1).reasonCodes());
    assertEquals(r.fills(), replay.fills());
    Map<String, OrderState> orders = replay.orders();
    assertEquals(r.orders().size(), orders.size());
    for (OrderState o : r.orders()) {
      assertEquals(o.status(), orders.get(o.clientOrderId()).status());
      assertEquals(o.filledQuantity(), orders.get(o.clientOrderId()).filledQuantity());
    }
    Portfolio book = replay.portfolio(100_000);
    assertEquals(r.finalPortfolio().cash(), book.cash(), 0);
    assertEquals(r.finalPortfolio().fees(), book.fees(), 0);
    assertEquals(r.finalPortfolio().positions().get("X").quantity(), book.position("X").get().quantity(), 0);
  }

  @Test
  void decisionsAreValidatedWithOrWithoutASink() {
    BarSeries x = TestBars.daily("X", 3, 5);
    List<String> outcomes = new ArrayList<>();
    Strategy s = new Strategy() {
      @Override
      public void onStart(StrategyContext ctx) {
        assertThrows(IllegalStateException.class, () -> ctx.record("X", "HOLD"));
      }

      @Override
      public void onBar(StrategyContext ctx) {
        assertThrows(IllegalArgumentException.class, () -> ctx.record("X", " ", "A"));
        assertThrows(IllegalArgumentException.class, () -> ctx.record("X", "HOLD", "A", ""));
        assertThrows(IllegalArgumentException.class, () -> ctx.record("Y", "HOLD", "A"));
        assertThrows(IllegalArgumentException.class, () -> ctx.record(OrderRequest.market("o",
            ctx.instrument("X"), io.quantor.core.trade.Side.BUY, 1, ctx.time()), "BUY", 1.5, List.of()));
        ctx.record("X", "HOLD", "NO_SIGNAL");
        outcomes.add("ok");
      }
    };
    TradingEngine.builder().bars(x).initialCash(1000).simulator(COSTS).strategy(s).build().run();
    assertEquals(3, outcomes.size());
    assertFalse(outcomes.isEmpty());
  }
}
