package io.quantor.backtest.metrics;

import static io.quantor.backtest.metrics.ReturnMetricsTest.expectMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked trade P&amp;L, trade statistics, exposure and turnover; bad input. */
class TradeStatisticsTest {

  private static final Instant T0 = Instant.parse("2024-06-03T14:30:00Z");
  private static final Instrument ORCL = Instrument.stock("ORCL");
  private static final Instrument XYZ = Instrument.stock("XYZ");
  private static final Instrument CALL = Instrument.option("ORCL  241220C00170000", "ORCL");

  /**
   * Four trades.
   * <ol>
   *   <li>long 100 ORCL 10 -> 12, fees 2: gross +200, net +198, 5 bars, 2 days;</li>
   *   <li>short 50 XYZ 20 -> 22, fees 1: gross -100, net -101, 3 bars, 1 day;</li>
   *   <li>long 10 calls (multiplier 100) 2.50 -> 2.00: gross -500, net -500, 2 bars, 6 hours;</li>
   *   <li>long 100 ORCL 10 -> 10, no fees: net 0 (neither win nor loss), 10 bars, 10 days.</li>
   * </ol>
   */
  static List<Trade> fourTrades() {
    return List.of(
        Trade.of(ORCL, Side.BUY, 100, T0, T0.plus(Duration.ofDays(2)), 10, 12, 5, 2),
        Trade.of(XYZ, Side.SELL, 50, T0, T0.plus(Duration.ofDays(1)), 20, 22, 3, 1),
        Trade.of(CALL, Side.BUY, 10, T0, T0.plus(Duration.ofHours(6)), 2.5, 2.0, 2, 0),
        Trade.of(ORCL, Side.BUY, 100, T0, T0.plus(Duration.ofDays(10)), 10, 10, 10, 0));
  }

  @Test
  void tradePnl() {
    List<Trade> t = fourTrades();
    assertEquals(200, t.get(0).grossPnl(), 1e-12);
    assertEquals(198, t.get(0).netPnl(), 1e-12);
    assertEquals(198.0 / 1000, t.get(0).netReturn(), 1e-15);
    assertTrue(t.get(0).isLong());
    assertEquals("ORCL", t.get(0).symbol());
    // Short: sells at 20, buys back at 22.
    assertEquals(-100, t.get(1).grossPnl(), 1e-12);
    assertEquals(-101, t.get(1).netPnl(), 1e-12);
    assertEquals(-101.0 / 1000, t.get(1).netReturn(), 1e-15);
    assertFalse(t.get(1).isLong());
    // Option: 10 contracts * 100 * (2.0 - 2.5).
    assertEquals(-500, t.get(2).grossPnl(), 1e-9);
    assertEquals(2500, t.get(2).entryNotional(), 1e-9);
    assertEquals(2000, t.get(2).exitNotional(), 1e-9);
    assertEquals(Duration.ofHours(6), t.get(2).holdingTime());
  }

  @Test
  void statisticsOfFourTrades() {
    TradeStatistics s = TradeStatistics.of(fourTrades());
    assertEquals(4, s.count());
    assertEquals(3, s.longCount());
    assertEquals(1, s.shortCount());
    assertEquals(1, s.winners());
    assertEquals(2, s.losers());
    assertEquals(0.25, s.winRate());
    assertEquals(198, s.averageWin(), 1e-12);
    assertEquals(-300.5, s.averageLoss(), 1e-12);
    assertEquals(198 / 300.5, s.payoffRatio(), 1e-15);
    // (198 - 101 - 500 + 0) / 4
    assertEquals(-100.75, s.expectancy(), 1e-12);
    assertEquals(198.0 / 601, s.profitFactor(), 1e-15);
    assertEquals(198, s.grossProfit(), 1e-12);
    assertEquals(-601, s.grossLoss(), 1e-12);
    assertEquals(-403, s.totalNetPnl(), 1e-12);
    assertEquals(3, s.totalFees(), 1e-12);
    assertEquals(198, s.largestWin(), 1e-12);
    assertEquals(-500, s.largestLoss(), 1e-12);
    // Returns 0.198, -0.101, -0.2, 0.
    assertEquals((0.198 - 0.101 - 0.2) / 4, s.averageReturn(), 1e-15);
    // Bars 5, 3, 2, 10: mean 5, median (3 + 5) / 2.
    assertEquals(5, s.averageBarsHeld(), 1e-15);
    assertEquals(4, s.medianBarsHeld(), 1e-15);
    // 2 d, 1 d, 6 h, 10 d: mean 13 d 6 h / 4 = 3 d 7.5 h; median (1 d + 2 d) / 2 = 36 h.
    assertEquals(Duration.ofHours(79).plusMinutes(30), s.averageHoldingTime());
    assertEquals(Duration.ofHours(36), s.medianHoldingTime());
  }

  @Test
  void oddCountMedianAndAllWinners() {
    List<Trade> t = new ArrayList<>(fourTrades().subList(0, 1));
    t.add(Trade.of(ORCL, Side.BUY, 10, T0, T0.plus(Duration.ofDays(4)), 10, 11, 7, 0));
    t.add(Trade.of(ORCL, Side.SELL, 10, T0, T0.plus(Duration.ofDays(3)), 11, 10, 1, 0));
    TradeStatistics s = TradeStatistics.of(t);
    // Bars 5, 7, 1: median 5; times 2 d, 4 d, 3 d: median 3 d.
    assertEquals(5, s.medianBarsHeld());
    assertEquals(Duration.ofDays(3), s.medianHoldingTime());
    // No loser: the averages and ratios that need one are NaN.
    assertEquals(0, s.losers());
    assertTrue(Double.isNaN(s.averageLoss()));
    assertTrue(Double.isNaN(s.profitFactor()));
    assertTrue(Double.isNaN(s.payoffRatio()));
    assertEquals(1.0, s.winRate());
  }

  @Test
  void expectancyIsTheWinLossMix() {
    TradeStatistics s = TradeStatistics.of(fourTrades());
    double lossRate = (double) s.losers() / s.count();
    assertEquals(s.winRate() * s.averageWin() + lossRate * s.averageLoss(), s.expectancy(), 1e-12);
  }

  @Test
  void exposureAndTurnover() {
    // In the market 3 bars of 5.
    assertEquals(0.6, TradeStatistics.exposure(new double[] {0, 100, 100, 0, -50}));
    assertEquals(0.0, TradeStatistics.exposure(new double[] {0, 0}));
    // Bought 1,000 and sold 1,000 over 4 bars at 4 bars a year, equity 1,000: a turnover of 2 a year.
    double[] equity = {1000, 1000, 1000, 1000};
    assertEquals(2.0, TradeStatistics.turnover(new double[] {1000, 0, -1000, 0}, equity, 4), 1e-15);
    // The same over 8 bars a year is twice as often.
    assertEquals(4.0, TradeStatistics.turnover(new double[] {1000, 0, -1000, 0}, equity, 8), 1e-15);
    // Average equity 1,500: 3,000 traded / 1,500 = 2.
    assertEquals(2.0, TradeStatistics.turnover(new double[] {3000, 0}, new double[] {1000, 2000}, 2),
        1e-15);
    // From trades: entry + exit notionals, 1,000 + 1,200 + 1,000 + 1,100 + 2,500 + 2,000 + 1,000 + 1,000.
    double traded = 1000 + 1200 + 1000 + 1100 + 2500 + 2000 + 1000 + 1000;
    double[] tenBars = new double[10];
    Arrays.fill(tenBars, 10_000);
    assertEquals(traded / 10_000 * 252 / 10, TradeStatistics.turnover(fourTrades(), tenBars, 252), 1e-12);
    assertEquals(0.0, TradeStatistics.turnover(List.of(), tenBars, 252));
  }

  @Test
  void badInputIsRejected() {
    expectMessage("trades must not be empty", () -> TradeStatistics.of(List.of()));
    expectMessage("trades must not be null", () -> TradeStatistics.of(null));
    expectMessage("trades[1] must not be null", () -> TradeStatistics.of(Arrays.asList(
        fourTrades().get(0), null)));
    expectMessage("positions[1] must be finite, was NaN",
        () -> TradeStatistics.exposure(new double[] {0, Double.NaN}));
    expectMessage("positions must not be empty", () -> TradeStatistics.exposure(new double[0]));
    expectMessage("equity must have the length of tradedNotional (2), was 1",
        () -> TradeStatistics.turnover(new double[] {1, 2}, new double[] {1}, 252));
    expectMessage("equity[1] must be > 0, was 0.0",
        () -> TradeStatistics.turnover(new double[] {1, 2}, new double[] {1, 0}, 252));
    expectMessage("equity must not be empty", () -> TradeStatistics.turnover(List.of(), new double[0], 1));
    expectMessage("quantity must be finite and > 0, was -5.0",
        () -> Trade.of(ORCL, Side.BUY, -5, T0, T0, 10, 11, 0, 0));
    expectMessage("exitTime must not be before entryTime",
        () -> Trade.of(ORCL, Side.BUY, 5, T0, T0.minusSeconds(1), 10, 11, 0, 0));
    expectMessage("barsHeld must be >= 0, was -1",
        () -> Trade.of(ORCL, Side.BUY, 5, T0, T0, 10, 11, -1, 0));
    expectMessage("exitPrice must be finite and > 0, was NaN",
        () -> Trade.of(ORCL, Side.BUY, 5, T0, T0, 10, Double.NaN, 0, 0));
    expectMessage("netPnl must be grossPnl - fees = 9.0, was 10.0",
        () -> new Trade(ORCL, Side.BUY, 1, T0, T0, 10, 20, 1, 10, 1, 10, 1));
    expectMessage("side must not be null", () -> Trade.of(ORCL, null, 5, T0, T0, 10, 11, 0, 0));
  }
}
