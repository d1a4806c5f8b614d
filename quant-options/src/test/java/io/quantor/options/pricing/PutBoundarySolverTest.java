package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.pricing.AndersenLakeOffengenden.Scheme;
import org.junit.jupiter.api.Test;

/** The Newton solver's Jacobian and the QD+ start values. */
class PutBoundarySolverTest {

  /**
   * The analytic Jacobian of the collocation equations equals central finite differences (step 1e-6 in
   * {@code ln B}, truncation about 1e-12 relative, rounding about 1e-10 absolute) at a point off the
   * solution, for markets with {@code q = 0}, {@code q > r} and low volatility.
   */
  @Test
  void jacobianEqualsFiniteDifferences() {
    double[][] markets = {{0.05, 0.0, 0.3, 1.0}, {0.03, 0.07, 0.2, 2.0}, {0.12, 0.02, 0.05, 1.5}};
    for (double[] market : markets) {
      Scheme scheme = Scheme.ACCURATE;
      int n = scheme.collocationNodes();
      PutBoundarySolver solver = new PutBoundarySolver(scheme);
      solver.solve(market[0], market[1], market[2], market[3]);
      double xMax = PutBoundarySolver.limitAtExpiry(market[0], market[1]);
      double[] g = new double[n + 1];
      for (int i = 1; i <= n; i++) {
        // Off the solution: perturb ln B by a few percent of its distance from xMax.
        g[i] = solver.nodeDistances()[i] * (1.0 + 0.03 * Math.sin(i));
      }
      double[] residual = new double[n];
      double[] analytic = new double[n * n];
      solver.residualsAndJacobian(market[0], market[1], market[2], market[3], g, residual, analytic);
      double step = 1e-6;
      double[] up = new double[n];
      double[] down = new double[n];
      double[] ignored = new double[n * n];
      for (int j = 1; j <= n; j++) {
        double[] shifted = g.clone();
        // y_j = ln xMax - g_j: +step in y_j is -step in g_j.
        shifted[j] = g[j] - step;
        solver.residualsAndJacobian(market[0], market[1], market[2], market[3], shifted, up, ignored);
        shifted[j] = g[j] + step;
        solver.residualsAndJacobian(market[0], market[1], market[2], market[3], shifted, down,
            ignored);
        for (int i = 0; i < n; i++) {
          double numeric = (up[i] - down[i]) / (2 * step);
          double exact = analytic[i * n + j - 1];
          assertEquals(numeric, exact, 1e-6 + 1e-6 * Math.abs(numeric),
              "dF_" + (i + 1) + "/dy_" + j + " at r=" + market[0] + " q=" + market[1] + " xMax=" + xMax);
        }
      }
    }
  }

  /**
   * The predictor (a Newton step with four quadrature points) followed by one Newton iteration with the
   * full rule, or for {@code q <= r} (in put terms) the tabulated start followed by one Newton iteration,
   * reaches the discrete solution: on every market of {@code american.csv} with early exercise,
   * the default scheme's boundary agrees with the same discretization iterated to convergence (ten full
   * iterations) within 1e-5 in {@code ln B} at every node (measured 1.5e-6) and its price within 5e-8 of
   * the strike (measured 4.9e-9), far below the scheme's discretization error (1e-6 relative).
   */
  @Test
  void predictorAndOneFullIterationReachTheDiscreteSolution() {
    ReferenceRows rows = ReferenceRows.options("american.csv");
    Scheme converged = Scheme.of(7, 10, 9, 24);
    int checked = 0;
    for (int i = 0; i < rows.size(); i++) {
      OptionType type = OptionType.parse(rows.text(i, "type"));
      double spot = rows.number(i, "S");
      double strike = rows.number(i, "K");
      double t = rows.number(i, "T");
      double r = rows.number(i, "r");
      double q = rows.number(i, "q");
      double sigma = rows.number(i, "sigma");
      if ((type == OptionType.CALL ? q : r) <= 0.0) {
        continue;
      }
      double[] fast = AndersenLakeOffengenden.exerciseBoundary(Scheme.ACCURATE, type, strike, t, r, q, sigma)
          .nodeBoundary();
      double[] full = AndersenLakeOffengenden.exerciseBoundary(converged, type, strike, t, r, q, sigma)
          .nodeBoundary();
      for (int j = 0; j < fast.length; j++) {
        assertEquals(0.0, Math.log(fast[j] / full[j]), 1e-5, rows.describe(i) + " node " + j);
      }
      double price = AndersenLakeOffengenden.price(Scheme.ACCURATE, type, spot, strike, t, r, q, sigma);
      double fullPrice = AndersenLakeOffengenden.price(converged, type, spot, strike, t, r, q, sigma);
      assertEquals(fullPrice, price, 5e-8 * strike, rows.describe(i));
      checked++;
    }
    // 480 rows less the 120 calls without dividends, which are European.
    assertEquals(360, checked);
  }

  /**
   * QD+ (Li 2010) is the start value, a close approximation of the boundary: within 1% of the strike of
   * the converged boundary at every node for ordinary markets (Li reports errors of the critical price
   * well below 1%).
   */
  @Test
  void qdPlusStartIsCloseToTheBoundary() {
    double[][] markets = {{0.05, 0.0, 0.3, 1.0}, {0.03, 0.07, 0.2, 2.0}, {0.08, 0.04, 0.1, 3.0}};
    for (double[] market : markets) {
      double r = market[0];
      double q = market[1];
      double sigma = market[2];
      double t = market[3];
      ExerciseBoundary converged = AndersenLakeOffengenden.exerciseBoundary(Scheme.HIGH_PRECISION,
          OptionType.PUT, 1.0, t, r, q, sigma);
      double xMax = PutBoundarySolver.limitAtExpiry(r, q);
      for (int k = 1; k <= 8; k++) {
        double tau = t * k / 8;
        double start = QdPlusBoundary.put(r, q, sigma, tau, xMax, xMax, 1e-12);
        double exact = converged.at(tau);
        assertTrue(Math.abs(start - exact) < 0.01, "QD+ " + start + " vs " + exact + " at tau " + tau);
        assertTrue(start > 0.0 && start <= xMax);
      }
    }
  }
}
