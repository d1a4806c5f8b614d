package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BlackScholes} against QuantLib 1.29 and Haug's published tables.
 *
 * <ul>
 *   <li>{@code ../shared/reference/options/european.csv} (1344 rows, QuantLib AnalyticEuropeanEngine):
 *       price, delta, gamma, vega, theta, theta_per_day, rho and dividend_rho within
 *       {@code 1e-10 |expected| + 1e-12 unit}, with unit = S for price, vega, theta, rho, dividend rho,
 *       1/S for gamma, S/365 for theta per day and 1 for delta (QuantLib's own absolute error is up to
 *       4.3e-16 S for prices; far out of the money its prices have no relative accuracy, some are even
 *       slightly negative, hence the absolute part scaled by spot).</li>
 *   <li>the same rows and tolerances for the price and first-order Greeks of
 *       {@link BlackScholes#firstOrder}.</li>
 *   <li>the same file's vanna, volga and charm (Ridders finite differences of QuantLib's analytic Greeks)
 *       within the file's own {@code *_err_est} columns plus {@code 1e-12 unit} (unit S for volga).</li>
 *   <li>{@code haug_tables.csv}, the 28 European rows (Haug 1998, as transcribed in QuantLib's test suite):
 *       the published value within the tolerance the row states ({@code quantlib_test_tol}, 1e-4), and
 *       QuantLib 1.29's value of the same set-up ({@code ql_1_29_value}) within
 *       {@code 1e-10 |expected| + 1e-12 S}; time is {@code T_quantlib_test} (Actual/360).</li>
 * </ul>
 */
class BlackScholesReferenceTest {

  private static final double REL_TOL = 1e-10;
  private static final double ABS_TOL_PER_UNIT = 1e-12;

  @Test
  void europeanPricesAndFirstOrderGreeksMatchQuantLib() {
    ReferenceRows rows = ReferenceRows.options("european.csv");
    assertEquals(1344, rows.size());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      double s = rows.number(i, "S");
      Greeks g = greeks(rows, i);
      check(failures, rows, i, "price", g.price(), s);
      check(failures, rows, i, "delta", g.delta(), 1);
      check(failures, rows, i, "gamma", g.gamma(), 1 / s);
      check(failures, rows, i, "vega", g.vega(), s);
      check(failures, rows, i, "theta", g.theta(), s);
      check(failures, rows, i, "theta_per_day", g.thetaPerDay(), s / 365);
      check(failures, rows, i, "rho", g.rho(), s);
      check(failures, rows, i, "dividend_rho", g.dividendRho(), s);
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches, first: " + failures.get(0));
  }

  /** {@link BlackScholes#firstOrder} on the same rows, with the same tolerances. */
  @Test
  void europeanFirstOrderArrayMatchesQuantLib() {
    ReferenceRows rows = ReferenceRows.options("european.csv");
    List<String> failures = new ArrayList<>();
    double[] out = new double[Greeks.FIRST_ORDER_SIZE];
    for (int i = 0; i < rows.size(); i++) {
      double s = rows.number(i, "S");
      BlackScholes.firstOrder(OptionType.parse(rows.text(i, "type")), s, rows.number(i, "K"),
          rows.number(i, "T"), rows.number(i, "r"), rows.number(i, "q"), rows.number(i, "sigma"), out, 0);
      check(failures, rows, i, "price", out[Greeks.PRICE], s);
      check(failures, rows, i, "delta", out[Greeks.DELTA], 1);
      check(failures, rows, i, "gamma", out[Greeks.GAMMA], 1 / s);
      check(failures, rows, i, "vega", out[Greeks.VEGA], s);
      check(failures, rows, i, "theta", out[Greeks.THETA], s);
      check(failures, rows, i, "rho", out[Greeks.RHO], s);
      check(failures, rows, i, "dividend_rho", out[Greeks.DIVIDEND_RHO], s);
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches, first: " + failures.get(0));
  }

  @Test
  void europeanSecondOrderGreeksWithinTheReferenceErrorEstimate() {
    ReferenceRows rows = ReferenceRows.options("european.csv");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      double s = rows.number(i, "S");
      Greeks g = greeks(rows, i);
      checkWithinEstimate(failures, rows, i, "vanna", g.vanna(), 1);
      checkWithinEstimate(failures, rows, i, "volga", g.volga(), s);
      checkWithinEstimate(failures, rows, i, "charm", g.charm(), 1);
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches, first: " + failures.get(0));
  }

  @Test
  void pricePathMatchesQuantLib() {
    ReferenceRows rows = ReferenceRows.options("european.csv");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      double price = BlackScholes.price(OptionType.parse(rows.text(i, "type")), rows.number(i, "S"),
          rows.number(i, "K"), rows.number(i, "T"), rows.number(i, "r"), rows.number(i, "q"),
          rows.number(i, "sigma"));
      check(failures, rows, i, "price", price, rows.number(i, "S"));
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches, first: " + failures.get(0));
  }

  @Test
  void haugPublishedEuropeanValues() {
    ReferenceRows rows = ReferenceRows.options("haug_tables.csv");
    int european = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.text(i, "exercise").equals("european")) {
        continue;
      }
      european++;
      double s = rows.number(i, "S");
      Greeks g = BlackScholes.greeks(OptionType.parse(rows.text(i, "type")), s, rows.number(i, "K"),
          rows.number(i, "T_quantlib_test"), rows.number(i, "r"), rows.number(i, "q"),
          rows.number(i, "sigma"));
      String quantity = rows.text(i, "quantity");
      double actual = switch (quantity) {
        case "price" -> g.price();
        case "delta" -> g.delta();
        case "elasticity" -> g.delta() * s / g.price();
        case "gamma" -> g.gamma();
        case "vega" -> g.vega();
        case "theta" -> g.theta();
        case "theta_per_day" -> g.thetaPerDay();
        case "rho" -> g.rho();
        case "dividend_rho" -> g.dividendRho();
        default -> throw new AssertionError("unexpected quantity " + quantity);
      };
      double published = rows.number(i, "value");
      double tol = rows.number(i, "quantlib_test_tol");
      if (!(Math.abs(actual - published) <= tol)) {
        failures.add(quantity + " " + actual + " vs published " + published + " (tol " + tol + ") in "
            + rows.describe(i));
      }
      double quantLib = rows.number(i, "ql_1_29_value");
      if (!(Math.abs(actual - quantLib) <= REL_TOL * Math.abs(quantLib) + ABS_TOL_PER_UNIT * s)) {
        failures.add(quantity + " " + actual + " vs QuantLib " + quantLib + " in " + rows.describe(i));
      }
    }
    assertEquals(28, european);
    assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches, first: " + failures.get(0));
  }

  private static Greeks greeks(ReferenceRows rows, int i) {
    return BlackScholes.greeks(OptionType.parse(rows.text(i, "type")), rows.number(i, "S"),
        rows.number(i, "K"), rows.number(i, "T"), rows.number(i, "r"), rows.number(i, "q"),
        rows.number(i, "sigma"));
  }

  private static void check(List<String> failures, ReferenceRows rows, int i, String column, double actual,
      double unit) {
    double expected = rows.number(i, column);
    double tol = REL_TOL * Math.abs(expected) + ABS_TOL_PER_UNIT * unit;
    if (!(Math.abs(actual - expected) <= tol)) {
      failures.add(column + " " + actual + " vs " + expected + " (tol " + tol + ") in " + rows.describe(i));
    }
  }

  private static void checkWithinEstimate(List<String> failures, ReferenceRows rows, int i, String column,
      double actual, double unit) {
    double expected = rows.number(i, column);
    double tol = rows.number(i, column + "_err_est") + ABS_TOL_PER_UNIT * unit;
    if (!(Math.abs(actual - expected) <= tol)) {
      failures.add(column + " " + actual + " vs " + expected + " (tol " + tol + ") in " + rows.describe(i));
    }
  }
}
