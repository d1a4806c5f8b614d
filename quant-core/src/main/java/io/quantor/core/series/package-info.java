/**
 * Bars and bar series: {@link io.quantor.core.series.Bar}, the columnar immutable
 * {@link io.quantor.core.series.BarSeries}, time frames ({@link io.quantor.core.series.TimeFrame}),
 * trading days ({@link io.quantor.core.series.SessionCalendar}), resampling
 * ({@link io.quantor.core.series.Resampler}) and the look-ahead-free multi-timeframe view
 * ({@link io.quantor.core.series.MultiTimeFrameView}).
 *
 * <pre>{@code
 * BarSeries daily = BarSeries.builder("ORCL")
 *     .add(Instant.parse("2014-12-30T21:00:00Z"), 45.2, 45.5, 44.9, 45.1, 9_000_000)
 *     .add(Instant.parse("2014-12-31T21:00:00Z"), 45.1, 45.3, 44.9, 44.97, 8_500_000)
 *     .build();
 * BarSeries lastBar = daily.slice(1, 2); // shares the arrays, copies nothing
 *
 * ZoneId berlin = ZoneId.of("Europe/Berlin");
 * BarSeries m5 = oneMinute.resample(TimeFrame.parse("5m"), berlin);
 * MultiTimeFrameView view = MultiTimeFrameView.of(oneMinute, Resampler.of(TimeFrame.ONE_HOUR, berlin));
 * int hour = view.higherIndex(i); // latest hourly bar closed at minute bar i, or -1
 * }</pre>
 */
package io.quantor.core.series;
