package io.quantor.options.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.chain.OptionContract;
import io.quantor.options.internal.Normal;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.Greeks;
import io.quantor.options.pricing.OptionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Properties of structures on random single-expiry positions (1 to 5 legs, strikes 80..120, quantities
 * -3..3, prices 0..20, multiplier 100): payoff is the sum of the legs' payoffs, max profit and max loss
 * bound every sampled outcome and are attained, breakevens are zeros where the position starts or stops
 * losing, profit ranges match the sign of the profit, Greeks aggregate linearly, the probability of profit
 * and of its reverse add to one; touch probabilities dominate terminal probabilities and grow with time.
 */
class StructureProperties {

  private static final LocalDate EXPIRY = LocalDate.of(2024, 3, 15);

  @Provide
  Arbitrary<OptionStructure> structures() {
    Arbitrary<Leg> leg = Combinators.combine(
        Arbitraries.of(OptionType.values()),
        Arbitraries.integers().between(16, 24),
        Arbitraries.integers().between(-3, 3).filter(q -> q != 0),
        Arbitraries.doubles().between(0, 20).ofScale(4))
        .as((type, k, q, price) -> Leg.of(
            OptionContract.of("SPY", type, 5.0 * k, EXPIRY, ExerciseStyle.EUROPEAN), q, price));
    return leg.list().ofMinSize(1).ofMaxSize(5).map(legs -> OptionStructure.of(StructureKind.CUSTOM, legs));
  }

  /** The payoff written out leg by leg, independently of {@link Leg#payoffAtExpiry}. */
  private static double payoffByHand(OptionStructure s, double spot) {
    double sum = 0;
    for (Leg leg : s.legs()) {
      double k = leg.contract().strike();
      double perUnit = leg.contract().type() == OptionType.CALL
          ? Math.max(spot - k, 0) : Math.max(k - spot, 0);
      sum += leg.quantity() * 100.0 * perUnit;
    }
    return sum;
  }

  /** A scale for rounding tolerances: the position's size in money around the strikes. */
  private static double scale(OptionStructure s) {
    double units = 0;
    for (Leg leg : s.legs()) {
      units += Math.abs(leg.units()) * (leg.contract().strike() + leg.price());
    }
    return units;
  }

  private static double[] samples() {
    double[] x = new double[1 + 600 + 3];
    for (int i = 0; i <= 600; i++) {
      x[i] = 0.5 * i;
    }
    x[601] = 1e-9;
    x[602] = 1e4;
    x[603] = 1e6;
    return x;
  }

  @Property(tries = 200)
  void payoffAtExpiryIsTheSumOfTheLegsPayoffs(@ForAll("structures") OptionStructure s,
      @ForAll @DoubleRange(min = 0, max = 300) double spot) {
    assertEquals(payoffByHand(s, spot), s.payoffAtExpiry(spot), 1e-12 * scale(s));
    ExpiryProfile profile = ExpiryProfile.of(s);
    assertEquals(s.payoffAtExpiry(spot) - s.netPremium(), profile.profitAt(spot), 1e-12 * scale(s));
  }

  @Property(tries = 200)
  void maxProfitAndMaxLossBoundEverySampledOutcomeAndAreAttained(@ForAll("structures") OptionStructure s) {
    ExpiryProfile p = ExpiryProfile.of(s);
    double tol = 1e-12 * scale(s);
    double best = Double.NEGATIVE_INFINITY;
    double worst = Double.POSITIVE_INFINITY;
    for (double x : samples()) {
      double profit = p.profitAt(x);
      best = Math.max(best, profit);
      worst = Math.min(worst, profit);
    }
    for (Leg leg : s.legs()) {
      best = Math.max(best, p.profitAt(leg.contract().strike()));
      worst = Math.min(worst, p.profitAt(leg.contract().strike()));
    }
    if (p.maxProfit().isPresent()) {
      assertTrue(best <= p.maxProfit().getAsDouble() + tol, () -> "sampled profit above max: " + p);
      assertEquals(p.maxProfit().getAsDouble(), best, tol, "max profit is attained at 0 or a strike");
    } else {
      // Unbounded: profit keeps growing far out.
      assertTrue(p.profitAt(1e6) > p.profitAt(1e4), p::toString);
    }
    if (p.maxLoss().isPresent()) {
      assertTrue(-worst <= p.maxLoss().getAsDouble() + tol, () -> "sampled loss above max: " + p);
      assertEquals(p.maxLoss().getAsDouble(), -worst, tol, "max loss is attained at 0 or a strike");
    } else {
      assertTrue(p.profitAt(1e6) < p.profitAt(1e4), p::toString);
    }
  }

  @Property(tries = 200)
  void breakevensAreWhereTheLossStartsOrStops(@ForAll("structures") OptionStructure s) {
    ExpiryProfile p = ExpiryProfile.of(s);
    double tol = 1e-12 * scale(s);
    double previous = 0;
    for (double b : p.breakevens()) {
      assertTrue(b > previous, () -> "breakevens increasing and positive: " + p);
      previous = b;
      assertEquals(0, p.profitAt(b), tol, () -> "profit at breakeven " + b + ": " + p);
      double h = 1e-6 * (1 + b);
      boolean lossLeft = p.profitAt(b - h) < -tol;
      boolean lossRight = p.profitAt(b + h) < -tol;
      assertTrue(lossLeft != lossRight, () -> "loss on exactly one side of " + b + ": " + p);
    }
  }

  @Property(tries = 200)
  void profitRangesHoldExactlyThePricesWithAProfit(@ForAll("structures") OptionStructure s) {
    ExpiryProfile p = ExpiryProfile.of(s);
    double tol = 1e-9 * scale(s);
    for (double x : samples()) {
      if (x == 0) {
        continue; // S_T > 0: the ranges are open at 0
      }
      double profit = p.profitAt(x);
      boolean inRange = p.profitRanges().stream().anyMatch(r -> r.contains(x));
      if (profit > tol) {
        assertTrue(inRange, () -> "profit " + profit + " at " + x + " outside " + p.profitRanges());
      } else if (profit < -tol) {
        assertTrue(!inRange, () -> "loss " + profit + " at " + x + " inside " + p.profitRanges());
      }
    }
  }

  @Property(tries = 100)
  void greeksAggregateLinearly(@ForAll("structures") OptionStructure a,
      @ForAll("structures") OptionStructure b, @ForAll @IntRange(min = 2, max = 5) int factor,
      @ForAll @DoubleRange(min = 60, max = 140) double spot,
      @ForAll @DoubleRange(min = 0.05, max = 0.8) double vol) {
    double t = 45 / 365.0;
    Greeks ga = StructurePricer.greeks(a, spot, t, 0.04, 0.01, vol);
    Greeks gb = StructurePricer.greeks(b, spot, t, 0.04, 0.01, vol);
    List<Leg> union = new ArrayList<>(a.legs());
    union.addAll(b.legs());
    Greeks gab = StructurePricer.greeks(OptionStructure.of(StructureKind.CUSTOM, union), spot, t, 0.04, 0.01,
        vol);
    List<Leg> scaled = new ArrayList<>();
    for (Leg leg : a.legs()) {
      scaled.add(Leg.of(leg.contract(), leg.quantity() * factor, leg.price()));
    }
    Greeks gk = StructurePricer.greeks(OptionStructure.of(StructureKind.CUSTOM, scaled), spot, t, 0.04, 0.01,
        vol);
    Greeks gr = StructurePricer.greeks(a.reversed(), spot, t, 0.04, 0.01, vol);
    double[] va = ga.toArray();
    double[] vb = gb.toArray();
    double[] vab = gab.toArray();
    double[] vk = gk.toArray();
    double[] vr = gr.toArray();
    for (int i = 0; i < Greeks.SIZE; i++) {
      double tol = 1e-12 * (1 + Math.abs(va[i]) + Math.abs(vb[i])) * 1e3;
      assertEquals(va[i] + vb[i], vab[i], tol, "component " + i);
      assertEquals(factor * va[i], vk[i], 1e-12 * (1 + Math.abs(vk[i])) * 1e3, "component " + i);
      assertEquals(-va[i], vr[i], 0.0, "component " + i);
    }
  }

  @Property(tries = 200)
  void probabilityOfProfitAndOfItsReverseAddToOne(@ForAll("structures") OptionStructure s,
      @ForAll @DoubleRange(min = 60, max = 140) double spot,
      @ForAll @DoubleRange(min = 0.05, max = 0.8) double vol,
      @ForAll @IntRange(min = 1, max = 400) int days) {
    // The reverse position's profit is exactly the negative; only a zero-profit plateau (probability > 0 of
    // neither winning nor losing) would break the identity, and random prices make one impossible.
    double t = days / 365.0;
    double pop = ProbabilityOfProfit.of(ExpiryProfile.of(s), spot, t, 0.04, 0.01, vol);
    double reverse = ProbabilityOfProfit.of(ExpiryProfile.of(s.reversed()), spot, t, 0.04, 0.01, vol);
    assertTrue(pop >= 0 && pop <= 1);
    Assume.that(!hasZeroPlateau(ExpiryProfile.of(s)));
    assertEquals(1, pop + reverse, 1e-12);
  }

  private static boolean hasZeroPlateau(ExpiryProfile p) {
    for (double x : samples()) {
      if (p.profitAt(x) == 0 && p.profitAt(x + 0.25) == 0) {
        return true;
      }
    }
    return false;
  }

  @Property(tries = 200)
  void touchingIsAtLeastAsLikelyAsFinishingBeyondAndGrowsWithTime(
      @ForAll @DoubleRange(min = 30, max = 300) double barrier,
      @ForAll @DoubleRange(min = 0.01, max = 1.5) double vol,
      @ForAll @DoubleRange(min = -0.05, max = 0.1) double r,
      @ForAll @DoubleRange(min = 0.001, max = 3) @Scale(4) double t) {
    double spot = 100;
    double touch = ProbabilityOfTouch.of(spot, barrier, t, r, 0.01, vol);
    double z = (Math.log(barrier / spot) - (r - 0.01 - 0.5 * vol * vol) * t) / (vol * Math.sqrt(t));
    double beyond = barrier > spot ? Normal.cdf(-z) : Normal.cdf(z);
    assertTrue(touch >= beyond - 1e-15, () -> "touch " + touch + " < terminal " + beyond);
    double later = ProbabilityOfTouch.of(spot, barrier, t * 1.5, r, 0.01, vol);
    assertTrue(later >= touch - 1e-15, () -> "touch decreased with time: " + touch + " -> " + later);
    double fartherBarrier = barrier > spot ? barrier * 1.1 : barrier / 1.1;
    double farther = ProbabilityOfTouch.of(spot, fartherBarrier, t, r, 0.01, vol);
    assertTrue(farther <= touch + 1e-15, () -> "farther barrier more likely: " + touch + " -> " + farther);
  }
}
