package io.quantor.risk.portfolio;

import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Builds ojAlgo models from {@link PortfolioConstraints}; the mutable model never leaves this package.
 *
 * <p>Variables {@code 0..n-1} are the weights; with a turnover limit, variables {@code n..2n-1} are the
 * absolute trades {@code t_i >= |w_i - current_i|}. In homogeneous form (used by the maximum-Sharpe
 * transformation of Cornuejols and Tutuncu 2007, section 8.2) the weights are scaled ones {@code y = kappa w}
 * and every constant of the constraints is multiplied by an extra variable {@code kappa >= 0}, the last one.
 */
final class OjAlgoModels {

  /** Which constraint families a model includes (the deletion filter drops them one at a time). */
  static final class Families {
    boolean budget = true;
    boolean bounds = true;
    boolean[] groups;
    boolean turnover = true;
    boolean target = true;

    Families(int groupCount) {
      groups = new boolean[groupCount];
      java.util.Arrays.fill(groups, true);
    }
  }

  /** A built model and its variables. */
  static final class Built {
    final ExpressionsBasedModel model;
    final Variable[] w;
    final Variable kappa;

    Built(ExpressionsBasedModel model, Variable[] w, Variable kappa) {
      this.model = model;
      this.w = w;
      this.kappa = kappa;
    }
  }

  private OjAlgoModels() {
  }

  /**
   * A model with the chosen constraint families and no objective yet.
   *
   * @param c the constraints
   * @param f the families to include
   * @param mu expected returns for the target-return family, or null
   * @param target the smallest expected return {@code mu'w}
   * @param homogeneous whether to build the scaled form with {@code kappa}
   * @return the model
   */
  static Built build(PortfolioConstraints c, Families f, double[] mu, double target, boolean homogeneous) {
    int n = c.size();
    ExpressionsBasedModel m = new ExpressionsBasedModel();
    Variable[] w = new Variable[n];
    for (int i = 0; i < n; i++) {
      w[i] = m.addVariable("w" + i);
    }
    Variable kappa = null;
    Variable[] t = null;
    if (c.turnover().isPresent() && f.turnover) {
      t = new Variable[n];
      for (int i = 0; i < n; i++) {
        t[i] = m.addVariable("t" + i).lower(0.0);
      }
    }
    if (homogeneous) {
      kappa = m.addVariable("kappa").lower(0.0);
    }
    double[] lo = c.rawLower();
    double[] hi = c.rawUpper();
    if (f.bounds) {
      for (int i = 0; i < n; i++) {
        if (!homogeneous) {
          if (lo[i] > Double.NEGATIVE_INFINITY) {
            w[i].lower(lo[i]);
          }
          if (hi[i] < Double.POSITIVE_INFINITY) {
            w[i].upper(hi[i]);
          }
        } else {
          if (lo[i] > Double.NEGATIVE_INFINITY) {
            m.addExpression("lo" + i).lower(0.0).set(w[i], 1.0).set(kappa, -lo[i]);
          }
          if (hi[i] < Double.POSITIVE_INFINITY) {
            m.addExpression("hi" + i).upper(0.0).set(w[i], 1.0).set(kappa, -hi[i]);
          }
        }
      }
    }
    if (f.budget) {
      double[] ones = new double[n];
      java.util.Arrays.fill(ones, 1.0);
      constrain(m, "budget", w, ones, kappa, c.budget(), c.budget());
    }
    List<GroupConstraint> gs = c.groups();
    for (int k = 0; k < gs.size(); k++) {
      if (!f.groups[k]) {
        continue;
      }
      GroupConstraint g = gs.get(k);
      int[] as = g.rawAssets();
      Variable[] vs = new Variable[as.length];
      double[] ones = new double[as.length];
      for (int j = 0; j < as.length; j++) {
        vs[j] = w[as[j]];
        ones[j] = 1.0;
      }
      constrain(m, "group" + k, vs, ones, kappa, g.min(), g.max());
    }
    if (t != null) {
      double[] cur = c.turnover().get().rawCurrent();
      for (int i = 0; i < n; i++) {
        // t_i >= w_i - current_i and t_i >= current_i - w_i
        constrain(m, "tu" + i, new Variable[] {t[i], w[i]}, new double[] {1.0, -1.0}, kappa, -cur[i],
            Double.POSITIVE_INFINITY);
        constrain(m, "td" + i, new Variable[] {t[i], w[i]}, new double[] {1.0, 1.0}, kappa, cur[i],
            Double.POSITIVE_INFINITY);
      }
      double[] ones = new double[n];
      java.util.Arrays.fill(ones, 1.0);
      constrain(m, "turnover", t, ones, kappa, Double.NEGATIVE_INFINITY, c.turnover().get().max());
    }
    if (mu != null && f.target) {
      constrain(m, "target", w, mu, kappa, target, Double.POSITIVE_INFINITY);
    }
    return new Built(m, w, kappa);
  }

  /**
   * Adds {@code lo <= sum coef_j x_j <= hi}, or {@code lo kappa <= sum coef_j x_j <= hi kappa} in homogeneous
   * form (two expressions when both sides are finite and differ).
   */
  private static void constrain(ExpressionsBasedModel m, String name, Variable[] x, double[] coef,
      Variable kappa, double lo, double hi) {
    if (kappa == null || lo == hi) {
      Expression e = linear(m, name, x, coef);
      if (kappa != null) {
        e.set(kappa, -lo).level(0.0);
      } else if (lo == hi) {
        e.level(lo);
      } else {
        if (lo > Double.NEGATIVE_INFINITY) {
          e.lower(lo);
        }
        if (hi < Double.POSITIVE_INFINITY) {
          e.upper(hi);
        }
      }
      return;
    }
    if (lo > Double.NEGATIVE_INFINITY) {
      linear(m, name + "_lo", x, coef).set(kappa, -lo).lower(0.0);
    }
    if (hi < Double.POSITIVE_INFINITY) {
      linear(m, name + "_hi", x, coef).set(kappa, -hi).upper(0.0);
    }
  }

  private static Expression linear(ExpressionsBasedModel m, String name, Variable[] x, double[] coef) {
    Expression e = m.addExpression(name);
    for (int j = 0; j < x.length; j++) {
      e.set(x[j], coef[j]);
    }
    return e;
  }

  /** Adds {@code 0.5 x' H x * scale + c'x} as the objective over the weight variables. */
  static void quadraticObjective(Built b, double[][] h, double[] lin) {
    int n = b.w.length;
    Expression obj = b.model.addExpression("objective").weight(1.0);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (h[i][j] != 0.0) {
          obj.set(b.w[i], b.w[j], 0.5 * h[i][j]);
        }
      }
      if (lin != null && lin[i] != 0.0) {
        obj.set(b.w[i], lin[i]);
      }
    }
  }

  /** Solves for feasibility only. */
  static boolean feasible(Built b) {
    Expression obj = b.model.addExpression("objective").weight(1.0);
    obj.set(b.w[0], 0.0);
    Optimisation.Result r = b.model.minimise();
    return r.getState().isFeasible();
  }

  /** The weight values of a solved model. */
  static double[] weights(Built b, Optimisation.Result r) {
    double[] x = new double[b.w.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = r.doubleValue(b.model.indexOf(b.w[i]));
    }
    return x;
  }
}
