package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.paper.PaperBrokerSettings;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.core.series.BarSeries;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import io.quantor.options.chain.OptionContract;
import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OptionMarkingTest {

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instrument CALL = Instrument.option("U-C100", "U");

  private static BarSeries underlying() {
    return TestBars.of("U", new double[] {100, 101, 102, 103, 104},
        new double[] {100.5, 101.5, 102.5, 103.5, 104.5});
  }

  private static Instant day(int d) {
    return T0.plus(Duration.ofDays(d));
  }

  /** Buys two contracts on bar 0; they fill at bar 1's mark. */
  private static Strategy buyTwoCalls() {
    return ctx -> {
      if (ctx.barIndex() == 0) {
        ctx.submit(OrderRequest.market(ctx.nextOrderId(), CALL, Side.BUY, 2, ctx.time()));
      }
    };
  }

  private static QuoteMarker quotes() {
    return QuoteMarker.builder()
        .quote("U-C100", day(0), 4.9, 5.1)
        .quote("U-C100", day(1), 5.9, 6.1)
        .quote("U-C100", day(3), 6.9, 7.1)
        .build();
  }

  /**
   * Quotes on days 0, 1 and 3 (mids 5, 6, 7). Two contracts (multiplier 100) fill at day 1's mid 6:
   * cash 100000 - 1200. Day 2 has no quote and keeps the mark 6; day 4 keeps 7.
   */
  @Test
  void marksToTheLatestQuoteMid() {
    BacktestResult r = TradingEngine.builder().bars(underlying()).options(quotes(), CALL)
        .initialCash(100_000).simulator(ExecutionSimulator.defaults()).strategy(buyTwoCalls()).build().run();
    assertEquals(1, r.fills().size());
    assertEquals(6.0, r.fills().get(0).price(), 1e-12);
    assertEquals(day(1), r.fills().get(0).time());
    double[] expected = {100_000, 100_000, 100_000, 98_800 + 1400, 98_800 + 1400};
    for (int i = 0; i < 5; i++) {
      assertEquals(expected[i], r.equity(i), 1e-9, "bar " + i);
    }
    assertEquals(7.0, r.finalPortfolio().marks().get("U-C100"), 1e-12);
    assertEquals(2, r.finalPortfolio().positions().get("U-C100").quantity());
  }

  @Test
  void paperModeMarksAndFillsOptionsTheSameWay() {
    PaperBrokerSettings settings =
        PaperBrokerSettings.defaults().withSimulator(ExecutionSimulator.defaults());
    BacktestResult backtest = TradingEngine.builder().bars(underlying()).options(quotes(), CALL)
        .initialCash(settings.initialCash()).simulator(settings.simulator()).calendar(settings.calendar())
        .strategy(buyTwoCalls()).build().run();
    BacktestResult paper;
    try (io.quantor.broker.paper.PaperBroker broker = io.quantor.broker.paper.PaperBroker.create(settings)) {
      paper = TradingEngine.builder().mode(RunMode.PAPER).bars(underlying()).options(quotes(), CALL)
          .broker(broker).strategy(buyTwoCalls()).build().run();
    }
    ModeEquivalenceTest.assertSameRun(backtest, paper);
  }

  @Test
  void quoteMarksGoStale() {
    QuoteMarker m = QuoteMarker.builder().quote("U-C100", day(1), 1, 3).maxAge(Duration.ofDays(1)).build();
    assertTrue(Double.isNaN(m.mark(CALL, day(0).toEpochMilli(), 100)));
    assertEquals(2, m.mark(CALL, day(1).toEpochMilli(), 100), 0);
    assertEquals(2, m.mark(CALL, day(2).toEpochMilli(), 100), 0);
    assertTrue(Double.isNaN(m.mark(CALL, day(2).toEpochMilli() + 1, 100)));
    assertTrue(Double.isNaN(m.mark(Instrument.option("OTHER", "U"), day(1).toEpochMilli(), 100)));
    assertThrows(IllegalArgumentException.class, () -> QuoteMarker.builder().quote("A", day(1), 2, 1));
    assertThrows(IllegalArgumentException.class, () -> QuoteMarker.builder().quote("A", day(1), 1, 2)
        .quote("A", day(1), 1, 2));
  }

  /**
   * A call struck at 100 expiring 2024-01-04 (day 3), marked by Black-Scholes with vol 0.25, rate 0.03:
   * before expiry {@code BlackScholes.price(CALL, close, 100, (3 - d) / 365, 0.03, 0, 0.25)}, on the
   * expiry date and after it the intrinsic value {@code close - 100}. One contract is sold on bar 0 and
   * fills at bar 1's model price.
   */
  @Test
  void marksToBlackScholesAndThenToIntrinsicValue() {
    OptionContract c = OptionContract.of("U", OptionType.CALL, 100, LocalDate.of(2024, 1, 4),
        ExerciseStyle.EUROPEAN);
    OptionContract farPut = OptionContract.of("U", OptionType.PUT, 50, LocalDate.of(2024, 1, 2),
        ExerciseStyle.EUROPEAN);
    Instrument put = Instrument.option("U-P50", "U");
    BlackScholesMarker marker = BlackScholesMarker.builder().volatility(0.25).rate(0.03).zone(ZoneOffset.UTC)
        .contract("U-C100", c).contract("U-P50", farPut).build();
    BarSeries u = underlying();
    Strategy sellOne = ctx -> {
      if (ctx.barIndex() == 0) {
        ctx.submit(OrderRequest.market(ctx.nextOrderId(), CALL, Side.SELL, 1, ctx.time()));
      }
    };
    BacktestResult r = TradingEngine.builder().bars(u).options(marker, CALL, put).initialCash(10_000)
        .simulator(ExecutionSimulator.defaults()).strategy(sellOne).build().run();
    double[] marks = new double[5];
    for (int d = 0; d < 5; d++) {
      marks[d] = d < 3 ? BlackScholes.price(OptionType.CALL, u.close(d), 100, (3 - d) / 365.0, 0.03, 0, 0.25)
          : u.close(d) - 100;
    }
    assertEquals(marks[1], r.fills().get(0).price(), 1e-12);
    double cash = 10_000 + 100 * marks[1];
    for (int d = 1; d < 5; d++) {
      assertEquals(cash - 100 * marks[d], r.equity(d), 1e-9, "day " + d);
    }
    assertEquals(4.5, r.finalPortfolio().marks().get("U-C100"), 1e-12);
    // The far put expired worthless on day 1 and is marked at the floor.
    assertEquals(BlackScholesMarker.MIN_MARK, r.finalPortfolio().marks().get("U-P50"), 0);
    assertEquals(BlackScholesMarker.MIN_MARK, marker.mark(put, day(4).toEpochMilli(), 104.5), 0);
  }

  @Test
  void optionsNeedAnUnderlyingInTheRunAndAKnownContract() {
    ExecutionSimulator sim = ExecutionSimulator.defaults();
    assertThrows(IllegalArgumentException.class, () -> TradingEngine.builder().bars(underlying())
        .options(quotes(), Instrument.option("V-C1", "V")).initialCash(1).simulator(sim)
        .strategy(ctx -> { }).build());
    assertThrows(IllegalArgumentException.class, () -> TradingEngine.builder().bars(underlying())
        .options(quotes(), Instrument.stock("S")));
    assertThrows(IllegalArgumentException.class, () -> TradingEngine.builder().bars(underlying())
        .options(quotes(), Instrument.option("U", "U")).initialCash(1).simulator(sim)
        .strategy(ctx -> { }).build());
    OptionContract c = OptionContract.of("U", OptionType.CALL, 100, LocalDate.of(2024, 1, 4),
        ExerciseStyle.EUROPEAN);
    BlackScholesMarker bs = BlackScholesMarker.builder().volatility(0.2).contract("U-C100", c).build();
    assertThrows(IllegalArgumentException.class, () -> bs.mark(Instrument.option("U-C101", "U"), 0, 100));
    assertThrows(IllegalArgumentException.class, () -> bs.mark(Instrument.option("U-C100", "W"), 0, 100));
    assertThrows(IllegalArgumentException.class, () -> BlackScholesMarker.builder().contract("U-C100", c)
        .build());
  }
}
