package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.List;
import java.util.Locale;
import org.ojalgo.optimisation.Optimisation;

/**
 * Solves {@code min 0.5 w' H w + c'w} over {@link PortfolioConstraints}, optionally with {@code mu'w >=
 * target}: the active-set method of {@link ActiveSetQp} when only budget and bounds apply, ojAlgo's convex
 * solver for groups and turnover (and as a fallback when {@code H} is singular on a free set).
 */
final class QuadraticProgram {

  /** Weights or a failure. */
  static final class Outcome {
    final double[] weights;
    final OptimizationResult failure;
    final int iterations;
    final String method;

    Outcome(double[] weights, OptimizationResult failure, int iterations, String method) {
      this.weights = weights;
      this.failure = failure;
      this.iterations = iterations;
      this.method = method;
    }
  }

  private QuadraticProgram() {
  }

  static Outcome solve(double[][] h, double[] lin, PortfolioConstraints c, double[] mu, double target) {
    List<ConstraintConflict> conflicts = Feasibility.conflicts(c, mu, target);
    if (!conflicts.isEmpty()) {
      return new Outcome(null, OptimizationResult.infeasible(conflicts), 0, "");
    }
    if (c.isBudgetAndBoundsOnly()) {
      Outcome o = activeSet(h, lin, c, mu, target);
      if (o != null) {
        return o;
      }
    }
    return ojAlgo(h, lin, c, mu, target);
  }

  /**
   * The active-set path; null when it cannot decide (singular Hessian, infinite lower bounds with a target).
   */
  private static Outcome activeSet(double[][] h, double[] lin, PortfolioConstraints c, double[] mu,
      double target) {
    int n = c.size();
    double[] lo = c.rawLower();
    double[] hi = c.rawUpper();
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    double[] x0 = ActiveSetQp.vertexStart(h, ones, c.budget(), lo, hi);
    if (x0 == null) {
      return null;
    }
    ActiveSetQp.Solution s = ActiveSetQp.solve(h, lin, new double[][] {ones}, new double[] {c.budget()}, lo,
        hi, x0);
    if (s.outcome != ActiveSetQp.Outcome.OPTIMAL) {
      return null;
    }
    if (mu == null || dot(mu, s.x) >= target) {
      return new Outcome(s.x, null, s.iterations, "active set (budget and bounds)");
    }
    // The target binds. Start on the segment between this optimum and the highest-return vertex.
    double[] best = maxReturnVertex(c, mu);
    if (best == null) {
      return null;
    }
    double r0 = dot(mu, s.x);
    double r1 = dot(mu, best);
    double t = Math.min(1.0, (target - r0) / (r1 - r0));
    double[] start = new double[n];
    for (int i = 0; i < n; i++) {
      start[i] = Math.max(lo[i], Math.min(hi[i], (1 - t) * s.x[i] + t * best[i]));
    }
    ActiveSetQp.Solution s2 = ActiveSetQp.solve(h, lin, new double[][] {ones, mu},
        new double[] {c.budget(), target}, lo, hi, start);
    if (s2.outcome != ActiveSetQp.Outcome.OPTIMAL) {
      return null;
    }
    return new Outcome(s2.x, null, s.iterations + s2.iterations,
        "active set (budget, bounds, target return)");
  }

  /** The greedy highest-return vertex (finite lower bounds only); null otherwise. */
  private static double[] maxReturnVertex(PortfolioConstraints c, double[] mu) {
    int n = c.size();
    double[] lo = c.rawLower();
    double[] hi = c.rawUpper();
    double[] x = new double[n];
    double rem = c.budget();
    for (int i = 0; i < n; i++) {
      if (lo[i] == Double.NEGATIVE_INFINITY) {
        return null;
      }
      x[i] = lo[i];
      rem -= lo[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (p, q) -> Double.compare(mu[q], mu[p]));
    for (int k = 0; k < n && rem > 0; k++) {
      int i = order[k];
      double add = Math.min(rem, hi[i] - lo[i]);
      x[i] += add;
      rem -= add;
    }
    return x;
  }

  static Outcome ojAlgo(double[][] h, double[] lin, PortfolioConstraints c, double[] mu, double target) {
    OjAlgoModels.Families f = new OjAlgoModels.Families(c.groups().size());
    f.target = mu != null;
    OjAlgoModels.Built built = OjAlgoModels.build(c, f, mu, target, false);
    // ojAlgo's tolerances are absolute: scale the objective so the largest variance is 1.
    double scale = scaleOf(h);
    double[][] hs = new double[h.length][h.length];
    double[] ls = lin == null ? null : new double[h.length];
    for (int i = 0; i < h.length; i++) {
      for (int j = 0; j < h.length; j++) {
        hs[i][j] = h[i][j] * scale;
      }
      if (ls != null) {
        ls[i] = lin[i] * scale;
      }
    }
    OjAlgoModels.quadraticObjective(built, hs, ls);
    Optimisation.Result r = built.model.minimise();
    return fromOjAlgo(built, r, c, mu, target, "ojAlgo convex solver");
  }

  static Outcome fromOjAlgo(OjAlgoModels.Built built, Optimisation.Result r, PortfolioConstraints c,
      double[] mu, double target, String method) {
    Optimisation.State state = r.getState();
    if (state.isOptimal()) {
      return new Outcome(OjAlgoModels.weights(built, r), null, 0, method);
    }
    if (state == Optimisation.State.UNBOUNDED) {
      return new Outcome(null, OptimizationResult.failed(OptimizationStatus.UNBOUNDED,
          "the objective is unbounded within the constraints (" + method + ")", 0), 0, method);
    }
    if (state == Optimisation.State.INFEASIBLE) {
      List<ConstraintConflict> conflicts = Feasibility.conflicts(c, mu, target);
      if (!conflicts.isEmpty()) {
        return new Outcome(null, OptimizationResult.infeasible(conflicts), 0, method);
      }
    }
    return new Outcome(null, OptimizationResult.failed(OptimizationStatus.NOT_CONVERGED,
        String.format(Locale.ROOT, "%s ended in state %s", method, state), 0), 0, method);
  }

  static double scaleOf(double[][] h) {
    double max = 0;
    for (int i = 0; i < h.length; i++) {
      max = Math.max(max, Math.abs(h[i][i]));
    }
    return max > 0 ? 1 / max : 1.0;
  }

  static double dot(double[] p, double[] q) {
    double s = 0;
    for (int i = 0; i < p.length; i++) {
      s += p[i] * q[i];
    }
    return s;
  }

  static double[] checkReturns(double[] mu, int n, String name) {
    Args.notNull(mu, name);
    if (mu.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must have one entry per asset (%d), was %d", name, n, mu.length));
    }
    for (int i = 0; i < n; i++) {
      Args.finite(mu[i], name + "[" + i + "]");
    }
    return mu.clone();
  }

  static void checkSize(CovarianceMatrix cov, PortfolioConstraints c) {
    Args.notNull(cov, "covariance");
    Args.notNull(c, "constraints");
    if (cov.size() != c.size()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "constraints must be for %d assets (the covariance's size), was %d", cov.size(), c.size()));
    }
  }
}
