package io.quantor.core.filter;

import io.quantor.core.internal.Args;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The trading days and the daily trading window of an exchange, in its own time zone. Immutable.
 *
 * <p><b>Trading days</b> are Monday to Friday except the supplied holidays. <b>The window</b> of a trading
 * day is the half-open interval {@code [sessionStart, sessionEnd)} of local wall-clock time: a time exactly
 * at {@code sessionStart} is inside, a time exactly at {@code sessionEnd} is outside. On an early-close day
 * the supplied early end replaces {@code sessionEnd}. Instants are converted to local time with the zone's
 * rules, so the window follows daylight saving time (09:30 New York is 14:30Z in winter and 13:30Z in
 * summer).
 *
 * <p>{@link #nyse(Collection)} is the NYSE regular session cut to 09:30-15:45 (the last 15 minutes before the
 * 16:00 close left out, when closing auctions and spreads make entries costly). Holidays and early closes
 * are data the caller supplies (exchanges publish them yearly; NYSE closes early at 13:00 on some days, for
 * which 12:45 keeps the same 15-minute margin).
 *
 * @param zone the exchange's time zone
 * @param sessionStart the first local time inside the window
 * @param sessionEnd the first local time after the window, {@code > sessionStart}
 * @param holidays the weekdays without trading (weekend dates are allowed and change nothing)
 * @param earlyCloses the trading days whose window ends earlier, with that end ({@code > sessionStart})
 */
public record ExchangeCalendar(ZoneId zone, LocalTime sessionStart, LocalTime sessionEnd,
    Set<LocalDate> holidays, Map<LocalDate, LocalTime> earlyCloses) {

  /** The NYSE zone, {@code America/New_York}. */
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  /** The default NYSE window start, 09:30. */
  public static final LocalTime NYSE_START = LocalTime.of(9, 30);
  /** The default NYSE window end, 15:45 (15 minutes before the 16:00 close). */
  public static final LocalTime NYSE_END = LocalTime.of(15, 45);

  /**
   * Validates and copies.
   *
   * @param zone the time zone, not null
   * @param sessionStart the window start, not null
   * @param sessionEnd the window end, {@code > sessionStart}
   * @param holidays the holidays, not null, no null element
   * @param earlyCloses the early ends by date, not null; each end {@code > sessionStart}, no date a
   *     holiday
   * @throws IllegalArgumentException if an argument is invalid
   */
  public ExchangeCalendar {
    Args.notNull(zone, "zone");
    Args.notNull(sessionStart, "sessionStart");
    Args.notNull(sessionEnd, "sessionEnd");
    if (!sessionEnd.isAfter(sessionStart)) {
      throw new IllegalArgumentException("sessionEnd must be after sessionStart (" + sessionStart
          + "), was " + sessionEnd);
    }
    for (LocalDate h : Args.notNull(holidays, "holidays")) {
      Args.notNull(h, "holidays element");
    }
    holidays = Set.copyOf(holidays);
    Args.notNull(earlyCloses, "earlyCloses");
    for (Map.Entry<LocalDate, LocalTime> e : earlyCloses.entrySet()) {
      Args.notNull(e.getKey(), "earlyCloses date");
      Args.notNull(e.getValue(), "earlyCloses time");
      if (!e.getValue().isAfter(sessionStart)) {
        throw new IllegalArgumentException("earlyCloses[" + e.getKey() + "] must be after sessionStart ("
            + sessionStart + "), was " + e.getValue());
      }
      if (holidays.contains(e.getKey())) {
        throw new IllegalArgumentException("earlyCloses date must not be a holiday, was " + e.getKey());
      }
    }
    earlyCloses = Map.copyOf(earlyCloses);
  }

  /**
   * A calendar without early closes.
   *
   * @param zone the time zone
   * @param sessionStart the window start
   * @param sessionEnd the window end, {@code > sessionStart}
   * @param holidays the holidays
   * @return the calendar
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static ExchangeCalendar of(ZoneId zone, LocalTime sessionStart, LocalTime sessionEnd,
      Collection<LocalDate> holidays) {
    return new ExchangeCalendar(zone, sessionStart, sessionEnd, new HashSet<>(Args.notNull(holidays,
        "holidays")), Map.of());
  }

  /**
   * The NYSE: {@code America/New_York}, window 09:30-15:45, weekends and the given holidays closed.
   *
   * @param holidays the exchange holidays
   * @return the calendar
   * @throws IllegalArgumentException if {@code holidays} is null or holds null
   */
  public static ExchangeCalendar nyse(Collection<LocalDate> holidays) {
    return of(NEW_YORK, NYSE_START, NYSE_END, holidays);
  }

  /**
   * This calendar with more early-close days (an existing date gets the new end).
   *
   * @param ends the window end by date, each {@code > sessionStart()}
   * @return the new calendar
   * @throws IllegalArgumentException if an entry is invalid or a date is a holiday
   */
  public ExchangeCalendar withEarlyCloses(Map<LocalDate, LocalTime> ends) {
    Map<LocalDate, LocalTime> all = new HashMap<>(earlyCloses);
    all.putAll(Args.notNull(ends, "ends"));
    return new ExchangeCalendar(zone, sessionStart, sessionEnd, holidays, all);
  }

  /**
   * Whether a date is a trading day: Monday to Friday and not a holiday.
   *
   * @param date the date
   * @return true if the exchange trades on that date
   */
  public boolean isTradingDay(LocalDate date) {
    return !isWeekend(date) && !holidays.contains(date);
  }

  /**
   * Whether a date falls on a Saturday or a Sunday.
   *
   * @param date the date
   * @return true on weekends
   */
  public static boolean isWeekend(LocalDate date) {
    DayOfWeek d = Args.notNull(date, "date").getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  /**
   * The exchange-local date of an instant.
   *
   * @param time the instant
   * @return the date in {@link #zone()}
   */
  public LocalDate localDate(Instant time) {
    return LocalDate.ofInstant(Args.notNull(time, "time"), zone);
  }

  /**
   * The exchange-local date and time of an instant.
   *
   * @param time the instant
   * @return the wall-clock time in {@link #zone()}
   */
  public LocalDateTime localTime(Instant time) {
    return LocalDateTime.ofInstant(Args.notNull(time, "time"), zone);
  }

  /**
   * The end of a day's window: its early close if it has one, else {@link #sessionEnd()}.
   *
   * @param date the date
   * @return the first local time after the window
   */
  public LocalTime sessionEnd(LocalDate date) {
    return earlyCloses.getOrDefault(Args.notNull(date, "date"), sessionEnd);
  }

  /**
   * Whether an instant is inside a trading day's window {@code [sessionStart, sessionEnd(date))}.
   *
   * @param time the instant
   * @return true if inside the window
   */
  public boolean isOpen(Instant time) {
    LocalDateTime t = localTime(time);
    LocalDate date = t.toLocalDate();
    LocalTime clock = t.toLocalTime();
    return isTradingDay(date) && !clock.isBefore(sessionStart) && clock.isBefore(sessionEnd(date));
  }

  /**
   * The trading day {@code n} trading days after ({@code n > 0}) or before ({@code n < 0}) a date. The
   * date itself need not be a trading day: one trading day after a Saturday is the next trading Monday (or
   * later). {@code n = 0} returns the date unchanged.
   *
   * @param date the date
   * @param n the number of trading days to move
   * @return the date reached
   */
  public LocalDate addTradingDays(LocalDate date, int n) {
    LocalDate d = Args.notNull(date, "date");
    int step = n > 0 ? 1 : -1;
    for (int left = Math.abs(n); left > 0; ) {
      d = d.plusDays(step);
      if (isTradingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The number of trading days in {@code (from, to]}, negative (minus those in {@code (to, from]}) when
   * {@code to} is before {@code from}. From a trading day to the next one it is 1.
   *
   * @param from the first date (excluded)
   * @param to the last date (included)
   * @return the signed count
   */
  public int tradingDaysBetween(LocalDate from, LocalDate to) {
    Args.notNull(from, "from");
    Args.notNull(to, "to");
    if (to.isBefore(from)) {
      return -tradingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isTradingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
