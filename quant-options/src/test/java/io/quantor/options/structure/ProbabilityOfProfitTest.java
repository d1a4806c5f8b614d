package io.quantor.options.structure;

import static io.quantor.options.pricing.OptionType.CALL;
import static io.quantor.options.pricing.OptionType.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.internal.Normal;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * {@link ProbabilityOfProfit}: closed forms on simple positions ({@code P(S_T > x) = N(d2(x))}), and a seeded
 * Monte Carlo check of 400,000 exact log-normal terminal prices per structure (within 4.5 binomial standard
 * errors).
 */
class ProbabilityOfProfitTest {

  private static final double S = 100;
  private static final double T = 45 / 365.0;
  private static final double R = 0.04;
  private static final double Q = 0.01;
  private static final double SIGMA = 0.25;

  /** {@code P(S_T < x)} under the model, written out for the test. */
  private static double below(double x) {
    double v = SIGMA * Math.sqrt(T);
    return Normal.cdf((Math.log(x / S) - (R - Q - 0.5 * SIGMA * SIGMA) * T) / v);
  }

  @Test
  void longCallWinsAboveStrikePlusPremium() {
    ExpiryProfile p = ExpiryProfile.of(Structures.of(StructureKind.CUSTOM, CALL, 105, 1, 2.0));
    assertEquals(1 - below(107), ProbabilityOfProfit.of(p, S, T, R, Q, SIGMA), 1e-15);
  }

  @Test
  void ironCondorWinsBetweenItsBreakevens() {
    OptionStructure condor = Structures.of(StructureKind.IRON_CONDOR, PUT, 85, 1, 0.30, PUT, 92, -1, 1.10,
        CALL, 108, -1, 0.95, CALL, 115, 1, 0.25);
    ExpiryProfile p = ExpiryProfile.of(condor);
    double credit = 1.10 + 0.95 - 0.30 - 0.25;
    assertEquals(below(108 + credit) - below(92 - credit), ProbabilityOfProfit.of(p, S, T, R, Q, SIGMA),
        1e-14);
    // Carrying the premium to expiry widens the profit range by the interest on the credit.
    ExpiryProfile fv = ExpiryProfile.carried(condor, R, T);
    double grown = credit / Math.exp(-R * T);
    assertEquals(below(108 + grown) - below(92 - grown), ProbabilityOfProfit.of(fv, S, T, R, Q, SIGMA),
        1e-14);
  }

  @Test
  void zeroVarianceIsDeterministic() {
    ExpiryProfile p = ExpiryProfile.of(Structures.of(StructureKind.CUSTOM, CALL, 100, 1, 1.0));
    // Forward 100 e^{0.03 T} < 101: no profit; with T = 1 the forward is 103.05 > 101.
    assertEquals(0, ProbabilityOfProfit.of(p, S, T, R, Q, 0));
    assertEquals(1, ProbabilityOfProfit.of(p, S, 1, R, Q, 0));
    assertEquals(0, ProbabilityOfProfit.of(p, S, 0, R, Q, SIGMA));
    assertThrows(IllegalArgumentException.class, () -> ProbabilityOfProfit.of(p, 0, T, R, Q, SIGMA));
    assertThrows(IllegalArgumentException.class, () -> ProbabilityOfProfit.of(p, S, T, R, Q, Double.NaN));
  }

  @Test
  void agreesWithMonteCarlo() {
    List<OptionStructure> structures = List.of(
        Structures.of(StructureKind.IRON_CONDOR, PUT, 85, 1, 0.30, PUT, 92, -1, 1.10, CALL, 108, -1, 0.95,
            CALL, 115, 1, 0.25),
        Structures.of(StructureKind.STRANGLE, PUT, 90, -2, 0.80, CALL, 110, -2, 0.70),
        Structures.of(StructureKind.BUTTERFLY, PUT, 85, 1, 0.3, PUT, 95, -2, 1.6, PUT, 100, 1, 3.3),
        Structures.of(StructureKind.VERTICAL, PUT, 95, -3, 1.8, PUT, 90, 3, 0.8),
        Structures.of(StructureKind.CUSTOM, CALL, 100, 1, 3.5, PUT, 100, 1, 2.9, CALL, 120, -1, 0.3));
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20240315L);
    ContinuousSampler gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
    int n = 400_000;
    double drift = (R - Q - 0.5 * SIGMA * SIGMA) * T;
    double v = SIGMA * Math.sqrt(T);
    for (OptionStructure s : structures) {
      ExpiryProfile profile = ExpiryProfile.of(s);
      double closed = ProbabilityOfProfit.of(profile, S, T, R, Q, SIGMA);
      int wins = 0;
      for (int i = 0; i < n; i++) {
        double terminal = S * Math.exp(drift + v * gaussian.sample());
        wins += profile.profitAt(terminal) > 0 ? 1 : 0;
      }
      double estimate = (double) wins / n;
      double se = Math.sqrt(closed * (1 - closed) / n);
      assertTrue(closed > 0.05 && closed < 0.95, () -> "a discriminating case: " + closed);
      assertTrue(Math.abs(estimate - closed) <= 4.5 * se, String.format(Locale.ROOT,
          "%s: closed form %.5f, Monte Carlo %.5f +- %.5f", s.kind(), closed, estimate, se));
    }
  }
}
