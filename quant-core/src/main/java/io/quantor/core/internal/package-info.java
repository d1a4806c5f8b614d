/**
 * Implementation helpers shared by the Quantor modules. Not API: anything here may change without
 * notice.
 *
 * <pre>{@code
 * int period = Args.atLeast(period, 1, "period"); // "period must be >= 1, was 0"
 * double total = CompensatedSum.of(values);      // Neumaier's compensated sum
 * }</pre>
 */
package io.quantor.core.internal;
