package io.quantor.options.pricing;

import io.quantor.options.internal.BatchExp;
import io.quantor.options.internal.BatchNormal;
import io.quantor.options.internal.Normal;
import java.util.Arrays;

/**
 * The numerical core of {@link AndersenLakeOffengenden}: the exercise boundary of an American put with
 * strike 1, rate {@code r > 0}, dividend yield {@code q}, volatility {@code sigma > 0} and expiry
 * {@code t > 0}, and the early exercise premium over that boundary.
 *
 * <p>Unknowns: {@code y_i = ln B(tau_i)} at the Chebyshev nodes {@code tau_i = t ((1 + z_i)/2)^2},
 * {@code i = 1..n} ({@code tau_0 = 0} is pinned to {@code B(0+) = xMax}), stored as
 * {@code g_i = ln xMax - y_i >= 0} and interpolated as {@code phi_i = g_i (g_i + 2 a)}: ALO's
 * {@code H_i = g_i^2} ({@code a = 0}) for {@code q <= r}, {@code a = 0.1 sigma sqrt(t)} for {@code q > r}
 * ({@link #shift}, {@link #distance}). Equations: ALO's FP-A collocated at the nodes,
 * {@code F_i = -(r - q) tau_i + ln N_i - ln D_i - y_i = 0}, with
 * <pre>
 *   N = n(d-(tau, B(tau))) / v + r int_0^tau e^{r u} n(d-(tau - u, B(tau)/B(u))) / (sigma sqrt(tau - u)) du,
 *   D = n(d+(tau, B(tau))) / v + N(d+(tau, B(tau)))
 *       + q int_0^tau e^{q u} (n(d+(tau - u, B(tau)/B(u))) / (sigma sqrt(tau - u)) + N(d+(...))) du,
 * </pre>
 * {@code v = sigma sqrt(tau)}, {@code B(u)} between nodes from the Chebyshev interpolant of {@code phi} in
 * {@code sqrt(u)} and the integrals by {@link BoundaryQuadrature}.
 *
 * <p>Solution: for the default scheme and {@code q >= 0}, start values from a table of the scheme's
 * converged solutions ({@link BoundaryStartTable}) and one Newton step (for {@code q > r} two, from the
 * less accurate starts); otherwise QD+ start values
 * ({@link QdPlusBoundary}), then Newton's method on the {@code n} equations
 * with the exact Jacobian of the discretized system: {@code dF_i/dy_j} through {@code B(tau_i)} and through
 * the interpolant at every quadrature point,
 * {@code d ln B(u_ik) / d y_j = L_j(z_ik) (g_j + a) / (g(u_ik) + a)} (checked
 * against finite differences in the tests). For schemes with {@code m >= 2} the first iteration is a
 * predictor with the scheme's four-point rule ({@link AndersenLakeOffengenden.Scheme#predictorQuadrature()}):
 * its discretization error, about 1e-3 in {@code ln B}, is far below the error of the start values, and
 * Newton's quadratic convergence removes it in the next iteration, which uses the full rule. Backtracking
 * (see {@link #solve(double, double, double, double)}) keeps the iteration safe where the start is poor,
 * as for very low volatility or many nodes.
 *
 * <p>The integrands are evaluated in passes over all quadrature points at once, with the exponentials and
 * the normal distribution function of {@link BatchExp} and {@link BatchNormal} (vectorized loops; their
 * errors, below 1e-15 and 5e-12 relative, are far below the discretization's), and the iteration-invariant
 * factors come from tables of the scheme ({@link BoundaryQuadrature}) times powers of the expiry.
 *
 * <p>Every array is allocated in the constructor, for one scheme, and reused by every solve: an instance
 * is a workspace (some arrays also serve QD+ before the iteration and the premium after it). Not
 * thread-safe; one instance per thread.
 */
final class PutBoundarySolver {

  /** Newton stops once the largest update of {@code ln B} is below this (quadratic convergence). */
  private static final double STEP_TOLERANCE = 1e-10;
  /** A residual ratio above this means Newton is not (yet) converging quadratically. */
  private static final double SLOW_CONVERGENCE = 0.25;
  /** {@code sqrt(2) xi_0}, {@code xi_0 = 0.4517}: the short-expiry slope of {@code ln(xMax/B)} for q > r. */
  private static final double DIFFUSIVE_START = 0.6388;
  /** The largest logarithm of the first node's start value. */
  private static final double MAX_START_LOGARITHM = 30.0;
  /**
   * The shift of the node values for {@code q > r}, in units of {@code sigma sqrt(t)}: see
   * {@link AndersenLakeOffengenden} ("Where this implementation differs from the paper").
   */
  private static final double SHIFT = 0.1;
  /** Multiplies a positive double (at least 1e-301) into a number above 1: min(x HUGE, 1) selects. */
  private static final double HUGE = 0x1p1000;
  /** The largest predictor step accepted, relative to the largest {@code ln(xMax/B)} of the start. */
  private static final double PREDICTOR_TRUST = 0.5;
  /** The smallest backtracking factor tried. */
  private static final double MIN_STEP = 1.0 / 64;
  /**
   * QD+ is solved until Halley's step of {@code ln B} is below this fraction of the distance
   * {@code ln(xMax/B)} (or below 1e-4): QD+ itself approximates the boundary only to a few percent, and the
   * Newton iterations that follow remove the rest. Measured on the reference grid and the benchmark's 1000
   * markets: with 0.1 the default scheme's boundary is within 1.5e-6 in {@code ln B} and its prices within
   * 5e-9 of the strike of the fully converged discrete solution, as with 0.03, with 10 Halley iterations
   * for the nine nodes instead of 14; 0.3 doubles the first figure, 1 (one iteration per node) leaves
   * price differences of 5e-7 of the strike.
   */
  private static final double QD_PLUS_TOLERANCE = 0.1;
  /**
   * The largest residual of a tabulated start ({@link BoundaryStartTable}) that is finished with one full
   * Newton step; above it the solve starts again from QD+. One step from a start of this residual
   * reaches the converged discrete solution within about 2e-7 in {@code ln B}; on 20,000 markets of the
   * American pricing benchmark's ranges with {@code q <= r} every tabulated start was accepted.
   */
  private static final double TABULATED_RESIDUAL = 1e-3;
  /**
   * For {@code q > r}: the largest residual of a tabulated start from which the solve continues with the
   * scheme's full Newton iterations (no QD+, no predictor) when it is above {@value #TABULATED_RESIDUAL}.
   * On 8,000 markets of the benchmark's ranges the largest start residual was 1e-2, and two full
   * iterations from it reached the converged discrete solution within 1.3e-9 of the strike in the premium.
   */
  private static final double TABULATED_ITERATION = 0.1;
  /** The default scheme's number of nodes, for which the linear algebra runs with constant bounds. */
  private static final int DEFAULT_NODES = 9;

  private final AndersenLakeOffengenden.Scheme scheme;
  private final int n;

  private double r;
  private double q;
  private double sigma;
  private double t;
  private double sqrtT;
  private double xMax;
  private double logXMax;
  /** The shift {@code a} of the node values {@code g (g + 2 a)}: 0 for {@code q <= r} (ALO's H). */
  private double shift;
  /** The largest residual of the last tabulated start, for the solve that continues from it. */
  private double tabulatedNorm;

  private final double[] tau;
  private final double[] sqrtTau;
  private final double[] g;
  private final double[] h;
  private final double[] start;
  private final double[] accepted;
  private final double[] residual;
  private final double[] jacobian;
  private final int[] pivots;
  private final double[] inverseDiagonal;
  private final double[] step;
  private final double[] diagonal;
  private final double[] nodeV;
  private final double[] logRoot;
  private final QdPlusBoundary qdPlus;
  /** e^{q u} at the points of the current rule (iteration-invariant). */
  private final double[] growth;
  // Per evaluation, over the points (n l of them) and where noted the n nodes after them; each array
  // holds several quantities in turn (the passes of evaluate() overwrite what they no longer need).
  /** H(u), then g(u) = sqrt(H(u)), then 1/g(u). */
  private final double[] pointG;
  /** g_i at each point of node i. */
  private final double[] nodeG;
  /** d+ at the points, then at the nodes. */
  private final double[] dPlus;
  /**
   * The exponent of D's Gaussian, then exp(-d+^2/2), then the slope of D's term (all = n l + n values,
   * nodes after the points). A separate array from {@link #termN}: C2 does not vectorize a loop that
   * writes one array at two offsets.
   */
  private final double[] gaussians;
  /** The exponent of N's Gaussian term, then the term, then N's term itself; nodes after the points. */
  private final double[] termN;
  /** N(d+), then D's term; nodes after the points. */
  private final double[] termD;
  /** The slope of N's term, then the Jacobian coefficient. */
  private final double[] slopeN;
  private final double[] work;
  private final PremiumWork premiumWork;
  /** The scheme's table of start values, or null (then every solve starts from QD+). */
  private final BoundaryStartTable table;
  private final double[] tableWork;

  /**
   * Allocates the work arrays for a scheme, with its table of start values if it has one
   * ({@link BoundaryStartTable#of}).
   *
   * @param scheme the scheme
   */
  PutBoundarySolver(AndersenLakeOffengenden.Scheme scheme) {
    this(scheme, true);
  }

  /**
   * Allocates the work arrays for a scheme.
   *
   * @param scheme the scheme
   * @param tabulatedStart whether to use the scheme's table of start values, if it has one (false: every
   *     solve starts from QD+, for tests)
   */
  PutBoundarySolver(AndersenLakeOffengenden.Scheme scheme, boolean tabulatedStart) {
    this.scheme = scheme;
    this.table = tabulatedStart ? BoundaryStartTable.of(scheme) : null;
    this.n = scheme.collocationNodes();
    int l = Math.max(scheme.quadratureNodes(), scheme.predictorQuadrature().size());
    tau = new double[n + 1];
    sqrtTau = new double[n + 1];
    g = new double[n + 1];
    h = new double[n + 1];
    start = new double[n + 1];
    accepted = new double[n + 1];
    residual = new double[n];
    jacobian = new double[n * n];
    pivots = new int[n];
    inverseDiagonal = new double[n];
    step = new double[n];
    diagonal = new double[n];
    nodeV = new double[n];
    logRoot = new double[n + 1];
    int all = n * l + n;
    // The Gaussians double as work of QD+, before the iteration.
    gaussians = new double[Math.max(all, QdPlusBoundary.WORK_PER_NODE * (n + 1))];
    termN = new double[all];
    qdPlus = new QdPlusBoundary(n + 1, gaussians);
    int points = n * l;
    growth = new double[points];
    pointG = new double[points];
    nodeG = new double[points];
    slopeN = new double[points];
    dPlus = new double[all];
    termD = new double[all];
    work = new double[all];
    int p = scheme.priceNodes();
    // The premium comes after the solve: its six arrays of 2 p can be the solve's (fewer bytes per solver,
    // which the static pricing methods allocate per call).
    premiumWork = points >= 2 * p
        ? new PremiumWork(pointG, nodeG, slopeN, dPlus, termD, work) : new PremiumWork(p);
    tableWork = new double[n + BoundaryStartTable.WORK];
  }

  /**
   * {@code B(0+) / K} of a put: {@code min(1, r/q)} for {@code q > 0}, else 1.
   *
   * @param r the rate, {@code > 0}
   * @param q the dividend yield
   * @return the limit of the normalized boundary at expiry
   */
  static double limitAtExpiry(double r, double q) {
    return q > r ? r / q : 1.0;
  }

  /**
   * The shift {@code a} of the node values {@code phi = g (g + 2 a)}, {@code g = ln(xMax/B)}: 0 for
   * {@code q <= r} (ALO's {@code H = g^2}), {@value #SHIFT} {@code sigma sqrt(t)} for {@code q > r}.
   *
   * @param r the rate of the put
   * @param q the dividend yield of the put
   * @param sigma the volatility
   * @param t the expiry
   * @return {@code a >= 0}
   */
  static double shift(double r, double q, double sigma, double t) {
    return q > r ? SHIFT * sigma * Math.sqrt(t) : 0.0;
  }

  /**
   * The node value {@code phi = g (g + 2 a)} of a distance {@code g = ln(xMax/B)}.
   *
   * @param g the distance
   * @param shift {@code a} ({@link #shift})
   * @return {@code phi}
   */
  static double nodeValue(double g, double shift) {
    return g * (g + 2.0 * shift);
  }

  /**
   * The distance {@code g = ln(xMax/B)} from an interpolated node value {@code phi}: for {@code a = 0}
   * ALO's {@code sqrt(max(phi, 0))}; for {@code a > 0} the root {@code sqrt(a^2 + phi) - a}, written as
   * {@code phi / (a + sqrt(a^2 + phi))}, smooth through {@code phi = 0} ({@code g} slightly negative where
   * the interpolant dips below 0 near expiry), with {@code phi} kept at or above {@code -a^2}.
   *
   * @param value the interpolated node value {@code phi}
   * @param shift {@code a} ({@link #shift})
   * @return {@code g}, {@code >= 0} for {@code a = 0} and {@code >= -a} otherwise
   */
  static double distance(double value, double shift) {
    if (shift == 0.0) {
      return Math.sqrt(value > 0.0 ? value : 0.0);
    }
    double shiftSquared = shift * shift;
    double bounded = value > -shiftSquared ? value : -shiftSquared;
    return bounded / (shift + Math.sqrt(shiftSquared + bounded));
  }

  /** Sets the market of the next solve and the node times. */
  private void market(double r, double q, double sigma, double t) {
    this.r = r;
    this.q = q;
    this.sigma = sigma;
    this.t = t;
    this.sqrtT = Math.sqrt(t);
    this.xMax = limitAtExpiry(r, q);
    this.logXMax = Math.log(xMax);
    this.shift = shift(r, q, sigma, t);
    ChebyshevLobatto nodes = scheme.interpolation();
    for (int i = 0; i <= n; i++) {
      double root = 0.5 * sqrtT * (1.0 + nodes.node(i));
      sqrtTau[i] = root;
      tau[i] = root * root;
    }
  }

  /**
   * Solves for the boundary: QD+ start values, the predictor (a Newton step with the four-point rule),
   * then Newton's method with the full rule, globalized by backtracking. A step is accepted when the
   * largest residual falls ({@code ||F(y + a dy)|| <= (1 - 1e-4 a) ||F(y)||}, halving {@code a}
   * otherwise); the evaluation that checks a step also yields the Jacobian for the next one, so checking
   * costs nothing except after the last iteration, which is checked only when the previous step
   * converged slowly (residual ratio above 1/4), that is, outside the quadratic regime; then the solve
   * also takes one more iteration, up to {@code 2 m} in all. The predictor is checked by the first full
   * evaluation: if the residual grew, the solve restarts from QD+ with the full rule.
   *
   * <p>With a table of start values ({@link BoundaryStartTable}, the default scheme) and a market inside
   * its box, the solve instead starts from the table and takes one full Newton step, if the start's largest
   * residual is at most {@value #TABULATED_RESIDUAL}. Otherwise, for {@code q > r} and a residual of at
   * most {@value #TABULATED_ITERATION}, it continues from the start with the scheme's full Newton
   * iterations (the start's evaluation is the first one's; no predictor); in all other cases it continues
   * as above, from QD+, with the same results as without the table.
   *
   * @param r the rate, {@code > 0}
   * @param q the dividend yield, finite
   * @param sigma the volatility, {@code > 0}
   * @param t the expiry, {@code > 0}
   */
  void solve(double r, double q, double sigma, double t) {
    market(r, q, sigma, t);
    boolean tabulated = table != null && table.start(r, q, sigma, t, g, tableWork);
    if (tabulated && tabulatedNewton()) {
      return;
    }
    BoundaryQuadrature full = scheme.quadrature();
    BoundaryQuadrature predictor = scheme.predictorQuadrature();
    int iterations = scheme.iterations();
    double norm;
    // The predictor is the first of the scheme's iterations.
    double ratio = 0.0;
    if (tabulated && q > r && tabulatedNorm <= TABULATED_ITERATION) {
      // The tabulated start's evaluation (residual and Jacobian, full rule) begins the iteration.
      norm = tabulatedNorm;
    } else if (predictor != full) {
      startValues();
      System.arraycopy(g, 0, start, 0, n + 1);
      fill(predictor);
      double startNorm = evaluate(predictor, true);
      boolean trusted = false;
      if (startNorm < Double.POSITIVE_INFINITY) {
        newtonStep();
        double largestStep = 0.0;
        double largestG = 0.0;
        for (int i = 1; i <= n; i++) {
          double size = Math.abs(step[i - 1]);
          largestStep = size > largestStep ? size : largestStep;
          largestG = g[i] > largestG ? g[i] : largestG;
        }
        // QD+ is within a few percent of the boundary: a predictor step of half the boundary's distance
        // from xMax means the four-point rule does not resolve the integrands (very low volatility).
        trusted = largestStep <= PREDICTOR_TRUST * largestG;
      }
      if (trusted) {
        System.arraycopy(g, 0, accepted, 0, n + 1);
        move(1.0);
      }
      fill(full);
      norm = evaluate(full, true);
      iterations--;
      if (trusted && norm <= startNorm) {
        ratio = norm / startNorm;
      } else {
        // The predictor was not used or did not reduce the residual: Newton from QD+ with the full rule,
        // one more iteration in place of the predictor.
        if (trusted) {
          System.arraycopy(start, 0, g, 0, n + 1);
          setH();
          norm = evaluate(full, true);
        }
        iterations++;
      }
    } else {
      startValues();
      fill(full);
      norm = evaluate(full, true);
    }
    if (!(norm < Double.POSITIVE_INFINITY)) {
      return;
    }
    int limit = 2 * scheme.iterations();
    for (int iteration = 1; iteration <= iterations; iteration++) {
      newtonStep();
      if (iteration == iterations && ratio > SLOW_CONVERGENCE && iterations < limit) {
        // Not yet in the quadratic regime (low volatility and long expiry, where the first steps are
        // damped): one more iteration, up to twice the scheme's.
        iterations++;
      }
      boolean last = iteration == iterations;
      double largest = 0.0;
      for (int i = 0; i < n; i++) {
        double size = Math.abs(step[i]);
        largest = size > largest ? size : largest;
      }
      System.arraycopy(g, 0, accepted, 0, n + 1);
      if (last && ratio <= SLOW_CONVERGENCE) {
        move(1.0);
        return;
      }
      double alpha = 1.0;
      double trialNorm;
      while (true) {
        move(alpha);
        trialNorm = evaluate(full, !last);
        if (trialNorm <= (1.0 - 1e-4 * alpha) * norm) {
          break;
        }
        alpha *= 0.5;
        if (alpha < MIN_STEP) {
          // No descent along the Newton direction: keep the best iterate.
          System.arraycopy(accepted, 0, g, 0, n + 1);
          setH();
          return;
        }
      }
      ratio = trialNorm / norm;
      norm = trialNorm;

      if (alpha * largest < STEP_TOLERANCE) {
        return;
      }
    }
  }

  /**
   * One full Newton step from the tabulated start values in {@code g}, if their residual is small enough.
   *
   * @return true if the step was taken, false if the start was rejected (the state is then overwritten by
   *     the solve from QD+)
   */
  private boolean tabulatedNewton() {
    setH();
    BoundaryQuadrature full = scheme.quadrature();
    fill(full);
    double norm = evaluate(full, true);
    tabulatedNorm = norm;
    if (!(norm <= TABULATED_RESIDUAL)) {
      return false;
    }
    newtonStep();
    System.arraycopy(g, 0, accepted, 0, n + 1);
    move(1.0);
    return true;
  }

  /**
   * QD+ at every node ({@link QdPlusBoundary#nodes}), each started from the previous nodes' solutions.
   * The first node, very close to expiry, starts from the form of the boundary's short-expiry asymptotics
   * (J. D. Evans, R. Kuske and J. B. Keller, "American options on assets with dividends near expiry",
   * Mathematical Finance 12(3), 2002): {@code ln(xMax/B) ~ 0.639 sigma sqrt(tau)} for {@code q > r} and
   * {@code sigma sqrt(tau ln(sigma^2 / (8 pi (r - q)^2 tau)))} otherwise (the logarithm kept in [1, 30]).
   * Only a start value: on the benchmark's markets it cuts the first node's Halley iterations from 3.4 to
   * 1.1 on average.
   */
  private void startValues() {
    g[0] = 0.0;
    h[0] = 0.0;
    double first;
    if (q > r) {
      first = DIFFUSIVE_START * sigma * sqrtTau[1];
    } else {
      double carry = r - q;
      double logarithm = Math.log(sigma * sigma / (8.0 * Math.PI * carry * carry * tau[1]));
      // Bounded for r = q (an infinite logarithm) and where the asymptotics do not apply yet.
      logarithm = logarithm < MAX_START_LOGARITHM ? logarithm : MAX_START_LOGARITHM;
      first = sigma * sqrtTau[1] * Math.sqrt(logarithm > 1.0 ? logarithm : 1.0);
    }
    logRoot[1] = logXMax - first;
    qdPlus.nodes(r, q, sigma, tau, sqrtTau, 1, n + 1, logXMax, logRoot, QD_PLUS_TOLERANCE);
    for (int i = 1; i <= n; i++) {
      double distance = logXMax - logRoot[i];
      g[i] = distance > 0.0 ? distance : 0.0;
      h[i] = nodeValue(g[i], shift);
    }
  }

  /** g = accepted - alpha * step (a step dy in y = ln xMax - g is -dy in g), kept non-negative. */
  private void move(double alpha) {
    for (int i = 1; i <= n; i++) {
      double updated = accepted[i] - alpha * step[i - 1];
      // A root above xMax is outside the boundary's range (g < 0): stop at a tenth of the distance.
      double floor = 0.1 * accepted[i];
      g[i] = updated >= floor ? updated : floor;
      h[i] = nodeValue(g[i], shift);
    }
  }

  private void setH() {
    for (int i = 0; i <= n; i++) {
      h[i] = nodeValue(g[i], shift);
    }
  }

  /**
   * The iteration-invariant factor {@code e^{q u}} at the points of {@code rule}, for the current market
   * (the other invariant terms are products of the rule's tables and powers of {@code t}, formed where
   * they are used).
   */
  private void fill(BoundaryQuadrature rule) {
    int points = n * rule.size();
    double[] timeU = rule.pointTimeU();
    double yieldTime = q * t;
    for (int ik = 0; ik < points; ik++) {
      growth[ik] = yieldTime * timeU[ik];
    }
    BatchExp.exp(growth, growth, work, 0, points);
  }

  /**
   * Residuals F_i and, if asked, their Jacobian dF_i / dy_j at the current iterate, with the rule's points
   * ({@link #fill(BoundaryQuadrature)} first). Written in passes over all {@code n l} points (interpolant,
   * arguments, exponentials, distribution function, terms), each a short loop over one index that the
   * compiler vectorizes ({@link BatchExp}, {@link BatchNormal}), then sums per node; the nodes' own terms
   * ride along as {@code n} extra points of the exponentials and the distribution function.
   *
   * @return the largest |F_i|, or infinity if any is not finite
   */
  private double evaluate(BoundaryQuadrature rule, boolean withJacobian) {
    int l = rule.size();
    int points = n * l;
    int all = points + n;
    double[][] rows = rule.rows();
    double[] timeU = rule.pointTimeU();
    double[] timeS = rule.pointTimeS();
    double[] sqrtTimeS = rule.pointSqrtTimeS();
    double[] inverseSqrtTimeS = rule.pointInverseSqrtTimeS();
    double[] weightPdf = rule.pointWeightPdf();
    double[] weightCdf = rule.pointWeightCdf();
    double carry = r - q;
    double volatility = sigma * sqrtT;
    double inverseVolatility = 1.0 / volatility;
    double halfVolatility = 0.5 * volatility;
    double carryTime = carry * t;
    double rateTime = r * t;
    double yieldTime = q * t;
    double pdfScale = sqrtT / sigma;
    // The interpolant H(u_ik) at every point, one loop per basis function, then g(u) = sqrt(H(u)).
    // Two basis functions per loop: half the loops, each still small enough to be vectorized.
    int j0 = 1;
    if (n % 2 == 1) {
      double h1 = h[1];
      double[] row = rows[0];
      for (int ik = 0; ik < points; ik++) {
        pointG[ik] = row[ik] * h1;
      }
      j0 = 2;
    } else {
      Arrays.fill(pointG, 0, points, 0.0);
    }
    for (int j = j0; j < n; j += 2) {
      double ha = h[j];
      double hb = h[j + 1];
      double[] rowA = rows[j - 1];
      double[] rowB = rows[j];
      for (int ik = 0; ik < points; ik++) {
        pointG[ik] += rowA[ik] * ha + rowB[ik] * hb;
      }
    }
    if (shift > 0.0) {
      double shiftSquared = shift * shift;
      for (int ik = 0; ik < points; ik++) {
        double bounded = Math.max(pointG[ik], -shiftSquared);
        pointG[ik] = bounded / (shift + Math.sqrt(shiftSquared + bounded));
      }
    } else {
      for (int ik = 0; ik < points; ik++) {
        pointG[ik] = Math.sqrt(Math.max(pointG[ik], 0.0));
      }
    }
    for (int i = 1; i <= n; i++) {
      double gi = g[i];
      int base = (i - 1) * l;
      for (int ik = base; ik < base + l; ik++) {
        nodeG[ik] = gi;
      }
    }
    // d+ of every integrand: (ln(B(tau)/B(u)) + (r - q)(tau - u)) / vs + vs/2 with ln(B(tau)/B(u)) =
    // g(u) - g_i and vs = sigma sqrt(tau - u); then the exponents of the Gaussians at d+ and at
    // d- = d+ - vs, with e^{r u} joined to N's.
    for (int ik = 0; ik < points; ik++) {
      dPlus[ik] = (pointG[ik] - nodeG[ik] + carryTime * timeS[ik]) * (inverseVolatility * inverseSqrtTimeS[ik])
          + halfVolatility * sqrtTimeS[ik];
    }
    double[] gaussians = this.gaussians;
    double[] termN = this.termN;
    for (int ik = 0; ik < points; ik++) {
      double dp = dPlus[ik];
      double dm = dp - volatility * sqrtTimeS[ik];
      gaussians[ik] = -0.5 * dp * dp;
      termN[ik] = rateTime * timeU[ik] - 0.5 * dm * dm;
    }
    // The nodes' terms: d+- (tau_i, B(tau_i)) as points n l + i - 1.
    for (int i = 1; i <= n; i++) {
      double v = sigma * sqrtTau[i];
      double dp = (logXMax - g[i] + carry * tau[i]) / v + 0.5 * v;
      double dm = dp - v;
      nodeV[i - 1] = v;
      dPlus[points + i - 1] = dp;
      gaussians[points + i - 1] = -0.5 * dp * dp;
      termN[points + i - 1] = -0.5 * dm * dm;
    }
    BatchExp.exp(gaussians, gaussians, work, 0, all);
    BatchExp.exp(termN, termN, work, 0, all);
    BatchNormal.cdf(dPlus, gaussians, termD, work, 0, all);
    // The terms of N and D and their derivatives with respect to d (over vs): N's term r e^{r u} n(d-) /
    // (sigma sqrt(tau - u)) times the weight, its slope -term d- / vs; D's term q e^{q u} (n(d+) /
    // (sigma sqrt(tau - u)) + N(d+)) times the weights, its slope q e^{q u} (n(d+) - n(d+) d+ / vs) / vs.
    double rateScale = r * pdfScale;
    for (int ik = 0; ik < points; ik++) {
      double term = termN[ik] * (rateScale * weightPdf[ik]);
      termN[ik] = term;
      slopeN[ik] = -term * (dPlus[ik] - volatility * sqrtTimeS[ik]) * (inverseVolatility * inverseSqrtTimeS[ik]);
    }
    double yieldScale = q * pdfScale;
    double cdfScale = yieldTime * Normal.INV_SQRT_2PI;
    for (int ik = 0; ik < points; ik++) {
      termD[ik] = (yieldScale * weightPdf[ik] * gaussians[ik] + yieldTime * weightCdf[ik] * termD[ik])
          * growth[ik];
    }
    for (int ik = 0; ik < points; ik++) {
      gaussians[ik] *= (cdfScale * weightCdf[ik] - yieldScale * weightPdf[ik] * dPlus[ik]) * growth[ik]
          * (inverseVolatility * inverseSqrtTimeS[ik]);
    }
    if (withJacobian && shift > 0.0) {
      // 1/(g(u) + a), 0 where the interpolant is at its bound -a^2.
      for (int ik = 0; ik < points; ik++) {
        double denominator = pointG[ik] + shift;
        pointG[ik] = denominator > 0.0 ? 1.0 / denominator : 0.0;
      }
    } else if (withJacobian) {
      // 1/g(u) for the Jacobian, 0 where the interpolant is 0 (then H does not depend on the nodes).
      for (int ik = 0; ik < points; ik++) {
        double gu = pointG[ik];
        double positive = Math.min(gu * HUGE, 1.0);
        pointG[ik] = positive / (gu + (1.0 - positive));
      }
    }
    double norm = 0.0;
    for (int i = 1; i <= n; i++) {
      double y = logXMax - g[i];
      double v = nodeV[i - 1];
      double inverseV = 1.0 / v;
      double dp = dPlus[points + i - 1];
      double dm = dp - v;
      double pdfM = termN[points + i - 1] * Normal.INV_SQRT_2PI;
      double pdfP = gaussians[points + i - 1] * Normal.INV_SQRT_2PI;
      double sumN = pdfM * inverseV;
      double sumD = pdfP * inverseV + termD[points + i - 1];
      double derivativeN = -dm * pdfM * inverseV * inverseV;
      double derivativeD = pdfP * (1.0 - dp * inverseV) * inverseV;
      int base = (i - 1) * l;
      for (int ik = base; ik < base + l; ik++) {
        sumN += termN[ik];
        derivativeN += slopeN[ik];
        sumD += termD[ik];
        derivativeD += gaussians[ik];
      }
      double value = -carry * tau[i] + Math.log(sumN / sumD) - y;
      residual[i - 1] = value;
      double size = Math.abs(value);
      norm = size > norm || size != size ? (size == size ? size : Double.POSITIVE_INFINITY) : norm;
      if (!withJacobian) {
        continue;
      }
      // dF_i/dy_j = delta_ij (N'/N - D'/D - 1) - g_j sum_k (a_k/N - d_k/D) L_j(z_ik) / g(u_ik), where a_k
      // and d_k are the derivatives of the k-th terms of N and D with respect to their d argument over vs.
      double inverseN = 1.0 / sumN;
      double inverseD = 1.0 / sumD;
      for (int ik = base; ik < base + l; ik++) {
        slopeN[ik] = (slopeN[ik] * inverseN - gaussians[ik] * inverseD) * pointG[ik];
      }
      diagonal[i - 1] = derivativeN * inverseN - derivativeD * inverseD - 1.0;
    }
    if (withJacobian) {
      jacobian(rule);
    }
    return norm;
  }

  /**
   * The Jacobian from the point coefficients {@code c_ik} of {@link #evaluate}: entry {@code (i, j)} is
   * {@code -g_j sum_k c_ik L_j(z_ik)} plus the diagonal term, a dot product over the {@code l} points of
   * node {@code i}. Three basis functions at a time: three independent sums instead of one chain of
   * dependent additions (the dot products are short, and their latency, not their arithmetic, is the cost).
   */
  private void jacobian(BoundaryQuadrature rule) {
    int l = rule.size();
    double[][] rows = rule.rows();
    double[] coefficient = slopeN;
    int j = 1;
    for (; j + 2 <= n; j += 3) {
      double[] rowA = rows[j - 1];
      double[] rowB = rows[j];
      double[] rowC = rows[j + 1];
      double scaleA = -(g[j] + shift);
      double scaleB = -(g[j + 1] + shift);
      double scaleC = -(g[j + 2] + shift);
      for (int i = 0; i < n; i++) {
        int base = i * l;
        double sumA = 0.0;
        double sumB = 0.0;
        double sumC = 0.0;
        for (int k = 0; k < l; k++) {
          double c = coefficient[base + k];
          sumA += c * rowA[base + k];
          sumB += c * rowB[base + k];
          sumC += c * rowC[base + k];
        }
        int entry = i * n + j - 1;
        jacobian[entry] = scaleA * sumA;
        jacobian[entry + 1] = scaleB * sumB;
        jacobian[entry + 2] = scaleC * sumC;
      }
    }
    for (; j <= n; j++) {
      double[] row = rows[j - 1];
      double scale = -(g[j] + shift);
      for (int i = 0; i < n; i++) {
        int base = i * l;
        double sum = 0.0;
        for (int k = 0; k < l; k++) {
          sum += coefficient[base + k] * row[base + k];
        }
        jacobian[i * n + j - 1] = scale * sum;
      }
    }
    for (int i = 0; i < n; i++) {
      jacobian[i * n + i] += diagonal[i];
    }
  }

  /**
   * The Newton step: solves {@code J step = -F} by LU factorization of the Jacobian (in place) with partial
   * pivoting. For the default scheme's nine nodes the kernels are called with a constant size: inlined
   * here, their short loops have constant trip counts, which the compiler unrolls.
   */
  private void newtonStep() {
    if (n == DEFAULT_NODES) {
      factor(jacobian, pivots, inverseDiagonal, DEFAULT_NODES);
      solveFactored(jacobian, pivots, inverseDiagonal, residual, step, DEFAULT_NODES);
    } else {
      factor(jacobian, pivots, inverseDiagonal, n);
      solveFactored(jacobian, pivots, inverseDiagonal, residual, step, n);
    }
  }

  /**
   * LU factorization of the {@code n x n} matrix {@code a} (row by row) with partial pivoting, in place,
   * with the reciprocals of the pivots (the substitution multiplies by them: the divisions are on the
   * critical path of these short, latency-bound loops).
   */
  private static void factor(double[] a, int[] pivots, double[] inverseDiagonal, int n) {
    for (int c = 0; c < n; c++) {
      int pivot = c;
      double best = Math.abs(a[c * n + c]);
      for (int row = c + 1; row < n; row++) {
        double value = Math.abs(a[row * n + c]);
        if (value > best) {
          best = value;
          pivot = row;
        }
      }
      pivots[c] = pivot;
      if (pivot != c) {
        for (int j = 0; j < n; j++) {
          double swap = a[c * n + j];
          a[c * n + j] = a[pivot * n + j];
          a[pivot * n + j] = swap;
        }
      }
      double inversePivot = 1.0 / a[c * n + c];
      inverseDiagonal[c] = inversePivot;
      for (int row = c + 1; row < n; row++) {
        double factor = a[row * n + c] * inversePivot;
        a[row * n + c] = factor;
        for (int j = c + 1; j < n; j++) {
          a[row * n + j] -= factor * a[c * n + j];
        }
      }
    }
  }

  /** Solves {@code a step = -residual} with the factors of {@link #factor}. */
  private static void solveFactored(double[] a, int[] pivots, double[] inverseDiagonal, double[] residual,
      double[] step, int n) {
    for (int i = 0; i < n; i++) {
      step[i] = -residual[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = pivots[c];
      if (pivot != c) {
        double swap = step[c];
        step[c] = step[pivot];
        step[pivot] = swap;
      }
      double stepC = step[c];
      for (int row = c + 1; row < n; row++) {
        step[row] -= a[row * n + c] * stepC;
      }
    }
    for (int c = n - 1; c >= 0; c--) {
      double sum = step[c];
      for (int j = c + 1; j < n; j++) {
        sum -= a[c * n + j] * step[j];
      }
      step[c] = sum * inverseDiagonal[c];
    }
  }

  /**
   * The residuals and Jacobian of the collocation equations (full rule) at given node values, for tests
   * (the Jacobian against finite differences). Overwrites the solver's state.
   *
   * @param r the rate, {@code > 0}
   * @param q the dividend yield, finite
   * @param sigma the volatility, {@code > 0}
   * @param t the expiry, {@code > 0}
   * @param nodeG {@code g_i = ln(xMax / B(tau_i))}, {@code n + 1} values with {@code g_0 = 0}
   * @param residualOut receives the {@code n} residuals {@code F_i}
   * @param jacobianOut receives {@code dF_i/dy_j} row by row ({@code n x n}, {@code y_j = ln B(tau_j)})
   */
  void residualsAndJacobian(double r, double q, double sigma, double t, double[] nodeG, double[] residualOut,
      double[] jacobianOut) {
    market(r, q, sigma, t);
    System.arraycopy(nodeG, 0, g, 0, n + 1);
    setH();
    fill(scheme.quadrature());
    evaluate(scheme.quadrature(), true);
    System.arraycopy(residual, 0, residualOut, 0, n);
    System.arraycopy(jacobian, 0, jacobianOut, 0, n * n);
  }

  /**
   * {@code ln(B(t) / K)}, the boundary at the full time to expiry.
   *
   * @return the log boundary
   */
  double logBoundaryAtExpiry() {
    // From H, as ExerciseBoundary computes it from the stored node values: the same bits.
    return logXMax - distance(h[n], shift);
  }

  /**
   * The early exercise premium at spot {@code s} of the put with strike 1 (see
   * {@link #premium(AndersenLakeOffengenden.Scheme, double[], double, double, double, double, double,
   * double, PremiumWork)}), with the solver's own work arrays.
   *
   * @param s the spot divided by the strike
   * @return the premium per unit strike
   */
  double premium(double s) {
    return premium(scheme, h, logXMax, r, q, sigma, t, s, premiumWork);
  }

  /**
   * The early exercise premium of the put with strike 1 for given boundary node values, ALO's integral
   * <pre>
   *   int_0^T (r e^{-r t} N(-d-(t, s/B(T - t))) - q s e^{-q t} N(-d+(t, s/B(T - t)))) dt
   * </pre>
   * by Gauss-Legendre after {@code t = T sin^2(phi)} (smooth at both ends: {@code sqrt(t)} near 0 and the
   * boundary's {@code sqrt(T - t)} near {@code T}). In passes over the points, as
   * {@link #evaluate(BoundaryQuadrature, boolean)}: interpolant, arguments, exponentials
   * ({@link BatchExp}), the distribution function, then the sum; every node appears twice, once for each
   * term of the integrand, so that each pass is one loop over one index.
   *
   * @param scheme the scheme
   * @param h the node values {@code H_i}, {@code n + 1} of them
   * @param logXMax {@code ln(B(0+)/K)}
   * @param r the rate
   * @param q the dividend yield
   * @param sigma the volatility, {@code > 0}
   * @param t the expiry, {@code > 0}
   * @param s the spot divided by the strike
   * @param work work arrays for the scheme's {@code p}, overwritten
   * @return the premium per unit strike
   */
  static double premium(AndersenLakeOffengenden.Scheme scheme, double[] h, double logXMax, double r,
      double q, double sigma, double t, double s, PremiumWork work) {
    int n = scheme.collocationNodes();
    // Every node twice, [0, p) for the rate's term and [p, 2p) for the yield's, so that each pass is one
    // loop over one index (C2 does not vectorize a loop that indexes an array with a variable offset).
    int p = scheme.priceNodes();
    int points = 2 * p;
    double[] fraction = scheme.priceFractionElapsed();
    double[] sqrtFraction = scheme.priceSqrtFractionElapsed();
    double[] weight = scheme.priceWeight();
    double[] rateTerm = scheme.priceRateTerm();
    double[][] rows = scheme.priceRows();
    double[] logBoundary = work.logBoundary;
    double[] d = work.d;
    double[] gaussian = work.gaussian;
    double[] discount = work.discount;
    double[] factor = work.factor;
    double logS = Math.log(s);
    double volatility = sigma * Math.sqrt(t);
    double carry = r - q;
    // The interpolant at the premium nodes, one loop per basis function, then copied to the second half.
    double h1 = h[1];
    double[] row1 = rows[0];
    for (int k = 0; k < p; k++) {
      logBoundary[k] = row1[k] * h1;
    }
    for (int j = 2; j <= n; j++) {
      double hj = h[j];
      double[] row = rows[j - 1];
      for (int k = 0; k < p; k++) {
        logBoundary[k] += row[k] * hj;
      }
    }
    double shift = shift(r, q, sigma, t);
    if (shift > 0.0) {
      double shiftSquared = shift * shift;
      for (int k = 0; k < p; k++) {
        double bounded = Math.max(logBoundary[k], -shiftSquared);
        logBoundary[k] = logXMax - bounded / (shift + Math.sqrt(shiftSquared + bounded));
      }
    } else {
      for (int k = 0; k < p; k++) {
        logBoundary[k] = logXMax - Math.sqrt(Math.max(logBoundary[k], 0.0));
      }
    }
    System.arraycopy(logBoundary, 0, logBoundary, p, p);
    // The rate's term r e^{-r t} N(-d-), the yield's -q s e^{-q t} N(-d+): d is -d- or -d+, gaussian the
    // exponent of exp(-d^2/2), discount that of e^{-r t} or e^{-q t}; then their exponentials, N(d).
    double yieldSpot = q * s;
    for (int k = 0; k < points; k++) {
      double v = volatility * sqrtFraction[k];
      double dp = (logS - logBoundary[k] + carry * t * fraction[k]) / v + 0.5 * v;
      double x = dp - rateTerm[k] * v;
      d[k] = -x;
      gaussian[k] = -0.5 * x * x;
    }
    for (int k = 0; k < points; k++) {
      double rate = rateTerm[k];
      double yield = 1.0 - rate;
      discount[k] = -(rate * r + yield * q) * (t * fraction[k]);
      factor[k] = weight[k] * (rate * r - yield * yieldSpot);
    }
    BatchExp.exp(gaussian, gaussian, work.work, 0, points);
    BatchExp.exp(discount, discount, work.work, 0, points);
    BatchNormal.cdf(d, gaussian, gaussian, work.work, 0, points);
    double sum = 0.0;
    for (int k = 0; k < points; k++) {
      sum += factor[k] * discount[k] * gaussian[k];
    }
    return t * sum;
  }

  /**
   * {@code B(0+)} of the last solve.
   *
   * @return {@code min(1, r/q)}
   */
  double xMax() {
    return xMax;
  }

  /**
   * The solved node values {@code phi_i = g_i (g_i + 2 a)}, {@code g_i = ln(xMax / B(tau_i))}, at the
   * scheme's Chebyshev nodes, {@code i = 0..n} ({@link #shift}; for {@code q <= r} ALO's {@code H_i =
   * g_i^2}); the solver's own array, overwritten by the next solve.
   *
   * @return the node values
   */
  double[] nodeValues() {
    return h;
  }

  /**
   * The solved {@code g_i = ln(xMax / B(tau_i))} at the scheme's Chebyshev nodes, {@code i = 0..n}, in
   * either representation (the solver's own array, overwritten by the next solve).
   *
   * @return the node distances
   */
  double[] nodeDistances() {
    return g;
  }

  /**
   * Work arrays of {@link #premium(AndersenLakeOffengenden.Scheme, double[], double, double, double, double,
   * double, double, PremiumWork)} for {@code p} premium nodes.
   */
  static final class PremiumWork {

    private final double[] logBoundary;
    private final double[] d;
    private final double[] gaussian;
    private final double[] discount;
    private final double[] factor;
    private final double[] work;

    /**
     * Allocates the arrays.
     *
     * @param p the number of premium nodes
     */
    PremiumWork(int p) {
      this(new double[2 * p], new double[2 * p], new double[2 * p], new double[2 * p], new double[2 * p],
          new double[2 * p]);
    }

    /** Six distinct arrays of at least {@code 2 p} doubles each. */
    private PremiumWork(double[] logBoundary, double[] d, double[] gaussian, double[] discount, double[] factor,
        double[] work) {
      this.logBoundary = logBoundary;
      this.d = d;
      this.gaussian = gaussian;
      this.discount = discount;
      this.factor = factor;
      this.work = work;
    }
  }
}
