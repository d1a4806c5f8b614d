package io.quantor.risk.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether constraints can hold together and, if not, names a conflicting set.
 *
 * <p>Family-by-family checks first (closed form, with the numbers); then, when groups, turnover or a target
 * return are present, a linear feasibility program (ojAlgo) and a deletion filter over the families
 * (Chinneck and Dravnieks 1991, "Locating minimal infeasible constraint sets in linear programs", ORSA
 * Journal on Computing 3(2)).
 */
final class Feasibility {

  static final String BUDGET = "budget";
  static final String BOUNDS = "bounds";
  static final String TURNOVER = "turnover";
  static final String TARGET = "target return";

  /** Slack allowed in the closed-form checks, relative to the budget's scale (rounding in sums). */
  private static final double EPS = 1e-12;

  private Feasibility() {
  }

  /**
   * The conflicts of the constraints, plus an optional target {@code mu'w >= target}.
   *
   * @param c the constraints
   * @param mu expected returns, or null for no target
   * @param target the smallest expected return (ignored when {@code mu} is null)
   * @return the conflicts, empty if feasible
   */
  static List<ConstraintConflict> conflicts(PortfolioConstraints c, double[] mu, double target) {
    List<ConstraintConflict> out = new ArrayList<>();
    int n = c.size();
    double[] lo = c.rawLower();
    double[] hi = c.rawUpper();
    double b = c.budget();
    double tol = EPS * (1 + Math.abs(b));
    double sumLo = sum(lo, null, true);
    double sumHi = sum(hi, null, true);
    if (sumLo > b + tol) {
      out.add(new ConstraintConflict(List.of(BUDGET, BOUNDS), String.format(Locale.ROOT,
          "the lower bounds add up to %s, above the budget %s", num(sumLo), num(b))));
    } else if (sumHi < b - tol) {
      out.add(new ConstraintConflict(List.of(BUDGET, BOUNDS), String.format(Locale.ROOT,
          "the upper bounds add up to %s, below the budget %s", num(sumHi), num(b))));
    }
    boolean[] member = new boolean[n];
    for (GroupConstraint g : c.groups()) {
      java.util.Arrays.fill(member, false);
      for (int a : g.rawAssets()) {
        member[a] = true;
      }
      double gLo = sum(lo, member, true);
      double gHi = sum(hi, member, true);
      double restLo = sum(lo, member, false);
      double restHi = sum(hi, member, false);
      if (gLo > g.max() + tol) {
        out.add(new ConstraintConflict(List.of(g.label(), BOUNDS), String.format(Locale.ROOT,
            "the lower bounds of the group's assets add up to %s, above its cap %s",
            num(gLo), num(g.max()))));
      } else if (gHi < g.min() - tol) {
        out.add(new ConstraintConflict(List.of(g.label(), BOUNDS), String.format(Locale.ROOT,
            "the upper bounds of the group's assets add up to %s, below its minimum %s", num(gHi),
            num(g.min()))));
      } else if (out.isEmpty() && Math.min(g.max(), gHi) + restHi < b - tol) {
        out.add(new ConstraintConflict(List.of(BUDGET, g.label(), BOUNDS), String.format(Locale.ROOT,
            "at most %s in the group plus at most %s (upper bounds) in the other assets is below "
                + "the budget %s",
            num(Math.min(g.max(), gHi)), num(restHi), num(b))));
      } else if (out.isEmpty() && Math.max(g.min(), gLo) + restLo > b + tol) {
        out.add(new ConstraintConflict(List.of(BUDGET, g.label(), BOUNDS), String.format(Locale.ROOT,
            "at least %s in the group plus at least %s (lower bounds) in the other assets is above "
                + "the budget %s",
            num(Math.max(g.min(), gLo)), num(restLo), num(b))));
      }
    }
    if (c.turnover().isPresent()) {
      TurnoverLimit t = c.turnover().get();
      double[] cur = t.rawCurrent();
      double move = 0;
      double curSum = 0;
      for (int i = 0; i < n; i++) {
        move += Math.max(0, lo[i] - cur[i]) + Math.max(0, cur[i] - hi[i]);
        curSum += cur[i];
      }
      if (move > t.max() + tol) {
        out.add(new ConstraintConflict(List.of(TURNOVER, BOUNDS), String.format(Locale.ROOT,
            "moving the current weights into their bounds alone trades %s, above the limit %s", num(move),
            num(t.max()))));
      } else if (Math.abs(curSum - b) > t.max() + tol) {
        out.add(new ConstraintConflict(List.of(TURNOVER, BUDGET), String.format(Locale.ROOT,
            "the current weights add up to %s; reaching the budget %s trades at least %s, above the limit %s",
            num(curSum), num(b), num(Math.abs(curSum - b)), num(t.max()))));
      }
    }
    if (!out.isEmpty()) {
      return List.copyOf(out);
    }
    if (mu != null && c.isBudgetAndBoundsOnly()) {
      double best = maxReturn(c, mu);
      if (best < target - EPS * (1 + Math.abs(target))) {
        return List.of(new ConstraintConflict(List.of(TARGET, BUDGET, BOUNDS), String.format(Locale.ROOT,
            "the highest expected return within budget and bounds is %s, below the target %s", num(best),
            num(target))));
      }
      return List.of();
    }
    if (c.isBudgetAndBoundsOnly()) {
      return List.of();
    }
    return linearConflicts(c, mu, target);
  }

  /**
   * The highest {@code mu'w} with the budget and bounds: fill assets from the best expected return down,
   * starting from the lower bounds (the greedy solution of this knapsack-like linear program).
   *
   * @return the highest expected return, {@code +Infinity} if unbounded
   */
  static double maxReturn(PortfolioConstraints c, double[] mu) {
    int n = c.size();
    double[] lo = c.rawLower();
    double[] hi = c.rawUpper();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(mu[y], mu[x]));
    boolean anyFreeBelow = false;
    for (int i = 0; i < n; i++) {
      anyFreeBelow |= lo[i] == Double.NEGATIVE_INFINITY;
    }
    if (anyFreeBelow) {
      // Short the worst unbounded-below asset, buy a better asset without upper bound: unbounded return.
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (lo[i] == Double.NEGATIVE_INFINITY && hi[j] == Double.POSITIVE_INFINITY && mu[j] > mu[i]) {
            return Double.POSITIVE_INFINITY;
          }
        }
      }
      // Otherwise solve it as a linear program.
      PortfolioConstraints only = c;
      OjAlgoModels.Built built = OjAlgoModels.build(only, new OjAlgoModels.Families(0), null, 0, false);
      var obj = built.model.addExpression("objective").weight(1.0);
      for (int i = 0; i < n; i++) {
        obj.set(built.w[i], mu[i]);
      }
      var r = built.model.maximise();
      return r.getState().isOptimal() ? r.getValue() : Double.POSITIVE_INFINITY;
    }
    double rem = c.budget();
    double ret = 0;
    for (int i = 0; i < n; i++) {
      rem -= lo[i];
      ret += lo[i] * mu[i];
    }
    for (int k = 0; k < n && rem > 0; k++) {
      int i = order[k];
      double add = Math.min(rem, hi[i] - lo[i]);
      ret += add * mu[i];
      rem -= add;
    }
    return ret;
  }

  private static List<ConstraintConflict> linearConflicts(PortfolioConstraints c, double[] mu,
      double target) {
    int g = c.groups().size();
    OjAlgoModels.Families all = new OjAlgoModels.Families(g);
    all.target = mu != null;
    if (OjAlgoModels.feasible(OjAlgoModels.build(c, all, mu, target, false))) {
      return List.of();
    }
    // Deletion filter: drop each family in turn; keep it dropped if the rest stays infeasible.
    OjAlgoModels.Families keep = new OjAlgoModels.Families(g);
    keep.target = all.target;
    keep.turnover = c.turnover().isPresent();
    int families = 2 + g + 2;
    for (int k = 0; k < families; k++) {
      if (!isOn(keep, k)) {
        continue;
      }
      set(keep, k, false);
      if (OjAlgoModels.feasible(OjAlgoModels.build(c, keep, mu, target, false))) {
        set(keep, k, true);
      }
    }
    List<String> names = new ArrayList<>();
    for (int k = 0; k < families; k++) {
      if (isOn(keep, k)) {
        names.add(k == 0 ? BUDGET : k == 1 ? BOUNDS : k < 2 + g ? c.groups().get(k - 2).label()
            : k == 2 + g ? TURNOVER : TARGET);
      }
    }
    return List.of(new ConstraintConflict(names, "no portfolio satisfies these together (linear feasibility "
        + "program); without any one of them the others can be met"));
  }

  private static boolean isOn(OjAlgoModels.Families f, int k) {
    int g = f.groups.length;
    return k == 0 ? f.budget : k == 1 ? f.bounds : k < 2 + g ? f.groups[k - 2] : k == 2 + g ? f.turnover
        : f.target;
  }

  private static void set(OjAlgoModels.Families f, int k, boolean on) {
    int g = f.groups.length;
    if (k == 0) {
      f.budget = on;
    } else if (k == 1) {
      f.bounds = on;
    } else if (k < 2 + g) {
      f.groups[k - 2] = on;
    } else if (k == 2 + g) {
      f.turnover = on;
    } else {
      f.target = on;
    }
  }

  private static double sum(double[] v, boolean[] member, boolean in) {
    double s = 0;
    for (int i = 0; i < v.length; i++) {
      if (member == null || member[i] == in) {
        s += v[i];
      }
    }
    return s;
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
