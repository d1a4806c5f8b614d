package io.quantor.backtest.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of regret: over time it starts at 0 and ends at the final wealth difference (the
 * cumulative-return regret) and the log of the wealth ratio; it is antisymmetric; a strategy has no
 * regret against itself; against cash it is the strategy's own metrics.
 */
class RegretProperties {

  @Property(tries = 150)
  void regretOverTimeEndsAtTheFinalWealthDifference(@ForAll @IntRange(min = 1, max = 200) int n,
      @ForAll long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] strategy = rng.doubles(n, -0.05, 0.06).toArray();
    double[] baseline = rng.doubles(n, -0.04, 0.05).toArray();
    RegretReport report = Regret.of(strategy, List.of(Baseline.of("b", baseline)));
    BaselineRegret r = report.regret("b");
    double[] wealth = r.wealthDifference();
    double[] logWealth = r.logWealthDifference();
    assertEquals(n + 1, wealth.length);
    assertEquals(0, wealth[0], 0);
    assertEquals(0, logWealth[0], 0);
    double gs = 1;
    double gb = 1;
    for (int t = 0; t < n; t++) {
      gs *= 1 + strategy[t];
      gb *= 1 + baseline[t];
    }
    assertEquals(gs - gb, r.finalWealthDifference(), 1e-12);
    assertEquals(r.regret().cumulativeReturn(), r.finalWealthDifference(), 1e-12);
    assertEquals(Math.log(gs) - Math.log(gb), r.finalLogWealthDifference(), 1e-12);
  }

  @Property(tries = 100)
  void regretIsAntisymmetricAndZeroAgainstItself(@ForAll @IntRange(min = 2, max = 120) int n,
      @ForAll long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] a = rng.doubles(n, -0.05, 0.06).toArray();
    double[] b = rng.doubles(n, -0.04, 0.05).toArray();
    BaselineRegret ab = Regret.of(a, List.of(Baseline.of("b", b))).regret("b");
    BaselineRegret ba = Regret.of(b, List.of(Baseline.of("a", a))).regret("a");
    BaselineRegret aa = Regret.of(a, List.of(Baseline.of("a", a))).regret("a");
    for (Metric m : Metric.values()) {
      double x = ab.regret().get(m);
      double y = ba.regret().get(m);
      assertEquals(Double.isNaN(x), Double.isNaN(y), m.name());
      if (!Double.isNaN(x)) {
        assertEquals(-x, y, 0, m.name());
        assertEquals(0, aa.regret().get(m), 0, m.name());
      }
    }
    double[] forward = ab.logWealthDifference();
    double[] backward = ba.logWealthDifference();
    for (int t = 0; t <= n; t++) {
      assertEquals(-forward[t], backward[t], 1e-13);
    }
    assertArrayEquals(new double[n + 1], aa.wealthDifference(), 0);
  }

  @Property(tries = 100)
  void regretAgainstCashIsTheStrategysMetrics(@ForAll @IntRange(min = 1, max = 120) int n,
      @ForAll long seed) {
    double[] s = new SplittableRandom(seed).doubles(n, -0.05, 0.06).toArray();
    RegretReport report = Regret.of(s, List.of(Baselines.cash(n)));
    assertEquals(report.strategy(), report.regret(Baselines.CASH).regret());
  }
}
