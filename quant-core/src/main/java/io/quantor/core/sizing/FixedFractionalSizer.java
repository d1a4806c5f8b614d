package io.quantor.core.sizing;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixed-fractional sizing, in either of its two common readings; pick one by factory.
 *
 * <ul>
 *   <li>{@link #risk(double)} — <b>risk a fraction of equity per trade</b> (Vince 1990; Tharp's "percent
 *       risk model"): the loss if the stop is hit is {@code f * equity}, so
 *       <pre>q = signal * f * equity / stopDistance</pre>
 *       with the stop distance (entry to stop, price units) from
 *       {@link SizingRequest#stopDistance()}. Absent stop distance: zero position,
 *       {@link SizingConstraint#MISSING_INPUT}.</li>
 *   <li>{@link #allocation(double)} — <b>allocate a fraction of equity</b>: the notional is
 *       {@code f * equity}, so <pre>q = signal * f * equity / price</pre></li>
 * </ul>
 *
 * <p>The signal scales the quantity linearly and sets its sign. The shared final step
 * ({@link SizingResult#constrain}) then applies maximum position, capital and lot size. Note that a tight
 * stop makes the risk reading ask for a large notional: the capital and maximum-position limits are
 * what keep it bounded.
 *
 * <p>Reference: R. Vince, <i>Portfolio Management Formulas</i>, Wiley, 1990; V. K. Tharp, <i>Trade Your
 * Way to Financial Freedom</i>, McGraw-Hill, 2nd ed. 2007, ch. 14.
 */
public final class FixedFractionalSizer implements PositionSizer {

  private final double fraction;
  private final boolean perTradeRisk;

  private FixedFractionalSizer(double fraction, boolean perTradeRisk) {
    this.fraction = fraction;
    this.perTradeRisk = perTradeRisk;
  }

  /**
   * Risks {@code riskFraction} of equity per trade, given the request's stop distance.
   *
   * @param riskFraction the fraction of equity lost if the stop is hit, in (0, 1] (0.01 = 1 %)
   * @return the sizer
   * @throws IllegalArgumentException if {@code riskFraction} is not in (0, 1]
   */
  public static FixedFractionalSizer risk(double riskFraction) {
    return new FixedFractionalSizer(unitFraction(riskFraction, "riskFraction"), true);
  }

  /**
   * Allocates {@code fraction} of equity as the position's notional.
   *
   * @param fraction the notional as a fraction of equity, finite and {@code > 0} (above 1 means
   *     leverage, still capped by the available capital)
   * @return the sizer
   * @throws IllegalArgumentException if {@code fraction} is not finite and {@code > 0}
   */
  public static FixedFractionalSizer allocation(double fraction) {
    return new FixedFractionalSizer(Args.positive(fraction, "fraction"), false);
  }

  static double unitFraction(double value, String name) {
    return Args.inRange(Args.positive(value, name), 0.0, 1.0, name);
  }

  /**
   * The fraction: of equity risked per trade ({@link #isRisk()}) or allocated.
   *
   * @return the fraction
   */
  public double fraction() {
    return fraction;
  }

  /**
   * Whether this sizer risks its fraction per trade (true) or allocates it (false).
   *
   * @return true for the risk reading
   */
  public boolean isRisk() {
    return perTradeRisk;
  }

  @Override
  public SizingResult size(SizingRequest request) {
    Args.notNull(request, "request");
    List<String> steps = new ArrayList<>(4);
    double equity = request.equity();
    double budget = fraction * equity;
    double perUnit;
    if (perTradeRisk) {
      steps.add("fixed fractional risk: risk " + SizingResult.num(fraction) + " x equity "
          + SizingResult.num(equity) + " = " + SizingResult.num(budget));
      if (request.stopDistance().isEmpty()) {
        return SizingResult.missingInput(request, "stopDistance", steps);
      }
      perUnit = request.stopDistance().getAsDouble();
      steps.add("/ stop distance " + SizingResult.num(perUnit) + " = " + SizingResult.num(budget / perUnit)
          + " units");
    } else {
      perUnit = request.price();
      steps.add("fixed fractional allocation: " + SizingResult.num(fraction) + " x equity "
          + SizingResult.num(equity) + " = " + SizingResult.num(budget) + "; / price "
          + SizingResult.num(perUnit) + " = " + SizingResult.num(budget / perUnit) + " units");
    }
    double q = request.signal() * (budget / perUnit);
    steps.add(signalStep(request, budget / perUnit, q));
    return SizingResult.constrain(request, q, steps);
  }

  /**
   * The explanation line of the signal scaling, shared by the sizers of this package.
   *
   * @param request the request
   * @param base the quantity for a full-strength long signal
   * @param q the signed quantity after the signal
   * @return the line
   */
  static String signalStep(SizingRequest request, double base, double q) {
    String side = request.direction() > 0 ? "long" : request.direction() < 0 ? "short" : "flat";
    return "signal " + SizingResult.num(request.signal()) + " (" + side + "): " + SizingResult.num(base)
        + " x " + SizingResult.num(request.signal()) + " = " + SizingResult.num(q);
  }

  @Override
  public String toString() {
    return "FixedFractionalSizer[" + (perTradeRisk ? "risk " : "allocation ") + fraction + "]";
  }
}
