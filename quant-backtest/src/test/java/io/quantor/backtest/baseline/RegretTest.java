package io.quantor.backtest.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked regret: against cash it is the strategy's own metrics; a strategy equal to buy-and-hold
 * has none; the wealth paths of a two-bar case; the report's text and JSON form.
 */
class RegretTest {

  private static final double[] ASSET = {0.01, -0.02, 0.015, 0.03, -0.01, 0.004, -0.012, 0.02};
  private static final double[] EXPOSURE = {0, 1, 1, 0, 0, 1, 0, 0};

  @Test
  void regretAgainstCashIsTheStrategysMetrics() {
    double[] strategy = VariantReturns.of(ASSET, EXPOSURE, 5);
    RegretReport report = Regret.of(strategy, List.of(Baselines.cash(ASSET.length)));
    BaselineRegret cash = report.regret(Baselines.CASH);
    assertEquals(report.strategy(), cash.regret());
    assertEquals(new MetricValues(0, 0, 0, 0, 0, 0, 0), cash.values());
    // the strategy itself: wealth 1 * 1 (r0 = 0) * (1 + 0.015 - 0.0005) * (1 + 0.03) * ... by hand
    double[] byHand = {0, -0.0005, 0.015, 0.03 - 0.0005, 0, -0.0005, -0.012 - 0.0005, 0};
    assertArrayEquals(byHand, strategy, 1e-15);
    double growth = 0.9995 * 1.015 * 1.0295 * 0.9995 * 0.9875;
    assertEquals(growth - 1, cash.regret().cumulativeReturn(), 1e-15);
    assertEquals(growth - 1, cash.finalWealthDifference(), 1e-15);
    assertEquals(Math.log(growth), cash.finalLogWealthDifference(), 1e-15);
  }

  @Test
  void aStrategyEqualToBuyAndHoldHasNoRegret() {
    Baseline hold = Baselines.buyAndHold(ASSET, 10);
    RegretReport report = Regret.of(hold.returns(), List.of(hold));
    BaselineRegret r = report.regret(Baselines.BUY_AND_HOLD);
    for (Metric m : Metric.values()) {
      assertEquals(0, r.regret().get(m), 0, m.name());
    }
    assertArrayEquals(new double[ASSET.length + 1], r.wealthDifference(), 0);
    assertArrayEquals(new double[ASSET.length + 1], r.logWealthDifference(), 0);
  }

  @Test
  void wealthDifferencesOfATwoBarCase() {
    double[] strategy = {0.1, -0.1};
    double[] baseline = {0.05, 0.0};
    // strategy wealth 1, 1.1, 0.99; baseline 1, 1.05, 1.05
    assertArrayEquals(new double[] {0, 0.05, -0.06}, Regret.wealthDifference(strategy, baseline), 1e-15);
    assertArrayEquals(new double[] {0, Math.log(1.1 / 1.05), Math.log(0.99 / 1.05)},
        Regret.logWealthDifference(strategy, baseline), 1e-15);
  }

  @Test
  void renderShowsEveryBaselineAndMetric() {
    double[] strategy = VariantReturns.of(ASSET, EXPOSURE, 5);
    RandomEntry random = Baselines.randomEntry(ASSET, EXPOSURE, 51, 3L, 5);
    RegretReport report = Regret.of(strategy,
        List.of(Baselines.cash(ASSET.length), Baselines.buyAndHold(ASSET, 5)), random);
    assertEquals(List.of(Baselines.CASH, Baselines.BUY_AND_HOLD, RandomEntry.MEDIAN_DRAW),
        report.baselines().stream().map(BaselineRegret::baseline).toList());
    assertEquals(51, report.randomDraws());
    String text = report.render();
    String[] lines = text.split("\n");
    assertTrue(lines[0].startsWith("Regret: strategy minus baseline (8 bars; 252 periods a year"),
        lines[0]);
    assertTrue(lines[1].startsWith("metric"), lines[1]);
    assertTrue(lines[1].contains(RandomEntry.MEDIAN_DRAW), lines[1]);
    for (Metric m : Metric.values()) {
      assertTrue(text.contains("\n" + m.label() + " "), m.label());
    }
    assertTrue(text.contains("Random entry: 51 draws"), text);
    // the cash row of the wealth table: wealth 1, difference = the strategy's total return
    String cashRow = List.of(lines).stream().filter(l -> l.startsWith("cash ")).findFirst().orElseThrow();
    assertTrue(cashRow.matches("cash\\s+1\\.0000\\s+\\+0\\.0\\d{3}\\s+\\+0\\.0\\d{3}"), cashRow);
  }

  @Test
  void reportSerializesToJsonByItsComponents() throws Exception {
    double[] strategy = VariantReturns.of(ASSET, EXPOSURE, 5);
    RandomEntry random = Baselines.randomEntry(ASSET, EXPOSURE, 11, 3L, 5);
    RegretReport report = Regret.of(strategy, List.of(Baselines.cash(ASSET.length)), random);
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));
    assertEquals(8, json.get("bars").asInt());
    assertEquals(report.strategy().sharpeRatio(), json.get("strategy").get("sharpeRatio").asDouble(), 0);
    assertEquals(9, json.get("baselines").get(0).get("wealthDifference").size());
    assertEquals("SHARPE_RATIO", json.get("randomEntry").get(3).get("metric").asText());
    assertEquals(report.randomEntry(Metric.SHARPE_RATIO).pValue(),
        json.get("randomEntry").get(3).get("pValue").asDouble(), 0);
  }

  @Test
  void misuseIsRejected() {
    double[] strategy = VariantReturns.of(ASSET, EXPOSURE, 5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Regret.of(strategy, List.of(Baselines.cash(3))));
    assertEquals("baseline \"cash\" must have the length of strategyReturns (8), was 3", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Regret.of(strategy, List.of(Baselines.cash(8), Baselines.cash(8))));
    assertEquals("baselines must have distinct names, \"cash\" appears twice", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Regret.of(strategy, List.of()));
    assertEquals("baselines must not be empty", e.getMessage());
    RegretReport report = Regret.of(strategy, List.of(Baselines.cash(8)));
    assertThrows(IllegalArgumentException.class, () -> report.randomEntry(Metric.SHARPE_RATIO));
    assertThrows(IllegalArgumentException.class, () -> report.regret("nothing"));
  }
}
