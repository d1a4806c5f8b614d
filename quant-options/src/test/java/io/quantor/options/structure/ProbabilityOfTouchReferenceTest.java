package io.quantor.options.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link ProbabilityOfTouch} against {@code ../shared/reference/options/probability_of_touch.csv} (660 rows:
 * QuantLib 1.29 {@code AnalyticDigitalAmericanEngine} one-touch value paid at expiry divided by the
 * discount factor) within {@code 1e-12} absolute, and against the Monte Carlo check file
 * {@code probability_of_touch_mc_check.csv} (8,000,000 paths, 50 Brownian-bridge steps, fixed seeds) within
 * 5 of its standard errors (the file's own |z| is at most 2.35 for the exact formula).
 */
class ProbabilityOfTouchReferenceTest {

  private static final double ABS_TOL = 1e-12;
  private static final double MC_SIGMAS = 5;

  @Test
  void matchesQuantLibOneTouchProbabilities() {
    ReferenceCsv f = ReferenceCsv.options("probability_of_touch.csv");
    assertEquals(660, f.size());
    List<String> failures = new ArrayList<>();
    int down = 0;
    int up = 0;
    for (int row = 0; row < f.size(); row++) {
      double s = f.number(row, "S");
      double h = f.number(row, "H");
      double p = ProbabilityOfTouch.of(s, h, f.number(row, "T"), f.number(row, "r"), f.number(row, "q"),
          f.number(row, "sigma"));
      double expected = f.number(row, "prob_touch");
      if (!(Math.abs(p - expected) <= ABS_TOL)) {
        failures.add(String.format(Locale.ROOT, "row %d: expected %.17g, got %.17g (%s)", row, expected, p,
            f.describe(row)));
      }
      boolean isDown = f.text(row, "direction").equals("down");
      assertEquals(isDown, h < s, f.describe(row));
      down += isDown ? 1 : 0;
      up += isDown ? 0 : 1;
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches, first: "
        + failures.subList(0, Math.min(5, failures.size())));
    assertTrue(down > 200 && up > 200);
  }

  @Test
  void agreesWithTheMonteCarloCheck() {
    ReferenceCsv f = ReferenceCsv.options("probability_of_touch_mc_check.csv");
    assertTrue(f.size() >= 8);
    for (int row = 0; row < f.size(); row++) {
      double p = ProbabilityOfTouch.of(f.number(row, "S"), f.number(row, "H"), f.number(row, "T"),
          f.number(row, "r"), f.number(row, "q"), f.number(row, "sigma"));
      double mc = f.number(row, "mc_estimate");
      double se = f.number(row, "mc_std_err");
      assertTrue(Math.abs(p - mc) <= MC_SIGMAS * se,
          String.format(Locale.ROOT, "row %d: closed form %.6f, Monte Carlo %.6f +- %.6f", row, p, mc, se));
      assertEquals(f.number(row, "prob_touch"), p, ABS_TOL);
    }
  }
}
