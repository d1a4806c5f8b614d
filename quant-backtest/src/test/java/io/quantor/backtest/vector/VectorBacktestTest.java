package io.quantor.backtest.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.core.series.BarSeries;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VectorBacktestTest {

  private static final double[] OPEN = {10, 11, 12, 13, 14};
  private static final double[] CLOSE = {10.5, 11.5, 12.5, 13.5, 14.5};

  /**
   * The engine test's round trip worked by hand: buy 100 decided at bar 0 fills at 11 * 1.001 = 11.011 with
   * the 1.00 minimum (cash 98897.9); sell decided at bar 2 fills at 13 * 0.999 = 12.987 (cash 100195.6).
   */
  @Test
  void roundTripWorkedByHand() {
    VectorBacktest bt = VectorBacktest.builder().initialCash(100_000).slippageBps(10)
        .commissionPerShare(0.01, 1.0, Double.POSITIVE_INFINITY).build();
    VectorResult r = bt.run(OPEN, CLOSE, new double[] {100, Double.NaN, 0, Double.NaN, Double.NaN});
    assertArrayEquals(new double[] {100_000, 100_047.9, 100_147.9, 100_195.6, 100_195.6}, r.equity(), 1e-9);
    assertArrayEquals(new double[] {0, 100, 100, 0, 0}, r.positions(), 0);
    assertArrayEquals(new double[] {0, 1, 0, 1, 0}, r.fees(), 0);
    assertEquals(2, r.tradeCount());
    assertEquals(2, r.totalFees(), 0);
    assertEquals(100_195.6 / 100_000 - 1, r.totalReturn(), 1e-12);
    assertEquals(100_047.9 / 100_000 - 1, r.returns()[1], 1e-12);
    double[] into = new double[5];
    bt.equity(OPEN, CLOSE, new double[] {100, Double.NaN, 0, Double.NaN, Double.NaN}, into);
    assertArrayEquals(r.equity(), into, 0);
  }

  /**
   * A short that loses more than the equity, as in the engine's {@code RuinReturnsTest}, no costs: 1000
   * cash, short 100 at bar 1's open 10, equity 1000, 1000, 500, -200, 200. The returns stop at -1 on the bar
   * the equity goes below zero and are 0 after it (not -1.4 and then -2), like the engine's.
   */
  @Test
  void ruinReturnsFollowTheEnginesRule() {
    VectorBacktest bt = VectorBacktest.builder().initialCash(1_000).build();
    double[] close = {10, 10, 15, 22, 18};
    double[] open = close.clone();
    VectorResult r = bt.run(open, close, new double[] {-100, Double.NaN, Double.NaN, Double.NaN, Double.NaN});
    assertArrayEquals(new double[] {1000, 1000, 500, -200, 200}, r.equity(), 1e-9);
    assertArrayEquals(new double[] {0, 0, -0.5, -1, 0}, r.returns(), 1e-12);
  }

  /** Short 10 at 11 less 5 bps (10.9945) with 2 bps commission on 109.945, covered at 13 plus 5 bps. */
  @Test
  void shortsAndBpsCommission() {
    VectorBacktest bt = VectorBacktest.builder().initialCash(1_000).slippageBps(5).commissionBps(2).build();
    VectorResult r = bt.run(OPEN, CLOSE, new double[] {-10, -10, 0, 0, 0});
    double sold = 10 * 11 * (1 - 0.0005);
    double cashAfterShort = 1_000 + sold - 0.0002 * sold;
    assertEquals(cashAfterShort - 10 * 11.5, r.equity(1), 1e-9);
    double bought = 10 * 13 * (1 + 0.0005);
    assertEquals(cashAfterShort - bought - 0.0002 * bought, r.equity(3), 1e-9);
    assertEquals(-10, r.position(2), 0);
    assertEquals(0, r.position(3), 0);
  }

  /** A weight of 1 invests all equity at the close: 100000 / 10.5 units bought at the next open 11. */
  @Test
  void weightsAreFractionsOfEquityAtTheClose() {
    VectorBacktest bt = VectorBacktest.builder().initialCash(100_000).build();
    VectorResult r = bt.runWeights(OPEN, CLOSE, new double[] {1, Double.NaN, Double.NaN, 0, 0});
    double units = 100_000 / 10.5;
    assertEquals(units, r.position(1), 1e-9);
    assertEquals(100_000 - units * 11 + units * 11.5, r.equity(1), 1e-7);
    assertEquals(100_000 + units * (14 - 11), r.equity(4), 1e-7);
  }

  @Test
  void multiplierScalesMoney() {
    VectorBacktest bt = VectorBacktest.builder().initialCash(100_000).multiplier(50).build();
    VectorResult r = bt.run(OPEN, CLOSE, new double[] {2, 2, 2, 2, 2});
    assertEquals(100_000 + 2 * 50 * (14.5 - 11), r.finalEquity(), 1e-9);
  }

  @Test
  void crossoverTargets() {
    double[] t = TargetPositions.crossover(new double[] {Double.NaN, 1, 2, 3, 3},
        new double[] {1, 2, 1, 3, 1}, 7);
    assertArrayEquals(new double[] {Double.NaN, 0, 7, Double.NaN, 7}, t, 0);
    assertArrayEquals(new double[] {-2, Double.NaN, 0}, TargetPositions.fromSignal(
        new double[] {1, Double.NaN, 0}, -2), 0);
    assertThrows(IllegalArgumentException.class, () -> TargetPositions.crossover(new double[1],
        new double[2], 1));
    assertThrows(IllegalArgumentException.class, () -> TargetPositions.fromSignal(
        new double[] {Double.POSITIVE_INFINITY}, 1));
  }

  @Test
  void runsOverASeries() {
    BarSeries.Builder b = BarSeries.builder("X");
    for (int i = 0; i < 5; i++) {
      b.add(Instant.EPOCH.plusSeconds(86_400L * i), OPEN[i], CLOSE[i] + 1, OPEN[i] - 1, CLOSE[i], 10);
    }
    VectorBacktest bt = VectorBacktest.builder().initialCash(1_000).build();
    double[] target = {1, 1, 1, 1, 1};
    assertArrayEquals(bt.run(OPEN, CLOSE, target).equity(), bt.run(b.build(), target).equity(), 0);
  }

  @Test
  void rejectsBadInput() {
    VectorBacktest bt = VectorBacktest.builder().initialCash(1_000).build();
    assertThrows(IllegalArgumentException.class, () -> VectorBacktest.builder().build());
    assertThrows(IllegalArgumentException.class, () -> VectorBacktest.builder().slippageBps(-1));
    assertThrows(IllegalArgumentException.class, () -> VectorBacktest.builder().commissionBps(1)
        .commissionPerShare(0.01, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> bt.run(OPEN, CLOSE, new double[4]));
    assertThrows(IllegalArgumentException.class, () -> bt.run(new double[] {1, 0}, new double[] {1, 1},
        new double[2]));
    assertThrows(IllegalArgumentException.class, () -> bt.run(OPEN, CLOSE,
        new double[] {1, 1, Double.NEGATIVE_INFINITY, 1, 1}));
    assertThrows(IllegalArgumentException.class, () -> bt.equity(OPEN, CLOSE, new double[5], new double[4]));
  }
}
