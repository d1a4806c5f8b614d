package io.quantor.core.filter;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs several filters on one context and reports every result: it does not stop at the first failure,
 * so the report names every reason a trade is blocked.
 *
 * <pre>{@code
 * CompositeFilter filters = CompositeFilter.defaults(ExchangeCalendar.nyse(holidays));
 * FilterReport report = filters.evaluate(context);
 * if (!report.passed()) {
 *   report.reasons();            // e.g. [AFTER_CLOSE, WIDE_SPREAD]
 * }
 * }</pre>
 */
public final class CompositeFilter {

  private final List<TradeFilter> filters;

  private CompositeFilter(List<TradeFilter> filters) {
    this.filters = filters;
  }

  /**
   * A composite of the given filters, run in this order.
   *
   * @param filters the filters
   * @return the composite
   * @throws IllegalArgumentException if {@code filters} is null or holds null
   */
  public static CompositeFilter of(List<? extends TradeFilter> filters) {
    for (TradeFilter f : Args.notNull(filters, "filters")) {
      Args.notNull(f, "filters element");
    }
    return new CompositeFilter(List.copyOf(filters));
  }

  /**
   * A composite of the given filters, run in this order.
   *
   * @param filters the filters
   * @return the composite
   * @throws IllegalArgumentException if {@code filters} is null or holds null
   */
  public static CompositeFilter of(TradeFilter... filters) {
    return of(List.of(Args.notNull(filters, "filters")));
  }

  /**
   * The four filters with their defaults: market hours on the calendar, liquidity (10 days, 500,000),
   * spread (0.1 % of mid) and earnings blackout (2 trading days on each side).
   *
   * @param calendar the exchange calendar
   * @return the composite
   * @throws IllegalArgumentException if {@code calendar} is null
   */
  public static CompositeFilter defaults(ExchangeCalendar calendar) {
    return of(new MarketHoursFilter(calendar), LiquidityFilter.defaults(), SpreadFilter.defaults(),
        new EarningsBlackoutFilter(calendar));
  }

  /**
   * Runs every filter.
   *
   * @param context the prospective trade
   * @return every filter's result, in order
   * @throws IllegalArgumentException if {@code context} is null
   */
  public FilterReport evaluate(TradeContext context) {
    Args.notNull(context, "context");
    List<FilterResult> results = new ArrayList<>(filters.size());
    for (TradeFilter f : filters) {
      results.add(f.check(context));
    }
    return new FilterReport(results);
  }

  /**
   * The filters, in order.
   *
   * @return the filters
   */
  public List<TradeFilter> filters() {
    return filters;
  }
}
