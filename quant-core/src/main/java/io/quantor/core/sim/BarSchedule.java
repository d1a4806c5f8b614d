package io.quantor.core.sim;

import io.quantor.core.internal.Args;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * When the generator's bars happen and what their timestamps are: {@link Daily} or {@link Intraday}.
 *
 * <p>There is no holiday calendar: trading days are the weekdays (or, for {@link Daily} with
 * {@code skipWeekends = false}, every calendar day). Local times are resolved in the schedule's zone with
 * {@code java.time} rules (a local time in a daylight-saving gap moves forward by the gap's length).
 */
public sealed interface BarSchedule permits BarSchedule.Daily, BarSchedule.Intraday {

  /** The default zone, New York, where US equity sessions are defined. */
  ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /**
   * The zone in which the session times are local times.
   *
   * @return the zone
   */
  ZoneId zone();

  /**
   * Daily bars on weekdays, stamped at 16:00 New York time (the US equity close).
   *
   * @return the schedule
   */
  static Daily daily() {
    return new Daily(NEW_YORK, LocalTime.of(16, 0), true);
  }

  /**
   * Intraday bars of {@code barMinutes} minutes in the US equity session 09:30-16:00 New York time, with a
   * U-shaped volume profile whose session edges trade 3 times the midday rate.
   *
   * @param barMinutes the bar length in minutes, in {@code [1, 390]}
   * @return the schedule
   * @throws IllegalArgumentException if {@code barMinutes} is out of range
   */
  static Intraday intraday(int barMinutes) {
    return new Intraday(NEW_YORK, LocalTime.of(9, 30), LocalTime.of(16, 0), barMinutes, 3.0);
  }

  /**
   * One bar per trading day, stamped at the session close in the zone.
   *
   * @param zone the zone of {@code close}
   * @param close the local time of each bar's timestamp (the session close), whole seconds
   * @param skipWeekends true for bars on Monday to Friday only, false for every calendar day
   */
  record Daily(ZoneId zone, LocalTime close, boolean skipWeekends) implements BarSchedule {

    /**
     * Validates the fields.
     *
     * @param zone the zone, not null
     * @param close the local close time, whole seconds
     * @param skipWeekends whether Saturdays and Sundays have no bar
     * @throws IllegalArgumentException if a field is null or the time has a fraction of a second
     */
    public Daily {
      Args.notNull(zone, "zone");
      wholeSeconds(close, "close");
    }
  }

  /**
   * Bars of a fixed length within a daily session on weekdays, with a U-shaped volume profile.
   *
   * <p>A session runs from {@code open} to {@code close} local time; its first bar starts at the open
   * resolved in the zone, and its bars follow in elapsed time, each stamped at its <em>end</em> (Quantor's
   * intraday convention). If the session length is not a multiple of the bar length, the last bar is
   * shorter and ends at the close. The price gaps between sessions (see
   * {@link MarketConfig#overnightShare()}).
   *
   * <p>The expected volume of a bar is proportional to its length times
   * {@code 1 + (edgeVolumeRatio - 1)(2x - 1)^2}, with {@code x} the bar's mid-point as a fraction of the
   * session: a parabola that is {@code edgeVolumeRatio} times higher at the open and close than at midday.
   * The profile is scaled so that bars average {@link MarketConfig#baseVolume()} over a session.
   *
   * @param zone the zone of the session times
   * @param open the session's local open time, whole seconds
   * @param close the session's local close time, after {@code open} on the same day and at most 20 hours
   *     later (so that, even across a daylight-saving change, a session ends before the next one opens)
   * @param barMinutes the bar length in minutes, {@code >= 1} and at most the session length
   * @param edgeVolumeRatio expected volume rate at the open and close over the midday rate, in
   *     {@code [1, 100]} (1 is a flat profile)
   */
  record Intraday(ZoneId zone, LocalTime open, LocalTime close, int barMinutes, double edgeVolumeRatio)
      implements BarSchedule {

    private static final int MAX_SESSION_SECONDS = 20 * 3600;

    /**
     * Validates the fields.
     *
     * @param zone the zone, not null
     * @param open the local open time
     * @param close the local close time
     * @param barMinutes the bar length in minutes
     * @param edgeVolumeRatio the edge-to-midday volume ratio
     * @throws IllegalArgumentException if a field is null or out of range, naming it
     */
    public Intraday {
      Args.notNull(zone, "zone");
      wholeSeconds(open, "open");
      wholeSeconds(close, "close");
      int session = close.toSecondOfDay() - open.toSecondOfDay();
      if (session <= 0 || session > MAX_SESSION_SECONDS) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "close must be after open by at most 20 hours, was open %s, close %s", open, close));
      }
      Args.inRange(barMinutes, 1, Math.max(1, session / 60), "barMinutes");
      Args.inRange(edgeVolumeRatio, 1, 100, "edgeVolumeRatio");
    }

    /**
     * The session length.
     *
     * @return seconds from open to close
     */
    public int sessionSeconds() {
      return close.toSecondOfDay() - open.toSecondOfDay();
    }

    /**
     * The number of bars in each session, the last one possibly shorter.
     *
     * @return {@code ceil(sessionSeconds / (60 barMinutes))}
     */
    public int barsPerSession() {
      int barSeconds = barMinutes * 60;
      return (sessionSeconds() + barSeconds - 1) / barSeconds;
    }
  }

  private static void wholeSeconds(LocalTime t, String name) {
    Args.notNull(t, name);
    if (t.getNano() != 0) {
      throw new IllegalArgumentException(name + " must be whole seconds, was " + t);
    }
  }
}
