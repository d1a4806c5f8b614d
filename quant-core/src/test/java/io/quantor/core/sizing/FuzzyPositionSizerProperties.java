package io.quantor.core.sizing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.regime.TrendRegime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Properties of the fuzzy sizer's default rule base: the fraction is in [0, 1], higher confidence never
 * lowers it (the rule base is monotone in confidence by construction; see default-sizer.fcl), going with
 * the trend never gives less than going against it, and a sized position never opposes the signal.
 */
class FuzzyPositionSizerProperties {

  private static final FuzzyPositionSizer SIZER = FuzzyPositionSizer.withDefaultRules(0.25);

  @Property(tries = 200)
  void fractionIsInTheUnitInterval(@ForAll @DoubleRange(min = 0, max = 1) double confidence,
      @ForAll @DoubleRange(min = 0, max = 1) double ivRank,
      @ForAll @DoubleRange(min = 0, max = 3) double vol,
      @ForAll @DoubleRange(min = -1, max = 1) double trend) {
    double f = SIZER.evaluate(confidence, ivRank, vol, trend).fraction();
    assertTrue(f >= 0 && f <= 1, "fraction " + f);
  }

  @Property(tries = 200)
  void higherConfidenceNeverLowersTheFraction(@ForAll @DoubleRange(min = 0, max = 1) double a,
      @ForAll @DoubleRange(min = 0, max = 1) double b, @ForAll @DoubleRange(min = 0, max = 1) double ivRank,
      @ForAll @DoubleRange(min = 0, max = 1.5) double vol,
      @ForAll @DoubleRange(min = -1, max = 1) double trend) {
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    double fLo = SIZER.evaluate(lo, ivRank, vol, trend).fraction();
    double fHi = SIZER.evaluate(hi, ivRank, vol, trend).fraction();
    assertTrue(fLo <= fHi + 1e-12, fLo + " at confidence " + lo + " > " + fHi + " at " + hi);
  }

  @Property(tries = 200)
  void withTheTrendNeverBelowAgainstIt(@ForAll @DoubleRange(min = 0, max = 1) double confidence,
      @ForAll @DoubleRange(min = 0, max = 1) double ivRank,
      @ForAll @DoubleRange(min = 0, max = 1.5) double vol) {
    double with = SIZER.evaluate(confidence, ivRank, vol, 1).fraction();
    double neutral = SIZER.evaluate(confidence, ivRank, vol, 0).fraction();
    double against = SIZER.evaluate(confidence, ivRank, vol, -1).fraction();
    assertTrue(with >= neutral - 1e-12 && neutral >= against - 1e-12, with + ", " + neutral + ", " + against);
  }

  @Property(tries = 200)
  void positionFollowsTheSignalAndGrowsWithConfidence(@ForAll @DoubleRange(min = -1, max = 1) double s1,
      @ForAll @DoubleRange(min = 0, max = 1) double ivRank,
      @ForAll @DoubleRange(min = 0.01, max = 1.5) double vol, @ForAll TrendRegime regime) {
    SizingRequest.Builder b = SizingRequest.builder("XYZ").price(20).equity(1e6).availableCapital(1e6)
        .ivRank(ivRank).realizedVolatility(vol).regime(regime);
    SizingResult r = SIZER.size(b.signal(s1).build());
    assertTrue(r.quantity() * s1 >= 0, "quantity " + r.quantity() + " for signal " + s1);
    SizingResult stronger = SIZER.size(b.signal(Math.signum(s1) * Math.min(1, Math.abs(s1) + 0.1)).build());
    assertTrue(Math.abs(stronger.quantity()) >= Math.abs(r.quantity()) || s1 == 0,
        stronger.quantity() + " < " + r.quantity());
  }
}
