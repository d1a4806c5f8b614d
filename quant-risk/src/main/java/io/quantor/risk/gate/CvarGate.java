package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Keeps the portfolio's expected shortfall within a budget: a fraction of equity, at a confidence level.
 * An order that would take the ES past the budget is rejected ({@link ReasonCode#CVAR_BREACH}) or, with
 * {@link BreachPolicy#SCALE}, cut to the largest whole number of lots that fits
 * ({@link ReasonCode#POSITION_SCALED}).
 *
 * <p><b>Inputs.</b> The context's {@link ScenarioPnl}: the portfolio's P&amp;L per scenario and one unit's.
 * After an order of signed quantity {@code d} the P&amp;L in scenario {@code j} is
 * {@code portfolio[j] + d * perUnit[j]}, and {@code ES(d)} is the {@link CvarEstimator}'s expected
 * shortfall of that vector (by default the coherent historical estimator of
 * {@code io.quantor.risk.measure}). The order's marginal CVaR, {@code ES(d) - ES(0)}, is reported in the
 * detail. Without scenarios the gate rejects with {@link ReasonCode#MISSING_INPUT}.
 *
 * <p><b>Rule.</b> With {@code C = max(budget * equity, ES(0))} (an order that does not raise an ES already
 * over budget passes), the order passes when {@code ES(order) <= C}. Otherwise the gate finds the largest
 * {@code k} lots with {@code ES(k * lot) <= C} by bisection on {@code k}: {@code ES} is convex in the
 * order size for a coherent estimator, so the sizes within the budget form an interval containing 0 and
 * bisection finds its end in {@code O(log(quantity / lot))} ES evaluations, each {@code O(n)}.
 *
 * <pre>{@code
 * CvarGate cvar = new CvarGate(0.975, 0.02, BreachPolicy.SCALE);   // 97.5 % ES within 2 % of equity
 * MarketContext market = MarketContext.builder(now, 125.0)
 *     .scenarios(ScenarioPnl.fromReturns(book.snapshot(), dailyReturns, orcl, 125.0))
 *     .build();
 * GateCheck c = cvar.check(GateInput.of(order, book.snapshot(), market, GateState.initial()));
 * }</pre>
 */
public final class CvarGate implements PreTradeGate {

  /** The gate's name: {@value}. */
  public static final String NAME = "cvar-budget";

  private final double level;
  private final double budget;
  private final BreachPolicy policy;
  private final CvarEstimator estimator;

  /**
   * Creates the gate with the coherent historical estimator.
   *
   * @param level the confidence level, in (0, 1), such as 0.975
   * @param budget the largest expected shortfall as a fraction of equity, finite and {@code > 0}
   * @param policy reject or scale an order that does not fit
   * @throws IllegalArgumentException if an argument is invalid
   */
  public CvarGate(double level, double budget, BreachPolicy policy) {
    this(level, budget, policy, CvarEstimator.historical());
  }

  /**
   * Creates the gate.
   *
   * @param level the confidence level, in (0, 1)
   * @param budget the largest expected shortfall as a fraction of equity, finite and {@code > 0}
   * @param policy reject or scale an order that does not fit
   * @param estimator the expected-shortfall estimator
   * @throws IllegalArgumentException if an argument is invalid
   */
  public CvarGate(double level, double budget, BreachPolicy policy, CvarEstimator estimator) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), was " + level);
    }
    this.level = level;
    this.budget = Args.positive(budget, "budget");
    this.policy = Args.notNull(policy, "policy");
    this.estimator = Args.notNull(estimator, "estimator");
  }

  @Override
  public GateCheck check(GateInput input) {
    Args.notNull(input, "input");
    if (input.market().scenarios().isEmpty()) {
      return GateCheck.reject(NAME, ReasonCode.MISSING_INPUT, "no scenario P&L in the market context");
    }
    ScenarioPnl scenarios = input.market().scenarios().get();
    double[] buffer = new double[scenarios.size()];
    int d = input.direction();
    double equity = input.equity();
    double limit = budget * equity;
    double now = shortfall(scenarios, 0, buffer);
    double cap = Math.max(limit, now);
    double requested = input.order().quantity();
    double after = shortfall(scenarios, d * requested, buffer);
    String detail = String.format(Locale.ROOT,
        "ES(%s) %.2f now, %.2f after the order (marginal %.2f), budget %.2f = %s of equity %.2f", level, now,
        after, after - now, limit, budget, equity);
    if (fits(after, cap)) {
      return GateCheck.approve(NAME, requested, detail);
    }
    double lot = input.market().lotSize();
    long lo = 0;
    long hi = (long) Math.floor(requested * (1 + GateInput.SLACK) / lot) + 1;
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (fits(shortfall(scenarios, d * mid * lot, buffer), cap)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return input.limit(NAME, lo * lot, policy, ReasonCode.CVAR_BREACH, detail);
  }

  private double shortfall(ScenarioPnl scenarios, double signedQuantity, double[] buffer) {
    return estimator.expectedShortfall(scenarios.after(signedQuantity, buffer), level);
  }

  private static boolean fits(double es, double cap) {
    return es <= cap + GateInput.SLACK * Math.abs(cap);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The confidence level.
   *
   * @return the level
   */
  public double level() {
    return level;
  }

  /**
   * The budget.
   *
   * @return the largest ES as a fraction of equity
   */
  public double budget() {
    return budget;
  }
}
