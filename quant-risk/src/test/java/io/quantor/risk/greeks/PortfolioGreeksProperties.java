package io.quantor.risk.greeks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Aggregation identities: portfolio and per-underlying Greeks are sums of the position Greeks, and every
 * position Greek is proportional to the quantity. Tolerance {@code 1e-12} of the sum of absolute values
 * (a few roundings per addend).
 */
class PortfolioGreeksProperties {

  @Provide
  Arbitrary<List<RiskPosition>> books() {
    return RandomBooks.book();
  }

  @Provide
  Arbitrary<RiskPosition> positions() {
    return RandomBooks.position();
  }

  @Property(tries = 100)
  void aggregateGreeksAreSums(@ForAll("books") List<RiskPosition> book) {
    PortfolioGreeks g = PortfolioGreeks.of(book, RandomBooks.MARKET);
    for (Greek greek : Greek.values()) {
      double total = 0;
      double scale = 0;
      for (RiskPosition p : book) {
        double v = PositionPricer.standard().greeks(p, RandomBooks.MARKET).exposure().value(greek);
        total += v;
        scale += Math.abs(v);
      }
      assertEquals(total, g.total().value(greek), 1e-12 * scale, greek.name());
      double byUnderlying = 0;
      for (Map.Entry<String, GreeksExposure> e : g.byUnderlying().entrySet()) {
        double sum = 0;
        for (PositionGreeks p : g.positions()) {
          if (p.position().underlying().equals(e.getKey())) {
            sum += p.exposure().value(greek);
          }
        }
        assertEquals(sum, e.getValue().value(greek), 1e-12 * scale, greek + " of " + e.getKey());
        byUnderlying += e.getValue().value(greek);
      }
      assertEquals(g.total().value(greek), byUnderlying, 1e-12 * scale, greek + " over underlyings");
    }
  }

  @Property(tries = 100)
  void greeksAreLinearInQuantity(@ForAll("positions") RiskPosition position,
      @ForAll @IntRange(min = -50, max = 50) int factor) {
    double q = position.quantity() == 0 ? 1 : position.quantity();
    RiskPosition base = position.withQuantity(q);
    RiskPosition scaled = position.withQuantity(q * factor);
    GreeksExposure one = PositionPricer.standard().greeks(base, RandomBooks.MARKET).exposure();
    GreeksExposure many = PositionPricer.standard().greeks(scaled, RandomBooks.MARKET).exposure();
    for (Greek greek : Greek.values()) {
      double expected = factor * one.value(greek);
      assertEquals(expected, many.value(greek), 1e-12 * Math.abs(expected), greek.name());
    }
  }
}
