/**
 * Closed-form pricing of European options: {@link io.quantor.options.pricing.BlackScholes}
 * (Black-Scholes-Merton with a continuous dividend yield) and {@link io.quantor.options.pricing.Black76}
 * (options on futures and forwards), with their Greeks ({@link io.quantor.options.pricing.Greeks},
 * {@link io.quantor.options.pricing.ForwardGreeks}); their implied volatility,
 * {@link io.quantor.options.pricing.ImpliedVolatility} (Jäckel's "Let's Be Rational"), whose
 * {@link io.quantor.options.pricing.ImpliedVolResult} says why when a price has no volatility; and
 * American options ({@link io.quantor.options.pricing.BaroneAdesiWhaley},
 * {@link io.quantor.options.pricing.BjerksundStensland}, {@link io.quantor.options.pricing.BinomialTree},
 * and the exercise boundary by {@link io.quantor.options.pricing.AndersenLakeOffengenden}).
 * {@link io.quantor.options.pricing.OptionType} and {@link io.quantor.options.pricing.ExerciseStyle}
 * describe the contract.
 *
 * <p>Conventions: time to expiry {@code t} in years, Actual/365 Fixed (days / 365); rates {@code r} and
 * dividend yield {@code q} continuously compounded, as fractions; volatility as a fraction. Greeks are per
 * unit of their variable (vega per 1.00 of volatility, theta per year, rho per 1.00 of rate); the records
 * offer per-day and per-point views named so. Values match QuantLib 1.29 (see the reference tests).
 *
 * <pre>{@code
 * double t = 91 / 365.0;
 * double call = BlackScholes.price(OptionType.CALL, 100, 105, t, 0.05, 0.01, 0.20);
 * Greeks g = BlackScholes.greeks(OptionType.PUT, 100, 95, t, 0.05, 0.01, 0.20);
 * double hedge = -g.delta();              // shares per put held
 * double decayPerDay = g.thetaPerDay();   // theta / 365
 *
 * double[] out = new double[Greeks.SIZE]; // allocation-free variant for hot loops
 * BlackScholes.greeks(OptionType.CALL, 100, 105, t, 0.05, 0.01, 0.20, out, 0);
 * double vega = out[Greeks.VEGA];
 * BlackScholes.firstOrder(OptionType.CALL, 100, 105, t, 0.05, 0.01, 0.20, out, 0); // price..dividend rho
 *
 * double futuresCall = Black76.price(OptionType.CALL, 4500, 4600, t, 0.05, 0.18);
 * ForwardGreeks fg = Black76.greeks(OptionType.PUT, 4500, 4400, t, 0.05, 0.18);
 * double futuresHedge = -fg.deltaForward(); // futures per put held
 *
 * ImpliedVolResult iv = ImpliedVolatility.blackScholes(OptionType.CALL, call, 100, 105, t, 0.05, 0.01);
 * if (iv.isOk()) {
 *   double sigma = iv.volatility();        // 0.20, exact to the rounding of the price
 * }                                        // else iv.status(): BELOW_INTRINSIC, ABOVE_MAXIMUM, ...
 *
 * double american = BinomialTree.leisenReimer(801)
 *     .price(OptionType.PUT, ExerciseStyle.AMERICAN, 100, 100, 1.0, 0.05, 0.0, 0.2);
 * }</pre>
 *
 * <p>Invalid input (NaN, infinite, a negative or zero spot, forward or strike, a negative time or
 * volatility) throws {@link java.lang.IllegalArgumentException} naming the parameter and the value. At
 * expiry or with zero volatility the price is the (discounted) intrinsic value and the Greeks are the
 * documented limits.
 */
package io.quantor.options.pricing;
