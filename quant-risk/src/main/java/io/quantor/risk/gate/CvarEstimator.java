package io.quantor.risk.gate;

import io.quantor.risk.measure.ExpectedShortfall;

/**
 * Expected shortfall (CVaR) of a scenario P&amp;L vector, as the {@link CvarGate} needs it: a positive
 * number meaning a loss, in the unit of the P&amp;L, at a confidence level written as 0.95 / 0.975 / 0.99.
 *
 * <p>The gate searches the order size by bisection, which finds the largest size within the budget when
 * the estimator is convex in the order size, as every coherent risk measure is. The default,
 * {@link #historical()}, is {@link ExpectedShortfall#historicalFractional(double[], double)} (Acerbi and
 * Tasche 2002; Rockafellar and Uryasev 2002): the mean of the worst {@code n * (1 - level)} scenarios,
 * the boundary scenario counted by its fraction, which is coherent. Other estimators of
 * {@code io.quantor.risk.measure} plug in as method references; with a non-convex one (for example
 * {@link ExpectedShortfall#historical(double[], double)}, which jumps with ties) the gate's scaled order
 * still fits the budget but may not be the largest that does.
 *
 * <pre>{@code
 * CvarEstimator coherent = CvarEstimator.historical();
 * CvarEstimator gaussian = ExpectedShortfall::gaussian;
 * double loss = coherent.expectedShortfall(pnl, 0.975);
 * }</pre>
 */
@FunctionalInterface
public interface CvarEstimator {

  /**
   * The expected shortfall of a P&amp;L sample.
   *
   * @param pnl the P&amp;L per scenario (gains positive), at least one, finite; not modified
   * @param level the confidence level, in (0, 1)
   * @return the expected shortfall, positive for a loss
   * @throws IllegalArgumentException if an argument is invalid
   */
  double expectedShortfall(double[] pnl, double level);

  /**
   * The coherent historical estimator,
   * {@link ExpectedShortfall#historicalFractional(double[], double)}.
   *
   * @return the estimator
   */
  static CvarEstimator historical() {
    return ExpectedShortfall::historicalFractional;
  }
}
