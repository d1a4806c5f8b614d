package io.quantor.core.sizing;

/**
 * Turns a trading signal into a target position: how many units of an instrument to hold.
 *
 * <p>The contract every implementation keeps:
 * <ol>
 *   <li>The sizer computes an <em>unconstrained</em> signed quantity from its rule (Kelly, volatility
 *       target, ...) and the request. The sign is the signal's direction; the signal's magnitude scales
 *       the quantity linearly unless the implementation documents otherwise (a zero signal always gives
 *       a zero quantity).</li>
 *   <li>It then hands that quantity to the shared final step
 *       {@link SizingResult#constrain(SizingRequest, double, java.util.List)}, which applies the maximum
 *       position, the available capital and the lot size, in that order, so every sizer respects them
 *       the same way.</li>
 *   <li>The result explains itself: {@link SizingResult#explanation()} lists each step with its
 *       numbers, and {@link SizingResult#binding()} names the constraint that limited the quantity.</li>
 * </ol>
 *
 * <p>Misuse (a parameter out of range) raises {@link IllegalArgumentException} naming the parameter and
 * the value. A request that lacks an optional input the rule needs (for example no realized volatility
 * during an estimator's warm-up) is an expected outcome, not misuse: the result is a zero position with
 * binding constraint {@link SizingConstraint#MISSING_INPUT}. Implementations are immutable and thread
 * safe.
 */
@FunctionalInterface
public interface PositionSizer {

  /**
   * Sizes one position.
   *
   * @param request the instrument, signal, account and market inputs
   * @return the target position with its explanation
   * @throws IllegalArgumentException if {@code request} is null
   */
  SizingResult size(SizingRequest request);
}
