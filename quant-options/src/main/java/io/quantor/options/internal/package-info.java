/**
 * Numerical building blocks of the options module: the standard normal distribution ({@link
 * io.quantor.options.internal.Normal}). Not API: anything here may change without notice.
 *
 * <pre>{@code
 * double p = Normal.cdf(-1.96);          // 0.0249978951482204...
 * double x = Normal.inverseCdf(0.975);   // 1.959963984540054...
 * }</pre>
 */
package io.quantor.options.internal;
