package io.quantor.core.filter;

import io.quantor.core.internal.Args;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Passes trades inside an exchange's trading window: a trading day of the {@link ExchangeCalendar}, at a
 * local time in {@code [sessionStart, sessionEnd(date))} (09:30 inclusive to 15:45 exclusive for
 * {@link ExchangeCalendar#nyse}). Fails with {@link FilterReason#WEEKEND}, {@link FilterReason#HOLIDAY},
 * {@link FilterReason#BEFORE_OPEN} or {@link FilterReason#AFTER_CLOSE} (which covers early closes).
 *
 * <pre>{@code
 * TradeFilter hours = new MarketHoursFilter(ExchangeCalendar.nyse(holidays2024));
 * hours.check(TradeContext.of("SPY", Instant.parse("2024-03-11T13:30:00Z"))).passed(); // 09:30 EDT: true
 * }</pre>
 */
public final class MarketHoursFilter implements TradeFilter {

  /** The filter's name: {@value}. */
  public static final String NAME = "market-hours";

  private final ExchangeCalendar calendar;

  /**
   * Creates the filter.
   *
   * @param calendar the exchange calendar
   * @throws IllegalArgumentException if {@code calendar} is null
   */
  public MarketHoursFilter(ExchangeCalendar calendar) {
    this.calendar = Args.notNull(calendar, "calendar");
  }

  @Override
  public FilterResult check(TradeContext context) {
    Args.notNull(context, "context");
    LocalDateTime local = calendar.localTime(context.time());
    LocalDate date = local.toLocalDate();
    LocalTime clock = local.toLocalTime();
    String at = local + " " + calendar.zone();
    if (ExchangeCalendar.isWeekend(date)) {
      return FilterResult.fail(NAME, FilterReason.WEEKEND, at + " is a " + date.getDayOfWeek());
    }
    if (calendar.holidays().contains(date)) {
      return FilterResult.fail(NAME, FilterReason.HOLIDAY, date + " is a holiday");
    }
    LocalTime end = calendar.sessionEnd(date);
    String window = "[" + calendar.sessionStart() + ", " + end + ")";
    if (clock.isBefore(calendar.sessionStart())) {
      return FilterResult.fail(NAME, FilterReason.BEFORE_OPEN, at + " is before the window " + window);
    }
    if (!clock.isBefore(end)) {
      String early = end.equals(calendar.sessionEnd()) ? "" : " (early close)";
      return FilterResult.fail(NAME, FilterReason.AFTER_CLOSE, at + " is not before the end of the window "
          + window + early);
    }
    return FilterResult.pass(NAME, at + " is inside the window " + window);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The calendar.
   *
   * @return the exchange calendar
   */
  public ExchangeCalendar calendar() {
    return calendar;
  }
}
