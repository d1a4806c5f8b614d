/**
 * Bars and bar series: {@link io.quantor.core.series.Bar}, the columnar immutable
 * {@link io.quantor.core.series.BarSeries}, time frames and resampling.
 *
 * <pre>{@code
 * BarSeries daily = BarSeries.builder("ORCL")
 *     .add(Instant.parse("2014-12-30T00:00:00Z"), 45.2, 45.5, 44.9, 45.1, 9_000_000)
 *     .add(Instant.parse("2014-12-31T00:00:00Z"), 45.1, 45.3, 44.9, 44.97, 8_500_000)
 *     .build();
 * BarSeries lastBar = daily.slice(1, 2); // shares the arrays, copies nothing
 * }</pre>
 */
package io.quantor.core.series;
