package io.quantor.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties every sizer keeps through the shared final step: the limits hold, the quantity is a whole
 * number of lots, the rule scales with equity, Kelly shrinks as variance grows, a zero signal is flat,
 * the position never opposes the signal, and more capital never shrinks a position.
 */
class SizingProperties {

  /** Requests across the whole space: any limits (or none), any lot size, optional inputs present or not. */
  @Provide
  Arbitrary<SizingRequest> requests() {
    Arbitrary<Double> signal = Arbitraries.frequencyOf(
        Tuple.of(6, d(-1, 1)),
        Tuple.of(1, Arbitraries.of(-1.0, 0.0, 1.0)));
    Arbitrary<SizingRequest.Builder> account = Combinators.combine(
        d(0.05, 2000),
        signal,
        d(1e3, 1e7),
        d(0, 1.5),
        Arbitraries.of(0.0, 0.0, 1.0, -1.0).flatMap(s -> d(0, 2000)
            .map(q -> s * q)),
        Arbitraries.of(0.001, 0.01, 0.1, 1.0, 1.0, 10.0, 100.0))
        .as((price, sig, equity, cashShare, current, lot) -> SizingRequest.builder("XYZ").price(price)
            .signal(sig).equity(equity).availableCapital(cashShare * equity).currentPosition(current)
            .lotSize(lot));
    return Combinators.combine(account,
        d(0, 5000).injectNull(0.5),
        d(0, 2).injectNull(0.5),
        d(0.01, 50).injectNull(0.1),
        d(0.02, 1.5).injectNull(0.1),
        d(0.01, 50).injectNull(0.1))
        .as((b, maxQuantity, maxFraction, stop, vol, atr) -> {
          if (maxQuantity != null) {
            b.maxQuantity(maxQuantity);
          }
          if (maxFraction != null) {
            b.maxFraction(maxFraction);
          }
          if (stop != null) {
            b.stopDistance(stop);
          }
          if (vol != null) {
            b.realizedVolatility(vol);
          }
          if (atr != null) {
            b.atr(atr);
          }
          return b.build();
        });
  }

  /** Every sizer of the package with parameters across their ranges. */
  @Provide
  Arbitrary<PositionSizer> sizers() {
    Arbitrary<Double> multiplier = d(0.05, 1);
    return Arbitraries.oneOf(
        d(0.001, 0.05).map(FixedFractionalSizer::risk),
        d(0.01, 2).map(FixedFractionalSizer::allocation),
        Arbitraries.integers().between(1, 50).map(EqualWeightSizer::new),
        Combinators.combine(d(0.01, 0.5), d(0.05, 0.5))
            .as(InverseVolatilitySizer::new),
        d(0.02, 0.5).map(VolatilityTargetSizer::new),
        Combinators.combine(d(0, 1), d(0.1, 5),
            multiplier).as(KellySizer::fromWinRate),
        Combinators.combine(d(-0.2, 0.3), d(1e-3, 0.5),
            multiplier).as(KellySizer::fromMoments),
        Combinators.combine(d(0.001, 0.05), d(0.5, 4))
            .as(AtrRiskSizer::new));
  }

  /** Doubles in a range with six decimals (jqwik's default scale, 2, would turn 0.001 into 0). */
  private static Arbitrary<Double> d(double min, double max) {
    return Arbitraries.doubles().between(min, max).ofScale(6);
  }

  /** The funding the capital limit allows, written from the Javadoc of {@link SizingResult#constrain}. */
  private static double funding(SizingRequest r, double target) {
    boolean sameSide = target != 0 && Math.signum(r.currentPosition()) == Math.signum(target);
    return r.availableCapital() + (sameSide ? Math.abs(r.currentPosition()) * r.price() : 0);
  }

  @Property(tries = 200)
  void neverExceedsMaximumPositionOrCapital(@ForAll("requests") SizingRequest r,
      @ForAll("sizers") PositionSizer sizer) {
    SizingResult s = sizer.size(r);
    double q = Math.abs(s.quantity());
    if (r.maxQuantity().isPresent()) {
      assertTrue(q <= r.maxQuantity().getAsDouble(), () -> q + " > maxQuantity\n" + s.explain());
    }
    if (r.maxFraction().isPresent()) {
      assertTrue(q * r.price() <= r.maxFraction().getAsDouble() * r.equity(),
          () -> q + " over maxFraction\n" + s.explain());
    }
    assertTrue(q * r.price() <= funding(r, s.quantity()), () -> q + " over capital\n" + s.explain());
    // rounding is toward zero: never more than the rule asked for (up to the 1e-9-lot tolerance)
    assertTrue(q <= Math.abs(s.unconstrainedQuantity()) + 1e-9 * r.lotSize(), s::explain);
    if (s.binding() == SizingConstraint.NONE) {
      assertEquals(s.unconstrainedQuantity(), s.quantity(), 1e-9 * r.lotSize(), s::explain);
    }
    Statistics.label("binding").collect(s.binding());
    Statistics.label("binding").coverage(c -> {
      for (SizingConstraint constraint : SizingConstraint.values()) {
        c.check(constraint).percentage(p -> p > 2);
      }
    });
  }

  @Property(tries = 200)
  void quantityIsAWholeNumberOfLots(@ForAll("requests") SizingRequest r,
      @ForAll("sizers") PositionSizer sizer) {
    SizingResult s = sizer.size(r);
    assertEquals(s.lots() * r.lotSize(), s.quantity(), 0.0);
    double lots = s.quantity() / r.lotSize();
    assertEquals(Math.rint(lots), lots, 1e-6 * Math.max(1, Math.abs(lots)));
    assertEquals(s.quantity() * r.price() / r.equity(), s.fraction(), 0.0);
    assertEquals(s.quantity() - r.currentPosition(), s.orderQuantity(), 0.0);
    assertTrue(s.explanation().size() >= 2, s::explain);
  }

  @Property(tries = 200)
  void scalingEquityScalesTheQuantityBeforeRounding(@ForAll("requests") SizingRequest r,
      @ForAll("sizers") PositionSizer sizer, @ForAll @DoubleRange(min = 0.1, max = 10) double k) {
    double base = sizer.size(r).unconstrainedQuantity();
    SizingRequest scaled = r.toBuilder().equity(k * r.equity()).build();
    double actual = sizer.size(scaled).unconstrainedQuantity();
    assertEquals(k * base, actual, 1e-12 * Math.abs(k * base));
  }

  @Property(tries = 200)
  void kellyFractionNeverGrowsWithVariance(@ForAll @DoubleRange(min = -0.3, max = 0.3) double mu,
      @ForAll @DoubleRange(min = 1e-4, max = 1) @Scale(6) double variance,
      @ForAll @DoubleRange(min = 0, max = 1) double extraVariance,
      @ForAll @DoubleRange(min = 0.05, max = 1) double multiplier,
      @ForAll("requests") SizingRequest r) {
    KellySizer calm = KellySizer.fromMoments(mu, variance, multiplier);
    KellySizer wild = KellySizer.fromMoments(mu, variance + extraVariance, multiplier);
    assertTrue(wild.fraction() <= calm.fraction(), () -> wild.fraction() + " > " + calm.fraction());
    double qCalm = Math.abs(calm.size(r).quantity());
    double qWild = Math.abs(wild.size(r).quantity());
    assertTrue(qWild <= qCalm, () -> qWild + " > " + qCalm);
  }

  @Property(tries = 200)
  void zeroSignalIsFlat(@ForAll("requests") SizingRequest r, @ForAll("sizers") PositionSizer sizer) {
    SizingResult s = sizer.size(r.toBuilder().signal(0).build());
    assertEquals(0.0, s.quantity(), 0.0);
    assertEquals(0, s.lots());
    assertEquals(0.0, s.unconstrainedQuantity(), 0.0);
  }

  @Property(tries = 200)
  void thePositionNeverOpposesTheSignal(@ForAll("requests") SizingRequest r,
      @ForAll("sizers") PositionSizer sizer) {
    SizingResult s = sizer.size(r);
    assertTrue(s.quantity() == 0 || Math.signum(s.quantity()) == r.direction(), s::explain);
    assertTrue(s.unconstrainedQuantity() == 0 || Math.signum(s.unconstrainedQuantity()) == r.direction(),
        s::explain);
  }

  @Property(tries = 200)
  void moreCapitalNeverShrinksThePosition(@ForAll("requests") SizingRequest r,
      @ForAll("sizers") PositionSizer sizer, @ForAll @DoubleRange(min = 0, max = 1e6) double extra) {
    double before = Math.abs(sizer.size(r).quantity());
    double after = Math.abs(sizer.size(r.toBuilder().availableCapital(r.availableCapital() + extra).build())
        .quantity());
    assertTrue(after >= before, () -> after + " < " + before);
  }
}
