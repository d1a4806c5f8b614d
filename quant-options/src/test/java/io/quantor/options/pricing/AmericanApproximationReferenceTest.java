package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Barone-Adesi-Whaley and Bjerksund-Stensland against QuantLib 1.29 on every row of
 * {@code shared/reference/options/american.csv} (480 rows: S in {80..120}, K = 100, T in {0.1..3},
 * r in {0.03, 0.08}, q in {0, 0.04}, sigma in {0.1, 0.3, 0.6}, calls and puts).
 *
 * <ul>
 *   <li>{@code baw} (QuantLib {@code BaroneAdesiWhaleyApproximationEngine}) and {@code bjerksund_stensland}
 *       ({@code BjerksundStenslandApproximationEngine}, the 1993 flat boundary): tolerance
 *       {@code |ours - QuantLib| <= 1e-8 max(|QuantLib|, 1e-4 S)}, i.e. 1e-8 relative, and for near-zero
 *       prices (below 1e-4 S) 1e-12 S absolute.</li>
 *   <li>The 2002 refinement has no QuantLib column. It values an admissible exercise strategy, so it must
 *       not exceed the accurate American price (column {@code accurate}, QuantLib's QdFp engine) by more
 *       than that value's error, {@code max(accurate_err_est, 1e-6 accurate)} (README), plus 1e-12 S;
 *       and it must be closer to {@code accurate} than the 1993 version in the median.</li>
 * </ul>
 */
class AmericanApproximationReferenceTest {

  private static final double REL_TOL = 1e-8;
  private static final double NEAR_ZERO = 1e-4;

  private static OptionsCsv csv;

  @BeforeAll
  static void load() {
    csv = OptionsCsv.read("american.csv");
  }

  @Test
  void baroneAdesiWhaleyMatchesQuantLibOnAllRows() {
    compare("baw", (type, s, k, t, r, q, v) -> BaroneAdesiWhaley.price(type, s, k, t, r, q, v));
  }

  @Test
  void bjerksundStensland1993MatchesQuantLibOnAllRows() {
    compare("bjerksund_stensland",
        (type, s, k, t, r, q, v) -> BjerksundStensland.price(type, s, k, t, r, q, v));
  }

  @Test
  void bjerksundStensland2002IsALowerBoundAndCloserInTheMedian() {
    List<String> problems = new ArrayList<>();
    double[] err1993 = new double[csv.size()];
    double[] err2002 = new double[csv.size()];
    double worstExcess = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < csv.size(); i++) {
      double s = csv.number(i, "S");
      double accurate = csv.number(i, "accurate");
      double v2002 = BjerksundStensland.price2002(csv.type(i), s, csv.number(i, "K"), csv.number(i, "T"),
          csv.number(i, "r"), csv.number(i, "q"), csv.number(i, "sigma"));
      double allowance = Math.max(csv.number(i, "accurate_err_est"), 1e-6 * accurate) + 1e-12 * s;
      worstExcess = Math.max(worstExcess, v2002 - accurate);
      if (!(v2002 <= accurate + allowance)) {
        problems.add(String.format(Locale.ROOT, "row %d: 2002 %.12g above accurate %.12g", i, v2002,
            accurate));
      }
      err2002[i] = Math.abs(v2002 - accurate);
      err1993[i] = Math.abs(csv.number(i, "bjerksund_stensland") - accurate);
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " rows above the accurate price: " + problems.subList(0,
          Math.min(5, problems.size())));
    }
    double median1993 = median(err1993);
    double median2002 = median(err2002);
    System.out.printf(Locale.ROOT, "american.csv Bjerksund-Stensland 2002: max (value - accurate) %.3g;"
            + " |error| median %.3g (1993: %.3g), max %.3g (1993: %.3g)%n", worstExcess, median2002,
        median1993, max(err2002), max(err1993));
    assertTrue(median2002 < median1993, "median error 2002 " + median2002 + " vs 1993 " + median1993);
  }

  /** A pricing function of the American approximations' shape. */
  interface Pricer {
    double price(OptionType type, double s, double k, double t, double r, double q, double sigma);
  }

  private static void compare(String column, Pricer pricer) {
    List<String> problems = new ArrayList<>();
    double worstRel = 0;
    double worstAbs = 0;
    for (int i = 0; i < csv.size(); i++) {
      double s = csv.number(i, "S");
      double expected = csv.number(i, column);
      double actual = pricer.price(csv.type(i), s, csv.number(i, "K"), csv.number(i, "T"),
          csv.number(i, "r"), csv.number(i, "q"), csv.number(i, "sigma"));
      double diff = Math.abs(actual - expected);
      if (Math.abs(expected) >= NEAR_ZERO * s) {
        worstRel = Math.max(worstRel, diff / Math.abs(expected));
      } else {
        worstAbs = Math.max(worstAbs, diff / s);
      }
      if (!(diff <= REL_TOL * Math.max(Math.abs(expected), NEAR_ZERO * s))) {
        problems.add(String.format(Locale.ROOT, "row %d (id %s): expected %.17g, got %.17g", i,
            csv.text(i, "id"), expected, actual));
      }
    }
    System.out.printf(Locale.ROOT, "american.csv %s: max relative error %.3g, near-zero max |error|/S %.3g%n",
        column, worstRel, worstAbs);
    if (!problems.isEmpty()) {
      fail(problems.size() + " mismatches in " + column + " (tolerance " + REL_TOL + " relative): "
          + problems.subList(0, Math.min(5, problems.size())));
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }
}
