package io.quantor.risk.portfolio;

import java.util.Arrays;

/**
 * Primal active-set method for {@code min 0.5 x'Hx + c'x} subject to a few equalities {@code A x = b} and box
 * bounds {@code lo <= x <= hi} (Nocedal and Wright 2006, "Numerical Optimization", 2nd ed., algorithm 16.3,
 * specialised to bound constraints).
 *
 * <p>The working set is the set of variables held at a bound; the others are free. Each iteration solves the
 * equality-constrained problem over the free variables by the Schur complement of the Cholesky factor of
 * {@code H_FF}: {@code x_F = H_FF^-1 (r_F + A_F' nu)} with {@code (A_F H_FF^-1 A_F') nu = b - A_B x_B -
 * A_F H_FF^-1 r_F}. The factor is updated, not recomputed: a freed variable appends a row (O(k^2)), a
 * variable that hits a bound is removed with Givens rotations (O(k^2)). Starting from a vertex (all variables
 * but one at a bound), a long-only minimum-variance problem costs O(k^3) for k assets held, however many are
 * available.
 *
 * <p>Requires {@code H_FF} positive definite on every free set met; a non-positive pivot ends the solve with
 * {@link Outcome#SINGULAR}, and callers fall back to ojAlgo's convex solver.
 */
final class ActiveSetQp {

  /** How a solve ended. */
  enum Outcome {
    OPTIMAL, NOT_CONVERGED, SINGULAR
  }

  /** A solve's result. */
  static final class Solution {
    final Outcome outcome;
    final double[] x;
    final double[] nu;
    final int iterations;

    Solution(Outcome outcome, double[] x, double[] nu, int iterations) {
      this.outcome = outcome;
      this.x = x;
      this.nu = nu;
      this.iterations = iterations;
    }
  }

  /** Relative pivot below which {@code H_FF} counts as singular. */
  private static final double PIVOT_TOLERANCE = 1e-13;
  /** Relative size of a wrong-signed bound multiplier that frees the variable. */
  private static final double MULTIPLIER_TOLERANCE = 1e-13;

  private final double[][] h;
  private final double[] c;
  private final double[][] a;
  private final double[] b;
  private final double[] lo;
  private final double[] hi;
  private final int n;
  private final int m;
  private final double[] x;
  private final boolean[] free;
  private final int[] fIdx;
  private final double[][] l;
  private int k;

  private ActiveSetQp(double[][] h, double[] c, double[][] a, double[] b, double[] lo, double[] hi,
      double[] x0) {
    this.h = h;
    this.c = c;
    this.a = a;
    this.b = b;
    this.lo = lo;
    this.hi = hi;
    this.n = x0.length;
    this.m = a.length;
    this.x = x0.clone();
    this.free = new boolean[n];
    this.fIdx = new int[n];
    this.l = new double[n][];
  }

  /**
   * Solves the problem from a feasible start.
   *
   * @param h the Hessian, symmetric, n x n (not modified)
   * @param c the linear term, or null for zero
   * @param a the equality rows, m x n (m small)
   * @param b the equality right-hand sides
   * @param lo the lower bounds ({@code -Infinity} allowed)
   * @param hi the upper bounds ({@code +Infinity} allowed)
   * @param x0 a feasible start (equalities and bounds hold)
   * @return the solution
   */
  static Solution solve(double[][] h, double[] c, double[][] a, double[] b, double[] lo, double[] hi,
      double[] x0) {
    double[] lin = c == null ? new double[x0.length] : c;
    return new ActiveSetQp(h, lin, a, b, lo, hi, x0).run();
  }

  private Solution run() {
    for (int i = 0; i < n; i++) {
      if (lo[i] < x[i] && x[i] < hi[i] && !append(i)) {
        return new Solution(Outcome.SINGULAR, x, null, 0);
      }
    }
    if (!fixRank()) {
      return new Solution(Outcome.SINGULAR, x, null, 0);
    }
    double scale = 0;
    for (int i = 0; i < n; i++) {
      scale = Math.max(scale, Math.abs(h[i][i]) * Math.max(1.0, Math.abs(x[i])) + Math.abs(c[i]));
    }
    double[] rF = new double[n];
    double[] z0 = new double[n];
    double[][] zs = new double[m][n];
    double[] target = new double[n];
    double[] nu = new double[m];
    int maxIterations = 20 * n + 100;
    boolean atOptimum = false;
    for (int it = 0; it < maxIterations; it++) {
      if (!atOptimum) {
        if (!solveEqp(rF, z0, zs, target, nu)) {
          return new Solution(Outcome.SINGULAR, x, null, it);
        }
        // Step toward the equality-constrained optimum until a free variable meets a bound.
        double alpha = 1.0;
        int block = -1;
        for (int j = 0; j < k; j++) {
          int i = fIdx[j];
          double p = target[j] - x[i];
          double ratio;
          if (p < 0 && lo[i] > Double.NEGATIVE_INFINITY) {
            ratio = Math.max(0.0, (lo[i] - x[i]) / p);
          } else if (p > 0 && hi[i] < Double.POSITIVE_INFINITY) {
            ratio = Math.max(0.0, (hi[i] - x[i]) / p);
          } else {
            continue;
          }
          if (ratio < alpha) {
            alpha = ratio;
            block = j;
          }
        }
        if (block < 0) {
          for (int j = 0; j < k; j++) {
            x[fIdx[j]] = target[j];
          }
          atOptimum = true;
          continue;
        }
        for (int j = 0; j < k; j++) {
          int i = fIdx[j];
          x[i] += alpha * (target[j] - x[i]);
        }
        int bi = fIdx[block];
        x[bi] = target[block] < x[bi] ? lo[bi] : hi[bi];
        remove(block);
        continue;
      }
      // At the optimum of the current working set: free the bound with the most wrong-signed multiplier.
      int release = -1;
      double worst = MULTIPLIER_TOLERANCE * scale;
      for (int i = 0; i < n; i++) {
        if (free[i] || lo[i] == hi[i]) {
          continue;
        }
        double[] hr = h[i];
        double g = c[i];
        for (int j = 0; j < n; j++) {
          g += hr[j] * x[j];
        }
        for (int e = 0; e < m; e++) {
          g -= a[e][i] * nu[e];
        }
        double violation = x[i] <= lo[i] ? -g : g;
        if (violation > worst) {
          worst = violation;
          release = i;
        }
      }
      if (release < 0) {
        return new Solution(Outcome.OPTIMAL, x, nu.clone(), it);
      }
      if (!append(release)) {
        return new Solution(Outcome.SINGULAR, x, null, it);
      }
      atOptimum = false;
    }
    return new Solution(Outcome.NOT_CONVERGED, x, null, maxIterations);
  }

  /** Solves the equality-constrained subproblem over the free set into {@code target} and {@code nu}. */
  private boolean solveEqp(double[] rF, double[] z0, double[][] zs, double[] target, double[] nu) {
    for (int j = 0; j < k; j++) {
      int i = fIdx[j];
      double s = -c[i];
      double[] hr = h[i];
      for (int q = 0; q < n; q++) {
        if (!free[q]) {
          s -= hr[q] * x[q];
        }
      }
      rF[j] = s;
    }
    cholSolve(rF, z0);
    double[][] s = new double[m][m];
    double[] beta = new double[m];
    for (int e = 0; e < m; e++) {
      double[] ae = a[e];
      double[] col = new double[k];
      for (int j = 0; j < k; j++) {
        col[j] = ae[fIdx[j]];
      }
      cholSolve(col, zs[e]);
      double rhs = b[e];
      for (int q = 0; q < n; q++) {
        if (!free[q]) {
          rhs -= ae[q] * x[q];
        }
      }
      for (int j = 0; j < k; j++) {
        rhs -= col[j] * z0[j];
      }
      beta[e] = rhs;
    }
    for (int e = 0; e < m; e++) {
      for (int f = 0; f < m; f++) {
        double v = 0;
        double[] ae = a[e];
        double[] zf = zs[f];
        for (int j = 0; j < k; j++) {
          v += ae[fIdx[j]] * zf[j];
        }
        s[e][f] = v;
      }
    }
    if (!solveSmall(s, beta, nu)) {
      return false;
    }
    for (int j = 0; j < k; j++) {
      double v = z0[j];
      for (int e = 0; e < m; e++) {
        v += nu[e] * zs[e][j];
      }
      target[j] = v;
    }
    return true;
  }

  /** Makes the equality rows restricted to the free set full rank by freeing variables held at a bound. */
  private boolean fixRank() {
    double[][] basis = new double[m][];
    int rank = 0;
    for (int j = 0; j < k && rank < m; j++) {
      double[] v = project(basis, rank, fIdx[j]);
      if (v != null) {
        basis[rank++] = v;
      }
    }
    while (rank < m) {
      int best = -1;
      double bestCost = Double.POSITIVE_INFINITY;
      double[] bestV = null;
      for (int i = 0; i < n; i++) {
        if (free[i] || lo[i] == hi[i]) {
          continue;
        }
        double[] v = project(basis, rank, i);
        if (v != null && h[i][i] < bestCost) {
          best = i;
          bestCost = h[i][i];
          bestV = v;
        }
      }
      if (best < 0 || !append(best)) {
        return false;
      }
      basis[rank++] = bestV;
    }
    return true;
  }

  /** Gram-Schmidt residual of column {@code i} of A against the basis, normalised; null if dependent. */
  private double[] project(double[][] basis, int rank, int i) {
    double[] v = new double[m];
    double norm0 = 0;
    for (int e = 0; e < m; e++) {
      v[e] = a[e][i];
      norm0 += v[e] * v[e];
    }
    if (norm0 == 0) {
      return null;
    }
    for (int r = 0; r < rank; r++) {
      double d = 0;
      for (int e = 0; e < m; e++) {
        d += basis[r][e] * v[e];
      }
      for (int e = 0; e < m; e++) {
        v[e] -= d * basis[r][e];
      }
    }
    double norm = 0;
    for (int e = 0; e < m; e++) {
      norm += v[e] * v[e];
    }
    if (norm <= 1e-20 * norm0) {
      return null;
    }
    double s = 1 / Math.sqrt(norm);
    for (int e = 0; e < m; e++) {
      v[e] *= s;
    }
    return v;
  }

  /** Appends variable {@code i} to the free set and a row to the Cholesky factor. */
  private boolean append(int i) {
    double[] row = l[k] == null ? new double[n] : l[k];
    double[] hr = h[i];
    double d = hr[i];
    for (int j = 0; j < k; j++) {
      double s = hr[fIdx[j]];
      double[] lj = l[j];
      for (int q = 0; q < j; q++) {
        s -= lj[q] * row[q];
      }
      s /= lj[j];
      row[j] = s;
      d -= s * s;
    }
    if (!(d > PIVOT_TOLERANCE * Math.abs(hr[i]))) {
      return false;
    }
    row[k] = Math.sqrt(d);
    l[k] = row;
    fIdx[k] = i;
    free[i] = true;
    k++;
    return true;
  }

  /** Removes the free variable at position {@code p}, restoring the factor with Givens rotations. */
  private void remove(int p) {
    free[fIdx[p]] = false;
    double[] dropped = l[p];
    for (int j = p; j < k - 1; j++) {
      l[j] = l[j + 1];
      fIdx[j] = fIdx[j + 1];
    }
    l[k - 1] = dropped;
    k--;
    // Rows p..k-1 now have one entry right of the diagonal; rotate column pairs to clear it.
    for (int j = p; j < k; j++) {
      double aa = l[j][j];
      double bb = l[j][j + 1];
      double r = Math.hypot(aa, bb);
      double cs = aa / r;
      double sn = bb / r;
      for (int q = j; q < k; q++) {
        double t1 = l[q][j];
        double t2 = l[q][j + 1];
        l[q][j] = cs * t1 + sn * t2;
        l[q][j + 1] = -sn * t1 + cs * t2;
      }
      l[j][j + 1] = 0.0;
    }
    for (int q = 0; q < k; q++) {
      l[q][k] = 0.0;
    }
  }

  /** Solves {@code L L' out = rhs} for the first k entries. */
  private void cholSolve(double[] rhs, double[] out) {
    for (int j = 0; j < k; j++) {
      double s = rhs[j];
      double[] lj = l[j];
      for (int q = 0; q < j; q++) {
        s -= lj[q] * out[q];
      }
      out[j] = s / lj[j];
    }
    for (int j = k - 1; j >= 0; j--) {
      double s = out[j];
      for (int q = j + 1; q < k; q++) {
        s -= l[q][j] * out[q];
      }
      out[j] = s / l[j][j];
    }
  }

  /** Gaussian elimination with partial pivoting for the small Schur system; false if singular. */
  static boolean solveSmall(double[][] s, double[] rhs, double[] out) {
    int m = rhs.length;
    double[][] w = new double[m][];
    double[] r = rhs.clone();
    double max = 0;
    for (int i = 0; i < m; i++) {
      w[i] = s[i].clone();
      for (double v : w[i]) {
        max = Math.max(max, Math.abs(v));
      }
    }
    for (int col = 0; col < m; col++) {
      int piv = col;
      for (int i = col + 1; i < m; i++) {
        if (Math.abs(w[i][col]) > Math.abs(w[piv][col])) {
          piv = i;
        }
      }
      if (!(Math.abs(w[piv][col]) > 1e-14 * max)) {
        return false;
      }
      double[] t = w[piv];
      w[piv] = w[col];
      w[col] = t;
      double tr = r[piv];
      r[piv] = r[col];
      r[col] = tr;
      for (int i = col + 1; i < m; i++) {
        double f = w[i][col] / w[col][col];
        for (int j = col; j < m; j++) {
          w[i][j] -= f * w[col][j];
        }
        r[i] -= f * r[col];
      }
    }
    for (int i = m - 1; i >= 0; i--) {
      double v = r[i];
      for (int j = i + 1; j < m; j++) {
        v -= w[i][j] * out[j];
      }
      out[i] = v / w[i][i];
    }
    return true;
  }

  /**
   * A feasible vertex of {@code a'x = b, lo <= x <= hi}: every variable at its finite bound nearest the start
   * value (0 for free ones), then variables moved to their other bound, cheapest {@code H_ii / a_i^2} first,
   * until one of them can take up the rest of {@code b}.
   *
   * @return the start, or null if no point satisfies the equality within the bounds
   */
  static double[] vertexStart(double[][] h, double[] a, double b, double[] lo, double[] hi) {
    int n = a.length;
    double[] x = new double[n];
    double ax = 0;
    for (int i = 0; i < n; i++) {
      x[i] = lo[i] > Double.NEGATIVE_INFINITY ? lo[i] : hi[i] < Double.POSITIVE_INFINITY ? hi[i] : 0.0;
      ax += a[i] * x[i];
    }
    double resid = b - ax;
    if (resid == 0) {
      return x;
    }
    for (int i = 0; i < n; i++) {
      if (lo[i] == Double.NEGATIVE_INFINITY && hi[i] == Double.POSITIVE_INFINITY && a[i] != 0) {
        x[i] += resid / a[i];
        return x;
      }
    }
    Integer[] order = new Integer[n];
    double[] cost = new double[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      cost[i] = a[i] == 0 ? Double.POSITIVE_INFINITY : h[i][i] / (a[i] * a[i]);
    }
    Arrays.sort(order, (p, q) -> Double.compare(cost[p], cost[q]));
    for (int idx = 0; idx < n; idx++) {
      int i = order[idx];
      if (a[i] == 0) {
        break;
      }
      // Direction in x that moves a'x toward b, and how far the bound allows.
      double dir = Math.signum(resid) * Math.signum(a[i]);
      double room = dir > 0 ? hi[i] - x[i] : x[i] - lo[i];
      if (!(room > 0)) {
        continue;
      }
      double need = Math.abs(resid / a[i]);
      if (room >= need) {
        x[i] += dir * need;
        return x;
      }
      x[i] += dir * room;
      resid -= a[i] * dir * room;
    }
    return null;
  }
}
