package io.quantor.broker.algo;

import io.quantor.core.internal.Args;
import io.quantor.core.series.BarSeries;
import io.quantor.core.series.TimeFrame;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;

/**
 * The usual intraday distribution of volume: for each time-of-day bin of a session, the average fraction
 * of a day's session volume traded in it. Immutable. The input of {@link Vwap}.
 *
 * <p><b>Estimate.</b> The session {@code (sessionStart, sessionEnd]} (local time in {@code zone}) is cut
 * into bins of equal width {@code w}; bin {@code b} is {@code (sessionStart + b w, sessionStart + (b + 1)
 * w]}, and a bar joins the bin its timestamp (its close time, Quantor's convention) falls in, like the
 * {@link io.quantor.core.series.Resampler}. For each day {@code d} with session volume {@code V_d > 0}
 * the profile takes the fractions {@code v_{d,b} / V_d} and averages them over the days:
 * <pre>
 *   p_b = (1 / D) * sum_d v_{d,b} / V_d,        sum_b p_b = 1
 * </pre>
 * Averaging fractions rather than volumes gives every day the same say, so one heavy day does not shape
 * the profile (the usual estimator; see Bialkowski, Darolles and Le Fol, "Improving VWAP strategies: A
 * dynamic volume approach", <i>Journal of Banking and Finance</i> 32 (2008) 1709-1722). Bars outside the
 * session are ignored; days without session volume are skipped. Missing bars (minutes without trades)
 * simply add nothing to their bin.
 *
 * <pre>{@code
 * BarSeries history = BarCsvReader.intraday().withZone(zone).read(file);
 * VolumeProfile profile = VolumeProfile.fromHistory(history, zone, LocalTime.of(9, 0),
 *     LocalTime.of(22, 0), TimeFrame.FIVE_MINUTES);    // 156 bins
 * double[] w = profile.weights(LocalTime.of(10, 0), LocalTime.of(12, 0));
 * }</pre>
 */
public final class VolumeProfile {

  private final ZoneId zone;
  private final LocalTime sessionStart;
  private final int binSeconds;
  private final double[] fractions;
  private final int days;

  private VolumeProfile(ZoneId zone, LocalTime sessionStart, int binSeconds, double[] fractions, int days) {
    this.zone = zone;
    this.sessionStart = sessionStart;
    this.binSeconds = binSeconds;
    this.fractions = fractions;
    this.days = days;
  }

  /**
   * Estimates the profile from intraday bars.
   *
   * @param history intraday bars of one instrument, several days
   * @param zone the zone whose local time defines the session and the days
   * @param sessionStart the session's start (exclusive), local time
   * @param sessionEnd the session's end (inclusive), local time, after {@code sessionStart} on the same
   *     day
   * @param bin the bin width, an intraday minute frame that divides the session
   * @return the profile
   * @throws IllegalArgumentException if an argument is invalid or no day has volume in the session
   */
  public static VolumeProfile fromHistory(BarSeries history, ZoneId zone, LocalTime sessionStart,
      LocalTime sessionEnd, TimeFrame bin) {
    Args.notNull(history, "history");
    Args.notNull(zone, "zone");
    Args.notNull(sessionStart, "sessionStart");
    Args.notNull(sessionEnd, "sessionEnd");
    Args.notNull(bin, "bin");
    if (!sessionEnd.isAfter(sessionStart)) {
      throw new IllegalArgumentException("sessionEnd must be after sessionStart " + sessionStart + ", was "
          + sessionEnd);
    }
    if (bin.unit() != TimeFrame.Unit.MINUTE) {
      throw new IllegalArgumentException("bin must be a minute frame, was " + bin);
    }
    int binSeconds = bin.amount() * 60;
    int sessionSeconds = sessionEnd.toSecondOfDay() - sessionStart.toSecondOfDay();
    if (sessionSeconds % binSeconds != 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "bin %s must divide the session %s..%s", bin, sessionStart, sessionEnd));
    }
    int bins = sessionSeconds / binSeconds;
    double[] sum = new double[bins];
    double[] day = new double[bins];
    LocalDate current = null;
    int days = 0;
    for (int i = 0; i < history.size(); i++) {
      ZonedDateTime local = Instant.ofEpochMilli(history.epochMillis(i)).atZone(zone);
      LocalDate date = local.toLocalDate();
      if (!date.equals(current)) {
        days += addDay(day, sum);
        current = date;
      }
      long offsetMillis = local.toLocalTime().toNanoOfDay() / 1_000_000L
          - sessionStart.toSecondOfDay() * 1000L;
      if (offsetMillis > 0 && offsetMillis <= sessionSeconds * 1000L) {
        int b = (int) ((offsetMillis - 1) / (binSeconds * 1000L));
        day[b] += history.volume(i);
      }
    }
    days += addDay(day, sum);
    if (days == 0) {
      throw new IllegalArgumentException("history has no volume in the session " + sessionStart + ".."
          + sessionEnd);
    }
    for (int b = 0; b < bins; b++) {
      sum[b] /= days;
    }
    return new VolumeProfile(zone, sessionStart, binSeconds, sum, days);
  }

  /** Adds a finished day's fractions to the sums and clears it; returns 1 if the day had volume. */
  private static int addDay(double[] day, double[] sum) {
    double total = 0;
    for (double v : day) {
      total += v;
    }
    if (total > 0) {
      for (int b = 0; b < day.length; b++) {
        sum[b] += day[b] / total;
      }
    }
    Arrays.fill(day, 0);
    return total > 0 ? 1 : 0;
  }

  /**
   * The zone of the session times.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The session's start (exclusive).
   *
   * @return local time
   */
  public LocalTime sessionStart() {
    return sessionStart;
  }

  /**
   * The session's end (inclusive).
   *
   * @return local time
   */
  public LocalTime sessionEnd() {
    return sessionStart.plusSeconds((long) binSeconds * fractions.length);
  }

  /**
   * The width of a bin.
   *
   * @return the duration
   */
  public Duration binWidth() {
    return Duration.ofSeconds(binSeconds);
  }

  /**
   * The number of bins.
   *
   * @return {@code >= 1}
   */
  public int bins() {
    return fractions.length;
  }

  /**
   * The number of days averaged.
   *
   * @return {@code >= 1}
   */
  public int days() {
    return days;
  }

  /**
   * The average fraction of session volume in one bin.
   *
   * @param b the bin, {@code 0 <= b < bins()}
   * @return {@code p_b}
   * @throws IndexOutOfBoundsException if {@code b} is out of range
   */
  public double fraction(int b) {
    return fractions[b];
  }

  /**
   * The end (inclusive) of a bin.
   *
   * @param b the bin
   * @return {@code sessionStart + (b + 1) * binWidth}
   * @throws IndexOutOfBoundsException if {@code b} is out of range
   */
  public LocalTime binEnd(int b) {
    if (b < 0 || b >= fractions.length) {
      throw new IndexOutOfBoundsException("bin " + b + " of " + fractions.length);
    }
    return sessionStart.plusSeconds((long) binSeconds * (b + 1));
  }

  /**
   * All fractions.
   *
   * @return a new array, summing to 1 (to rounding)
   */
  public double[] fractions() {
    return fractions.clone();
  }

  /**
   * The fractions of the bins of a window, the weights of a {@link Vwap} schedule with one slice per
   * bin.
   *
   * @param from the window's start (exclusive), on the bin grid, not before the session start
   * @param to the window's end (inclusive), on the bin grid, after {@code from}, not after the session end
   * @return a new array of the fractions of the bins in {@code (from, to]}
   * @throws IllegalArgumentException if the window is not on the grid or not inside the session
   */
  public double[] weights(LocalTime from, LocalTime to) {
    Args.notNull(from, "from");
    Args.notNull(to, "to");
    int a = gridIndex(from, "from");
    int b = gridIndex(to, "to");
    if (b <= a) {
      throw new IllegalArgumentException("to must be after from " + from + ", was " + to);
    }
    return Arrays.copyOfRange(fractions, a, b);
  }

  private int gridIndex(LocalTime t, String name) {
    int seconds = t.toSecondOfDay() - sessionStart.toSecondOfDay();
    if (seconds < 0 || seconds > binSeconds * fractions.length || seconds % binSeconds != 0
        || t.getNano() != 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must be on the %d-minute grid of the session %s..%s, was %s", name, binSeconds / 60,
          sessionStart, sessionEnd(), t));
    }
    return seconds / binSeconds;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "VolumeProfile[%s..%s %s, %d bins of %d min, %d days]", sessionStart,
        sessionEnd(), zone, fractions.length, binSeconds / 60, days);
  }
}
