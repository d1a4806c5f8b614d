/**
 * Position sizing: turning a signal into a target position that respects lot size, a maximum position
 * and the available capital, and explains itself.
 *
 * <p>A {@link io.quantor.core.sizing.PositionSizer} reads a
 * {@link io.quantor.core.sizing.SizingRequest} (instrument, price, signed signal in [-1, 1], equity,
 * available capital, current position, lot size, limits, and optional market inputs: stop distance,
 * realized volatility, ATR, IV rank, trend regime) and returns a
 * {@link io.quantor.core.sizing.SizingResult}: the signed target quantity in whole lots, the fraction of
 * equity, the unconstrained quantity, the binding {@link io.quantor.core.sizing.SizingConstraint} and a
 * list of explanation steps. Every sizer ends with the same final step,
 * {@link io.quantor.core.sizing.SizingResult#constrain}, which applies maximum position, then capital,
 * then lot rounding toward zero.
 *
 * <p>Sizers: {@link io.quantor.core.sizing.FixedFractionalSizer} (risk a fraction per trade given a stop,
 * or allocate a fraction), {@link io.quantor.core.sizing.EqualWeightSizer} (1/N),
 * {@link io.quantor.core.sizing.InverseVolatilitySizer},
 * {@link io.quantor.core.sizing.VolatilityTargetSizer},
 * {@link io.quantor.core.sizing.KellySizer} (full and fractional, from win rate and payoff or from mean
 * and variance), {@link io.quantor.core.sizing.AtrRiskSizer}, and
 * {@link io.quantor.core.sizing.FuzzyPositionSizer}, which maps confidence, IV rank, realized volatility and
 * trend alignment to a fraction of the risk budget with a replaceable FCL rule base.
 *
 * <pre>{@code
 * SizingRequest request = SizingRequest.builder("SPY")
 *     .price(450.0).signal(0.8).equity(100_000).availableCapital(60_000)
 *     .maxFraction(0.25).realizedVolatility(0.18).atr(6.5)
 *     .build();
 * SizingResult byVol = new VolatilityTargetSizer(0.10).size(request);
 * SizingResult byAtr = new AtrRiskSizer(0.01, 2.0).size(request);
 * SizingResult byKelly = KellySizer.fromWinRate(0.55, 1.2).size(request);   // half Kelly
 * double target = byVol.quantity();  // 55: 0.8 * (0.10 / 0.18) * 100000 / 450 = 98.8, capped by 0.25
 * System.out.println(byVol.explain());
 * }</pre>
 */
package io.quantor.core.sizing;
