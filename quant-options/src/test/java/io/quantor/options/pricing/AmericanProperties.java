package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Properties of the American pricers over random options: spot/strike in {@code [e^-1.1, e^1.1]} (deep in
 * and out of the money, checked with coverage statistics), {@code t} in {@code [1 day, 3 years]},
 * {@code r, q} in {@code [0, 0.1]}, {@code sigma} in {@code [0.1, 1]}, calls and puts. Trees: Leisen-Reimer
 * 201 steps, Cox-Ross-Rubinstein 400 steps. Tolerances are stated per property: {@code 1e-12 K} is
 * rounding, anything larger is the method's own discretisation error.
 *
 * <p>Known limits of Bjerksund-Stensland (both versions, exactly as in QuantLib) found by these
 * properties and therefore not asserted for it: its value can fall below the European value and the
 * intrinsic value (deep in-the-money calls with {@code r} close to 0 and high volatility, by up to 7% of
 * the strike), and it is not monotone in volatility (by up to 1e-4 K). What does hold, and is asserted,
 * is that it never exceeds the American price: it values an admissible exercise rule.
 */
@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
class AmericanProperties {

  private static final double K = 100;
  private static final BinomialTree LR = BinomialTree.leisenReimer(201);
  private static final BinomialTree CRR = BinomialTree.crr(400);

  /** One random option and market. */
  record Case(OptionType type, double spot, double t, double r, double q, double sigma) {

    double scale() {
      return spot * sigma * Math.sqrt(t);
    }

    double european() {
      return BlackScholes.price(type, spot, K, t, r, q, sigma);
    }

    Case withSpot(double s) {
      return new Case(type, s, t, r, q, sigma);
    }

    Case withSigma(double v) {
      return new Case(type, spot, t, r, q, v);
    }

    Case withType(OptionType newType, double newQ) {
      return new Case(newType, spot, t, r, newQ, sigma);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s S=%s K=100 t=%s r=%s q=%s sigma=%s", type, spot, t, r, q, sigma);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
        Arbitraries.of(OptionType.class),
        Arbitraries.doubles().between(-1.1, 1.1).ofScale(4).map(x -> K * Math.exp(x)),
        Arbitraries.integers().between(1, 3 * 365).map(days -> days / 365.0),
        Arbitraries.doubles().between(0.0, 0.1).ofScale(4),
        Arbitraries.doubles().between(0.0, 0.1).ofScale(4),
        Arbitraries.doubles().between(0.1, 1.0).ofScale(3)).as(Case::new);
  }

  private static void classify(Case c) {
    double m = c.type.sign() * Math.log(c.spot / K) / (c.sigma * Math.sqrt(c.t));
    String moneyness = m > 1.5 ? "deep ITM" : m < -1.5 ? "deep OTM" : "near the money";
    Statistics.label("moneyness").collect(moneyness);
    Statistics.label("type").collect(c.type);
    Statistics.label("moneyness").coverage(coverage -> {
      coverage.check("deep ITM").percentage(p -> p >= 5);
      coverage.check("deep OTM").percentage(p -> p >= 5);
      coverage.check("near the money").percentage(p -> p >= 5);
    });
  }

  private static double baw(Case c) {
    return BaroneAdesiWhaley.price(c.type, c.spot, K, c.t, c.r, c.q, c.sigma);
  }

  private static double bjs(Case c) {
    return BjerksundStensland.price(c.type, c.spot, K, c.t, c.r, c.q, c.sigma);
  }

  private static double bjs2002(Case c) {
    return BjerksundStensland.price2002(c.type, c.spot, K, c.t, c.r, c.q, c.sigma);
  }

  private static double tree(BinomialTree tree, ExerciseStyle exercise, Case c) {
    return tree.price(c.type, exercise, c.spot, K, c.t, c.r, c.q, c.sigma);
  }

  @Property(tries = 200)
  void americanIsWorthAtLeastEuropeanAndIntrinsic(@ForAll("cases") Case c) {
    classify(c);
    double european = c.european();
    double intrinsic = c.type.payoff(c.spot, K);
    double baw = baw(c);
    // The critical price meets value matching only to 1e-6 K (the method's stopping rule), so just
    // beyond it S - K may sit that much below the European value.
    assertTrue(baw >= european - 1e-6 * K, () -> "BAW " + baw + " < European " + european);
    assertTrue(baw >= intrinsic - 1e-12 * K, () -> "BAW " + baw + " < intrinsic " + intrinsic);
    for (BinomialTree tree : new BinomialTree[] {LR, CRR}) {
      double american = tree(tree, ExerciseStyle.AMERICAN, c);
      double treeEuropean = tree(tree, ExerciseStyle.EUROPEAN, c);
      assertTrue(american >= treeEuropean, () -> tree + " American " + american + " < " + treeEuropean);
      assertTrue(american >= intrinsic, () -> tree + " American " + american + " < intrinsic " + intrinsic);
    }
  }

  @Property(tries = 200)
  void americanCallWithoutDividendsIsTheEuropeanCall(@ForAll("cases") Case any) {
    Case c = any.withType(OptionType.CALL, 0.0);
    classify(any);
    double european = c.european();
    assertEquals(european, baw(c), "BAW");
    assertEquals(european, bjs(c), "Bjerksund-Stensland 1993");
    assertEquals(european, bjs2002(c), "Bjerksund-Stensland 2002");
    // Trees: to their discretisation error (Leisen-Reimer converges at 1/n^2, CRR at 1/n). CRR's error
    // oscillates with the strike's position between nodes: a scan of this range (sigma 10% to 30%,
    // t to 3 years, r to 10%, spot 0.33 to 3 strikes) found 2.0e-3 scale (sigma 10%, t 3, r 10%, S 73).
    assertEquals(european, tree(LR, ExerciseStyle.AMERICAN, c), 2e-6 * c.scale(), "LR 201");
    assertEquals(european, tree(CRR, ExerciseStyle.AMERICAN, c), 3e-3 * c.scale(), "CRR 400");
  }

  @Property(tries = 200)
  void pricesAreMonotoneInSpot(@ForAll("cases") Case c) {
    classify(c);
    Case higher = c.withSpot(c.spot * 1.003);
    double sign = c.type.sign();
    double tol = 1e-12 * K;
    assertTrue(sign * (baw(higher) - baw(c)) >= -tol, "BAW");
    assertTrue(sign * (bjs(higher) - bjs(c)) >= -tol, "Bjerksund-Stensland 1993");
    assertTrue(sign * (bjs2002(higher) - bjs2002(c)) >= -tol, "Bjerksund-Stensland 2002");
    for (BinomialTree tree : new BinomialTree[] {LR, CRR}) {
      assertTrue(sign * (tree(tree, ExerciseStyle.AMERICAN, higher) - tree(tree, ExerciseStyle.AMERICAN, c))
          >= -tol, tree::toString);
    }
  }

  @Property(tries = 200)
  void pricesIncreaseWithVolatility(@ForAll("cases") Case c) {
    classify(c);
    Case higher = c.withSigma(c.sigma * 1.01);
    assertTrue(baw(higher) - baw(c) >= -1e-12 * K, "BAW");
    // A tree with a fixed step count is monotone only up to its discretisation error, which oscillates
    // with sigma (the nodes move across the strike): 2e-6 scale for LR 201, scale/400 for CRR 400.
    double lrChange = tree(LR, ExerciseStyle.AMERICAN, higher) - tree(LR, ExerciseStyle.AMERICAN, c);
    assertTrue(lrChange >= -2e-6 * c.scale(), () -> "LR: " + lrChange);
    double crrChange = tree(CRR, ExerciseStyle.AMERICAN, higher) - tree(CRR, ExerciseStyle.AMERICAN, c);
    assertTrue(crrChange >= -c.scale() / 400, () -> "CRR: " + crrChange);
  }

  @Property(tries = 100)
  void bjerksundStenslandNeverExceedsTheAmericanPrice(@ForAll("cases") Case c) {
    classify(c);
    // Leisen-Reimer with 801 steps stands in for the American price, with its discretisation error.
    double american = tree(BinomialTree.leisenReimer(801), ExerciseStyle.AMERICAN, c);
    double allowance = 2e-4 * c.scale() + 1e-12 * K;
    assertTrue(bjs(c) <= american + allowance, () -> "1993 " + bjs(c) + " > " + american);
    assertTrue(bjs2002(c) <= american + allowance, () -> "2002 " + bjs2002(c) + " > " + american);
  }

  @Property(tries = 100)
  void europeanTreesConvergeToTheClosedForm(@ForAll("cases") Case c) {
    classify(c);
    double european = c.european();
    double lrCoarse = Math.abs(tree(BinomialTree.leisenReimer(101), ExerciseStyle.EUROPEAN, c) - european);
    double lrFine = Math.abs(tree(BinomialTree.leisenReimer(401), ExerciseStyle.EUROPEAN, c) - european);
    // Second order: four times the steps cut the error about sixteenfold; asserted: at least fourfold,
    // above a floor of 1e-7 of the option's scale, where the coarse error is already at the level of the
    // tree's rounding and smoothing terms (a seed found LR 101 at 9.7e-9, LR 401 at 4.7e-9).
    assertTrue(lrFine <= lrCoarse / 4 + 1e-7 * c.scale() + 1e-12 * K,
        () -> "LR 101: " + lrCoarse + ", LR 401: " + lrFine);
    for (int n : new int[] {100, 400, 1600}) {
      double crr = Math.abs(tree(BinomialTree.crr(n), ExerciseStyle.EUROPEAN, c) - european);
      assertTrue(crr <= 0.5 * c.scale() / n, () -> "CRR " + n + ": error " + crr);
    }
  }
}
