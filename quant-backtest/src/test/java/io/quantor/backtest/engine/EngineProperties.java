package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.paper.PaperBrokerSettings;
import io.quantor.broker.sim.CommissionModel;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.series.BarSeries;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.PortfolioSnapshot;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of runs with random orders on random bars of one or two instruments. */
class EngineProperties {

  private static BarSeries[] bars(long seed, int n, boolean two) {
    BarSeries a = TestBars.daily("A", n, seed);
    if (!two) {
      return new BarSeries[] {a};
    }
    // B starts later and ends earlier, so some timestamps have one bar only.
    return new BarSeries[] {a, TestBars.daily("B", Math.max(1, n / 2), seed + 1, LocalDate.of(2024, 1, 10))};
  }

  private static ExecutionSimulator simulator(double slippageBps, double commissionBps) {
    return ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(slippageBps))
        .commission(CommissionModel.bps(commissionBps)).build();
  }

  /**
   * The engine's primitive accounting equals the core Portfolio replayed with the same fills and the same
   * closes: cash, positions and fees exactly, equity at every bar within 1e-12 relative (the engine sums
   * market values plainly, the portfolio with compensation); and equity - initial cash = realized +
   * unrealized - fees.
   */
  @Property(tries = 100)
  void accountingEqualsThePortfolio(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int n,
      @ForAll boolean two, @ForAll @DoubleRange(min = 0, max = 30) double slippage) {
    BarSeries[] series = bars(seed, n, two);
    BacktestResult r = TradingEngine.builder().bars(series).initialCash(50_000)
        .simulator(simulator(slippage, 1.5)).strategy(new RandomOrders(seed, 0.4)).build().run();
    Portfolio book = Portfolio.create(50_000);
    int j = 0;
    for (int i = 0; i < r.size(); i++) {
      while (j < r.fills().size() && r.fillBar(j) == i) {
        Fill f = r.fills().get(j++);
        book.apply(f);
      }
      Map<String, Double> closes = new LinkedHashMap<>();
      for (BarSeries s : series) {
        int k = s.indexAtOrBefore(r.time(i));
        if (k >= 0) {
          closes.put(s.symbol(), s.close(k));
        }
      }
      book.mark(closes);
      assertTrue(Math.abs(book.equity() - r.equity(i)) <= 1e-12 * Math.abs(book.equity()),
          "bar " + i + ": portfolio " + book.equity() + ", engine " + r.equity(i));
      assertEquals(book.cash(), r.cash(i), 0);
    }
    assertEquals(r.fills().size(), j);
    PortfolioSnapshot s = r.finalPortfolio();
    assertEquals(book.cash(), s.cash(), 0);
    assertEquals(book.fees(), s.fees(), 0);
    assertEquals(book.snapshot().positions(), s.positions());
    assertEquals(book.snapshot().marks(), s.marks());
    double realized = 0;
    double unrealized = 0;
    for (var p : s.positions().values()) {
      realized += p.realizedPnl();
      unrealized += p.isFlat() ? 0 : p.unrealizedPnl(s.marks().get(p.symbol()));
    }
    double e = r.finalEquity();
    assertEquals(e - 50_000, realized + unrealized - s.fees(), 1e-9 * Math.max(1, Math.abs(e)));
  }

  /** Every fill comes at a later bar than the order that caused it. */
  @Property(tries = 100)
  void ordersFillNoEarlierThanTheNextBar(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int n,
      @ForAll boolean two) {
    BarSeries[] series = bars(seed, n, two);
    Map<String, Integer> placedAt = new LinkedHashMap<>();
    DecisionSink sink = d -> placedAt.put(d.clientOrderId(), d.barIndex());
    BacktestResult r = TradingEngine.builder().bars(series).initialCash(50_000)
        .simulator(ExecutionSimulator.defaults()).journal(sink).strategy(new RandomOrders(seed, 0.5)).build()
        .run();
    for (int j = 0; j < r.fills().size(); j++) {
      int placed = placedAt.get(r.fills().get(j).orderId());
      assertTrue(r.fillBar(j) > placed, "fill at bar " + r.fillBar(j) + " of an order placed at " + placed);
      assertTrue(r.fills().get(j).time().toEpochMilli() > r.time(placed));
    }
  }

  /** BACKTEST and PAPER, one strategy object, the same simulator and calendar: exactly the same run. */
  @Property(tries = 40)
  void backtestAndPaperAgreeExactly(@ForAll long seed, @ForAll @IntRange(min = 1, max = 150) int n,
      @ForAll boolean two, @ForAll @DoubleRange(min = 0, max = 30) double slippage) {
    BarSeries[] series = bars(seed, n, two);
    PaperBrokerSettings settings = PaperBrokerSettings.defaults().withSimulator(simulator(slippage, 2));
    Strategy s = new RandomOrders(seed, 0.4);
    ModeEquivalenceTest.assertSameRun(ModeEquivalenceTest.backtest(s, settings, series),
        ModeEquivalenceTest.paper(s, settings, series));
  }
}
