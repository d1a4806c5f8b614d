package io.quantor.options.pricing;

import io.quantor.options.internal.BatchExp;

/**
 * Tabulated start values of {@link PutBoundarySolver} for {@link AndersenLakeOffengenden.Scheme#ACCURATE}:
 * the converged solution of the scheme's collocation equations on a grid of markets, interpolated at the
 * market to solve, for puts with {@code q >= 0} (calls with {@code r >= 0}) in two grids, one for
 * {@code q <= r} and one for {@code q > r}.
 *
 * <p>The boundary equation of the put with strike 1 is invariant under {@code (r, q, sigma^2, t) ->
 * (r / L, q / L, sigma^2 / L, L t)} and the collocation nodes are fixed fractions of the expiry,
 * {@code tau_i = c_i t}, so the discrete solution {@code g_i = ln(xMax / B(tau_i))} depends on three numbers
 * only (the solver's representation for {@code q > r}, {@code a = 0.1 sigma sqrt(t)}, is invariant too).
 * Each grid holds {@code ln g_i} over
 * <pre>
 *   x = ln(sigma sqrt(t)),   y = ln(a / sigma^2),   z = 1 - ln(1 + (1 - w) / delta) / ln(1 + 1 / delta),
 * </pre>
 * with {@code a = r}, {@code w = q / r}, {@code delta = 0.01} for {@code q <= r} and {@code a = q},
 * {@code w = r / q}, {@code delta = 1} for {@code q > r}, solved at {@code t = 1} by the scheme's own Newton
 * iteration to convergence, and interpolates with four-point Lagrange polynomials in each coordinate
 * (tensor product of 64 grid points, about 0.3 microseconds). For {@code q <= r}, {@code z} is
 * logarithmic in {@code 1 - w} because near {@code q = r} the short-expiry boundary depends on
 * {@code ln((r - q)^2 tau / sigma^2)}. For {@code q > r} it is nearly linear in {@code w}: there the boundary
 * stays close to {@code xMax} for a while and then leaves it within a short time, which moves with the
 * market, so the node values change fastest where that time passes the nodes, in the middle of the range
 * of {@code w}.
 *
 * <p>Box: {@code sigma sqrt(t)} in [0.025, 1.2], {@code a / sigma^2} in [0.02, 10], {@code w} in [0, 1]
 * ({@value #X_COUNT} x {@value #Y_COUNT} x {@value #Z_COUNT} and {@value #DIVIDEND_X_COUNT} x
 * {@value #DIVIDEND_Y_COUNT} x {@value #DIVIDEND_Z_COUNT} grid points, 9 values each, 480 kilobytes;
 * building both takes about 50 milliseconds once the solver is compiled, 0.25 to 0.5 seconds as the first
 * work of a fresh JVM, where it also warms up the solver's code). It covers all of the American pricing
 * benchmark's markets with early exercise and all of the reference grid's. For {@code q <= r}, on 20,000
 * random markets of the benchmark's ranges, the largest residual of the interpolated start is below 1e-3,
 * and after one full Newton step the premium is within 1.2e-9 of the strike of the converged discrete
 * solution (the default path from QD+ and the predictor: 4.6e-9). For {@code q > r} the discrete solution
 * is smooth in the market but changes much faster (see above): on 10,061 such markets 92% of the starts
 * have a residual below 1e-3 and are finished with one Newton step (premium within 5.3e-9 of the strike of
 * the converged solution), the others (residuals up to 1e-2) with the scheme's two full Newton iterations,
 * without QD+ and the predictor (within 1.4e-9). A grid fine enough for one step everywhere would need
 * more than a megabyte: with 20 x 20 x 33 points still more than half of the starts are off by more than
 * 3e-4 relative at some node.
 *
 * <p>Immutable; the table of {@code ACCURATE} is built on first use by class initialization, which
 * publishes it safely to every thread.
 */
final class BoundaryStartTable {

  /** Grid lines in {@code x = ln(sigma sqrt(t))} ({@code q <= r}). */
  static final int X_COUNT = 14;
  /** Grid lines in {@code y = ln(r / sigma^2)} ({@code q <= r}). */
  static final int Y_COUNT = 14;
  /** Grid lines in {@code z} ({@code q / r} from 0 to 1). */
  static final int Z_COUNT = 9;
  /** Grid lines in {@code x = ln(sigma sqrt(t))} ({@code q > r}). */
  static final int DIVIDEND_X_COUNT = 14;
  /** Grid lines in {@code y = ln(q / sigma^2)} ({@code q > r}). */
  static final int DIVIDEND_Y_COUNT = 14;
  /** Grid lines in {@code z} ({@code r / q} from 0 to 1). */
  static final int DIVIDEND_Z_COUNT = 25;
  /** Work doubles of {@link #start}, beyond the scheme's {@code n}. */
  static final int WORK = 12;

  private static final double S_LOW = 0.025;
  private static final double S_HIGH = 1.2;
  private static final double RATIO_LOW = 0.02;
  private static final double RATIO_HIGH = 10.0;
  /** The scale of {@code 1 - q/r} below which {@code z} is linear in it ({@code q <= r}). */
  private static final double DELTA = 0.01;
  /**
   * The same for {@code 1 - r/q} ({@code q > r}): 1, nearly linear in {@code r / q}, because there the
   * node values change fastest in the middle of the range (where the time at which the boundary leaves
   * {@code B(0+)} passes the nodes), not near {@code q = r}.
   */
  private static final double DIVIDEND_DELTA = 1.0;
  /** The {@code r / q} at which the grid line {@code r / q = 0} is solved (no early exercise at 0). */
  private static final double SMALLEST_RATIO = 1e-6;
  /**
   * Newton iterations of the tabulated solutions: the predictor and three full iterations (up to eight
   * while converging slowly) reach the discrete solution to rounding; twelve give the same table.
   */
  private static final int CONVERGING_ITERATIONS = 4;
  private static final int STENCIL = 4;

  private final int n;
  private final Grid carry;
  private final Grid dividend;

  /** Solves the scheme's equations to convergence at every grid point. */
  private BoundaryStartTable(AndersenLakeOffengenden.Scheme scheme) {
    n = scheme.collocationNodes();
    AndersenLakeOffengenden.Scheme converging = AndersenLakeOffengenden.Scheme.of(scheme.quadratureNodes(),
        CONVERGING_ITERATIONS, n, scheme.priceNodes());
    PutBoundarySolver solver = new PutBoundarySolver(converging);
    carry = new Grid(n, X_COUNT, Y_COUNT, Z_COUNT, DELTA, false, solver);
    dividend = new Grid(n, DIVIDEND_X_COUNT, DIVIDEND_Y_COUNT, DIVIDEND_Z_COUNT, DIVIDEND_DELTA, true,
        solver);
  }

  /**
   * The table of a scheme, or null if it has none (only {@link AndersenLakeOffengenden.Scheme#ACCURATE}
   * has one).
   *
   * @param scheme the scheme
   * @return the table or null
   */
  static BoundaryStartTable of(AndersenLakeOffengenden.Scheme scheme) {
    return scheme.equals(AndersenLakeOffengenden.Scheme.ACCURATE) ? Accurate.TABLE : null;
  }

  /**
   * Interpolated start values {@code g_i = ln(xMax / B(tau_i))}, {@code i = 1..n}, if the market lies in
   * the table's box.
   *
   * @param r the rate
   * @param q the dividend yield
   * @param sigma the volatility, {@code > 0}
   * @param t the expiry, {@code > 0}
   * @param g receives {@code g_1..g_n} (index 0 untouched)
   * @param work at least {@code n + }{@value #WORK} doubles, overwritten
   * @return false outside the box ({@code g} and {@code work} untouched)
   */
  boolean start(double r, double q, double sigma, double t, double[] g, double[] work) {
    if (!(r > 0.0 && q >= 0.0)) {
      return false;
    }
    return q <= r ? carry.start(r, q, sigma, t, g, work) : dividend.start(q, r, sigma, t, g, work);
  }

  /**
   * One grid: {@code ln g_i} over {@code x = ln(sigma sqrt(t))}, {@code y = ln(a / sigma^2)} and
   * {@code z = 1 - ln(1 + (1 - b / a) / delta) / ln(1 + 1 / delta)}, where {@code a >= b} are the rate and
   * the yield ({@code a = r} for {@code q <= r}, {@code a = q} for {@code q > r}).
   */
  private static final class Grid {

    private final int n;
    private final int xCount;
    private final int yCount;
    private final int zCount;
    private final double xLow;
    private final double xStep;
    private final double yLow;
    private final double yStep;
    private final double zStep;
    private final double delta;
    private final double zScale;
    private final double[] values;

    /** Solves at every grid point. */
    Grid(int n, int xCount, int yCount, int zCount, double delta, boolean dividend,
        PutBoundarySolver solver) {
      this.n = n;
      this.xCount = xCount;
      this.yCount = yCount;
      this.zCount = zCount;
      this.delta = delta;
      xLow = Math.log(S_LOW);
      xStep = (Math.log(S_HIGH) - xLow) / (xCount - 1);
      yLow = Math.log(RATIO_LOW);
      yStep = (Math.log(RATIO_HIGH) - yLow) / (yCount - 1);
      zStep = 1.0 / (zCount - 1);
      zScale = Math.log1p(1.0 / delta);
      values = new double[xCount * yCount * zCount * n];
      for (int ix = 0; ix < xCount; ix++) {
        double sigma = Math.exp(xLow + ix * xStep);
        for (int iy = 0; iy < yCount; iy++) {
          double larger = sigma * sigma * Math.exp(yLow + iy * yStep);
          for (int iz = 0; iz < zCount; iz++) {
            double w = 1.0 - delta * Math.expm1((1.0 - iz * zStep) * zScale);
            if (dividend) {
              // r = q is the other grid's: solve just above it; r = 0 has no early exercise.
              w = Math.min(Math.max(w, SMALLEST_RATIO), 1.0 - 1e-12);
              solver.solve(w * larger, larger, sigma, 1.0);
            } else {
              solver.solve(larger, Math.max(w, 0.0) * larger, sigma, 1.0);
            }
            int base = ((ix * yCount + iy) * zCount + iz) * n;
            if (dividend) {
              double[] distance = solver.nodeDistances();
              for (int i = 1; i <= n; i++) {
                values[base + i - 1] = Math.log(distance[i]);
              }
            } else {
              // ln g from H = g^2, as when this grid was the whole table (the same bits).
              double[] h = solver.nodeValues();
              for (int i = 1; i <= n; i++) {
                values[base + i - 1] = 0.5 * Math.log(h[i]);
              }
            }
          }
        }
      }
    }

    /** {@link BoundaryStartTable#start} with {@code larger >= smaller >= 0}, {@code larger > 0}. */
    boolean start(double larger, double smaller, double sigma, double t, double[] g, double[] work) {
      double variance = sigma * sigma;
      double x = (0.5 * Math.log(variance * t) - xLow) / xStep;
      double y = (Math.log(larger / variance) - yLow) / yStep;
      if (!(x >= 0.0 && x <= xCount - 1 && y >= 0.0 && y <= yCount - 1)) {
        return false;
      }
      // Math.log(1 + x), not log1p (not an intrinsic, three times slower): z is a grid coordinate, and the
      // rounding of 1 + x moves it by 1e-16, far below what the interpolation resolves.
      double z = (1.0 - Math.log(1.0 + (larger - smaller) / (larger * delta)) / zScale) / zStep;
      z = z > 0.0 ? z : 0.0;
      int ix = first(x, xCount);
      int iy = first(y, yCount);
      int iz = first(z, zCount);
      lagrange(x - ix, work, 0);
      lagrange(y - iy, work, STENCIL);
      lagrange(z - iz, work, 2 * STENCIL);
      double wz0 = work[2 * STENCIL];
      double wz1 = work[2 * STENCIL + 1];
      double wz2 = work[2 * STENCIL + 2];
      double wz3 = work[2 * STENCIL + 3];
      // ln g_i into g[1..n]: for each (x, y) line the four z points are 4 n consecutive values, so one pass
      // over i takes all four (16 passes instead of 64).
      for (int i = 1; i <= n; i++) {
        g[i] = 0.0;
      }
      for (int a = 0; a < STENCIL; a++) {
        for (int b = 0; b < STENCIL; b++) {
          double weightAb = work[a] * work[STENCIL + b];
          double w0 = weightAb * wz0;
          double w1 = weightAb * wz1;
          double w2 = weightAb * wz2;
          double w3 = weightAb * wz3;
          int base = (((ix + a) * yCount + iy + b) * zCount + iz) * n - 1;
          for (int i = 1; i <= n; i++) {
            g[i] += w0 * values[base + i] + w1 * values[base + n + i] + w2 * values[base + 2 * n + i]
                + w3 * values[base + 3 * n + i];
          }
        }
      }
      BatchExp.exp(g, g, work, 1, n + 1);
      return true;
    }
  }

  /** The first grid line of the four-point stencil around {@code position} in {@code [0, count - 1]}. */
  private static int first(double position, int count) {
    int start = (int) position - 1;
    start = start > 0 ? start : 0;
    return start < count - STENCIL ? start : count - STENCIL;
  }

  /** The Lagrange weights at {@code u} (0 to 3) for the grid lines 0 to 3, into {@code out[offset..]}. */
  private static void lagrange(double u, double[] out, int offset) {
    double u1 = u - 1.0;
    double u2 = u - 2.0;
    double u3 = u - 3.0;
    out[offset] = -u1 * u2 * u3 * (1.0 / 6.0);
    out[offset + 1] = u * u2 * u3 * 0.5;
    out[offset + 2] = -u * u1 * u3 * 0.5;
    out[offset + 3] = u * u1 * u2 * (1.0 / 6.0);
  }

  /** The table of {@code ACCURATE}, built when first used (lazy, thread-safe class initialization). */
  private static final class Accurate {

    private static final BoundaryStartTable TABLE =
        new BoundaryStartTable(AndersenLakeOffengenden.Scheme.ACCURATE);

    private Accurate() {
    }
  }
}
