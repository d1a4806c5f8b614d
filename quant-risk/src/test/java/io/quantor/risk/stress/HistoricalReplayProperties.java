package io.quantor.risk.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.risk.greeks.RandomBooks;
import io.quantor.risk.greeks.RiskPosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The {@code O(n)} replay (prefix sums of log returns) against a brute-force {@code O(n N)} scan that
 * compounds each window's returns directly and revalues the book through {@link StressTest}.
 *
 * <p>Both compute every window's P&amp;L; they agree to {@code 1e-10} of the book's gross value plus the
 * P&amp;L (the compounded returns differ by a few ulps; over 60 days of returns up to 20 % a spot can grow
 * a hundredfold). The worst window found is the brute force's worst up to that
 * tolerance: its P&amp;L equals the brute-force minimum, and when the brute-force minimum is unique by more
 * than the tolerance the start index is the same.
 */
class HistoricalReplayProperties {

  record Case(List<RiskPosition> book, double[] a, double[] b, int window) {
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 60);
    return length.flatMap(n -> {
      Arbitrary<double[]> returns = Arbitraries.doubles().between(-0.2, 0.2).ofScale(6)
          .array(double[].class).ofSize(n);
      // a quarter of the histories repeat a few values, to produce ties between windows
      Arbitrary<double[]> repetitive = Arbitraries.of(-0.01, 0.0, 0.02).array(double[].class).ofSize(n);
      Arbitrary<double[]> column = Arbitraries.frequencyOf(
          Tuple.of(3, returns), Tuple.of(1, repetitive));
      return Combinators.combine(RandomBooks.book(), column, column, Arbitraries.integers().between(1, n))
          .as(Case::new);
    });
  }

  @Property(tries = 100)
  void replayFindsTheBruteForceWorstWindow(@ForAll("cases") Case c) {
    ReturnHistory history = ReturnHistory.of(Map.of("A", c.a(), "B", c.b()));
    int n = c.a().length;
    int w = c.window();
    double gross = 1;
    for (RiskPosition p : c.book()) {
      gross += Math.abs(p.units()) * RandomBooks.MARKET.underlying(p.underlying()).spot();
    }

    double[] fast = HistoricalReplay.standard().windowPnl(c.book(), RandomBooks.MARKET, history, w);
    assertEquals(n - w + 1, fast.length);
    double[] slow = new double[n - w + 1];
    int slowWorst = 0;
    for (int s = 0; s < slow.length; s++) {
      Map<String, Double> shocks = new LinkedHashMap<>();
      shocks.put("A", compound(c.a(), s, w));
      shocks.put("B", compound(c.b(), s, w));
      StressScenario scenario = new StressScenario("window " + s, 0, shocks, 1, 0);
      slow[s] = c.book().isEmpty() ? 0
          : StressTest.standard().run(c.book(), RandomBooks.MARKET, List.of(scenario)).totalPnl(0);
      assertEquals(slow[s], fast[s], 1e-10 * (gross + Math.abs(slow[s])), "window " + s);
      if (slow[s] < slow[slowWorst]) {
        slowWorst = s;
      }
    }
    double tol = 1e-10 * (gross + Math.abs(slow[slowWorst]));
    ReplayResult worst = HistoricalReplay.standard().worstWindow(c.book(), RandomBooks.MARKET, history, w);
    assertEquals(slow[slowWorst], worst.pnl(), tol);
    assertEquals(fast[worst.start()], worst.pnl(), 0);
    boolean unique = true;
    for (int s = 0; s < slow.length; s++) {
      if (s != slowWorst && slow[s] <= slow[slowWorst] + 2 * tol) {
        unique = false;
      }
    }
    if (unique) {
      assertEquals(slowWorst, worst.start());
    } else {
      assertTrue(slow[worst.start()] <= slow[slowWorst] + 2 * tol);
    }
    if (c.book().stream().anyMatch(p -> p.underlying().equals("A"))) {
      double move = compound(c.a(), worst.start(), w);
      assertEquals(move, worst.scenario().spotShock("A"), 1e-12 * (1 + Math.abs(move)));
    }
  }

  private static double compound(double[] returns, int start, int window) {
    double growth = 1;
    for (int t = start; t < start + window; t++) {
      growth *= 1 + returns[t];
    }
    return growth - 1;
  }
}
