package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.pricing.AndersenLakeOffengenden.Scheme;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tabulated start of the default scheme ({@link BoundaryStartTable}): the solve that starts from the
 * table and takes one Newton step agrees with the solve from QD+ and the predictor, and is unchanged outside
 * the table's box. Markets are drawn like the American pricing benchmark's ({@code T} in [0.1, 3],
 * {@code sigma} in [0.1, 0.6], {@code r} in [0.01, 0.08], {@code q} in [0, 0.06], calls and puts, spot over
 * strike in [0.8, 1.25]), in put terms (a call's rate and yield swapped).
 */
class BoundaryStartTableTest {

  private static final Scheme CONVERGED = Scheme.of(7, 12, 9, 24);

  /** A benchmark-like market in put terms: rate, yield, sigma, t, spot / strike. */
  private static double[] market(SplittableRandom random) {
    boolean call = random.nextBoolean();
    double t = 0.1 + 2.9 * random.nextDouble();
    double sigma = 0.1 + 0.5 * random.nextDouble();
    double r = 0.01 + 0.07 * random.nextDouble();
    double q = 0.06 * random.nextDouble();
    double s = 0.8 + 0.45 * random.nextDouble();
    return call ? new double[] {q, r, sigma, t, s} : new double[] {r, q, sigma, t, s};
  }

  /**
   * Every benchmark-like market with early exercise ({@code r > 0} in put terms, that is not a call
   * without dividends) lies inside the table's box, with {@code q <= r} and with {@code q > r}.
   */
  @Test
  void boxCoversTheBenchmarksMarkets() {
    BoundaryStartTable table = BoundaryStartTable.of(Scheme.ACCURATE);
    int n = Scheme.ACCURATE.collocationNodes();
    double[] g = new double[n + 1];
    double[] work = new double[n + BoundaryStartTable.WORK];
    SplittableRandom random = new SplittableRandom(41);
    int dividend = 0;
    for (int k = 0; k < 20_000; k++) {
      double[] m = market(random);
      if (m[0] <= 0.0) {
        continue;
      }
      boolean covered = table.start(m[0], m[1], m[2], m[3], g, work);
      assertTrue(covered, "r=" + m[0] + " q=" + m[1] + " sigma=" + m[2] + " t=" + m[3]);
      dividend += m[1] > m[0] ? 1 : 0;
    }
    assertTrue(dividend > 9_000, "q > r: " + dividend);
  }

  /**
   * Inside the box, on 20,000 seeded markets (half with {@code q > r}): the premium (per unit strike) from
   * the tabulated start is within 1e-8 of the premium from QD+ and the predictor (measured 4.6e-9 for
   * {@code q <= r}, the QD+ path's own distance from the converged solution, and 5.1e-9 for {@code q > r}),
   * and on the first 2,000 within 3e-9 ({@code q <= r}; measured 1.0e-9, the QD+ path: 3.4e-9) and 5e-9
   * ({@code q > r}; measured 2.4e-9, the QD+ path: 1.0e-9) of the same discretization iterated to
   * convergence. For {@code q > r} one Newton step from a start with residual up to 1e-3 is less
   * accurate than for {@code q <= r}: the solution's dependence on the market is sharper there. Prices are
   * the European price plus the strike times the premium, so these are bounds on price differences in
   * units of the strike.
   */
  @Test
  void tabulatedStartAgreesWithTheQdPlusPath() {
    PutBoundarySolver tabulated = new PutBoundarySolver(Scheme.ACCURATE);
    PutBoundarySolver qdPlus = new PutBoundarySolver(Scheme.ACCURATE, false);
    PutBoundarySolver converged = new PutBoundarySolver(CONVERGED);
    BoundaryStartTable table = BoundaryStartTable.of(Scheme.ACCURATE);
    int n = Scheme.ACCURATE.collocationNodes();
    double[] g = new double[n + 1];
    double[] work = new double[n + BoundaryStartTable.WORK];
    SplittableRandom random = new SplittableRandom(17);
    int checked = 0;
    double largest = 0.0;
    double[] largestConverged = new double[2];
    while (checked < 20_000) {
      double[] m = market(random);
      if (!(m[0] > 0.0 && table.start(m[0], m[1], m[2], m[3], g, work))) {
        continue;
      }
      tabulated.solve(m[0], m[1], m[2], m[3]);
      double premium = tabulated.premium(m[4]);
      qdPlus.solve(m[0], m[1], m[2], m[3]);
      largest = Math.max(largest, Math.abs(premium - qdPlus.premium(m[4])));
      if (checked < 2_000) {
        converged.solve(m[0], m[1], m[2], m[3]);
        int dividend = m[1] > m[0] ? 1 : 0;
        largestConverged[dividend] = Math.max(largestConverged[dividend],
            Math.abs(premium - converged.premium(m[4])));
      }
      checked++;
    }
    assertTrue(largest <= 1e-8, "largest difference from the QD+ path " + largest);
    assertTrue(largestConverged[0] <= 3e-9, "largest difference from the converged solution, q <= r: "
        + largestConverged[0]);
    assertTrue(largestConverged[1] <= 5e-9, "largest difference from the converged solution, q > r: "
        + largestConverged[1]);
  }

  /**
   * Outside the box ({@code sigma sqrt(t)} below 0.025 or above 1.2, the larger of {@code r} and
   * {@code q} over {@code sigma^2} above 10) the default solve is the solve from QD+, to the bit: eight
   * fixed markets (four with {@code q > r}) and 2,000 benchmark-like markets with the volatility divided
   * by 20 ({@code sigma sqrt(t)} at most 0.052, {@code max(r, q) / sigma^2} at least 11).
   */
  @Test
  void outsideTheBoxResultsAreUnchanged() {
    PutBoundarySolver withTable = new PutBoundarySolver(Scheme.ACCURATE);
    PutBoundarySolver withoutTable = new PutBoundarySolver(Scheme.ACCURATE, false);
    double[][] markets = {
        {0.03, 0.05, 0.01, 1.0}, {0.01, 0.06, 0.6, 5.0}, {0.05, 0.0, 0.05, 0.1}, {0.05, 0.02, 0.9, 2.0},
        {0.15, 0.05, 0.1, 0.5}, {0.04, 0.04000001, 0.02, 1.0}, {0.01, 0.5, 0.2, 1.0},
        {0.04, 0.02, 0.01, 2.0}};
    SplittableRandom random = new SplittableRandom(5);
    for (int k = 0; k < 2_000 + markets.length; k++) {
      double[] m = k < markets.length ? markets[k] : market(random);
      if (k >= markets.length) {
        m[2] /= 20.0;
      }
      if (!(m[0] > 0.0)) {
        continue;
      }
      withTable.solve(m[0], m[1], m[2], m[3]);
      withoutTable.solve(m[0], m[1], m[2], m[3]);
      String where = "r=" + m[0] + " q=" + m[1] + " sigma=" + m[2] + " t=" + m[3];
      assertEquals(withoutTable.logBoundaryAtExpiry(), withTable.logBoundaryAtExpiry(), 0.0, where);
      assertEquals(withoutTable.premium(0.9), withTable.premium(0.9), 0.0, where);
    }
  }
}
