package io.quantor.core.series;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * The duration of a bar: N minutes ({@code 1 <= N <= 1440}), one trading day, one ISO week or one
 * calendar month.
 *
 * <p>Text form ({@link #parse(String)} and {@link #toString()}): a count and a unit letter, {@code m}
 * minutes, {@code h} hours, {@code d} day, {@code w} week, {@code M} month (upper case: {@code m} is the
 * minute). Days, weeks and months take only the count 1. {@code toString} is canonical: a whole number of
 * hours prints as hours, so {@code parse("60m")} equals {@link #ONE_HOUR} and prints {@code "1h"}.
 *
 * <pre>{@code
 * TimeFrame.parse("15m");  // FIFTEEN_MINUTES
 * TimeFrame.hours(4);      // "4h", 240 minutes
 * TimeFrame.parse("1w");   // WEEKLY
 * }</pre>
 *
 * <p>How bars are grouped into time frames (alignment, sessions, labels) is the {@link Resampler}'s
 * business; a time frame is only the value.
 */
public final class TimeFrame {

  /** The unit of a time frame. */
  public enum Unit {
    /** A whole number of minutes, aligned within the trading day. */
    MINUTE,
    /** One trading day of a {@link SessionCalendar}. */
    DAY,
    /** One ISO week (Monday to Sunday) of trading days. */
    WEEK,
    /** One calendar month of trading days. */
    MONTH
  }

  /** The largest minute count: one day. */
  public static final int MAX_MINUTES = 1440;

  /** One minute, {@code "1m"}. */
  public static final TimeFrame ONE_MINUTE = new TimeFrame(Unit.MINUTE, 1);
  /** Five minutes, {@code "5m"}. */
  public static final TimeFrame FIVE_MINUTES = new TimeFrame(Unit.MINUTE, 5);
  /** Fifteen minutes, {@code "15m"}. */
  public static final TimeFrame FIFTEEN_MINUTES = new TimeFrame(Unit.MINUTE, 15);
  /** Thirty minutes, {@code "30m"}. */
  public static final TimeFrame THIRTY_MINUTES = new TimeFrame(Unit.MINUTE, 30);
  /** One hour, {@code "1h"}. */
  public static final TimeFrame ONE_HOUR = new TimeFrame(Unit.MINUTE, 60);
  /** One trading day, {@code "1d"}. */
  public static final TimeFrame DAILY = new TimeFrame(Unit.DAY, 1);
  /** One ISO week, {@code "1w"}. */
  public static final TimeFrame WEEKLY = new TimeFrame(Unit.WEEK, 1);
  /** One calendar month, {@code "1M"}. */
  public static final TimeFrame MONTHLY = new TimeFrame(Unit.MONTH, 1);

  private final Unit unit;
  private final int amount;

  private TimeFrame(Unit unit, int amount) {
    this.unit = unit;
    this.amount = amount;
  }

  /**
   * A time frame of {@code n} minutes.
   *
   * @param n the number of minutes, {@code 1 <= n <= 1440}
   * @return the time frame
   * @throws IllegalArgumentException if {@code n} is out of range
   */
  public static TimeFrame minutes(int n) {
    Args.inRange(n, 1, MAX_MINUTES, "minutes");
    switch (n) {
      case 1:
        return ONE_MINUTE;
      case 5:
        return FIVE_MINUTES;
      case 15:
        return FIFTEEN_MINUTES;
      case 30:
        return THIRTY_MINUTES;
      case 60:
        return ONE_HOUR;
      default:
        return new TimeFrame(Unit.MINUTE, n);
    }
  }

  /**
   * A time frame of {@code n} hours ({@code 60 n} minutes).
   *
   * @param n the number of hours, {@code 1 <= n <= 24}
   * @return the time frame
   * @throws IllegalArgumentException if {@code n} is out of range
   */
  public static TimeFrame hours(int n) {
    Args.inRange(n, 1, MAX_MINUTES / 60, "hours");
    return minutes(n * 60);
  }

  /**
   * Parses the text form: {@code "<count><unit>"} with unit {@code m}, {@code h}, {@code d}, {@code w} or
   * {@code M}, such as {@code "5m"}, {@code "1h"}, {@code "1d"}, {@code "1w"}, {@code "1M"}.
   *
   * @param text the text, without spaces
   * @return the time frame
   * @throws IllegalArgumentException if the text is malformed or the count is out of range for the unit
   */
  public static TimeFrame parse(String text) {
    Args.notNull(text, "text");
    int n = text.length();
    if (n < 2 || n > 6) {
      throw malformed(text);
    }
    int count = 0;
    for (int i = 0; i < n - 1; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw malformed(text);
      }
      count = count * 10 + (c - '0');
    }
    if (text.charAt(0) == '0') {
      throw malformed(text);
    }
    switch (text.charAt(n - 1)) {
      case 'm':
        return minutes(count);
      case 'h':
        return hours(count);
      case 'd':
        return single(count, DAILY, text);
      case 'w':
        return single(count, WEEKLY, text);
      case 'M':
        return single(count, MONTHLY, text);
      default:
        throw malformed(text);
    }
  }

  private static TimeFrame single(int count, TimeFrame frame, String text) {
    if (count != 1) {
      throw new IllegalArgumentException("timeFrame " + frame.unit.name().toLowerCase(Locale.ROOT)
          + " count must be 1, was '" + text + "'");
    }
    return frame;
  }

  private static IllegalArgumentException malformed(String text) {
    return new IllegalArgumentException(
        "timeFrame must look like 5m, 1h, 1d, 1w or 1M, was '" + text + "'");
  }

  /**
   * The unit.
   *
   * @return the unit
   */
  public Unit unit() {
    return unit;
  }

  /**
   * The number of units: the minutes of a {@link Unit#MINUTE} frame, 1 otherwise.
   *
   * @return the count
   */
  public int amount() {
    return amount;
  }

  /**
   * Whether this is a minute-based (intraday) time frame.
   *
   * @return true for {@link Unit#MINUTE}
   */
  public boolean isIntraday() {
    return unit == Unit.MINUTE;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TimeFrame)) {
      return false;
    }
    TimeFrame other = (TimeFrame) o;
    return unit == other.unit && amount == other.amount;
  }

  @Override
  public int hashCode() {
    return unit.hashCode() * 31 + amount;
  }

  /**
   * The canonical text form, such as {@code "5m"}, {@code "1h"}, {@code "4h"}, {@code "90m"}, {@code "1d"},
   * {@code "1w"}, {@code "1M"}; {@link #parse(String)} reads it back.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    switch (unit) {
      case MINUTE:
        return amount % 60 == 0 ? (amount / 60) + "h" : amount + "m";
      case DAY:
        return "1d";
      case WEEK:
        return "1w";
      default:
        return "1M";
    }
  }
}
