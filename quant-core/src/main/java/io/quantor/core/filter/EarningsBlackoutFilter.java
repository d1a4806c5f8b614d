package io.quantor.core.filter;

import io.quantor.core.internal.Args;
import java.time.LocalDate;

/**
 * Stops trades near earnings announcements. The blackout around an earnings date {@code E} runs from the
 * {@code daysBefore}-th trading day before {@code E} to the {@code daysAfter}-th trading day after it, both
 * included, with trading days counted on the {@link ExchangeCalendar} (weekends and holidays skipped). A
 * trade whose exchange-local date falls in the blackout of any of the context's earnings dates fails with
 * {@link FilterReason#EARNINGS_BLACKOUT}.
 *
 * <p>With the default 2 days on each side and earnings on Wednesday 2024-05-08, Monday 05-06 to Friday
 * 05-10 are blocked and Friday 05-03 and Monday 05-13 pass. If {@code E} is not a trading day (a weekend
 * report) the counts start from it: earnings on a Saturday block Thursday to Tuesday. Only dates count,
 * not whether the report comes before the open or after the close.
 *
 * <pre>{@code
 * TradeFilter blackout = new EarningsBlackoutFilter(ExchangeCalendar.nyse(holidays), 2, 2);
 * blackout.check(context.withEarningsDates(List.of(LocalDate.of(2024, 6, 11))));
 * }</pre>
 */
public final class EarningsBlackoutFilter implements TradeFilter {

  /** The filter's name: {@value}. */
  public static final String NAME = "earnings-blackout";
  /** The default number of trading days blocked on each side of an earnings date: {@value}. */
  public static final int DEFAULT_DAYS = 2;

  private final ExchangeCalendar calendar;
  private final int daysBefore;
  private final int daysAfter;

  /**
   * Creates the filter with 2 trading days on each side.
   *
   * @param calendar the exchange calendar the trading days are counted on
   * @throws IllegalArgumentException if {@code calendar} is null
   */
  public EarningsBlackoutFilter(ExchangeCalendar calendar) {
    this(calendar, DEFAULT_DAYS, DEFAULT_DAYS);
  }

  /**
   * Creates the filter.
   *
   * @param calendar the exchange calendar the trading days are counted on
   * @param daysBefore the trading days blocked before an earnings date, {@code >= 0}
   * @param daysAfter the trading days blocked after an earnings date, {@code >= 0}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public EarningsBlackoutFilter(ExchangeCalendar calendar, int daysBefore, int daysAfter) {
    this.calendar = Args.notNull(calendar, "calendar");
    this.daysBefore = Args.atLeast(daysBefore, 0, "daysBefore");
    this.daysAfter = Args.atLeast(daysAfter, 0, "daysAfter");
  }

  @Override
  public FilterResult check(TradeContext context) {
    Args.notNull(context, "context");
    LocalDate date = calendar.localDate(context.time());
    for (LocalDate earnings : context.earningsDates()) {
      LocalDate first = calendar.addTradingDays(earnings, -daysBefore);
      LocalDate last = calendar.addTradingDays(earnings, daysAfter);
      if (!date.isBefore(first) && !date.isAfter(last)) {
        return FilterResult.fail(NAME, FilterReason.EARNINGS_BLACKOUT, date + " is in the blackout ["
            + first + ", " + last + "] around earnings on " + earnings);
      }
    }
    return FilterResult.pass(NAME, date + " is outside every earnings blackout");
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The blackout before an earnings date.
   *
   * @return the trading days blocked before
   */
  public int daysBefore() {
    return daysBefore;
  }

  /**
   * The blackout after an earnings date.
   *
   * @return the trading days blocked after
   */
  public int daysAfter() {
    return daysAfter;
  }
}
