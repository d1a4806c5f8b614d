package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Black76} against {@code ../shared/reference/options/black76.csv} (240 rows, QuantLib 1.29):
 * price ({@code blackFormula}), delta_forward, gamma_forward and vega ({@code BlackCalculator}) within
 * {@code 1e-10 |expected| + 1e-12 unit} (unit F, 1 for delta, 1/F for gamma); theta and rho with F held
 * fixed (Ridders central differences of QuantLib prices) within the file's {@code theta_err_est} and
 * {@code rho_err_est} plus {@code 1e-12 F}.
 */
class Black76ReferenceTest {

  private static final double REL_TOL = 1e-10;
  private static final double ABS_TOL_PER_UNIT = 1e-12;

  @Test
  void pricesAndGreeksMatchQuantLib() {
    ReferenceRows rows = ReferenceRows.options("black76.csv");
    assertEquals(240, rows.size());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      OptionType type = OptionType.parse(rows.text(i, "type"));
      double f = rows.number(i, "F");
      double k = rows.number(i, "K");
      double t = rows.number(i, "T");
      double r = rows.number(i, "r");
      double sigma = rows.number(i, "sigma");
      ForwardGreeks g = Black76.greeks(type, f, k, t, r, sigma);
      double priceTol = REL_TOL * Math.abs(rows.number(i, "price")) + ABS_TOL_PER_UNIT * f;
      check(failures, rows, i, "price", g.price(), priceTol);
      check(failures, rows, i, "price", Black76.price(type, f, k, t, r, sigma), priceTol);
      check(failures, rows, i, "delta_forward", g.deltaForward(),
          REL_TOL * Math.abs(rows.number(i, "delta_forward")) + ABS_TOL_PER_UNIT);
      check(failures, rows, i, "gamma_forward", g.gammaForward(),
          REL_TOL * Math.abs(rows.number(i, "gamma_forward")) + ABS_TOL_PER_UNIT / f);
      check(failures, rows, i, "vega", g.vega(),
          REL_TOL * Math.abs(rows.number(i, "vega")) + ABS_TOL_PER_UNIT * f);
      check(failures, rows, i, "theta", g.theta(), rows.number(i, "theta_err_est") + ABS_TOL_PER_UNIT * f);
      check(failures, rows, i, "rho", g.rho(), rows.number(i, "rho_err_est") + ABS_TOL_PER_UNIT * f);
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches, first: " + failures.get(0));
  }

  private static void check(List<String> failures, ReferenceRows rows, int i, String column, double actual,
      double tol) {
    double expected = rows.number(i, column);
    if (!(Math.abs(actual - expected) <= tol)) {
      failures.add(column + " " + actual + " vs " + expected + " (tol " + tol + ") in " + rows.describe(i));
    }
  }
}
