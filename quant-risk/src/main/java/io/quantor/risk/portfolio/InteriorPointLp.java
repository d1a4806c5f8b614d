package io.quantor.risk.portfolio;

/**
 * Mehrotra's predictor-corrector primal-dual interior-point method (Mehrotra 1992, "On the implementation of
 * a primal-dual interior point method", SIAM J. Optimization 2(4); Wright 1997, "Primal-Dual Interior-Point
 * Methods", chapter 10) for a linear program with few rows and many columns:
 *
 * <pre>
 *   primal  min c'x  s.t.  A x = b,  0 &lt;= x &lt;= u   (u_j may be +Infinity)
 *   dual    max b'y - u'v  s.t.  A'y + s - v = c,  s, v &gt;= 0
 * </pre>
 *
 * <p>Each iteration factors the m x m normal matrix {@code A Theta A'} (Cholesky, tiny pivots dropped as in
 * Wright's section 11), so the cost is O(N m^2) for N columns. The caller reads the dual vector {@code y}:
 * the minimum-CVaR program is posed so that {@code y} holds the weights.
 *
 * <p>Columns are dense ({@code double[m]}) or sparse (index and value arrays).
 */
final class InteriorPointLp {

  /** How a solve ended. */
  enum Outcome {
    OPTIMAL, NOT_CONVERGED, DIVERGED
  }

  /** A solve's result. */
  static final class Solution {
    final Outcome outcome;
    final double[] y;
    final double primalObjective;
    final int iterations;

    Solution(Outcome outcome, double[] y, double primalObjective, int iterations) {
      this.outcome = outcome;
      this.y = y;
      this.primalObjective = primalObjective;
      this.iterations = iterations;
    }
  }

  private static final int MAX_ITERATIONS = 100;
  private static final boolean DEBUG = Boolean.getBoolean("ipm.debug");
  private static final double STEP_FRACTION = 0.9995;

  private final int m;
  private final int nd;
  private final int nn;
  private final double[][] dense;
  private final int[][] sIdx;
  private final double[][] sVal;
  private final double[] b;
  private final double[] c;
  private final double[] u;

  /**
   * A program with {@code dense.length} dense columns first, then the sparse ones.
   *
   * @param m the number of rows
   * @param dense the dense columns, each of length m
   * @param sIdx the row indices of each sparse column
   * @param sVal the values of each sparse column
   * @param b the right-hand side
   * @param c the costs, dense columns first
   * @param u the upper bounds, {@code +Infinity} for none
   */
  InteriorPointLp(int m, double[][] dense, int[][] sIdx, double[][] sVal, double[] b, double[] c,
      double[] u) {
    this.m = m;
    this.nd = dense.length;
    this.nn = nd + sIdx.length;
    this.dense = dense;
    this.sIdx = sIdx;
    this.sVal = sVal;
    this.b = b;
    this.c = c;
    this.u = u;
  }

  /**
   * Solves to a relative tolerance.
   *
   * @param tolerance relative primal and dual infeasibility and duality gap at which to stop
   * @return the solution
   */
  Solution solve(double tolerance) {
    int n = nn;
    double[] x = new double[n];
    double[] s = new double[n];
    double[] w = new double[n];
    double[] v = new double[n];
    boolean[] up = new boolean[n];
    double[] y = new double[m];
    for (int j = 0; j < n; j++) {
      up[j] = u[j] < Double.POSITIVE_INFINITY;
      x[j] = up[j] ? 0.5 * u[j] : 1.0;
      w[j] = up[j] ? u[j] - x[j] : 0.0;
      s[j] = 1.0;
      v[j] = up[j] ? 1.0 : 0.0;
    }
    double bNorm = norm(b);
    double cNorm = norm(c);
    double[] rb = new double[m];
    double[] rc = new double[n];
    double[] theta = new double[n];
    double[] rxs = new double[n];
    double[] rwv = new double[n];
    double[] dx = new double[n];
    double[] ds = new double[n];
    double[] dw = new double[n];
    double[] dv = new double[n];
    double[] dy = new double[m];
    double[] dxa = new double[n];
    double[] dsa = new double[n];
    double[] dwa = new double[n];
    double[] dva = new double[n];
    double[] aty = new double[n];
    double[][] mm = new double[m][m];
    double[] rhat = new double[n];
    double[] rhs = new double[m];
    int pairs = 0;
    for (int j = 0; j < n; j++) {
      pairs += up[j] ? 2 : 1;
    }
    double bestMeasure = Double.POSITIVE_INFINITY;
    double[] best = y;
    double bestObjective = Double.NaN;
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      // Residuals.
      ax(x, rb);
      for (int i = 0; i < m; i++) {
        rb[i] = b[i] - rb[i];
      }
      aty(y, aty);
      double gapSum = 0;
      for (int j = 0; j < n; j++) {
        rc[j] = c[j] - aty[j] - s[j] + v[j];
        gapSum += x[j] * s[j] + (up[j] ? w[j] * v[j] : 0.0);
      }
      double mu = gapSum / pairs;
      double pObj = 0;
      double dObj = 0;
      for (int j = 0; j < n; j++) {
        pObj += c[j] * x[j];
        if (up[j]) {
          dObj -= u[j] * v[j];
        }
      }
      for (int i = 0; i < m; i++) {
        dObj += b[i] * y[i];
      }
      double pInf = norm(rb) / (1 + bNorm);
      double dInf = norm(rc) / (1 + cNorm);
      double gap = Math.abs(pObj - dObj) / (1 + Math.abs(pObj));
      if (DEBUG) {
        System.err.printf("it %d pInf %.3e dInf %.3e gap %.3e mu %.3e pObj %.6e dObj %.6e%n", it, pInf, dInf,
            gap, mu, pObj, dObj);
      }
      double measure = Math.max(pInf, Math.max(dInf, gap));
      if (measure < tolerance) {
        return new Solution(Outcome.OPTIMAL, y, pObj, it);
      }
      if (measure < bestMeasure) {
        bestMeasure = measure;
        best = y.clone();
        bestObjective = pObj;
      } else if (bestMeasure < 10 * tolerance && measure > 100 * bestMeasure) {
        // Rounding has taken over near the optimum: the best iterate is as good as this method gets.
        return new Solution(Outcome.OPTIMAL, best, bestObjective, it);
      }
      if (!(Math.abs(dObj) < 1e12 * (1 + cNorm + bNorm)) || !(norm(y) < 1e12)) {
        return new Solution(Outcome.DIVERGED, y, pObj, it);
      }
      for (int j = 0; j < n; j++) {
        double d = s[j] / x[j] + (up[j] ? v[j] / w[j] : 0.0);
        theta[j] = 1 / d;
      }
      normalMatrix(theta, mm);
      if (!cholesky(mm)) {
        return new Solution(Outcome.NOT_CONVERGED, y, pObj, it);
      }
      // Predictor (affine scaling).
      for (int j = 0; j < n; j++) {
        rxs[j] = -x[j] * s[j];
        rwv[j] = up[j] ? -w[j] * v[j] : 0.0;
      }
      direction(mm, theta, rb, rc, rxs, rwv, x, s, w, v, up, rhat, rhs, dxa, dy, dsa, dwa, dva);
      double ap = stepLength(x, dxa, w, dwa, up);
      double ad = stepLength(s, dsa, v, dva, up);
      double muAff = 0;
      for (int j = 0; j < n; j++) {
        muAff += (x[j] + ap * dxa[j]) * (s[j] + ad * dsa[j]);
        if (up[j]) {
          muAff += (w[j] + ap * dwa[j]) * (v[j] + ad * dva[j]);
        }
      }
      muAff /= pairs;
      double sigma = Math.pow(muAff / mu, 3);
      // Corrector.
      for (int j = 0; j < n; j++) {
        rxs[j] = sigma * mu - x[j] * s[j] - dxa[j] * dsa[j];
        rwv[j] = up[j] ? sigma * mu - w[j] * v[j] - dwa[j] * dva[j] : 0.0;
      }
      direction(mm, theta, rb, rc, rxs, rwv, x, s, w, v, up, rhat, rhs, dx, dy, ds, dw, dv);
      ap = Math.min(1.0, STEP_FRACTION * stepLength(x, dx, w, dw, up));
      ad = Math.min(1.0, STEP_FRACTION * stepLength(s, ds, v, dv, up));
      for (int j = 0; j < n; j++) {
        x[j] += ap * dx[j];
        s[j] += ad * ds[j];
        if (up[j]) {
          w[j] += ap * dw[j];
          v[j] += ad * dv[j];
        }
      }
      for (int i = 0; i < m; i++) {
        y[i] += ad * dy[i];
      }
    }
    double pObj = 0;
    for (int j = 0; j < n; j++) {
      pObj += c[j] * x[j];
    }
    return new Solution(Outcome.NOT_CONVERGED, y, pObj, MAX_ITERATIONS);
  }

  /** Newton direction for the given complementarity right-hand sides (upper slack residual is zero). */
  private void direction(double[][] chol, double[] theta, double[] rb, double[] rc, double[] rxs,
      double[] rwv,
      double[] x, double[] s, double[] w, double[] v, boolean[] up, double[] rhat, double[] rhs, double[] dx,
      double[] dy, double[] ds, double[] dw, double[] dv) {
    int n = nn;
    for (int j = 0; j < n; j++) {
      double r = rc[j] - rxs[j] / x[j];
      if (up[j]) {
        r += rwv[j] / w[j];
      }
      rhat[j] = r;
      dx[j] = theta[j] * r;
    }
    ax(dx, rhs);
    for (int i = 0; i < m; i++) {
      rhs[i] += rb[i];
    }
    choleskySolve(chol, rhs, dy);
    // Iterative refinement against the unfactored A Theta A': the normal matrix becomes ill-conditioned near
    // the optimum, and without it the primal residual stalls near 1e-8.
    double[] corr = new double[m];
    double[] res = new double[m];
    for (int pass = 0; pass < 2; pass++) {
      aty(dy, dx);
      for (int j = 0; j < n; j++) {
        dx[j] *= theta[j];
      }
      ax(dx, res);
      for (int i = 0; i < m; i++) {
        res[i] = rhs[i] - res[i];
      }
      choleskySolve(chol, res, corr);
      for (int i = 0; i < m; i++) {
        dy[i] += corr[i];
      }
    }
    aty(dy, dx);
    for (int j = 0; j < n; j++) {
      dx[j] = theta[j] * (dx[j] - rhat[j]);
      ds[j] = (rxs[j] - s[j] * dx[j]) / x[j];
      if (up[j]) {
        dw[j] = -dx[j];
        dv[j] = (rwv[j] - v[j] * dw[j]) / w[j];
      } else {
        dw[j] = 0.0;
        dv[j] = 0.0;
      }
    }
  }

  private static double stepLength(double[] x, double[] dx, double[] w, double[] dw, boolean[] up) {
    double a = Double.POSITIVE_INFINITY;
    for (int j = 0; j < x.length; j++) {
      if (dx[j] < 0) {
        a = Math.min(a, -x[j] / dx[j]);
      }
      if (up[j] && dw[j] < 0) {
        a = Math.min(a, -w[j] / dw[j]);
      }
    }
    return a;
  }

  /** {@code out = A x}. */
  private void ax(double[] x, double[] out) {
    java.util.Arrays.fill(out, 0.0);
    for (int j = 0; j < nd; j++) {
      double xj = x[j];
      if (xj != 0) {
        double[] col = dense[j];
        for (int i = 0; i < m; i++) {
          out[i] += col[i] * xj;
        }
      }
    }
    for (int j = nd; j < nn; j++) {
      double xj = x[j];
      int[] idx = sIdx[j - nd];
      double[] val = sVal[j - nd];
      for (int q = 0; q < idx.length; q++) {
        out[idx[q]] += val[q] * xj;
      }
    }
  }

  /** {@code out = A' y}. */
  private void aty(double[] y, double[] out) {
    for (int j = 0; j < nd; j++) {
      double[] col = dense[j];
      double t = 0;
      for (int i = 0; i < m; i++) {
        t += col[i] * y[i];
      }
      out[j] = t;
    }
    for (int j = nd; j < nn; j++) {
      int[] idx = sIdx[j - nd];
      double[] val = sVal[j - nd];
      double t = 0;
      for (int q = 0; q < idx.length; q++) {
        t += val[q] * y[idx[q]];
      }
      out[j] = t;
    }
  }

  /** Lower triangle of {@code A Theta A'}. */
  private void normalMatrix(double[] theta, double[][] out) {
    for (double[] row : out) {
      java.util.Arrays.fill(row, 0.0);
    }
    for (int j = 0; j < nd; j++) {
      double[] col = dense[j];
      double t = theta[j];
      for (int i = 0; i < m; i++) {
        double f = t * col[i];
        if (f == 0) {
          continue;
        }
        double[] row = out[i];
        for (int k = 0; k <= i; k++) {
          row[k] += f * col[k];
        }
      }
    }
    for (int j = nd; j < nn; j++) {
      int[] idx = sIdx[j - nd];
      double[] val = sVal[j - nd];
      double t = theta[j];
      for (int p = 0; p < idx.length; p++) {
        double f = t * val[p];
        int i = idx[p];
        for (int q = 0; q < idx.length; q++) {
          int k = idx[q];
          if (k <= i) {
            out[i][k] += f * val[q];
          }
        }
      }
    }
  }

  /** In-place Cholesky of the lower triangle; a pivot that vanishes drops its direction (huge pivot). */
  private static boolean cholesky(double[][] a) {
    int m = a.length;
    double maxDiag = 0;
    for (int i = 0; i < m; i++) {
      maxDiag = Math.max(maxDiag, a[i][i]);
    }
    if (!(maxDiag > 0) || !Double.isFinite(maxDiag)) {
      return false;
    }
    for (int j = 0; j < m; j++) {
      double[] aj = a[j];
      double d = aj[j];
      for (int k = 0; k < j; k++) {
        d -= aj[k] * aj[k];
      }
      if (!(d > 1e-30 * maxDiag)) {
        // Degenerate direction: make it inert (Wright 1997, section 11.1).
        aj[j] = 1e64;
        for (int i = j + 1; i < m; i++) {
          a[i][j] = 0.0;
        }
        continue;
      }
      double lj = Math.sqrt(d);
      aj[j] = lj;
      for (int i = j + 1; i < m; i++) {
        double[] ai = a[i];
        double t = ai[j];
        for (int k = 0; k < j; k++) {
          t -= ai[k] * aj[k];
        }
        ai[j] = t / lj;
      }
    }
    return true;
  }

  private static void choleskySolve(double[][] l, double[] rhs, double[] out) {
    int m = rhs.length;
    for (int i = 0; i < m; i++) {
      double t = rhs[i];
      double[] li = l[i];
      for (int k = 0; k < i; k++) {
        t -= li[k] * out[k];
      }
      out[i] = t / li[i];
    }
    for (int i = m - 1; i >= 0; i--) {
      double t = out[i];
      for (int k = i + 1; k < m; k++) {
        t -= l[k][i] * out[k];
      }
      out[i] = t / l[i][i];
    }
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double d : v) {
      s = Math.max(s, Math.abs(d));
    }
    return s;
  }
}
