package io.quantor.backtest.metrics;

import static io.quantor.backtest.metrics.ReturnMetricsTest.expectMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked drawdowns and drawdown tables: depths, peaks, troughs, recoveries, ties, bad input. */
class DrawdownTest {

  @Test
  void maximumDrawdownOfReturns() {
    // Wealth 100 -> 110 -> 88 -> 92.4 -> 120.12: from 110 down to 88 (-20 %), back above 110 at the end.
    Drawdown dd = Drawdown.of(new double[] {0.10, -0.20, 0.05, 0.30});
    assertEquals(-0.2, dd.depth(), 1e-15);
    assertEquals(1, dd.peakIndex());
    assertEquals(2, dd.troughIndex());
    assertEquals(4, dd.recoveryIndex());
    assertEquals(4, dd.lastIndex());
    assertTrue(dd.recovered());
    assertEquals(1, dd.peakToTroughBars());
    assertEquals(2, dd.troughToRecoveryBars());
    assertEquals(3, dd.durationBars());
    assertEquals(110, dd.peakValue(), 1e-12);
    assertEquals(88, dd.troughValue(), 1e-12);
  }

  @Test
  void theStartingWealthCountsAsAPeak() {
    // A first loss is a drawdown from W_0 = 100 (position 0).
    Drawdown dd = Drawdown.of(new double[] {-0.5, 0.2});
    assertEquals(-0.5, dd.depth());
    assertEquals(0, dd.peakIndex());
    assertEquals(1, dd.troughIndex());
    assertFalse(dd.recovered());
    assertEquals(-1, dd.recoveryIndex());
    assertEquals(-1, dd.troughToRecoveryBars());
    // Not recovered: the duration runs to the end of the curve.
    assertEquals(2, dd.durationBars());
  }

  @Test
  void tiesMoveThePeakForwardAndKeepTheFirstTrough() {
    // Equity 100, 100, 90, 100, 100, 95, 101: the peak is the LAST position at the high before the
    // trough (1, not 0); the first fall is the deepest (-10 %), recovered at 3.
    Drawdown dd = Drawdown.ofEquity(new double[] {100, 100, 90, 100, 100, 95, 101});
    assertEquals(1, dd.peakIndex());
    assertEquals(2, dd.troughIndex());
    assertEquals(3, dd.recoveryIndex());
    // Equal minima: the first is the trough.
    Drawdown first = Drawdown.ofEquity(new double[] {100, 90, 90, 95, 90, 100});
    assertEquals(1, first.troughIndex());
    assertEquals(5, first.recoveryIndex());
  }

  @Test
  void aCurveThatNeverFallsHasNoDrawdown() {
    Drawdown dd = Drawdown.of(new double[] {0.01, 0.0, 0.02});
    assertEquals(0.0, dd.depth());
    assertEquals(0, dd.peakIndex());
    assertEquals(0, dd.troughIndex());
    assertFalse(dd.recovered());
    assertTrue(DrawdownTable.of(new double[] {0.01, 0.0, 0.02}, 3).periods().isEmpty());
  }

  @Test
  void aTotalLossIsMinusOne() {
    Drawdown dd = Drawdown.of(new double[] {0.1, -1.0, 0.5});
    assertEquals(-1.0, dd.depth());
    assertEquals(1, dd.peakIndex());
    assertEquals(2, dd.troughIndex());
    assertEquals(0.0, dd.troughValue());
  }

  @Test
  void wealthIndexStartsAtOneHundred() {
    // 100 * cumprod(1 + r) with the start prepended.
    double[] w = Drawdown.wealthIndex(new double[] {0.5, -0.5, 1.0});
    assertArrayEquals(new double[] {100, 150, 75, 150}, w, 1e-12);
  }

  @Test
  void tableListsTheDeepestNonOverlappingPeriods() {
    // Equity 100, 110, 99, 121, 120, 60, 90, 130, 117:
    //   A: peak 1 (110), trough 2 (99, -10 %), recovered at 3 (121);
    //   B: peak 3 (121), trough 5 (60, -61/121 = -50.4 %), recovered at 7 (130);
    //   C: peak 7 (130), trough 8 (117, -10 %), not recovered.
    double[] equity = {100, 110, 99, 121, 120, 60, 90, 130, 117};
    DrawdownTable table = DrawdownTable.ofEquity(equity, 5);
    List<Drawdown> p = table.periods();
    assertEquals(3, p.size());
    assertPeriod(p.get(0), -61.0 / 121, 3, 5, 7);
    // A and C are equally deep (-0.1 exactly in doubles): the earlier one comes first.
    assertPeriod(p.get(1), -0.1, 1, 2, 3);
    assertPeriod(p.get(2), -0.1, 7, 8, -1);
    assertEquals(1, p.get(2).durationBars());
    // The first row is the maximum drawdown.
    assertEquals(Drawdown.ofEquity(equity), p.get(0));
    assertArrayEquals(new double[] {0, 0, -0.1, 0, -1.0 / 121, -61.0 / 121, -31.0 / 121, 0, -0.1},
        table.underwater(), 1e-15);
    // top = 2 keeps the two deepest.
    assertEquals(p.subList(0, 2), DrawdownTable.ofEquity(equity, 2).periods());
  }

  @Test
  void tableOfReturnsUsesTheWealthIndex() {
    // Wealth 100, 90, 99, 108.9, 87.12, 95.832: a fall of 10 % from the start, recovered at 3, then one
    // of 20 % from 108.9 (peak 3, trough 4), not recovered. The deeper one is listed first.
    DrawdownTable table = DrawdownTable.of(new double[] {-0.1, 0.1, 0.1, -0.2, 0.1}, 10);
    List<Drawdown> p = table.periods();
    assertEquals(2, p.size());
    assertPeriod(p.get(0), -0.2, 3, 4, -1);
    assertPeriod(p.get(1), -0.1, 0, 1, 3);
    assertEquals(6, table.underwater().length);
  }

  @Test
  void badInputIsRejected() {
    expectMessage("returns[0] must be >= -1", () -> Drawdown.of(new double[] {-1.01}));
    expectMessage("equity[0] must be > 0, was 0.0", () -> Drawdown.ofEquity(new double[] {0, 1}));
    expectMessage("equity[2] must be >= 0, was -1.0", () -> Drawdown.ofEquity(new double[] {1, 2, -1}));
    expectMessage("equity[1] must be finite, was NaN",
        () -> Drawdown.ofEquity(new double[] {1, Double.NaN}));
    expectMessage("equity must not be empty", () -> DrawdownTable.ofEquity(new double[0], 1));
    expectMessage("top must be >= 1, was 0", () -> DrawdownTable.of(new double[] {0.1}, 0));
    expectMessage("depth must be finite and <= 0, was 0.1", () -> new Drawdown(0.1, 0, 0, -1, 1, 1, 1));
    expectMessage("indices must satisfy", () -> new Drawdown(-0.1, 2, 1, -1, 3, 1, 0.9));
    expectMessage("indices must satisfy", () -> new Drawdown(-0.1, 0, 1, 1, 3, 1, 0.9));
  }

  private static void assertPeriod(Drawdown d, double depth, int peak, int trough, int recovery) {
    assertEquals(depth, d.depth(), 1e-14, "depth");
    assertEquals(peak, d.peakIndex(), "peak");
    assertEquals(trough, d.troughIndex(), "trough");
    assertEquals(recovery, d.recoveryIndex(), "recovery");
  }
}
