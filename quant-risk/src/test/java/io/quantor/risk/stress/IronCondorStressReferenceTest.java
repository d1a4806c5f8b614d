package io.quantor.risk.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.risk.greeks.IronCondors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stress P&amp;L of iron condors against {@code shared/reference/options/iron_condor.csv} (QuantLib 1.29):
 * the file prices each condor at two volatilities (15 % and 40 %) and three spots (95, 100, 108) for the
 * same strikes, expiry and rates, so a scenario that takes one row's market to another's must give the
 * difference of their {@code net_value} columns. Tolerance {@code 1e-12 S}.
 */
class IronCondorStressReferenceTest {

  @Test
  void volatilityShockMatchesTheRowAtTheOtherVolatility() {
    IronCondors file = IronCondors.read();
    int checked = 0;
    for (int low = 0; low < file.rows(); low++) {
      if (file.get("sigma", low) != 0.15) {
        continue;
      }
      int high = find(file, low, file.get("S", low), 0.4);
      StressScenario s = StressScenario.none("vol 15% -> 40%").withVolMultiplier(0.4 / 0.15);
      StressReport report = StressTest.standard().run(file.legs(low, 1), file.market(low), List.of(s));
      double expected = file.get("net_value", high) - file.get("net_value", low);
      assertEquals(expected, report.totalPnl(0), 1e-12 * file.get("S", low), "row " + low);
      checked++;
    }
    assertEquals(30, checked);
  }

  @Test
  void spotShockMatchesTheRowAtTheOtherSpot() {
    IronCondors file = IronCondors.read();
    int checked = 0;
    for (int base = 0; base < file.rows(); base++) {
      if (file.get("S", base) != 100) {
        continue;
      }
      double sigma = file.get("sigma", base);
      for (double target : new double[] {95, 108}) {
        int other = find(file, base, target, sigma);
        StressScenario s = StressScenario.spotMove("to " + target, target / 100 - 1);
        StressReport report = StressTest.standard().run(file.legs(base, 1), file.market(base), List.of(s));
        double expected = file.get("net_value", other) - file.get("net_value", base);
        assertEquals(expected, report.totalPnl(0), 1e-12 * 100, "row " + base + " to S = " + target);
        checked++;
      }
    }
    assertEquals(40, checked);
  }

  /** The row with the same strikes and expiry as {@code row}, at the given spot and volatility. */
  private static int find(IronCondors file, int row, double spot, double sigma) {
    for (int i = 0; i < file.rows(); i++) {
      if (file.get("S", i) == spot && file.get("sigma", i) == sigma && file.get("T", i) == file.get("T", row)
          && file.get("Kp1", i) == file.get("Kp1", row) && file.get("Kp2", i) == file.get("Kp2", row)
          && file.get("Kc1", i) == file.get("Kc1", row) && file.get("Kc2", i) == file.get("Kc2", row)) {
        return i;
      }
    }
    throw new AssertionError("no row at S = " + spot + ", sigma = " + sigma + " for row " + row);
  }
}
