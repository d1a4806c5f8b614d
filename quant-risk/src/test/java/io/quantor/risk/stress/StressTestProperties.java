package io.quantor.risk.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.risk.greeks.PositionPricer;
import io.quantor.risk.greeks.RandomBooks;
import io.quantor.risk.greeks.RiskPosition;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Identities of full revaluation on random books (stocks, European and American options) and scenarios:
 * a zero shock gives exactly 0; P&amp;L is proportional to the quantity (to {@code 1e-12} of the position's
 * value); totals are the sums over positions; the worst scenario has the lowest total.
 */
class StressTestProperties {

  @Provide
  Arbitrary<List<RiskPosition>> books() {
    return RandomBooks.book();
  }

  @Provide
  Arbitrary<RiskPosition> positions() {
    return RandomBooks.position();
  }

  @Provide
  Arbitrary<StressScenario> scenarios() {
    Arbitrary<Double> shock = Arbitraries.doubles().between(-0.5, 0.5).ofScale(4);
    Arbitrary<Double> multiplier = Arbitraries.doubles().between(0.3, 3).ofScale(4);
    Arbitrary<Double> shift = Arbitraries.doubles().between(-0.02, 0.03).ofScale(4);
    return Combinators.combine(shock, shock, multiplier, shift)
        .as((all, a, m, dr) -> StressScenario.spotMove("random", all).withSpotShock("A", a)
            .withVolMultiplier(m).withRateShift(dr));
  }

  @Property(tries = 100)
  void zeroShockGivesZeroPnl(@ForAll("books") List<RiskPosition> book) {
    StressReport report = StressTest.standard().run(book, RandomBooks.MARKET,
        List.of(StressScenario.none("nothing"), StressScenario.spotMove("zero", 0).withVolMultiplier(1)));
    for (int k = 0; k < 2; k++) {
      assertEquals(0, report.totalPnl(k), 0);
      for (int j = 0; j < book.size(); j++) {
        assertEquals(0, report.pnl(k, j), 0);
      }
    }
  }

  @Property(tries = 100)
  void pnlIsLinearInQuantity(@ForAll("positions") RiskPosition position,
      @ForAll("scenarios") StressScenario scenario, @ForAll @IntRange(min = -20, max = 20) int factor) {
    RiskPosition base = position.withQuantity(position.quantity() == 0 ? 1 : position.quantity());
    RiskPosition scaled = base.withQuantity(base.quantity() * factor);
    double one = StressTest.standard().pnl(base, RandomBooks.MARKET, scenario);
    double many = StressTest.standard().pnl(scaled, RandomBooks.MARKET, scenario);
    // both are differences of values, so rounding is relative to the values, not to the P&L
    double value = Math.abs(PositionPricer.standard().value(base, RandomBooks.MARKET)) + Math.abs(one);
    assertEquals(factor * one, many, 1e-12 * Math.abs(factor) * value + 1e-12);
  }

  @Property(tries = 50)
  void totalsAreSumsAndWorstIsLowest(@ForAll("books") List<RiskPosition> book,
      @ForAll("scenarios") StressScenario first, @ForAll("scenarios") StressScenario second) {
    StressReport report = StressTest.standard().run(book, RandomBooks.MARKET, List.of(first, second));
    for (int k = 0; k < 2; k++) {
      double sum = 0;
      double scale = 0;
      for (int j = 0; j < book.size(); j++) {
        sum += report.pnl(k, j);
        scale += Math.abs(report.pnl(k, j));
        assertEquals(StressTest.standard().pnl(book.get(j), RandomBooks.MARKET, report.scenarios().get(k)),
            report.pnl(k, j), 0);
      }
      assertEquals(sum, report.totalPnl(k), 1e-12 * scale);
    }
    int worst = report.worstIndex();
    assertTrue(report.totalPnl(worst) <= report.totalPnl(1 - worst));
  }
}
