/**
 * Pre-trade filters: each {@link io.quantor.core.filter.TradeFilter} looks at a
 * {@link io.quantor.core.filter.TradeContext} and returns a {@link io.quantor.core.filter.FilterResult},
 * a pass or a failure with a {@link io.quantor.core.filter.FilterReason} and a readable detail; a
 * {@link io.quantor.core.filter.CompositeFilter} runs several and reports every failure.
 *
 * <p>Filters and defaults: market hours on an {@link io.quantor.core.filter.ExchangeCalendar} (NYSE
 * 09:30 inclusive to 15:45 exclusive, America/New_York, weekends and supplied holidays closed, optional
 * early closes); liquidity (10-day average volume {@code >= 500,000}); spread (bid-ask {@code < 0.1 %} of
 * mid); earnings blackout (2 trading days before to 2 after a supplied earnings date, counted on the same
 * calendar). A blocked trade is an expected outcome, so it is a result value, never an exception.
 *
 * <pre>{@code
 * List<LocalDate> holidays = List.of(LocalDate.of(2024, 7, 4), LocalDate.of(2024, 12, 25));
 * ExchangeCalendar nyse = ExchangeCalendar.nyse(holidays)
 *     .withEarlyCloses(Map.of(LocalDate.of(2024, 12, 24), LocalTime.of(12, 45)));
 * CompositeFilter filters = CompositeFilter.defaults(nyse);
 * TradeContext context = TradeContext.of("ORCL", Instant.parse("2024-12-24T18:00:00Z"))
 *     .withQuote(170.10, 170.20)
 *     .withDailyVolumes(recentVolumes)
 *     .withEarningsDates(List.of(LocalDate.of(2024, 12, 9)));
 * FilterReport report = filters.evaluate(context);
 * report.passed();    // false
 * report.reasons();   // [AFTER_CLOSE]: 13:00 New York is after the 12:45 early close
 * }</pre>
 */
package io.quantor.core.filter;
