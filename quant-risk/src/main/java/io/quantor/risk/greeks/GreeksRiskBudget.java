package io.quantor.risk.greeks;

import io.quantor.core.internal.Args;
import java.util.List;
import java.util.Locale;

/**
 * Risk-budget sizing: the largest number of units of a proposed structure (an iron condor, a covered
 * call, a hedge) that a portfolio can add while keeping every Greeks cap.
 *
 * <h2>Model</h2>
 * Greeks are linear in quantity, so with {@code E_c} the portfolio's current exposure under cap {@code c}
 * (total or one underlying), {@code u_c} the structure's exposure per unit and {@code L_c} the limit, a
 * quantity {@code x} keeps the cap when
 * <pre>
 *   |E_c + x u_c| &lt;= L_c   (evaluated in double precision, exactly as written)
 * </pre>
 * Each cap is kept on an interval of {@code x}: all {@code x} or none when {@code u_c = 0}, otherwise
 * {@code [(-L_c - E_c)/u_c, (L_c - E_c)/u_c]}, the ends swapped when {@code u_c < 0} (selling exposure
 * the portfolio is long of first relieves the cap, then loads it the other way). The feasible quantities
 * are the integers in the intersection of these intervals with {@code [0, maxQuantity]}: an interval
 * {@code [smallest, largest]}. The quotient gives each end to within rounding; the ends are then
 * corrected by testing the inequality itself at the neighbouring integers, so the result is exact for the
 * inequality as evaluated: {@code largest} keeps every cap and {@code largest + 1} breaks the binding cap
 * (or exceeds {@code maxQuantity}).
 *
 * <h2>Signs</h2>
 * The quantity is a count of units of the structure, never negative: the structure's legs carry the
 * signs (a sold iron condor is two short and two long legs, per unit). Caps are on absolute values, so
 * a portfolio that is long vega has more room for a short-vega structure than for a long one, and a
 * structure can be needed in some amount to bring a breached cap back within its limit (then
 * {@code smallestQuantity > 0}).
 *
 * <pre>{@code
 * PortfolioGreeks book = PortfolioGreeks.of(positions, market);
 * PortfolioGreeks condor = PortfolioGreeks.of(condorLegsPerUnit, market);
 * RiskBudgetResult r = GreeksRiskBudget.largestQuantity(book, condor, limits, 50);
 * if (r.isFeasible()) {
 *   long contracts = r.quantity();              // e.g. 14, capped by r.bindingCap()
 * }
 * }</pre>
 */
public final class GreeksRiskBudget {

  /** Largest {@code maxQuantity}: every integer up to it is exact as a double. */
  public static final long MAX_QUANTITY = 1L << 53;

  private GreeksRiskBudget() {
  }

  /**
   * The largest quantity of a structure that keeps every cap, and which cap binds.
   *
   * @param portfolio the current portfolio's Greeks, not null
   * @param structurePerUnit the Greeks of one unit of the structure, not null
   * @param limits the caps, not null
   * @param maxQuantity the most units wanted, in {@code [0, 2^53]}
   * @return the quantities allowed and what binds
   * @throws IllegalArgumentException if an argument is null or out of range, or an exposure under a cap is
   *     not finite
   */
  public static RiskBudgetResult largestQuantity(PortfolioGreeks portfolio, PortfolioGreeks structurePerUnit,
      GreeksLimits limits, long maxQuantity) {
    Args.notNull(portfolio, "portfolio");
    Args.notNull(structurePerUnit, "structurePerUnit");
    Args.notNull(limits, "limits");
    if (maxQuantity < 0 || maxQuantity > MAX_QUANTITY) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "maxQuantity must be in [0, %d], was %d", MAX_QUANTITY, maxQuantity));
    }
    List<GreeksCap> caps = limits.caps();
    long lower = 0;
    long upper = maxQuantity;
    GreeksCap tightest = null;
    long tightestUpper = Long.MAX_VALUE;
    GreeksCap lowestLowerCap = null;
    GreeksCap empty = null;
    for (GreeksCap cap : caps) {
      double e = finiteExposure(portfolio.exposure(cap), "portfolio", cap);
      double u = finiteExposure(structurePerUnit.exposure(cap), "structurePerUnit", cap);
      long[] range = keptRange(e, u, cap.limit(), maxQuantity);
      if (range[0] > range[1]) {
        if (empty == null) {
          empty = cap;
        }
        continue;
      }
      if (range[1] < tightestUpper) {
        tightestUpper = range[1];
        tightest = cap;
      }
      if (range[0] > lower) {
        lower = range[0];
        lowestLowerCap = cap;
      }
      upper = Math.min(upper, range[1]);
    }
    if (empty != null) {
      return new RiskBudgetResult(0, 0, RiskBudgetResult.Binding.NO_FEASIBLE_QUANTITY, empty);
    }
    if (lower > upper) {
      // Two caps conflict: report the one whose upper end falls short (it would have to give).
      GreeksCap cap = tightest != null && tightestUpper < lower ? tightest : lowestLowerCap;
      return new RiskBudgetResult(0, 0, RiskBudgetResult.Binding.NO_FEASIBLE_QUANTITY, cap);
    }
    if (tightest == null || tightestUpper >= maxQuantity) {
      return new RiskBudgetResult(upper, lower, RiskBudgetResult.Binding.MAX_QUANTITY, null);
    }
    return new RiskBudgetResult(upper, lower, RiskBudgetResult.Binding.CAP, tightest);
  }

  /**
   * The integers {@code x} in {@code [0, max]} with {@code |e + x u| <= limit}, as {@code {from, to}}
   * ({@code from > to} when none).
   */
  private static long[] keptRange(double e, double u, double limit, long max) {
    if (u == 0) {
      return kept(e, 0, 0, limit) ? new long[] {0, max} : new long[] {1, 0};
    }
    double lo = (-limit - e) / u;
    double hi = (limit - e) / u;
    if (u < 0) {
      double swap = lo;
      lo = hi;
      hi = swap;
    }
    // Clamp before converting so huge or infinite quotients do not overflow the long.
    long from = (long) Math.ceil(Math.max(lo, 0.0));
    long to = (long) Math.floor(Math.min(hi, (double) max));
    from = Math.min(from, max + 1);
    to = Math.max(to, -1);
    // The quotients are exact to rounding: settle each end on the inequality itself.
    while (to < max && kept(e, u, to + 1, limit)) {
      to++;
    }
    while (to >= 0 && to >= from && !kept(e, u, to, limit)) {
      to--;
    }
    while (from > 0 && kept(e, u, from - 1, limit)) {
      from--;
    }
    while (from <= to && !kept(e, u, from, limit)) {
      from++;
    }
    if (to < 0 || from > to) {
      return new long[] {1, 0};
    }
    return new long[] {from, to};
  }

  private static boolean kept(double e, double u, long x, double limit) {
    return Math.abs(e + x * u) <= limit;
  }

  private static double finiteExposure(double value, String name, GreeksCap cap) {
    if (Double.isFinite(value)) {
      return value;
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "%s exposure under cap %s must be finite, was %s", name, cap, value));
  }
}
