package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The constraints a portfolio must satisfy. Immutable; the {@code with...} methods return new instances.
 *
 * <ul>
 *   <li><b>budget</b>: {@code sum_i w_i = budget} (1 by default: fully invested);</li>
 *   <li><b>bounds</b>: {@code lower_i <= w_i <= upper_i} (long-only is {@code [0, +Infinity)}; the budget
 *       then caps every weight; {@code (-Infinity, +Infinity)} leaves an asset free);</li>
 *   <li><b>groups</b>: {@code min_g <= sum_{i in g} w_i <= max_g}, named (sector caps);</li>
 *   <li><b>turnover</b>: {@code sum_i |w_i - current_i| <= max} against the current weights.</li>
 * </ul>
 *
 * <p>These names ({@code "budget"}, {@code "bounds"}, {@code "group 'NAME'"}, {@code "turnover"}) are the
 * ones {@link ConstraintConflict} and {@link #violations(double[], double)} use. A lower bound above its
 * upper bound, or a group minimum above its maximum, is malformed input and rejected at once; constraints
 * that are each well formed but cannot hold together are an expected outcome, reported by {@link
 * #conflicts()} and by every optimizer as {@link OptimizationStatus#INFEASIBLE}.
 */
public final class PortfolioConstraints {

  private final int n;
  private final double budget;
  private final double[] lower;
  private final double[] upper;
  private final List<GroupConstraint> groups;
  private final TurnoverLimit turnover;

  private PortfolioConstraints(int n, double budget, double[] lower, double[] upper,
      List<GroupConstraint> groups,
      TurnoverLimit turnover) {
    this.n = n;
    this.budget = budget;
    this.lower = lower;
    this.upper = upper;
    this.groups = groups;
    this.turnover = turnover;
  }

  /**
   * Fully invested, long-only: budget 1, bounds {@code [0, +Infinity)}.
   *
   * @param assets the number of assets, {@code >= 1}
   * @return the constraints
   * @throws IllegalArgumentException if {@code assets < 1}
   */
  public static PortfolioConstraints longOnly(int assets) {
    Args.atLeast(assets, 1, "assets");
    double[] lo = new double[assets];
    double[] hi = new double[assets];
    Arrays.fill(hi, Double.POSITIVE_INFINITY);
    return new PortfolioConstraints(assets, 1.0, lo, hi, List.of(), null);
  }

  /**
   * Budget only: {@code sum w = 1}, every weight free (short sales and leverage allowed).
   *
   * @param assets the number of assets, {@code >= 1}
   * @return the constraints
   * @throws IllegalArgumentException if {@code assets < 1}
   */
  public static PortfolioConstraints budgetOnly(int assets) {
    Args.atLeast(assets, 1, "assets");
    double[] lo = new double[assets];
    double[] hi = new double[assets];
    Arrays.fill(lo, Double.NEGATIVE_INFINITY);
    Arrays.fill(hi, Double.POSITIVE_INFINITY);
    return new PortfolioConstraints(assets, 1.0, lo, hi, List.of(), null);
  }

  /**
   * Budget 1 with per-asset bounds.
   *
   * @param lower the lower bounds, not NaN, {@code < +Infinity} (copied)
   * @param upper the upper bounds, not NaN, {@code > -Infinity}, {@code >= lower} (copied)
   * @return the constraints
   * @throws IllegalArgumentException if the lengths differ or a bound is invalid
   */
  public static PortfolioConstraints bounded(double[] lower, double[] upper) {
    int n = Args.sameLength("lower, upper", lower, upper);
    Args.atLeast(n, 1, "lower length");
    checkBounds(lower, upper);
    return new PortfolioConstraints(n, 1.0, lower.clone(), upper.clone(), List.of(), null);
  }

  /**
   * The same constraints with another budget.
   *
   * @param newBudget the sum of the weights, finite
   * @return new constraints
   * @throws IllegalArgumentException if not finite
   */
  public PortfolioConstraints withBudget(double newBudget) {
    Args.finite(newBudget, "budget");
    return new PortfolioConstraints(n, newBudget, lower, upper, groups, turnover);
  }

  /**
   * The same constraints with other per-asset bounds.
   *
   * @param newLower the lower bounds, one per asset (copied)
   * @param newUpper the upper bounds, one per asset, {@code >= newLower} (copied)
   * @return new constraints
   * @throws IllegalArgumentException if a length or bound is invalid
   */
  public PortfolioConstraints withBounds(double[] newLower, double[] newUpper) {
    checkLength(newLower, "lower");
    checkLength(newUpper, "upper");
    checkBounds(newLower, newUpper);
    return new PortfolioConstraints(n, budget, newLower.clone(), newUpper.clone(), groups, turnover);
  }

  /**
   * The same constraints with all weights in {@code [min, max]}.
   *
   * @param min the lower bound of every weight
   * @param max the upper bound of every weight, {@code >= min}
   * @return new constraints
   * @throws IllegalArgumentException if a bound is invalid
   */
  public PortfolioConstraints withBounds(double min, double max) {
    double[] lo = new double[n];
    double[] hi = new double[n];
    Arrays.fill(lo, min);
    Arrays.fill(hi, max);
    return withBounds(lo, hi);
  }

  /**
   * The same constraints plus a group limit.
   *
   * @param group the group, its assets within {@code [0, size)}, its name not used by another group
   * @return new constraints
   * @throws IllegalArgumentException if an asset index is out of range or the name is taken
   */
  public PortfolioConstraints withGroup(GroupConstraint group) {
    Args.notNull(group, "group");
    for (int a : group.rawAssets()) {
      Args.inRange(a, 0, n - 1, "group '" + group.name() + "' asset");
    }
    for (GroupConstraint g : groups) {
      if (g.name().equals(group.name())) {
        throw new IllegalArgumentException("group name must be unique, '" + group.name() + "' is used twice");
      }
    }
    List<GroupConstraint> gs = new ArrayList<>(groups);
    gs.add(group);
    return new PortfolioConstraints(n, budget, lower, upper, List.copyOf(gs), turnover);
  }

  /**
   * The same constraints plus a group limit {@code min <= sum <= max}.
   *
   * @param name the group's name
   * @param assets the asset indices
   * @param min the smallest total weight
   * @param max the largest total weight
   * @return new constraints
   * @throws IllegalArgumentException if a value is invalid
   */
  public PortfolioConstraints withGroup(String name, int[] assets, double min, double max) {
    return withGroup(GroupConstraint.of(name, assets, min, max));
  }

  /**
   * The same constraints with a turnover limit (replacing any earlier one).
   *
   * @param current the current weights, one per asset
   * @param max the largest {@code sum |w - current|}
   * @return new constraints
   * @throws IllegalArgumentException if a value is invalid
   */
  public PortfolioConstraints withTurnover(double[] current, double max) {
    checkLength(current, "current");
    return new PortfolioConstraints(n, budget, lower, upper, groups, TurnoverLimit.of(current, max));
  }

  /**
   * The number of assets.
   *
   * @return the number of assets
   */
  public int size() {
    return n;
  }

  /**
   * The sum the weights must have.
   *
   * @return the budget
   */
  public double budget() {
    return budget;
  }

  /**
   * The lower bound of one asset.
   *
   * @param asset the asset index
   * @return its lower bound, possibly {@code -Infinity}
   */
  public double lower(int asset) {
    return lower[asset];
  }

  /**
   * The upper bound of one asset.
   *
   * @param asset the asset index
   * @return its upper bound, possibly {@code +Infinity}
   */
  public double upper(int asset) {
    return upper[asset];
  }

  /**
   * The lower bounds.
   *
   * @return a copy of the lower bounds
   */
  public double[] lowerBounds() {
    return lower.clone();
  }

  /**
   * The upper bounds.
   *
   * @return a copy of the upper bounds
   */
  public double[] upperBounds() {
    return upper.clone();
  }

  /**
   * The group limits, in the order they were added.
   *
   * @return the groups (immutable)
   */
  public List<GroupConstraint> groups() {
    return groups;
  }

  /**
   * The turnover limit, if any.
   *
   * @return the turnover limit
   */
  public Optional<TurnoverLimit> turnover() {
    return Optional.ofNullable(turnover);
  }

  /**
   * Whether only budget and bounds apply (no group, no turnover limit).
   *
   * @return true if budget and bounds are the only constraints
   */
  public boolean isBudgetAndBoundsOnly() {
    return groups.isEmpty() && turnover == null;
  }

  /**
   * The constraints that {@code weights} violates by more than {@code tolerance}, one readable line each,
   * starting with the constraint's name.
   *
   * @param weights the weights, one per asset
   * @param tolerance the absolute slack allowed, {@code >= 0}
   * @return the violations, empty if all constraints hold
   * @throws IllegalArgumentException if the length is wrong or the tolerance negative
   */
  public List<String> violations(double[] weights, double tolerance) {
    checkLength(weights, "weights");
    Args.atLeast(tolerance, 0.0, "tolerance");
    List<String> out = new ArrayList<>();
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    if (!(Math.abs(sum - budget) <= tolerance)) {
      out.add(String.format(Locale.ROOT, "budget: weights add up to %.12g, budget is %.12g", sum, budget));
    }
    for (int i = 0; i < n; i++) {
      if (!(weights[i] >= lower[i] - tolerance && weights[i] <= upper[i] + tolerance)) {
        out.add(String.format(Locale.ROOT, "bounds: w[%d] = %.12g outside [%s, %s]", i, weights[i], lower[i],
            upper[i]));
      }
    }
    for (GroupConstraint g : groups) {
      double t = g.total(weights);
      if (!(t >= g.min() - tolerance && t <= g.max() + tolerance)) {
        out.add(String.format(Locale.ROOT, "%s: total %.12g outside [%s, %s]", g.label(), t,
            g.min(), g.max()));
      }
    }
    if (turnover != null) {
      double t = turnover.turnover(weights);
      if (!(t <= turnover.max() + tolerance)) {
        out.add(String.format(Locale.ROOT, "turnover: %.12g exceeds %.12g", t, turnover.max()));
      }
    }
    return out;
  }

  /**
   * The sets of constraints that cannot hold together; empty if a portfolio satisfies them all.
   *
   * <p>Checked family by family first, with the numbers in the explanation: budget against bounds (sum of the
   * lower bounds above the budget, or of the upper bounds below it), each group against the bounds of its
   * members, each group against budget and the bounds of the other assets, turnover against the bounds (the
   * smallest move into the bounds) and turnover against the budget (the current weights' sum differs from
   * the budget by more than the limit). When these pass but groups or turnover are present, a linear program
   * decides feasibility exactly and, if there is none, a deletion filter (Chinneck and Dravnieks 1991) drops
   * constraint families one at a time while the rest stays infeasible, leaving a minimal conflicting set.
   *
   * @return the conflicts (immutable), empty when feasible
   */
  public List<ConstraintConflict> conflicts() {
    return Feasibility.conflicts(this, null, Double.NaN);
  }

  double[] rawLower() {
    return lower;
  }

  double[] rawUpper() {
    return upper;
  }

  void checkLength(double[] v, String name) {
    Args.notNull(v, name);
    if (v.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must have one entry per asset (%d), was %d", name, n, v.length));
    }
  }

  private static void checkBounds(double[] lower, double[] upper) {
    for (int i = 0; i < lower.length; i++) {
      double lo = lower[i];
      double hi = upper[i];
      if (Double.isNaN(lo) || Double.isNaN(hi) || lo == Double.POSITIVE_INFINITY
          || hi == Double.NEGATIVE_INFINITY || lo > hi) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "bounds of asset %d must satisfy -Infinity <= lower <= upper <= Infinity, "
                + "was lower %s, upper %s", i, lo, hi));
      }
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PortfolioConstraints[%d assets, budget %s, %d groups%s]", n, budget,
        groups.size(), turnover == null ? "" : ", turnover <= " + turnover.max());
  }
}
