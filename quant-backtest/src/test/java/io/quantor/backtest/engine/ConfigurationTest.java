package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.paper.PaperBroker;
import io.quantor.broker.paper.PaperBrokerSettings;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.core.series.BarSeries;
import io.quantor.core.series.Resampler;
import io.quantor.core.series.TimeFrame;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

  private static final BarSeries X = TestBars.daily("X", 5, 1);
  private static final Strategy IDLE = ctx -> { };

  private static TradingEngine.Builder backtest() {
    return TradingEngine.builder().bars(X).initialCash(1000).simulator(ExecutionSimulator.defaults())
        .strategy(IDLE);
  }

  private static void rejected(String message, Consumer<TradingEngine.Builder> change,
      TradingEngine.Builder b) {
    change.accept(b);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void missingParts() {
    rejected("strategy", b -> { }, TradingEngine.builder().bars(X).initialCash(1)
        .simulator(ExecutionSimulator.defaults()));
    rejected("initialCash", b -> { }, TradingEngine.builder().bars(X).strategy(IDLE)
        .simulator(ExecutionSimulator.defaults()));
    rejected("simulator", b -> { }, TradingEngine.builder().bars(X).initialCash(1).strategy(IDLE));
    rejected("needs bars", b -> { }, TradingEngine.builder().initialCash(1).strategy(IDLE)
        .simulator(ExecutionSimulator.defaults()));
  }

  @Test
  void partsThatDoNotFitTheMode() {
    FakeBroker broker = new FakeBroker();
    rejected("takes no broker", b -> b.broker(broker), backtest());
    rejected("PaperBroker", b -> b.mode(RunMode.PAPER).broker(broker), TradingEngine.builder().bars(X)
        .strategy(IDLE));
    rejected("takes no simulator", b -> b.mode(RunMode.PAPER).broker(PaperBroker.create()), backtest());
    rejected("must equal the paper broker", b -> b.mode(RunMode.PAPER).broker(PaperBroker.create()),
        TradingEngine.builder().bars(X).initialCash(5).strategy(IDLE));
    rejected("needs a broker", b -> b.mode(RunMode.LIVE), TradingEngine.builder()
        .instruments(Instrument.stock("X")).initialCash(1).strategy(IDLE).orderIdPrefix("p"));
    rejected("takes no history", b -> b.mode(RunMode.LIVE), TradingEngine.builder().bars(X).initialCash(1)
        .strategy(IDLE).broker(broker).orderIdPrefix("p"));
    rejected("orderIdPrefix", b -> b.mode(RunMode.LIVE), TradingEngine.builder()
        .instruments(Instrument.stock("X")).initialCash(1).strategy(IDLE).broker(broker));
    rejected("not both", b -> b.instruments(Instrument.stock("Y")), backtest());
    rejected("not both", b -> b.feed(BarFeed.of(X)), backtest());
  }

  @Test
  void badValues() {
    assertThrows(IllegalArgumentException.class, () -> TradingEngine.builder().initialCash(0));
    assertThrows(IllegalArgumentException.class, () -> TradingEngine.builder().initialCash(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> TradingEngine.builder().mode(null));
    assertThrows(IllegalArgumentException.class, () -> TradingEngine.builder().strategyId(" "));
    assertThrows(IllegalArgumentException.class, () -> TradingEngine.builder().bars(X, X));
    assertThrows(IllegalArgumentException.class, () -> TradingEngine.builder()
        .bars(BarSeries.builder("E").build()));
    assertThrows(IllegalArgumentException.class, () -> BarFeed.builder().build());
    rejected("appears twice", b -> b.instruments(Instrument.stock("X"), Instrument.etf("X")),
        TradingEngine.builder().mode(RunMode.LIVE).broker(new FakeBroker()).orderIdPrefix("p")
            .initialCash(1).strategy(IDLE));
  }

  @Test
  void wrongUseOfAnEngine() {
    TradingEngine live = TradingEngine.builder().mode(RunMode.LIVE).broker(new FakeBroker())
        .instruments(Instrument.stock("X")).initialCash(1).strategy(IDLE).orderIdPrefix("p").build();
    assertThrows(IllegalStateException.class, live::run);
    TradingEngine forLive = TradingEngine.builder().instruments(Instrument.stock("X")).initialCash(1)
        .simulator(ExecutionSimulator.defaults()).strategy(IDLE).build();
    assertThrows(IllegalStateException.class, forLive::run);
    assertEquals(1, forLive.instruments().size());
  }

  @Test
  void wrongUseOfAContext() {
    Strategy late = new Strategy() {
      @Override
      public void onStart(StrategyContext ctx) {
        assertThrows(IllegalStateException.class, ctx::time);
        assertThrows(IllegalStateException.class, () -> ctx.submit(OrderRequest.market("a",
            Instrument.stock("X"), Side.BUY, 1, Instant.EPOCH)));
        assertEquals(-1, ctx.barIndex());
      }

      @Override
      public void onBar(StrategyContext ctx) {
        assertThrows(IllegalStateException.class,
            () -> ctx.subscribe(Resampler.of(TimeFrame.WEEKLY, ZoneOffset.UTC)));
        assertThrows(IllegalArgumentException.class, () -> ctx.history("X", TimeFrame.WEEKLY));
        assertThrows(IllegalArgumentException.class, () -> ctx.cancel("nope"));
        if (ctx.barIndex() == 0) {
          ctx.submit(OrderRequest.market("same", ctx.instrument("X"), Side.BUY, 1, ctx.time()));
          assertThrows(IllegalArgumentException.class, () -> ctx.submit(OrderRequest.market("same",
              ctx.instrument("X"), Side.BUY, 1, ctx.time())));
        }
      }
    };
    BacktestResult r = TradingEngine.builder().bars(X).initialCash(1000)
        .simulator(ExecutionSimulator.defaults()).strategy(late).build().run();
    assertEquals(1, r.orders().size());
    assertEquals(PaperBrokerSettings.DEFAULT_INITIAL_CASH, TradingEngine.builder().mode(RunMode.PAPER)
        .bars(X).broker(PaperBroker.create()).strategy(IDLE).build().run().initialCash());
  }
}
