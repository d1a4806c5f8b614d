package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.OrderStatus;
import io.quantor.broker.paper.PaperBroker;
import io.quantor.broker.paper.PaperBrokerSettings;
import io.quantor.broker.sim.CommissionModel;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.series.BarSeries;
import io.quantor.core.trade.Instrument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One strategy object runs in BACKTEST mode, in PAPER mode on a paper broker with the same simulator and
 * calendar, and in LIVE mode against a paper broker used as "any broker" (the test's feed pushes each bar
 * into the broker, as the market, then into the live session): the fills, orders, equity curves and final
 * portfolios are exactly equal.
 */
class ModeEquivalenceTest {

  private static final ExecutionSimulator SIM = ExecutionSimulator.builder()
      .slippage(SlippageModel.fixedBps(3))
      .commission(CommissionModel.perShare(0.005, 1.0, 0.01))
      .build();

  static void assertSameRun(BacktestResult a, BacktestResult b) {
    assertEquals(a.fills(), b.fills());
    assertArrayEquals(a.times(), b.times());
    assertArrayEquals(a.equity(), b.equity(), 0);
    assertArrayEquals(a.cash(), b.cash(), 0);
    assertEquals(a.orders().size(), b.orders().size());
    for (int j = 0; j < a.orders().size(); j++) {
      assertEquals(a.orders().get(j).request(), b.orders().get(j).request());
      assertEquals(a.orders().get(j).status(), b.orders().get(j).status());
      assertEquals(a.orders().get(j).filledQuantity(), b.orders().get(j).filledQuantity());
    }
    assertEquals(a.trades(), b.trades());
    assertEquals(a.finalPortfolio().cash(), b.finalPortfolio().cash(), 0);
    assertEquals(a.finalPortfolio().positions(), b.finalPortfolio().positions());
    assertEquals(a.finalPortfolio().marks(), b.finalPortfolio().marks());
  }

  static BacktestResult backtest(Strategy s, PaperBrokerSettings settings, BarSeries... bars) {
    return TradingEngine.builder().mode(RunMode.BACKTEST).bars(bars).initialCash(settings.initialCash())
        .simulator(settings.simulator()).calendar(settings.calendar()).strategy(s).build().run();
  }

  static BacktestResult paper(Strategy s, PaperBrokerSettings settings, BarSeries... bars) {
    try (PaperBroker broker = PaperBroker.create(settings)) {
      BacktestResult r = TradingEngine.builder().mode(RunMode.PAPER).bars(bars).broker(broker).strategy(s)
          .build().run();
      // The broker's own books agree with the engine's.
      assertEquals(broker.fills(), r.fills());
      assertEquals(broker.account().cash(), r.finalPortfolio().cash(), 0);
      return r;
    }
  }

  @Test
  void smaCrossoverIsTheSameInBacktestAndPaper() {
    BarSeries x = TestBars.daily("X", 500, 21);
    Strategy s = new SmaCrossover("X", 10, 50, 100);
    PaperBrokerSettings settings = PaperBrokerSettings.defaults().withSimulator(SIM);
    BacktestResult backtest = backtest(s, settings, x);
    BacktestResult paper = paper(s, settings, x);
    assertTrue(backtest.fills().size() >= 6);
    assertEquals(RunMode.PAPER, paper.mode());
    assertSameRun(backtest, paper);
  }

  @Test
  void everyOrderTypeOnTwoInstrumentsIsTheSameInBacktestAndPaper() {
    BarSeries a = TestBars.daily("A", 300, 1);
    BarSeries b = TestBars.daily("B", 250, 2, LocalDate.of(2024, 2, 1));
    Strategy s = new RandomOrders(99, 0.3);
    PaperBrokerSettings settings = PaperBrokerSettings.defaults().withSimulator(SIM);
    BacktestResult backtest = backtest(s, settings, a, b);
    BacktestResult paper = paper(s, settings, a, b);
    assertTrue(backtest.fills().size() > 50);
    assertTrue(backtest.orders().stream().anyMatch(o -> o.status() == OrderStatus.EXPIRED));
    assertTrue(backtest.orders().stream().anyMatch(o -> o.status() == OrderStatus.CANCELED));
    assertSameRun(backtest, paper);
  }

  @Test
  void liveAgainstAPaperBrokerAsAnyBrokerIsTheSameAsTheBacktest() {
    BarSeries x = TestBars.daily("X", 400, 8);
    Strategy s = new RandomOrders(5, 0.4);
    PaperBrokerSettings settings = PaperBrokerSettings.defaults().withSimulator(SIM);
    BacktestResult backtest = backtest(s, settings, x);
    BacktestResult live;
    try (PaperBroker market = PaperBroker.create(settings)) {
      LiveSession session = TradingEngine.builder().mode(RunMode.LIVE).broker(market)
          .instruments(Instrument.stock("X")).initialCash(settings.initialCash()).orderIdPrefix("default")
          .strategy(s).build().live();
      for (int i = 0; i < x.size(); i++) {
        market.onBar("X", x.bar(i));
        session.onBar("X", x.bar(i));
      }
      live = session.finish();
    }
    assertEquals(RunMode.LIVE, live.mode());
    assertTrue(backtest.fills().size() > 30);
    assertSameRun(backtest, live);
  }
}
