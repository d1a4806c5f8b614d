package io.quantor.risk.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.risk.greeks.MarketSnapshot;
import io.quantor.risk.greeks.RiskPosition;
import io.quantor.risk.greeks.Underlying;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Invalid scenarios and stress inputs are rejected with a message naming the parameter and the value. */
class StressArgumentTest {

  private static void rejects(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  @Test
  void scenarios() {
    rejects("spotShock must be finite and > -1, was -1.0", () -> StressScenario.spotMove("x", -1));
    rejects("spotShocks[A] must be finite and > -1, was NaN",
        () -> StressScenario.none("x").withSpotShock("A", Double.NaN));
    rejects("volMultiplier must be finite and > 0, was 0.0",
        () -> StressScenario.none("x").withVolMultiplier(0));
    rejects("rateShift must be finite, was Infinity",
        () -> StressScenario.none("x").withRateShift(Double.POSITIVE_INFINITY));
    rejects("name must not be null", () -> StressScenario.none(null));
    rejects("horizonYears must be >= 0.0, was -1.0",
        () -> StressScenario.correlated("x", 1, -1, Map.of("A", 0.2)));
    rejects("volatilities[A] must be >= 0.0, was -0.2",
        () -> StressScenario.correlated("x", 1, 1, Map.of("A", -0.2)));
    rejects("spotShocks[A] must be finite and > -1, was Infinity",
        () -> StressScenario.correlated("x", 1e6, 1, Map.of("A", 1.0)));
  }

  @Test
  void stressTest() {
    MarketSnapshot market = MarketSnapshot.of(0, Underlying.of("A", 1));
    List<RiskPosition> book = List.of(RiskPosition.stock("A", 1));
    rejects("scenarios must not be empty, was []", () -> StressTest.standard().run(book, market, List.of()));
    rejects("symbol must be in the market snapshot, was B", () -> StressTest.standard()
        .run(List.of(RiskPosition.stock("B", 1)), market, List.of(StressScenario.none("x"))));
    rejects("pricer must not be null", () -> StressTest.of(null));
    StressReport report = StressTest.standard().run(book, market, List.of(StressScenario.none("x")));
    rejects("scenario must be in [0, 0], was 1", () -> report.totalPnl(1));
    rejects("position must be in [0, 0], was -1", () -> report.pnl(0, -1));
  }
}
