package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The binomial trees against QuantLib 1.29 on every row of {@code shared/reference/options/american.csv}
 * (480 American options): Cox-Ross-Rubinstein with 2000 steps against {@code crr_2000}
 * ({@code BinomialCRRVanillaEngine}) and Leisen-Reimer with 801 steps against {@code lr_801}
 * ({@code BinomialLRVanillaEngine}). Tolerance {@code |ours - QuantLib| <= 1e-6 max(|QuantLib|, 1e-4 S)}:
 * 1e-6 relative, and 1e-10 S absolute for near-zero prices (below 1e-4 S).
 */
class BinomialTreeReferenceTest {

  private static final double REL_TOL = 1e-6;
  private static final double NEAR_ZERO = 1e-4;

  private static OptionsCsv csv;

  @BeforeAll
  static void load() {
    csv = OptionsCsv.read("american.csv");
  }

  @Test
  void coxRossRubinstein2000StepsMatchesQuantLibOnAllRows() {
    compare("crr_2000", BinomialTree.crr(2000));
  }

  @Test
  void leisenReimer801StepsMatchesQuantLibOnAllRows() {
    compare("lr_801", BinomialTree.leisenReimer(801));
  }

  private static void compare(String column, BinomialTree tree) {
    List<String> problems = new ArrayList<>();
    double worstRel = 0;
    double worstAbs = 0;
    for (int i = 0; i < csv.size(); i++) {
      double s = csv.number(i, "S");
      double expected = csv.number(i, column);
      double actual = tree.price(csv.type(i), ExerciseStyle.AMERICAN, s, csv.number(i, "K"),
          csv.number(i, "T"), csv.number(i, "r"), csv.number(i, "q"), csv.number(i, "sigma"));
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
    System.out.printf(Locale.ROOT, "american.csv %s (%s): max relative error %.3g, near-zero max |error|/S"
        + " %.3g%n", column, tree, worstRel, worstAbs);
    if (!problems.isEmpty()) {
      fail(problems.size() + " mismatches in " + column + " (tolerance " + REL_TOL + " relative): "
          + problems.subList(0, Math.min(5, problems.size())));
    }
  }
}
