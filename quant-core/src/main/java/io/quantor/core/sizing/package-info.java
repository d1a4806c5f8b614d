/**
 * Position sizing: turning a signal into a target position that respects lot size, a maximum position
 * and the available capital, and explains itself.
 *
 * <p>A {@link io.quantor.core.sizing.PositionSizer} reads a
 * {@link io.quantor.core.sizing.SizingRequest} (instrument, price, signed signal in [-1, 1], equity,
 * available capital, current position, lot size, limits, and optional market inputs: stop distance,
 * realized volatility, ATR, IV rank) and returns a {@link io.quantor.core.sizing.SizingResult}: the signed
 * target quantity in whole lots, the fraction of equity, the unconstrained quantity, the binding
 * {@link io.quantor.core.sizing.SizingConstraint} and a list of explanation steps. Every sizer ends with
 * the same final step, {@link io.quantor.core.sizing.SizingResult#constrain}, which applies maximum
 * position, then capital, then lot rounding toward zero.
 *
 * <pre>{@code
 * SizingRequest request = SizingRequest.builder("SPY")
 *     .price(450.0).signal(0.8).equity(100_000).availableCapital(60_000)
 *     .lotSize(1).maxFraction(0.25)
 *     .realizedVolatility(0.18)
 *     .build();
 * PositionSizer sizer = r -> SizingResult.constrain(r,
 *     r.signal() * 0.10 * r.equity() / r.price(), List.of("10 % of equity"));
 * SizingResult result = sizer.size(request);
 * double target = result.quantity();          // 17 shares: floor(0.8 * 10000 / 450)
 * System.out.println(result.explain());
 * }</pre>
 */
package io.quantor.core.sizing;
