package io.quantor.backtest.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantor.core.testing.ReferenceTable;
import io.quantor.core.testing.SharedData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Baselines, random entry and regret on real data: ORCL daily returns 1996-04-15 .. 2014-12-31 (4,712
 * returns, {@code shared/reference/metrics/returns.csv}).
 *
 * <p>Reference: buy-and-hold without cost, measured against cash, must reproduce the full-period ORCL
 * metrics of {@code shared/reference/metrics/metrics.json} (empyrical 0.5.5 formulas, numpy/scipy,
 * cross-checked in R) within {@value #TOLERANCE} relative, since its returns are the asset's and the
 * regret against cash is the strategy's own metrics.
 *
 * <p>Random entry uses a 50-day moving-average trend filter computed here (long the next day when the
 * close index is above its 50-day mean, flat otherwise), 5 bps per unit of turnover. There is no
 * published value for it: the test checks consistency on a realistic series (ranks in range, p-values
 * recounted from the draws, exposure kept, the regret over time ending at the final wealth difference
 * within 1e-9 relative).
 */
class BaselineOrclTest {

  /** The relative tolerance against metrics.json: {@value}. */
  static final double TOLERANCE = 1e-10;

  private static final int WINDOW = 50;
  private static final int DRAWS = 400;

  private static double[] orcl;
  private static double[] exposure;
  private static JsonNode reference;

  @BeforeAll
  static void load() throws IOException {
    reference = new ObjectMapper().readTree(SharedData.file("reference/metrics/metrics.json").toFile())
        .get("full_period");
    ReferenceTable table = ReferenceTable.read(SharedData.file("reference/metrics/returns.csv"));
    orcl = table.column("orcl_return");
    double[] index = new double[orcl.length];
    double level = 1;
    for (int t = 0; t < orcl.length; t++) {
      level *= 1 + orcl[t];
      index[t] = level;
    }
    exposure = new double[orcl.length];
    double sum = 0;
    for (int t = 0; t < orcl.length; t++) {
      sum += index[t];
      if (t >= WINDOW) {
        sum -= index[t - WINDOW];
      }
      exposure[t] = t >= WINDOW - 1 && index[t] > sum / WINDOW ? 1 : 0;
    }
  }

  @Test
  void buyAndHoldAgainstCashReproducesTheReferenceMetrics() {
    Baseline hold = Baselines.buyAndHold(orcl, 0);
    MetricValues v = Regret.of(hold.returns(), List.of(Baselines.cash(orcl.length))).regret(Baselines.CASH)
        .regret();
    assertClose("cumulative_return", v.cumulativeReturn());
    assertClose("annual_return", v.annualReturn());
    assertClose("annual_volatility", v.annualVolatility());
    assertClose("sharpe_ratio_rf0", v.sharpeRatio());
    assertClose("sortino_ratio", v.sortinoRatio());
    assertClose("max_drawdown", v.maxDrawdown());
    assertClose("calmar_ratio", v.calmarRatio());
    double rf = reference.get("rf_daily_geometric").asDouble();
    MetricValues withRf = MetricValues.of(hold.returns(), MetricSettings.of(252, rf));
    assertClose("sharpe_ratio_rf_geometric", withRf.sharpeRatio());
  }

  private static void assertClose(String key, double actual) {
    double expected = reference.get(key).asDouble();
    assertEquals(expected, actual, TOLERANCE * Math.abs(expected), key);
  }

  @Test
  void randomEntryRanksTheTrendFilterConsistently() {
    assertEquals(4712, orcl.length);
    RandomEntry random = Baselines.randomEntry(orcl, exposure, DRAWS, 20_240_601L, 5);
    int exposed = 0;
    for (double e : exposure) {
      exposed += e != 0 ? 1 : 0;
    }
    assertTrue(random.runs().size() > 50, "the filter trades: " + random.runs().size() + " runs");
    for (int d = 0; d < DRAWS; d += 37) {
      int drawExposed = 0;
      for (double e : random.exposure(d)) {
        drawExposed += e != 0 ? 1 : 0;
      }
      assertEquals(exposed, drawExposed, "draw " + d);
      assertEquals(random.runs().size(), PositionRun.find(random.exposure(d)).size(), "draw " + d);
    }
    double[] strategy = VariantReturns.of(orcl, exposure, 5);
    for (MetricDistribution dist : random.distributions(strategy)) {
      Metric m = dist.metric();
      assertEquals(DRAWS, dist.definedDraws(), m.name());
      assertTrue(dist.percentileRank() >= 0 && dist.percentileRank() <= 1, m.name());
      int atLeastAsGood = 0;
      for (double v : random.values(m)) {
        atLeastAsGood += (m.higherIsBetter() ? v >= dist.strategy() : v <= dist.strategy()) ? 1 : 0;
      }
      assertEquals((1.0 + atLeastAsGood) / (1.0 + DRAWS), dist.pValue(), 1e-15, m.name());
      assertTrue(dist.lower() < dist.median() && dist.median() < dist.upper(), m.name());
    }
    RegretReport report = Regret.of(strategy,
        List.of(Baselines.cash(orcl.length), Baselines.buyAndHold(orcl, 5)), random);
    for (BaselineRegret r : report.baselines()) {
      double expected = r.regret().cumulativeReturn();
      assertEquals(expected, r.finalWealthDifference(), 1e-9 * Math.max(1, Math.abs(expected)),
          r.baseline());
    }
    String text = report.render();
    assertTrue(text.contains("Random entry: 400 draws"), text);
  }
}
