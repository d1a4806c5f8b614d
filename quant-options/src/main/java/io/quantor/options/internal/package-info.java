/**
 * Numerical building blocks of the options module: the standard normal distribution ({@link
 * io.quantor.options.internal.Normal}); the scaled complementary error function
 * ({@link io.quantor.options.internal.Erfcx}), the normalised Black function
 * ({@link io.quantor.options.internal.NormalizedBlack}) and its inverse
 * ({@link io.quantor.options.internal.NormalizedImpliedVolatility}) behind the implied volatility. Not API:
 * anything here may change without notice.
 *
 * <pre>{@code
 * double p = Normal.cdf(-1.96);          // 0.0249978951482204...
 * double x = Normal.inverseCdf(0.975);   // 1.959963984540054...
 * double b = NormalizedBlack.call(-0.1, 0.2);            // price / (D sqrt(F K)) of a call
 * double s = NormalizedImpliedVolatility.solve(b, -0.1, null);   // 0.2 = sigma sqrt(T)
 * }</pre>
 */
package io.quantor.options.internal;
