package io.quantor.options.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.chain.OptionContract;
import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.Greeks;
import io.quantor.options.pricing.OptionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Iron condors against {@code ../shared/reference/options/iron_condor.csv} (60 rows, QuantLib 1.29 leg
 * prices and Greeks; max profit, max loss and breakevens derived from them by the README's formulas, with
 * the premium not carried and, in the {@code _fv} columns, carried to expiry at {@code 1 / e^{-rT}}).
 *
 * <p>Legs: long put {@code Kp1}, short put {@code Kp2}, short call {@code Kc1}, long call {@code Kc2}, one
 * unit each with multiplier 1, expiry = 2024-01-15 + {@code days}; analytics use the file's {@code T}
 * (= days/365). Tolerances:
 * <ul>
 *   <li>leg prices, net value and credit, the summed Greeks and every expiry figure of a condor priced by
 *       {@link BlackScholes}: {@code |a - e| <= 1e-10 |e| + 1e-12} (QuantLib's own absolute error on
 *       these prices is about 1e-14);</li>
 *   <li>the expiry figures of a condor priced at the file's own leg prices, which the file derives
 *       exactly: {@code |a - e| <= 1e-13 max(1, |e|)} (a few ulps of the strikes).</li>
 * </ul>
 * A breakeven the file writes as {@code NaN} (that side never loses: credit at least the wing width) must
 * be absent from {@link ExpiryProfile#breakevens()}.
 */
class IronCondorReferenceTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 1, 15);
  private static final double REL = 1e-10;
  private static final double ABS = 1e-12;
  private static final double EXACT = 1e-13;
  private static final String[] LEG_COLUMNS = {"long_put_Kp1", "short_put_Kp2", "short_call_Kc1",
      "long_call_Kc2"};

  private static OptionStructure condor(ReferenceCsv f, int row, double[] prices) {
    LocalDate expiry = TODAY.plusDays((long) f.number(row, "days"));
    OptionType[] types = {OptionType.PUT, OptionType.PUT, OptionType.CALL, OptionType.CALL};
    String[] strikes = {"Kp1", "Kp2", "Kc1", "Kc2"};
    int[] quantities = {1, -1, -1, 1};
    List<Leg> legs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      OptionContract c = new OptionContract("XYZ", types[i], f.number(row, strikes[i]), expiry,
          ExerciseStyle.EUROPEAN, 1);
      legs.add(Leg.of(c, quantities[i], prices[i]));
    }
    return OptionStructure.of(StructureKind.IRON_CONDOR, legs);
  }

  private static double[] modelPrices(ReferenceCsv f, int row) {
    double[] prices = new double[4];
    OptionType[] types = {OptionType.PUT, OptionType.PUT, OptionType.CALL, OptionType.CALL};
    String[] strikes = {"Kp1", "Kp2", "Kc1", "Kc2"};
    for (int i = 0; i < 4; i++) {
      prices[i] = BlackScholes.price(types[i], f.number(row, "S"), f.number(row, strikes[i]),
          f.number(row, "T"), f.number(row, "r"), f.number(row, "q"), f.number(row, "sigma"));
    }
    return prices;
  }

  private static double[] referencePrices(ReferenceCsv f, int row) {
    double[] prices = new double[4];
    for (int i = 0; i < 4; i++) {
      // QuantLib writes a few far out-of-the-money prices as tiny negatives (down to -4.2e-15); a leg
      // price is >= 0, so they enter as 0 (well inside the tolerance).
      prices[i] = Math.max(0, f.number(row, LEG_COLUMNS[i]));
    }
    return prices;
  }

  @Test
  void legPricesNetValueAndGreeksSumsMatchQuantLib() {
    ReferenceCsv f = ReferenceCsv.options("iron_condor.csv");
    assertEquals(60, f.size());
    Checker check = new Checker(REL, ABS);
    for (int row = 0; row < f.size(); row++) {
      double[] prices = modelPrices(f, row);
      for (int i = 0; i < 4; i++) {
        check.value(f, row, LEG_COLUMNS[i], prices[i]);
      }
      OptionStructure condor = condor(f, row, prices);
      check.value(f, row, "net_value", condor.netPremium());
      check.value(f, row, "net_credit", condor.netCredit());
      Greeks g = StructurePricer.greeks(condor, f.number(row, "S"), f.number(row, "T"), f.number(row, "r"),
          f.number(row, "q"), f.number(row, "sigma"));
      check.value(f, row, "net_value", g.price());
      check.value(f, row, "delta", g.delta());
      check.value(f, row, "gamma", g.gamma());
      check.value(f, row, "vega", g.vega());
      check.value(f, row, "theta", g.theta());
      check.value(f, row, "theta_per_day", g.thetaPerDay());
      check.value(f, row, "rho", g.rho());
      check.value(f, row, "dividend_rho", g.dividendRho());
      // The dated form (T = calendar days / 365 from the valuation date) gives the same numbers.
      double sigma = f.number(row, "sigma");
      Greeks dated = StructurePricer.greeks(condor, f.number(row, "S"), TODAY, f.number(row, "r"),
          f.number(row, "q"), new double[] {sigma, sigma, sigma, sigma});
      assertEquals(g, dated, f.describe(row));
    }
    check.assertNone();
  }

  @Test
  void expiryFiguresFromTheFilesLegPricesAreExact() {
    ReferenceCsv f = ReferenceCsv.options("iron_condor.csv");
    Checker check = new Checker(0, 0);
    check.relativeFloor = EXACT;
    for (int row = 0; row < f.size(); row++) {
      OptionStructure condor = condor(f, row, referencePrices(f, row));
      check.value(f, row, "net_value", condor.netPremium());
      checkProfiles(f, row, condor, check);
    }
    check.assertNone();
  }

  @Test
  void expiryFiguresOfTheModelPricedCondorMatch() {
    ReferenceCsv f = ReferenceCsv.options("iron_condor.csv");
    Checker check = new Checker(REL, ABS);
    int missingBreakevens = 0;
    for (int row = 0; row < f.size(); row++) {
      OptionStructure condor = condor(f, row, modelPrices(f, row));
      checkProfiles(f, row, condor, check);
      missingBreakevens += Double.isNaN(f.number(row, "breakeven_lower")) ? 1 : 0;
      missingBreakevens += Double.isNaN(f.number(row, "breakeven_upper")) ? 1 : 0;
    }
    check.assertNone();
    // The file has condors whose credit covers a wing: the NaN path is exercised.
    assertTrue(missingBreakevens > 0);
  }

  private static void checkProfiles(ReferenceCsv f, int row, OptionStructure condor, Checker check) {
    ExpiryProfile spot = ExpiryProfile.of(condor);
    check.value(f, row, "max_profit", spot.maxProfit().orElseThrow());
    check.value(f, row, "max_loss", spot.maxLoss().orElseThrow());
    check.value(f, row, "net_credit", -spot.premiumAtExpiry());
    check.breakevens(f, row, "breakeven_lower", "breakeven_upper", spot.breakevens());
    ExpiryProfile fv = ExpiryProfile.carried(condor, f.number(row, "r"), f.number(row, "T"));
    check.value(f, row, "net_credit_fv", -fv.premiumAtExpiry());
    check.value(f, row, "max_profit_fv", fv.maxProfit().orElseThrow());
    check.value(f, row, "max_loss_fv", fv.maxLoss().orElseThrow());
    check.breakevens(f, row, "breakeven_lower_fv", "breakeven_upper_fv", fv.breakevens());
  }

  /** Collects mismatches {@code |a - e| > rel |e| + abs} (or {@code > relativeFloor max(1, |e|)}). */
  private static final class Checker {
    private final double rel;
    private final double abs;
    double relativeFloor;
    private final List<String> failures = new ArrayList<>();

    Checker(double rel, double abs) {
      this.rel = rel;
      this.abs = abs;
    }

    void value(ReferenceCsv f, int row, String column, double actual) {
      double expected = f.number(row, column);
      double tol = rel * Math.abs(expected) + abs + relativeFloor * Math.max(1, Math.abs(expected));
      if (!(Math.abs(actual - expected) <= tol)) {
        failures.add(String.format(Locale.ROOT, "row %d %s: expected %.17g, got %.17g", row, column,
            expected, actual));
      }
    }

    void breakevens(ReferenceCsv f, int row, String lower, String upper, List<Double> actual) {
      List<String> expectedColumns = new ArrayList<>();
      for (String column : new String[] {lower, upper}) {
        if (!Double.isNaN(f.number(row, column))) {
          expectedColumns.add(column);
        }
      }
      if (expectedColumns.size() != actual.size()) {
        failures.add("row " + row + ": breakevens " + actual + ", expected the defined ones of "
            + lower + "/" + upper + " = " + f.text(row, lower) + "/" + f.text(row, upper));
        return;
      }
      for (int i = 0; i < actual.size(); i++) {
        value(f, row, expectedColumns.get(i), actual.get(i));
      }
    }

    void assertNone() {
      assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches, first: "
          + failures.subList(0, Math.min(5, failures.size())));
    }
  }
}
