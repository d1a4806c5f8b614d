package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.pricing.AndersenLakeOffengenden.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link AndersenLakeOffengenden} against QuantLib 1.29 and the published high-precision example.
 *
 * <ul>
 *   <li>{@code ../shared/reference/options/american.csv}, all 480 rows, column {@code accurate} (QuantLib's
 *       {@code QdFpAmericanEngine} with its high-precision scheme, floored at intrinsic):
 *       {@link Scheme#ACCURATE} (the default) and {@link Scheme#HIGH_PRECISION} within
 *       {@code max(1e-6 V, accurate_err_est, 1e-14 max(S, K))}. The first two terms are the target of
 *       the issue and the file's own error estimate (the spread of QuantLib's schemes). The third is
 *       QuantLib's double-precision rounding on far out-of-the-money rows, which the README documents
 *       (prices without relative accuracy, some slightly negative) and which the estimate's floor
 *       {@code 1e-14 max(1, V)} does not cover on row 12: a call with {@code q = 0}, whose value is
 *       exactly European, 2.902273805e-12 (50-digit mpmath; the file's {@code european} column agrees to
 *       2e-20), where QuantLib's put-call-symmetry value is 1.2e-14 lower.</li>
 *   <li>the same file with {@link Scheme#ACCURATE} in absolute terms: within {@code max(1.5e-5 K / 100,
 *       accurate_err_est)} on every row (the largest error measured is 1.14e-5 with {@code K = 100}, on a
 *       row whose own error estimate is 9.9e-6), the figure the scheme's documentation states.</li>
 *   <li>the same file with {@link Scheme#FAST} within {@code 1e-4 max(V, K / 100)}.</li>
 *   <li>{@code haug_tables.csv}, row {@code alo2015_high_precision_premium}: the early exercise premium of
 *       ALO's high-precision example (put, S = K = 100, r = q = 5%, sigma = 25%, T = 1), published value
 *       0.1069527028247546, accurate to about 1e-7 (the row's note: FP-A and FP-B differ by 2.5e-8); the
 *       default scheme within 1e-7, {@link Scheme#HIGH_PRECISION} within 1e-9, and within 1e-10 of
 *       QuantLib's high-precision value of the same set-up ({@code ql_accurate_american}).</li>
 * </ul>
 */
class AndersenLakeOffengendenReferenceTest {

  private static final double RELATIVE_TARGET = 1e-6;
  private static final double ROUNDING_FLOOR = 1e-14;

  @Test
  void defaultSchemeMatchesQuantLibHighPrecisionOnEveryRow() {
    double worst = checkGrid(Scheme.ACCURATE);
    assertTrue(worst <= 1.0);
  }

  @Test
  void highPrecisionSchemeMatchesQuantLibHighPrecisionOnEveryRow() {
    double worst = checkGrid(Scheme.HIGH_PRECISION);
    assertTrue(worst <= 1.0);
  }

  @Test
  void defaultSchemeAbsoluteErrorPerHundredOfStrike() {
    ReferenceRows rows = ReferenceRows.options("american.csv");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      double expected = rows.number(i, "accurate");
      double actual = price(Scheme.ACCURATE, rows, i);
      double tolerance = Math.max(1.5e-5 * rows.number(i, "K") / 100, rows.number(i, "accurate_err_est"));
      if (!(Math.abs(actual - expected) <= tolerance)) {
        failures.add(describe(rows, i, actual, expected, tolerance));
      }
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches, first: " + failures.get(0));
  }

  @Test
  void fastSchemeWithinOneInTenThousand() {
    ReferenceRows rows = ReferenceRows.options("american.csv");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      double expected = rows.number(i, "accurate");
      double actual = price(Scheme.FAST, rows, i);
      double tolerance = 1e-4 * Math.max(expected, rows.number(i, "K") / 100);
      if (!(Math.abs(actual - expected) <= tolerance)) {
        failures.add(describe(rows, i, actual, expected, tolerance));
      }
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches, first: " + failures.get(0));
  }

  @Test
  void earlyExercisePremiumOfTheAloHighPrecisionExample() {
    ReferenceRows rows = ReferenceRows.options("haug_tables.csv");
    int row = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.text(i, "table").equals("alo2015_high_precision_premium")) {
        row = i;
      }
    }
    assertTrue(row >= 0, "row alo2015_high_precision_premium not found");
    assertEquals("put", rows.text(row, "type"));
    assertEquals("early_exercise_premium", rows.text(row, "quantity"));
    double spot = rows.number(row, "S");
    double strike = rows.number(row, "K");
    double t = rows.number(row, "T_quantlib_test");
    double r = rows.number(row, "r");
    double q = rows.number(row, "q");
    double sigma = rows.number(row, "sigma");
    double published = rows.number(row, "value");
    double quantLib = rows.number(row, "ql_accurate_american");

    double premium = AndersenLakeOffengenden.exerciseBoundary(OptionType.PUT, strike, t, r, q, sigma)
        .earlyExercisePremium(spot);
    assertEquals(published, premium, 1e-7, "default scheme");
    double precise = AndersenLakeOffengenden.exerciseBoundary(Scheme.HIGH_PRECISION, OptionType.PUT, strike,
        t, r, q, sigma).earlyExercisePremium(spot);
    assertEquals(published, precise, 1e-9, "high precision vs published");
    assertEquals(quantLib, precise, 1e-10, "high precision vs QuantLib's high precision");
  }

  /** Checks every row, returns the largest error divided by its tolerance. */
  private static double checkGrid(Scheme scheme) {
    ReferenceRows rows = ReferenceRows.options("american.csv");
    assertEquals(480, rows.size());
    List<String> failures = new ArrayList<>();
    double worst = 0.0;
    for (int i = 0; i < rows.size(); i++) {
      double expected = rows.number(i, "accurate");
      double actual = price(scheme, rows, i);
      double tolerance = Math.max(Math.max(RELATIVE_TARGET * expected, rows.number(i, "accurate_err_est")),
          ROUNDING_FLOOR * Math.max(rows.number(i, "S"), rows.number(i, "K")));
      double ratio = Math.abs(actual - expected) / tolerance;
      if (!(ratio <= 1.0)) {
        failures.add(describe(rows, i, actual, expected, tolerance));
      }
      worst = Math.max(worst, ratio);
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " of 480 rows outside the tolerance with "
        + scheme + ", first: " + failures.get(0));
    return worst;
  }

  private static double price(Scheme scheme, ReferenceRows rows, int i) {
    return AndersenLakeOffengenden.price(scheme, OptionType.parse(rows.text(i, "type")),
        rows.number(i, "S"), rows.number(i, "K"), rows.number(i, "T"), rows.number(i, "r"),
        rows.number(i, "q"), rows.number(i, "sigma"));
  }

  private static String describe(ReferenceRows rows, int i, double actual, double expected,
      double tolerance) {
    return String.format(Locale.ROOT, "row %s: actual %.17g expected %.17g diff %.3g tolerance %.3g",
        rows.describe(i), actual, expected, actual - expected, tolerance);
  }
}
