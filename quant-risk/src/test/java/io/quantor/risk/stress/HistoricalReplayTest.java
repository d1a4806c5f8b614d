package io.quantor.risk.stress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.options.pricing.OptionType;
import io.quantor.risk.greeks.MarketSnapshot;
import io.quantor.risk.greeks.RiskPosition;
import io.quantor.risk.greeks.Underlying;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Historical replay on hand-checkable histories. */
class HistoricalReplayTest {

  private static final MarketSnapshot MARKET = MarketSnapshot.of(0.05,
      Underlying.of("A", 100), Underlying.of("B", 50));

  /**
   * 10 shares of A at 100 over returns +1 %, -2 %, -3 %, +4 %, -1 %: the 2-day windows compound to
   * 1.01 * 0.98 - 1 = -1.02 %, 0.98 * 0.97 - 1 = -4.94 %, 0.97 * 1.04 - 1 = +0.88 %, 1.04 * 0.99 - 1 =
   * +2.96 %; P&amp;L 1,000 times those: -10.2, -49.4, +8.8, +29.6. The worst window starts at 1.
   */
  @Test
  void stockWindowsCompoundTheReturns() {
    ReturnHistory history = ReturnHistory.of(Map.of("A", new double[] {0.01, -0.02, -0.03, 0.04, -0.01}));
    List<RiskPosition> book = List.of(RiskPosition.stock("A", 10));
    double[] pnl = HistoricalReplay.standard().windowPnl(book, MARKET, history, 2);
    assertArrayEquals(new double[] {-10.2, -49.4, 8.8, 29.6}, pnl, 1e-12);
    ReplayResult worst = HistoricalReplay.standard().worstWindow(book, MARKET, history, 2);
    assertEquals(1, worst.start());
    assertEquals(2, worst.windowDays());
    assertEquals(-49.4, worst.pnl(), 1e-12);
    assertEquals(-0.0494, worst.scenario().spotShock("A"), 1e-15);
    // the window as a scenario reproduces its P&L in a stress test
    StressReport replayed = StressTest.standard().run(book, MARKET, List.of(worst.scenario()));
    assertEquals(-49.4, replayed.totalPnl(0), 1e-12);
  }

  /** A window of the whole history is the compounded return; a window of one day each day's return. */
  @Test
  void windowLengthsOneAndFull() {
    ReturnHistory history = ReturnHistory.of(Map.of("A", new double[] {0.1, -0.5, 0.2}));
    List<RiskPosition> book = List.of(RiskPosition.stock("A", -1));
    assertArrayEquals(new double[] {-10, 50, -20},
        HistoricalReplay.standard().windowPnl(book, MARKET, history, 1), 1e-12);
    // 1.1 * 0.5 * 1.2 = 0.66: a short share gains 34
    assertArrayEquals(new double[] {34},
        HistoricalReplay.standard().windowPnl(book, MARKET, history, 3), 1e-12);
  }

  /**
   * Revaluation keeps convexity: a short put loses more from the compounded two-day fall than the sum of
   * its two one-day losses.
   */
  @Test
  void shortPutLosesMoreFromTheCompoundedMove() {
    ReturnHistory history = ReturnHistory.of(Map.of("A", new double[] {-0.10, -0.10}));
    List<RiskPosition> book = List.of(RiskPosition.option("A", OptionType.PUT, 95, 0.25, -1, 0.3));
    double[] daily = HistoricalReplay.standard().windowPnl(book, MARKET, history, 1);
    double twoDays = HistoricalReplay.standard().windowPnl(book, MARKET, history, 2)[0];
    assertEquals(true, twoDays < daily[0] + daily[1], twoDays + " vs " + (daily[0] + daily[1]));
  }

  /** Ties go to the earliest window; underlyings of the history that the book does not hold are ignored. */
  @Test
  void tiesGoToTheEarliestWindow() {
    ReturnHistory history = ReturnHistory.of(Map.of(
        "A", new double[] {0.0, -0.05, 0.0, -0.05, 0.0},
        "C", new double[] {-0.9, -0.9, -0.9, -0.9, -0.9}));
    ReplayResult worst = HistoricalReplay.standard().worstWindow(List.of(RiskPosition.stock("A", 1)),
        MARKET, history, 1);
    assertEquals(1, worst.start());
    assertEquals(Map.of("A", -0.05), Map.of("A", worst.scenario().spotShocks().get("A")));
  }

  @Test
  void rejectsInvalidInput() {
    ReturnHistory history = ReturnHistory.of(Map.of("A", new double[] {0.01, 0.02}));
    List<RiskPosition> book = List.of(RiskPosition.stock("A", 1));
    HistoricalReplay replay = HistoricalReplay.standard();
    assertThrows(IllegalArgumentException.class, () -> replay.windowPnl(book, MARKET, history, 0));
    assertThrows(IllegalArgumentException.class, () -> replay.windowPnl(book, MARKET, history, 3));
    assertThrows(IllegalArgumentException.class,
        () -> replay.windowPnl(List.of(RiskPosition.stock("B", 1)), MARKET, history, 1));
    assertThrows(IllegalArgumentException.class,
        () -> ReturnHistory.of(Map.of("A", new double[] {0.01, -1.0})));
    assertThrows(IllegalArgumentException.class,
        () -> ReturnHistory.of(Map.of("A", new double[] {0.01, Double.NaN})));
    assertThrows(IllegalArgumentException.class,
        () -> ReturnHistory.of(Map.of("A", new double[] {0.01}, "B", new double[] {0.01, 0.02})));
    assertThrows(IllegalArgumentException.class, () -> ReturnHistory.of(Map.of("A", new double[0])));
    assertThrows(IllegalArgumentException.class, () -> ReturnHistory.of(Map.of()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReturnHistory.of(Map.of("A", new double[] {0.01, -2})));
    assertEquals("returns[A][1] must be finite and > -1, was -2.0", e.getMessage());
  }
}
