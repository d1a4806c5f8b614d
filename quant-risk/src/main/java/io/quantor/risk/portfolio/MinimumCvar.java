package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The minimum-CVaR portfolio on return scenarios (Rockafellar and Uryasev 2000, "Optimization of conditional
 * value-at-risk", Journal of Risk 2(3)):
 *
 * <pre>
 *   min_{w, alpha}  alpha + 1 / ((1 - level) T) * sum_t max(0, -r_t'w - alpha)   subject to the constraints
 * </pre>
 *
 * <p>At the optimum {@code alpha} is the value at risk and the objective the CVaR (expected shortfall) of the
 * portfolio's losses. <b>How it is solved, and why.</b> The textbook form is a linear program with one
 * variable and one constraint per scenario; general simplex codes are slow on it (ojAlgo's needs seconds for
 * 1,000 scenarios). This class solves the program in its dual form, whose rows are the weights, the VaR and
 * (with turnover) the trades, and whose columns are the scenarios, with a primal-dual interior-point method
 * (Mehrotra's predictor-corrector): its normal matrix is only (n+1) x (n+1), and the weights are the dual
 * prices of the rows. Scenarios enter by constraint generation (as in Kunzi-Bay and Mayer 2006,
 * "Computational aspects of minimizing conditional value-at-risk", Computational Management Science 3(1)):
 * the program starts with the scenarios in the tail of the equal-weighted portfolio and adds every scenario
 * whose loss exceeds the current VaR, until none does; then the restricted optimum is the full one.
 *
 * <p>The interior-point method stops at a relative duality gap and infeasibility of 1e-10, so the CVaR is
 * within about 1e-10 (relative) of the minimum and the constraints hold to about 1e-12 (weights are put
 * exactly inside their bounds; a weight at a bound of zero may come out as about 1e-11). {@link
 * OptimizationResult#objective()} is the CVaR of the weights on all scenarios (the fractional
 * Rockafellar-Uryasev/Acerbi-Tasche estimator, a positive number for a loss); {@link
 * OptimizationResult#riskContributions()} are the Euler contributions {@code w_i E_q[-r_i]} under the tail
 * probabilities, which add up to the CVaR.
 */
public final class MinimumCvar {

  /** Relative tolerance of the interior-point method. */
  static final double TOLERANCE = 1e-10;
  private static final int MAX_ROUNDS = 30;

  private MinimumCvar() {
  }

  /**
   * The minimum-CVaR weights.
   *
   * @param scenarios the return scenarios
   * @param level the confidence level, in (0, 1), such as 0.95
   * @param constraints the constraints, for as many assets as the scenarios have
   * @return the result
   * @throws IllegalArgumentException if an argument is null, the level is outside (0, 1) or the sizes differ
   */
  public static OptimizationResult optimize(ReturnScenarios scenarios, double level,
      PortfolioConstraints constraints) {
    return solve(scenarios, level, constraints, Double.NaN);
  }

  /**
   * The minimum-CVaR weights among portfolios whose mean scenario return is at least {@code targetReturn}.
   *
   * @param scenarios the return scenarios
   * @param level the confidence level, in (0, 1)
   * @param targetReturn the smallest acceptable mean return {@code mean_t r_t'w}, finite
   * @param constraints the constraints
   * @return the result; INFEASIBLE names {@code "target return"} with the constraints that cap the return
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static OptimizationResult forTargetReturn(ReturnScenarios scenarios, double level,
      double targetReturn,
      PortfolioConstraints constraints) {
    Args.finite(targetReturn, "targetReturn");
    return solve(scenarios, level, constraints, targetReturn);
  }

  private static OptimizationResult solve(ReturnScenarios scenarios, double level,
      PortfolioConstraints constraints, double target) {
    Args.notNull(scenarios, "scenarios");
    Args.notNull(constraints, "constraints");
    ReturnScenarios.checkLevel(level);
    int n = scenarios.assets();
    if (constraints.size() != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "constraints must be for %d assets (the scenarios' columns), was %d", n, constraints.size()));
    }
    double[] mu = Double.isNaN(target) ? null : scenarios.means();
    List<ConstraintConflict> conflicts = Feasibility.conflicts(constraints, mu, target);
    if (!conflicts.isEmpty()) {
      return OptimizationResult.infeasible(conflicts);
    }
    int tCount = scenarios.count();
    double[][] rows = scenarios.rawRows();
    double k = (1 - level) * tCount;
    int tailCount = (int) Math.ceil(k);
    // Start from the tail of the equal-weighted portfolio.
    double[] w = new double[n];
    Arrays.fill(w, constraints.budget() / n);
    double[] losses = new double[tCount];
    scenarios.losses(w, losses);
    int start = Math.min(tCount, Math.max(3 * tailCount, tailCount + 2 * (n + 1)));
    boolean[] in = new boolean[tCount];
    List<Integer> active = new ArrayList<>();
    for (int t : worst(losses, in, start, Double.NEGATIVE_INFINITY)) {
      in[t] = true;
      active.add(t);
    }
    int eliminated = leastVolatile(rows, n);
    int iterations = 0;
    double alpha = 0;
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      InteriorPointLp.Solution s = program(rows, active, constraints, mu, target, 1 / k, eliminated)
          .solve(TOLERANCE);
      iterations += s.iterations;
      if (s.outcome == InteriorPointLp.Outcome.DIVERGED) {
        return OptimizationResult.failed(OptimizationStatus.UNBOUNDED, "CVaR decreases without limit: the "
            + "scenarios admit a zero-cost portfolio that gains in every tail scenario within the "
            + "constraints",
            iterations);
      }
      if (s.outcome != InteriorPointLp.Outcome.OPTIMAL) {
        return OptimizationResult.failed(OptimizationStatus.NOT_CONVERGED,
            "interior-point method stopped after "
            + s.iterations + " iterations in round " + round, iterations);
      }
      double rest = constraints.budget();
      for (int i = 0; i < n; i++) {
        if (i != eliminated) {
          w[i] = s.y[i < eliminated ? i : i - 1];
          rest -= w[i];
        }
      }
      w[eliminated] = rest;
      alpha = s.y[n - 1];
      scenarios.losses(w, losses);
      double scale = 0;
      for (double l : losses) {
        scale = Math.max(scale, Math.abs(l));
      }
      int[] add = worst(losses, in, Math.max(tailCount, n + 1), alpha + 1e-9 * Math.max(scale, 1e-300));
      if (add.length == 0) {
        return finish(scenarios, level, constraints, w, iterations, String.format(Locale.ROOT,
            "minimum CVaR, interior point on the dual, %d rounds, %d of %d scenarios", round, active.size(),
            tCount));
      }
      for (int t : add) {
        in[t] = true;
        active.add(t);
      }
    }
    return OptimizationResult.failed(OptimizationStatus.NOT_CONVERGED,
        "scenario generation did not settle in "
        + MAX_ROUNDS + " rounds", iterations);
  }

  /**
   * The asset whose scenario returns vary least: likely held, so a good one to express through the budget.
   */
  private static int leastVolatile(double[][] rows, int n) {
    double[] mean = new double[n];
    double[] sq = new double[n];
    for (double[] r : rows) {
      for (int i = 0; i < n; i++) {
        mean[i] += r[i];
        sq[i] += r[i] * r[i];
      }
    }
    int best = 0;
    double bestVar = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double var = sq[i] / rows.length - (mean[i] / rows.length) * (mean[i] / rows.length);
      if (var < bestVar) {
        bestVar = var;
        best = i;
      }
    }
    return best;
  }

  /** The up to {@code count} scenarios not yet in, with loss above {@code above}, worst first. */
  private static int[] worst(double[] losses, boolean[] in, int count, double above) {
    List<Integer> cand = new ArrayList<>();
    for (int t = 0; t < losses.length; t++) {
      if (!in[t] && losses[t] > above) {
        cand.add(t);
      }
    }
    cand.sort((p, q) -> Double.compare(losses[q], losses[p]));
    int m = Math.min(count, cand.size());
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = cand.get(i);
    }
    return out;
  }

  /**
   * The dual of the restricted CVaR program as {@code min c'x, A x = b, 0 <= x <= u}, with the budget
   * eliminated: {@code w_e = B - sum_{i != e} w_i} for one asset {@code e}, so that no free variable remains
   * (splitting the budget's free multiplier into two signed parts ruins the conditioning of the normal
   * matrix). The dual vector is {@code y = (z, alpha, t)}: the other weights, the VaR and the trades. Each
   * constraint {@code g'w + h'(alpha, t) <= c} becomes the column {@code (g_i - g_e)_{i != e}, h} with cost
   * {@code c - B g_e}; a scenario is the constraint {@code -r_t'w - alpha <= 0} with upper bound
   * {@code 1/((1 - level) T)} (its excess over the VaR is charged at that price); {@code b} is {@code -1} in
   * the VaR row.
   */
  private static InteriorPointLp program(double[][] rows, List<Integer> active, PortfolioConstraints c,
      double[] mu, double target, double cap, int e) {
    int n = c.size();
    double budget = c.budget();
    boolean turnover = c.turnover().isPresent();
    int m = turnover ? 2 * n : n;
    int alphaRow = n - 1;
    double[][] dense = new double[active.size()][];
    double[] cc0 = new double[active.size()];
    for (int j = 0; j < dense.length; j++) {
      double[] r = rows[active.get(j)];
      double[] col = new double[m];
      double re = r[e];
      for (int i = 0; i < n; i++) {
        if (i != e) {
          col[i < e ? i : i - 1] = re - r[i];
        }
      }
      col[alphaRow] = -1.0;
      dense[j] = col;
      cc0[j] = budget * re;
    }
    Columns cols = new Columns(n, e, budget);
    for (int i = 0; i < n; i++) {
      if (c.lower(i) > Double.NEGATIVE_INFINITY) {
        cols.add(new int[] {i}, new double[] {-1.0}, null, null, -c.lower(i));
      }
      if (c.upper(i) < Double.POSITIVE_INFINITY) {
        cols.add(new int[] {i}, new double[] {1.0}, null, null, c.upper(i));
      }
    }
    for (GroupConstraint g : c.groups()) {
      int[] as = g.rawAssets();
      double[] v = new double[as.length];
      if (g.max() < Double.POSITIVE_INFINITY) {
        Arrays.fill(v, 1.0);
        cols.add(as, v.clone(), null, null, g.max());
      }
      if (g.min() > Double.NEGATIVE_INFINITY) {
        Arrays.fill(v, -1.0);
        cols.add(as, v.clone(), null, null, -g.min());
      }
    }
    if (turnover) {
      TurnoverLimit tl = c.turnover().get();
      double[] cur = tl.rawCurrent();
      int[] ts = new int[n];
      double[] ones = new double[n];
      for (int i = 0; i < n; i++) {
        ts[i] = n + i;
        ones[i] = 1.0;
        // w_i - t_i <= current_i and -w_i - t_i <= -current_i
        cols.add(new int[] {i}, new double[] {1.0}, new int[] {n + i}, new double[] {-1.0}, cur[i]);
        cols.add(new int[] {i}, new double[] {-1.0}, new int[] {n + i}, new double[] {-1.0}, -cur[i]);
      }
      cols.add(new int[0], new double[0], ts, ones, tl.max());
    }
    if (mu != null) {
      int[] all = new int[n];
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
        v[i] = -mu[i];
      }
      cols.add(all, v, null, null, -target);
    }
    int ns = cols.idx.size();
    int total = dense.length + ns;
    double[] cc = new double[total];
    double[] uu = new double[total];
    System.arraycopy(cc0, 0, cc, 0, dense.length);
    Arrays.fill(uu, 0, dense.length, cap);
    Arrays.fill(uu, dense.length, total, Double.POSITIVE_INFINITY);
    for (int j = 0; j < ns; j++) {
      cc[dense.length + j] = cols.cost.get(j);
    }
    double[] b = new double[m];
    b[alphaRow] = -1.0;
    return new InteriorPointLp(m, dense, cols.idx.toArray(new int[0][]), cols.val.toArray(new double[0][]), b,
        cc, uu);
  }

  /** Constraint columns with the budget substituted out (see {@link #program}). */
  private static final class Columns {
    final int n;
    final int e;
    final double budget;
    final List<int[]> idx = new ArrayList<>();
    final List<double[]> val = new ArrayList<>();
    final List<Double> cost = new ArrayList<>();

    Columns(int n, int e, double budget) {
      this.n = n;
      this.e = e;
      this.budget = budget;
    }

    /** Adds {@code g'w + h't <= c}; {@code g} and {@code h} sparse, {@code h} indices already row indices. */
    void add(int[] gIdx, double[] gVal, int[] hIdx, double[] hVal, double c) {
      double ge = 0;
      for (int q = 0; q < gIdx.length; q++) {
        if (gIdx[q] == e) {
          ge = gVal[q];
        }
      }
      double[] z = new double[n - 1];
      if (ge != 0) {
        Arrays.fill(z, -ge);
      }
      for (int q = 0; q < gIdx.length; q++) {
        int i = gIdx[q];
        if (i != e) {
          z[i < e ? i : i - 1] += gVal[q];
        }
      }
      int nz = 0;
      for (double d : z) {
        nz += d != 0 ? 1 : 0;
      }
      int hn = hIdx == null ? 0 : hIdx.length;
      int[] ix = new int[nz + hn];
      double[] vx = new double[nz + hn];
      int p = 0;
      for (int i = 0; i < z.length; i++) {
        if (z[i] != 0) {
          ix[p] = i;
          vx[p++] = z[i];
        }
      }
      for (int q = 0; q < hn; q++) {
        ix[p] = hIdx[q];
        vx[p++] = hVal[q];
      }
      idx.add(ix);
      val.add(vx);
      cost.add(c - budget * ge);
    }
  }

  private static OptimizationResult finish(ReturnScenarios scenarios, double level, PortfolioConstraints c,
      double[] y, int iterations, String message) {
    int n = c.size();
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      // Interior-point iterates sit inside the bounds up to the tolerance; put them exactly inside.
      w[i] = Math.max(c.lower(i), Math.min(c.upper(i), y[i]));
    }
    double[] losses = scenarios.losses(w);
    double[] q = new double[losses.length];
    double cvar = ReturnScenarios.tail(losses, level, q);
    double[] rc = new double[n];
    double[][] rows = scenarios.rawRows();
    for (int t = 0; t < q.length; t++) {
      if (q[t] != 0) {
        double[] r = rows[t];
        for (int i = 0; i < n; i++) {
          rc[i] -= q[t] * r[i];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      rc[i] *= w[i];
    }
    return OptimizationResult.optimal(w, cvar, rc, iterations, message);
  }
}
