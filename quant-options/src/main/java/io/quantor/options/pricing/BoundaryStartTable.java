package io.quantor.options.pricing;

/**
 * Tabulated start values of {@link PutBoundarySolver} for {@link AndersenLakeOffengenden.Scheme#ACCURATE}:
 * the converged solution of the scheme's collocation equations on a grid of markets, interpolated at the
 * market to solve, for puts with {@code 0 <= q <= r} (calls with {@code 0 <= r <= q}).
 *
 * <p>The boundary equation of the put with strike 1 is invariant under {@code (r, q, sigma^2, t) ->
 * (r / L, q / L, sigma^2 / L, L t)} and the collocation nodes are fixed fractions of the expiry,
 * {@code tau_i = c_i t}, so the discrete solution {@code g_i = ln(xMax / B(tau_i))} depends on three numbers
 * only. The table holds {@code ln g_i} on a grid in
 * <pre>
 *   x = ln(sigma sqrt(t)),   y = ln(r / sigma^2),   z = 1 - ln(1 + (1 - w) / 0.01) / ln(101),  w = q / r,
 * </pre>
 * solved at {@code t = 1} by the scheme's own Newton iteration to convergence, and interpolates with
 * four-point Lagrange polynomials in each coordinate (tensor product of 64 grid points, about 0.2
 * microseconds). {@code z} is logarithmic in {@code 1 - w} because near {@code q = r} the
 * short-expiry boundary depends on {@code ln((r - q)^2 tau / sigma^2)}.
 *
 * <p>Box: {@code sigma sqrt(t)} in [0.025, 1.2], {@code r / sigma^2} in [0.02, 10], {@code q / r} in [0, 1]
 * ({@value #X_COUNT} x {@value #Y_COUNT} x {@value #Z_COUNT} grid points, 9 values each, 127 kilobytes;
 * building it takes about 15 milliseconds once the solver is compiled, about 0.1 seconds as the first work
 * of a fresh JVM, where it also warms up the solver's code). It covers the {@code q <= r} half of the
 * American pricing benchmark's markets and of the reference grid's. There, on 20,000 random markets of the
 * benchmark's ranges, the largest residual of the interpolated start is below 1e-3, and after one full
 * Newton step the premium is within 1.2e-9 of the strike of the converged discrete solution (the default
 * path from QD+ and the predictor: 4.6e-9). Why not {@code q > r}: there the discrete solution is only
 * piecewise smooth in the market (where the boundary is close to {@code xMax} near expiry the interpolant
 * of {@code H} is negative at some quadrature points and {@code H} is clamped at 0; each change of that set
 * is a kink), and with a grid of this size the interpolated start is only within a few percent, too far for
 * one Newton step (see the class documentation of {@link AndersenLakeOffengenden}).
 *
 * <p>Immutable; the table of {@code ACCURATE} is built on first use by class initialization, which
 * publishes it safely to every thread.
 */
final class BoundaryStartTable {

  /** Grid lines in {@code x = ln(sigma sqrt(t))}. */
  static final int X_COUNT = 14;
  /** Grid lines in {@code y = ln(r / sigma^2)}. */
  static final int Y_COUNT = 14;
  /** Grid lines in {@code z} ({@code q / r} from 0 to 1). */
  static final int Z_COUNT = 9;
  /** Work doubles of {@link #start}, beyond the scheme's {@code n}. */
  static final int WORK = 12;

  private static final double S_LOW = 0.025;
  private static final double S_HIGH = 1.2;
  private static final double RATIO_LOW = 0.02;
  private static final double RATIO_HIGH = 10.0;
  /** The scale of {@code 1 - q/r} below which {@code z} is linear in it. */
  private static final double DELTA = 0.01;
  /**
   * Newton iterations of the tabulated solutions: the predictor and three full iterations (up to eight
   * while converging slowly) reach the discrete solution to rounding; twelve give the same table.
   */
  private static final int CONVERGING_ITERATIONS = 4;
  private static final int STENCIL = 4;

  private final int n;
  private final double xLow;
  private final double xStep;
  private final double yLow;
  private final double yStep;
  private final double zStep;
  private final double zScale;
  private final double[] values;

  /** Solves the scheme's equations to convergence at every grid point. */
  private BoundaryStartTable(AndersenLakeOffengenden.Scheme scheme) {
    n = scheme.collocationNodes();
    xLow = Math.log(S_LOW);
    xStep = (Math.log(S_HIGH) - xLow) / (X_COUNT - 1);
    yLow = Math.log(RATIO_LOW);
    yStep = (Math.log(RATIO_HIGH) - yLow) / (Y_COUNT - 1);
    zStep = 1.0 / (Z_COUNT - 1);
    zScale = Math.log1p(1.0 / DELTA);
    values = new double[X_COUNT * Y_COUNT * Z_COUNT * n];
    AndersenLakeOffengenden.Scheme converging = AndersenLakeOffengenden.Scheme.of(scheme.quadratureNodes(),
        CONVERGING_ITERATIONS, n, scheme.priceNodes());
    PutBoundarySolver solver = new PutBoundarySolver(converging);
    for (int ix = 0; ix < X_COUNT; ix++) {
      double sigma = Math.exp(xLow + ix * xStep);
      for (int iy = 0; iy < Y_COUNT; iy++) {
        double r = sigma * sigma * Math.exp(yLow + iy * yStep);
        for (int iz = 0; iz < Z_COUNT; iz++) {
          double w = 1.0 - DELTA * Math.expm1((1.0 - iz * zStep) * zScale);
          solver.solve(r, Math.max(w, 0.0) * r, sigma, 1.0);
          double[] h = solver.nodeValues();
          int base = ((ix * Y_COUNT + iy) * Z_COUNT + iz) * n;
          for (int i = 1; i <= n; i++) {
            values[base + i - 1] = 0.5 * Math.log(h[i]);
          }
        }
      }
    }
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
    if (!(r > 0.0 && q >= 0.0 && q <= r)) {
      return false;
    }
    double variance = sigma * sigma;
    double x = (0.5 * Math.log(variance * t) - xLow) / xStep;
    double y = (Math.log(r / variance) - yLow) / yStep;
    if (!(x >= 0.0 && x <= X_COUNT - 1 && y >= 0.0 && y <= Y_COUNT - 1)) {
      return false;
    }
    double z = (1.0 - Math.log1p((r - q) / (r * DELTA)) / zScale) / zStep;
    z = z > 0.0 ? z : 0.0;
    int ix = first(x, X_COUNT);
    int iy = first(y, Y_COUNT);
    int iz = first(z, Z_COUNT);
    lagrange(x - ix, work, n);
    lagrange(y - iy, work, n + STENCIL);
    lagrange(z - iz, work, n + 2 * STENCIL);
    for (int i = 0; i < n; i++) {
      work[i] = 0.0;
    }
    for (int a = 0; a < STENCIL; a++) {
      for (int b = 0; b < STENCIL; b++) {
        double weightAb = work[n + a] * work[n + STENCIL + b];
        int row = ((ix + a) * Y_COUNT + iy + b) * Z_COUNT + iz;
        for (int c = 0; c < STENCIL; c++) {
          double weight = weightAb * work[n + 2 * STENCIL + c];
          int base = (row + c) * n;
          for (int i = 0; i < n; i++) {
            work[i] += weight * values[base + i];
          }
        }
      }
    }
    for (int i = 1; i <= n; i++) {
      g[i] = Math.exp(work[i - 1]);
    }
    return true;
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
