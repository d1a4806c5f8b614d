package io.quantor.risk.greeks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Risk-budget sizing on random books, structures and caps.
 *
 * <ul>
 *   <li>The feasible set is exactly {@code [smallestQuantity, quantity]}: a brute-force scan of every
 *       {@code x} in {@code [0, maxQuantity]} with the defining inequality {@code |E + x u| <= L} finds the
 *       same interval (or nothing when the result says so).</li>
 *   <li>The quantity keeps every cap when the combined portfolio (book plus the structure's legs times the
 *       quantity) is revalued from scratch, and one more unit breaks the binding cap unless the maximum
 *       quantity binds. The revaluation adds the legs in another order than {@code E + x u}, so it is
 *       compared with a relative tolerance of {@code 1e-9} of the limit (the generators put no exposure that
 *       close to a limit except by chance).</li>
 * </ul>
 * Limits are drawn as {@code a |E| + b |u|} (a in [0.5, 3], b in [0, 60]) so that caps bind inside and
 * outside the range of quantities and books that already breach a cap occur; coverage checks that every
 * outcome is reached.
 */
class GreeksRiskBudgetProperties {

  private static final double REVALUATION_TOL = 1e-9;

  record Case(List<RiskPosition> book, List<RiskPosition> structure, List<double[]> capShapes,
      List<Greek> greeks, List<String> scopes, long maxQuantity) {
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<double[]> shape = Combinators.combine(Arbitraries.doubles().between(0.5, 3),
        Arbitraries.doubles().between(0, 60)).as((a, b) -> new double[] {a, b});
    Arbitrary<Greek> greek = Arbitraries.of(Greek.class);
    Arbitrary<String> scope = Arbitraries.of("portfolio", "A", "B");
    return Combinators.combine(RandomBooks.book(), RandomBooks.structure(), shape.list().ofSize(3),
        greek.list().ofSize(3), scope.list().ofSize(3), Arbitraries.longs().between(0, 50))
        .as(Case::new);
  }

  private static GreeksCap shapeless(String scope, Greek greek, double limit) {
    return scope.equals("portfolio") ? GreeksCap.portfolio(greek, limit) : GreeksCap.underlying(scope, greek,
        limit);
  }

  @Property(tries = 150)
  void quantityIsTheLargestThatKeepsEveryCap(@ForAll("cases") Case c) {
    PortfolioGreeks book = PortfolioGreeks.of(c.book(), RandomBooks.MARKET);
    PortfolioGreeks unit = PortfolioGreeks.of(c.structure(), RandomBooks.MARKET);
    List<GreeksCap> caps = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      GreeksCap probe = shapeless(c.scopes().get(i), c.greeks().get(i), 0);
      double limit = c.capShapes().get(i)[0] * Math.abs(book.exposure(probe))
          + c.capShapes().get(i)[1] * Math.abs(unit.exposure(probe));
      caps.add(shapeless(c.scopes().get(i), c.greeks().get(i), limit));
    }
    GreeksLimits limits = new GreeksLimits(caps);
    RiskBudgetResult r = GreeksRiskBudget.largestQuantity(book, unit, limits, c.maxQuantity());
    Statistics.label("binding").collect(r.binding());
    Statistics.label("binding").coverage(coverage -> {
      coverage.check(RiskBudgetResult.Binding.CAP).count(n -> n > 0);
      coverage.check(RiskBudgetResult.Binding.MAX_QUANTITY).count(n -> n > 0);
      coverage.check(RiskBudgetResult.Binding.NO_FEASIBLE_QUANTITY).count(n -> n > 0);
    });

    // brute force over the defining inequality
    long first = -1;
    long last = -1;
    for (long x = 0; x <= c.maxQuantity(); x++) {
      boolean kept = true;
      for (GreeksCap cap : caps) {
        kept &= Math.abs(book.exposure(cap) + x * unit.exposure(cap)) <= cap.limit();
      }
      if (kept) {
        assertTrue(first < 0 || last == x - 1, "feasible set is not an interval at " + x);
        first = first < 0 ? x : first;
        last = x;
      }
    }
    if (first < 0) {
      assertFalse(r.isFeasible());
      assertEquals(RiskBudgetResult.Binding.NO_FEASIBLE_QUANTITY, r.binding());
      return;
    }
    assertTrue(r.isFeasible());
    assertEquals(last, r.quantity());
    assertEquals(first, r.smallestQuantity());

    // independent revaluation of the combined portfolio at the quantity and one more unit
    PortfolioGreeks at = combined(c, r.quantity());
    for (GreeksCap cap : caps) {
      assertTrue(Math.abs(at.exposure(cap)) <= cap.limit() * (1 + REVALUATION_TOL) + 1e-9,
          cap + " broken at " + r.quantity() + ": " + at.exposure(cap));
    }
    if (r.binding() == RiskBudgetResult.Binding.MAX_QUANTITY) {
      assertEquals(c.maxQuantity(), r.quantity());
      assertNull(r.bindingCap());
    } else {
      GreeksCap binding = r.bindingCap();
      double next = combined(c, r.quantity() + 1).exposure(binding);
      assertTrue(Math.abs(next) > binding.limit() * (1 - REVALUATION_TOL),
          binding + " still kept at " + (r.quantity() + 1) + ": " + next);
    }
  }

  private static PortfolioGreeks combined(Case c, long quantity) {
    List<RiskPosition> all = new ArrayList<>(c.book());
    for (RiskPosition leg : c.structure()) {
      all.add(leg.withQuantity(leg.quantity() * quantity));
    }
    return PortfolioGreeks.of(all, RandomBooks.MARKET);
  }
}
