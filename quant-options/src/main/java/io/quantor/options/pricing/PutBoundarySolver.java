package io.quantor.options.pricing;

import io.quantor.options.internal.Normal;
import java.util.Arrays;

/**
 * The numerical core of {@link AndersenLakeOffengenden}: the exercise boundary of an American put with
 * strike 1, rate {@code r > 0}, dividend yield {@code q}, volatility {@code sigma > 0} and expiry
 * {@code t > 0}, and the early exercise premium over that boundary.
 *
 * <p>Unknowns: {@code y_i = ln B(tau_i)} at the Chebyshev nodes {@code tau_i = t ((1 + z_i)/2)^2},
 * {@code i = 1..n} ({@code tau_0 = 0} is pinned to {@code B(0+) = xMax}), stored as
 * {@code g_i = ln xMax - y_i >= 0} and {@code H_i = g_i^2}. Equations: ALO's FP-A collocated at the nodes,
 * {@code F_i = -(r - q) tau_i + ln N_i - ln D_i - y_i = 0}, with
 * <pre>
 *   N = n(d-(tau, B(tau))) / v + r int_0^tau e^{r u} n(d-(tau - u, B(tau)/B(u))) / (sigma sqrt(tau - u)) du,
 *   D = n(d+(tau, B(tau))) / v + N(d+(tau, B(tau)))
 *       + q int_0^tau e^{q u} (n(d+(tau - u, B(tau)/B(u))) / (sigma sqrt(tau - u)) + N(d+(...))) du,
 * </pre>
 * {@code v = sigma sqrt(tau)}, {@code B(u)} between nodes the Chebyshev interpolant of {@code H} in
 * {@code sqrt(u)} and the integrals by {@link BoundaryQuadrature}.
 *
 * <p>Solution: QD+ start values ({@link QdPlusBoundary}), then up to {@code m} iterations of Newton's method
 * on the {@code n} equations, with the exact Jacobian of the discretized system: {@code dF_i/dy_j} through
 * {@code B(tau_i)} and through the interpolant at every quadrature point, {@code d ln B(u_ik) / d y_j =
 * L_j(z_ik) g_j / g(u_ik)} (checked against finite differences in the tests). From the QD+ start two
 * iterations reach the discretization error of the default scheme. Backtracking (see {@link #solve()})
 * keeps the iteration safe where the start is poor, as for very low volatility or many nodes.
 *
 * <p>One instance serves one call: every array is allocated in the constructor and reused by every
 * iteration. Not thread-safe, never shared.
 */
final class PutBoundarySolver {

  /** Newton stops once the largest update of {@code ln B} is below this (quadratic convergence). */
  private static final double STEP_TOLERANCE = 1e-10;
  /** A residual ratio above this means Newton is not (yet) converging quadratically. */
  private static final double SLOW_CONVERGENCE = 0.25;
  /** The smallest backtracking factor tried. */
  private static final double MIN_STEP = 1.0 / 64;
  /**
   * QD+ is solved to this relative step: enough for the Newton start (QD+ itself is an approximation of
   * the boundary to about 1e-3); a looser 1e-3 costs accuracy on far out-of-the-money rows.
   */
  private static final double QD_PLUS_TOLERANCE = 1e-4;

  private final AndersenLakeOffengenden.Scheme scheme;
  private final int n;
  private final double r;
  private final double q;
  private final double sigma;
  private final double t;
  private final double sqrtT;
  private final double xMax;
  private final double logXMax;

  private final double[] g;
  private final double[] h;
  private final double[] residual;
  private final double[] jacobian;
  private final int[] pivots;
  private final double[] step;
  private final double[] pointH;
  private final double[] pointCoefficientN;
  private final double[] pointCoefficientD;
  private final double[] pointInverseG;
  private final double[] accepted;
  private final PointTerms terms;

  /**
   * Allocates the work arrays for one solve.
   *
   * @param scheme the scheme
   * @param r the rate, {@code > 0}
   * @param q the dividend yield, finite
   * @param sigma the volatility, {@code > 0}
   * @param t the expiry, {@code > 0}
   */
  PutBoundarySolver(AndersenLakeOffengenden.Scheme scheme, double r, double q, double sigma, double t) {
    this.scheme = scheme;
    this.n = scheme.collocationNodes();
    this.r = r;
    this.q = q;
    this.sigma = sigma;
    this.t = t;
    this.sqrtT = Math.sqrt(t);
    this.xMax = limitAtExpiry(r, q);
    this.logXMax = Math.log(xMax);
    int l = scheme.quadratureNodes();
    g = new double[n + 1];
    h = new double[n + 1];
    residual = new double[n];
    jacobian = new double[n * n];
    pivots = new int[n];
    step = new double[n];
    accepted = new double[n + 1];
    pointH = new double[l];
    pointCoefficientN = new double[l];
    pointCoefficientD = new double[l];
    pointInverseG = new double[l];
    terms = new PointTerms(scheme.quadrature(), n);
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
   * Solves for the boundary: QD+ start values, then Newton's method globalized by backtracking. A step
   * is accepted when the largest residual falls ({@code ||F(y + a dy)|| <= (1 - 1e-4 a) ||F(y)||},
   * halving {@code a} otherwise); the evaluation that checks a step also yields the Jacobian for the next
   * one, so checking costs nothing except after the last iteration, which is checked only when the
   * previous step converged slowly (residual ratio above 1/4), that is, outside the quadratic regime.
   */
  void solve() {
    ChebyshevLobatto nodes = scheme.interpolation();
    double guess = xMax;
    double previousTau = 0.0;
    for (int i = 1; i <= n; i++) {
      double sqrtTau = 0.5 * sqrtT * (1.0 + nodes.node(i));
      double tau = sqrtTau * sqrtTau;
      if (i > 1) {
        // H grows about like tau: scale the previous node's distance ln(xMax/B) by sqrt(tau ratio).
        guess = xMax * Math.exp(-g[i - 1] * Math.sqrt(tau / previousTau));
      }
      double b = QdPlusBoundary.put(r, q, sigma, tau, xMax, guess, QD_PLUS_TOLERANCE);
      previousTau = tau;
      g[i] = Math.max(logXMax - Math.log(b), 0.0);
      h[i] = g[i] * g[i];
    }
    terms.fill();
    double norm = evaluate(true);
    if (!(norm < Double.POSITIVE_INFINITY)) {
      return;
    }
    int iterations = scheme.iterations();
    double ratio = 0.0;
    for (int iteration = 1; iteration <= iterations; iteration++) {
      factor();
      solveFactored();
      boolean last = iteration == iterations;
      double largest = 0.0;
      for (int i = 1; i <= n; i++) {
        largest = Math.max(largest, Math.abs(step[i - 1]));
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
        trialNorm = evaluate(!last);
        if (trialNorm <= (1.0 - 1e-4 * alpha) * norm) {
          break;
        }
        alpha *= 0.5;
        if (alpha < MIN_STEP) {
          // No descent along the Newton direction: keep the best iterate.
          restore();
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

  /** g = accepted - alpha * step (a step dy in y = ln xMax - g is -dy in g), kept non-negative. */
  private void move(double alpha) {
    for (int i = 1; i <= n; i++) {
      double updated = accepted[i] - alpha * step[i - 1];
      // A root above xMax is outside the boundary's range (g < 0): stop at a tenth of the distance.
      g[i] = updated >= 0.1 * accepted[i] ? updated : 0.1 * accepted[i];
      h[i] = g[i] * g[i];
    }
  }

  private void restore() {
    for (int i = 1; i <= n; i++) {
      g[i] = accepted[i];
      h[i] = g[i] * g[i];
    }
  }

  /**
   * Residuals F_i and, if asked, their Jacobian dF_i / dy_j at the current iterate.
   *
   * @return the largest |F_i|, or infinity if any is not finite
   */
  private double evaluate(boolean withJacobian) {
    ChebyshevLobatto nodes = scheme.interpolation();
    int l = terms.rule.size();
    double[] lagrange = terms.rule.lagrange();
    boolean hasQ = q != 0.0;
    double norm = 0.0;
    for (int i = 1; i <= n; i++) {
      double sqrtTau = 0.5 * sqrtT * (1.0 + nodes.node(i));
      double tau = sqrtTau * sqrtTau;
      double y = logXMax - g[i];
      double v = sigma * sqrtTau;
      double dp = (y + (r - q) * tau) / v + 0.5 * v;
      double dm = dp - v;
      double pdfM = Normal.pdf(dm);
      double gaussianP = Normal.gaussian(dp);
      double pdfP = gaussianP * Normal.INV_SQRT_2PI;
      double sumN = pdfM / v;
      double sumD = pdfP / v + Normal.cdf(dp, gaussianP);
      double derivativeN = -dm * pdfM / (v * v);
      double derivativeD = pdfP * (1.0 - dp / v) / v;
      int base = (i - 1) * l;
      int block = (i - 1) * (n + 1) * l;
      // The interpolant at this node's quadrature points: a matrix-vector product with k innermost, so
      // the l sums are independent of each other.
      Arrays.fill(pointH, 0, l, 0.0);
      for (int j = 1; j <= n; j++) {
        double hj = h[j];
        int offset = block + j * l;
        for (int k = 0; k < l; k++) {
          pointH[k] += lagrange[offset + k] * hj;
        }
      }
      for (int k = 0; k < l; k++) {
        int ik = base + k;
        double hu = pointH[k];
        double gu = Math.sqrt(hu > 0.0 ? hu : 0.0);
        double vs = terms.volStd[ik];
        double inverseVs = terms.inverseVolStd[ik];
        double qp = (y - logXMax + gu + terms.drift[ik]) * inverseVs + 0.5 * vs;
        double qm = qp - vs;
        // Gaussians as exp(-x^2/2) of the rounded square (relative error below 1e-13 here, half the cost
        // of Normal.gaussian's exact square); e^{r u} joins the exponent.
        double termN = terms.weightPdfR[ik] * Math.exp(terms.rateTimesU[ik] - 0.5 * qm * qm);
        sumN += termN;
        double an = -termN * qm * inverseVs;
        double ad = 0.0;
        if (hasQ) {
          double gaussianQp = Math.exp(-0.5 * qp * qp);
          double pdfTerm = terms.weightPdfQ[ik] * gaussianQp;
          sumD += pdfTerm + terms.weightCdfQ[ik] * Normal.cdf(qp, gaussianQp);
          ad = (terms.weightCdfQ[ik] * gaussianQp * Normal.INV_SQRT_2PI - pdfTerm * qp) * inverseVs;
        }
        derivativeN += an;
        derivativeD += ad;
        pointCoefficientN[k] = an;
        pointCoefficientD[k] = ad;
        pointInverseG[k] = gu > 0.0 ? 1.0 / gu : 0.0;
      }
      residual[i - 1] = -(r - q) * tau + Math.log(sumN / sumD) - y;
      double size = Math.abs(residual[i - 1]);
      norm = size > norm || size != size ? (size == size ? size : Double.POSITIVE_INFINITY) : norm;
      if (!withJacobian) {
        continue;
      }
      // dF_i/dy_j = delta_ij (N'/N - D'/D - 1) - g_j sum_k (a_k/N - d_k/D) L_j(z_ik) / g(u_ik), where a_k
      // and d_k are the derivatives of the k-th terms of N and D with respect to their d argument over vs.
      double inverseN = 1.0 / sumN;
      double inverseD = 1.0 / sumD;
      for (int k = 0; k < l; k++) {
        pointCoefficientN[k] = (pointCoefficientN[k] * inverseN - pointCoefficientD[k] * inverseD)
            * pointInverseG[k];
      }
      int row = (i - 1) * n;
      for (int j = 1; j <= n; j++) {
        int offset = block + j * l;
        double sum = 0.0;
        for (int k = 0; k < l; k++) {
          sum += pointCoefficientN[k] * lagrange[offset + k];
        }
        jacobian[row + j - 1] = -g[j] * sum;
      }
      jacobian[row + i - 1] += derivativeN * inverseN - derivativeD * inverseD - 1.0;
    }
    return norm;
  }

  /** LU factorization of the Jacobian with partial pivoting, in place. */
  private void factor() {
    double[] a = jacobian;
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
      double diagonal = a[c * n + c];
      for (int row = c + 1; row < n; row++) {
        double factor = a[row * n + c] / diagonal;
        a[row * n + c] = factor;
        if (factor != 0.0) {
          for (int j = c + 1; j < n; j++) {
            a[row * n + j] -= factor * a[c * n + j];
          }
        }
      }
    }
  }

  /** Solves {@code J step = -F} with the factors of {@link #factor()}. */
  private void solveFactored() {
    double[] a = jacobian;
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
      for (int row = c + 1; row < n; row++) {
        step[row] -= a[row * n + c] * step[c];
      }
    }
    for (int c = n - 1; c >= 0; c--) {
      double sum = step[c];
      for (int j = c + 1; j < n; j++) {
        sum -= a[c * n + j] * step[j];
      }
      step[c] = sum / a[c * n + c];
    }
  }

  /**
   * The residuals and Jacobian of the collocation equations at given node values, for tests (the Jacobian
   * against finite differences). Overwrites the solver's state.
   *
   * @param nodeG {@code g_i = ln(xMax / B(tau_i))}, {@code n + 1} values with {@code g_0 = 0}
   * @param residualOut receives the {@code n} residuals {@code F_i}
   * @param jacobianOut receives {@code dF_i/dy_j} row by row ({@code n x n}, {@code y_j = ln B(tau_j)})
   */
  void residualsAndJacobian(double[] nodeG, double[] residualOut, double[] jacobianOut) {
    for (int i = 0; i <= n; i++) {
      g[i] = nodeG[i];
      h[i] = g[i] * g[i];
    }
    terms.fill();
    evaluate(true);
    System.arraycopy(residual, 0, residualOut, 0, n);
    System.arraycopy(jacobian, 0, jacobianOut, 0, n * n);
  }

  /**
   * {@code ln(B(t) / K)}, the boundary at the full time to expiry.
   *
   * @return the log boundary
   */
  double logBoundaryAtExpiry() {
    return logXMax - g[n];
  }

  /**
   * The early exercise premium at spot {@code s} of the put with strike 1 (see
   * {@link #premium(AndersenLakeOffengenden.Scheme, double[], double, double, double, double, double,
   * double)}).
   *
   * @param s the spot divided by the strike
   * @return the premium per unit strike
   */
  double premium(double s) {
    return premium(scheme, h, logXMax, r, q, sigma, t, s);
  }

  /**
   * The early exercise premium of the put with strike 1 for given boundary node values, ALO's integral
   * <pre>
   *   int_0^T (r e^{-r t} N(-d-(t, s/B(T - t))) - q s e^{-q t} N(-d+(t, s/B(T - t)))) dt
   * </pre>
   * by Gauss-Legendre after {@code t = T sin^2(phi)} (smooth at both ends: {@code sqrt(t)} near 0 and the
   * boundary's {@code sqrt(T - t)} near {@code T}).
   *
   * @param scheme the scheme
   * @param h the node values {@code H_i}, {@code n + 1} of them
   * @param logXMax {@code ln(B(0+)/K)}
   * @param r the rate
   * @param q the dividend yield
   * @param sigma the volatility, {@code > 0}
   * @param t the expiry, {@code > 0}
   * @param s the spot divided by the strike
   * @return the premium per unit strike
   */
  static double premium(AndersenLakeOffengenden.Scheme scheme, double[] h, double logXMax, double r,
      double q, double sigma, double t, double s) {
    int n = scheme.collocationNodes();
    int p = scheme.priceNodes();
    double[] fraction = scheme.priceFractionElapsed();
    double[] sqrtFraction = scheme.priceSqrtFractionElapsed();
    double[] weight = scheme.priceWeight();
    double[] lagrange = scheme.priceLagrange();
    boolean hasQ = q != 0.0;
    double logS = Math.log(s);
    double sqrtT = Math.sqrt(t);
    double sum = 0.0;
    for (int k = 0; k < p; k++) {
      double elapsed = t * fraction[k];
      double v = sigma * sqrtT * sqrtFraction[k];
      int offset = k * (n + 1);
      double hu = 0.0;
      for (int j = 1; j <= n; j++) {
        hu += lagrange[offset + j] * h[j];
      }
      double logBoundary = logXMax - Math.sqrt(hu > 0.0 ? hu : 0.0);
      double dp = (logS - logBoundary + (r - q) * elapsed) / v + 0.5 * v;
      double dm = dp - v;
      double gaussianM = Math.exp(-0.5 * dm * dm);
      double term = r * Math.exp(-r * elapsed) * Normal.cdf(-dm, gaussianM);
      if (hasQ) {
        // exp(-dp^2/2) = exp(-dm^2/2) e^{-(r-q) t} B / s for strike 1.
        double gaussianP = gaussianM * Math.exp(-(r - q) * elapsed + logBoundary - logS);
        term -= q * s * Math.exp(-q * elapsed) * Normal.cdf(-dp, gaussianP);
      }
      sum += weight[k] * term;
    }
    return t * sum;
  }

  /**
   * The solved {@code H_i = ln(B(tau_i) / xMax)^2} at the scheme's Chebyshev nodes, {@code i = 0..n} (the
   * solver's own array).
   *
   * @return the node values
   */
  double xMax() {
    return xMax;
  }

  double[] nodeValues() {
    return h;
  }

  /**
   * The iteration-invariant terms of the boundary equation at every node and quadrature point of one rule
   * (flattened {@code (i - 1) l + k}).
   */
  private final class PointTerms {

    private final BoundaryQuadrature rule;
    private final double[] volStd;
    private final double[] inverseVolStd;
    private final double[] drift;
    private final double[] rateTimesU;
    private final double[] weightPdfR;
    private final double[] weightPdfQ;
    private final double[] weightCdfQ;

    PointTerms(BoundaryQuadrature rule, int n) {
      this.rule = rule;
      int size = n * rule.size();
      volStd = new double[size];
      inverseVolStd = new double[size];
      drift = new double[size];
      rateTimesU = new double[size];
      weightPdfR = new double[size];
      weightPdfQ = new double[size];
      weightCdfQ = new double[size];
    }

    /** {@code sigma sqrt(tau - u)}, {@code (r - q)(tau - u)}, {@code r u} and the weights. */
    void fill() {
      ChebyshevLobatto nodes = scheme.interpolation();
      int l = rule.size();
      double[] fractionU = rule.fractionU();
      double[] fractionS = rule.fractionS();
      double[] sqrtFractionS = rule.sqrtFractionS();
      double[] weight = rule.weight();
      double[] weightSingular = rule.weightSingular();
      boolean hasQ = q != 0.0;
      for (int i = 1; i <= n; i++) {
        double sqrtTau = 0.5 * sqrtT * (1.0 + nodes.node(i));
        double tau = sqrtTau * sqrtTau;
        double pdfWeight = sqrtTau * Normal.INV_SQRT_2PI / sigma;
        for (int k = 0; k < l; k++) {
          int ik = (i - 1) * l + k;
          double u = tau * fractionU[k];
          double vs = sigma * sqrtTau * sqrtFractionS[k];
          volStd[ik] = vs;
          inverseVolStd[ik] = 1.0 / vs;
          drift[ik] = (r - q) * tau * fractionS[k];
          rateTimesU[ik] = r * u;
          weightPdfR[ik] = r * pdfWeight * weightSingular[k];
          if (hasQ) {
            double eq = Math.exp(q * u);
            weightPdfQ[ik] = q * pdfWeight * weightSingular[k] * eq;
            weightCdfQ[ik] = q * tau * weight[k] * eq;
          }
        }
      }
    }
  }
}
