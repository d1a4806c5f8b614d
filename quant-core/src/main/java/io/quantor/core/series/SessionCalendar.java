package io.quantor.core.series;

import io.quantor.core.internal.Args;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Which trading day a timestamp belongs to: an exchange {@link ZoneId} plus a day boundary. The
 * {@link Resampler} never lets a bar span two trading days, and builds daily, weekly and monthly bars from
 * the trading days defined here. The calendar knows no holidays and no session hours: a trading day is a
 * day on which bars exist.
 *
 * <p>Two kinds of boundary:
 * <ul>
 *   <li>{@link #of(ZoneId)}: a timestamp belongs to its local calendar date, {@code [00:00, 24:00)} in the
 *       zone. This suits daily bars (whatever time of day they are stamped at, including midnight) and
 *       intraday sessions that do not touch midnight, such as 09:01..22:00.</li>
 *   <li>{@link #rollingAt(ZoneId, LocalTime)}: for sessions that cross midnight and for close-time labelled
 *       24-hour data. A trading day runs from one rollover (exclusive) to the next (inclusive), so a bar
 *       labelled exactly at the rollover is the last bar of the day it closes, and the day is named by the
 *       local date of its last instant before the rollover. With a 17:00 rollover, a bar at Monday 17:00
 *       belongs to Monday and one at Monday 17:01 to Tuesday (the CME trade-date convention); with a
 *       midnight rollover, a bar at Tuesday 00:00 belongs to Monday.</li>
 * </ul>
 *
 * <pre>{@code
 * SessionCalendar eurex = SessionCalendar.of(ZoneId.of("Europe/Berlin"));
 * SessionCalendar globex = SessionCalendar.rollingAt(ZoneId.of("America/Chicago"), LocalTime.of(17, 0));
 * LocalDate day = globex.tradingDate(Instant.parse("2024-03-04T23:30:00Z")); // 2024-03-05
 * }</pre>
 */
public final class SessionCalendar {

  static final long DAY_MILLIS = 86_400_000L;

  private final ZoneId zone;
  private final LocalTime rollover;
  private final long rolloverMillis;

  private SessionCalendar(ZoneId zone, LocalTime rollover) {
    this.zone = zone;
    this.rollover = rollover;
    this.rolloverMillis = rollover == null ? 0 : rollover.toNanoOfDay() / 1_000_000L;
  }

  /**
   * A calendar whose trading day is the local calendar date in {@code zone}.
   *
   * @param zone the exchange time zone
   * @return the calendar
   */
  public static SessionCalendar of(ZoneId zone) {
    return new SessionCalendar(Args.notNull(zone, "zone"), null);
  }

  /**
   * A calendar whose trading day ends at {@code rollover} local time (inclusive) and is named by the date of
   * its last instant before the rollover.
   *
   * @param zone the exchange time zone
   * @param rollover the local time at which one trading day ends and the next begins, whole milliseconds
   * @return the calendar
   * @throws IllegalArgumentException if an argument is null or {@code rollover} has sub-millisecond digits
   */
  public static SessionCalendar rollingAt(ZoneId zone, LocalTime rollover) {
    Args.notNull(zone, "zone");
    Args.notNull(rollover, "rollover");
    if (rollover.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException("rollover must be whole milliseconds, was " + rollover);
    }
    return new SessionCalendar(zone, rollover);
  }

  /**
   * The exchange time zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The rollover time, empty for a calendar of local calendar dates.
   *
   * @return the rollover, if any
   */
  public Optional<LocalTime> rollover() {
    return Optional.ofNullable(rollover);
  }

  /**
   * The trading day a timestamp belongs to (sub-millisecond digits are ignored).
   *
   * @param time the timestamp
   * @return the trading day
   */
  public LocalDate tradingDate(Instant time) {
    Args.notNull(time, "time");
    long t = time.toEpochMilli();
    long local = t + zone.getRules().getOffset(time).getTotalSeconds() * 1000L;
    return LocalDate.ofEpochDay(tradingDay(local));
  }

  /**
   * The latest instant, to the millisecond, whose {@linkplain #tradingDate(Instant) trading day} is
   * {@code tradingDate}: the instant before the next local midnight, or the rollover itself. When DST
   * makes that local time ambiguous the later instant is returned; when it does not exist, the instant
   * after the gap.
   *
   * @param tradingDate the trading day
   * @return the trading day's last instant
   */
  public Instant lastInstant(LocalDate tradingDate) {
    Args.notNull(tradingDate, "tradingDate");
    return Instant.ofEpochMilli(lastInstantMillis(tradingDate.toEpochDay()));
  }

  /** The trading day (epoch day) of a local time given as milliseconds since the local epoch. */
  long tradingDay(long localMillis) {
    if (rollover == null) {
      return Math.floorDiv(localMillis, DAY_MILLIS);
    }
    // Name the day by the date of its last instant before the next rollover at or after localMillis.
    long q = Math.floorDiv(localMillis - rolloverMillis - 1, DAY_MILLIS);
    return rolloverMillis == 0 ? q : q + 1;
  }

  /** The last instant (epoch milliseconds) of a trading day given as an epoch day. */
  long lastInstantMillis(long tradingEpochDay) {
    LocalDate day = LocalDate.ofEpochDay(tradingEpochDay);
    if (rollover == null) {
      return day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
    }
    LocalDate endDate = rolloverMillis == 0 ? day.plusDays(1) : day;
    return ZonedDateTime.ofLocal(endDate.atTime(rollover), zone, null).withLaterOffsetAtOverlap()
        .toInstant().toEpochMilli();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SessionCalendar)) {
      return false;
    }
    SessionCalendar other = (SessionCalendar) o;
    return zone.equals(other.zone)
        && (rollover == null ? other.rollover == null : rollover.equals(other.rollover));
  }

  @Override
  public int hashCode() {
    return zone.hashCode() * 31 + (rollover == null ? 0 : rollover.hashCode());
  }

  @Override
  public String toString() {
    return rollover == null ? "SessionCalendar[" + zone + "]"
        : "SessionCalendar[" + zone + ", rollover " + rollover + "]";
  }
}
