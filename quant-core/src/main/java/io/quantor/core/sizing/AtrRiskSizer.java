package io.quantor.core.sizing;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * Risk per trade with an ATR stop: risk {@code R} of equity with the stop {@code k} ATRs from entry,
 * <pre>q = signal * R * equity / (k * ATR)</pre>
 * the "N" unit of the Turtle rules ({@code R = 0.01}, {@code k = 1}; with a 2N stop a unit risks 2 %).
 * The ATR is the request's {@link SizingRequest#atr()} in price units (for example
 * {@link io.quantor.core.indicator.Atr}; absent: zero position, {@link SizingConstraint#MISSING_INPUT}).
 * The signal scales the quantity linearly and sets its sign; the shared final step
 * ({@link SizingResult#constrain}) applies maximum position, capital and lot size.
 *
 * <p>Reference: C. Faith, <i>Way of the Turtle</i>, McGraw-Hill, 2007, ch. 4; J. W. Wilder, <i>New
 * Concepts in Technical Trading Systems</i>, 1978 (the ATR).
 *
 * @param riskFraction the fraction of equity lost if the stop is hit, in (0, 1] (0.01 = 1 %)
 * @param atrMultiple the stop distance in ATRs, finite and {@code > 0}
 */
public record AtrRiskSizer(double riskFraction, double atrMultiple) implements PositionSizer {

  /**
   * Validates the parameters.
   *
   * @param riskFraction the fraction of equity risked, in (0, 1]
   * @param atrMultiple the stop distance in ATRs, finite and {@code > 0}
   * @throws IllegalArgumentException if a parameter is out of range, naming it
   */
  public AtrRiskSizer {
    FixedFractionalSizer.unitFraction(riskFraction, "riskFraction");
    Args.positive(atrMultiple, "atrMultiple");
  }

  @Override
  public SizingResult size(SizingRequest request) {
    Args.notNull(request, "request");
    List<String> steps = new ArrayList<>(3);
    double budget = riskFraction * request.equity();
    steps.add("ATR risk: risk " + SizingResult.num(riskFraction) + " x equity "
        + SizingResult.num(request.equity()) + " = " + SizingResult.num(budget));
    if (request.atr().isEmpty()) {
      return SizingResult.missingInput(request, "atr", steps);
    }
    double atr = request.atr().getAsDouble();
    double stop = atrMultiple * atr;
    double base = budget / stop;
    steps.add("stop " + SizingResult.num(atrMultiple) + " x ATR " + SizingResult.num(atr) + " = "
        + SizingResult.num(stop) + "; " + SizingResult.num(budget) + " / " + SizingResult.num(stop) + " = "
        + SizingResult.num(base) + " units");
    double q = request.signal() * base;
    steps.add(FixedFractionalSizer.signalStep(request, base, q));
    return SizingResult.constrain(request, q, steps);
  }
}
