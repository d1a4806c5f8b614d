package io.quantor.backtest.walkforward;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Cuts a time axis into walk-forward folds by calendar month, in a given time zone (the exchange's).
 *
 * <p>The first month is the month of the first bar, counted whole even if the data start mid-month. Fold
 * {@code k} tests months {@code [m0 + train + k*test, m0 + train + (k+1)*test)}; a rolling fold trains on
 * the {@code train} months just before, an anchored fold on everything since {@code m0}. A fold is kept
 * when its test window holds at least one bar; the last one may therefore be a partial month.
 *
 * <pre>{@code
 * List<Fold> folds = WalkForwardFolds.split(series.epochMillis(), ZoneId.of("America/New_York"),
 *     FoldPlan.defaults());
 * }</pre>
 */
public final class WalkForwardFolds {

  private WalkForwardFolds() {
  }

  /**
   * The folds of a time axis.
   *
   * @param epochMillis the bar times, strictly increasing, not empty
   * @param zone the zone that decides which calendar month a bar belongs to
   * @param plan the fold lengths and minimum count
   * @return the folds, in time order
   * @throws IllegalArgumentException if the times are not strictly increasing, or the history gives fewer
   *     than {@code plan.minimumFolds()} folds (the message says how many it gives and how long the
   *     history would need to be)
   */
  public static List<Fold> split(long[] epochMillis, ZoneId zone, FoldPlan plan) {
    Objects.requireNonNull(epochMillis, "epochMillis");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(plan, "plan");
    if (epochMillis.length == 0) {
      throw new IllegalArgumentException("epochMillis must not be empty");
    }
    for (int i = 1; i < epochMillis.length; i++) {
      if (epochMillis[i] <= epochMillis[i - 1]) {
        throw new IllegalArgumentException("epochMillis must be strictly increasing, index " + i);
      }
    }
    YearMonth first = month(epochMillis[0], zone);
    YearMonth last = month(epochMillis[epochMillis.length - 1], zone);
    List<Fold> folds = new ArrayList<>();
    for (int k = 0; ; k++) {
      YearMonth testStart = first.plusMonths(plan.trainMonths() + (long) k * plan.testMonths());
      if (testStart.isAfter(last)) {
        break;
      }
      YearMonth testEnd = testStart.plusMonths(plan.testMonths());
      YearMonth trainStart = plan.windowType() == WindowType.ROLLING
          ? testStart.minusMonths(plan.trainMonths()) : first;
      int trainFrom = firstIndexAtOrAfter(epochMillis, trainStart, zone);
      int testFrom = firstIndexAtOrAfter(epochMillis, testStart, zone);
      int testTo = firstIndexAtOrAfter(epochMillis, testEnd, zone);
      if (testTo > testFrom && testFrom > trainFrom) {
        folds.add(new Fold(folds.size(), trainFrom, testFrom, testFrom, testTo, trainStart.atDay(1),
            testStart.atDay(1), testEnd.atDay(1)));
      }
    }
    if (folds.size() < plan.minimumFolds()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the history from %s to %s gives %d walk-forward folds of %d+%d months, fewer than the "
              + "minimum %d; it needs at least %d months", first, last, folds.size(), plan.trainMonths(),
          plan.testMonths(), plan.minimumFolds(),
          plan.trainMonths() + (long) plan.minimumFolds() * plan.testMonths()));
    }
    return List.copyOf(folds);
  }

  private static YearMonth month(long epochMillis, ZoneId zone) {
    return YearMonth.from(Instant.ofEpochMilli(epochMillis).atZone(zone));
  }

  /** The first index whose bar is on or after the first day of {@code month}, or the length if none. */
  private static int firstIndexAtOrAfter(long[] epochMillis, YearMonth month, ZoneId zone) {
    LocalDate day = month.atDay(1);
    long boundary = day.atStartOfDay(zone).toInstant().toEpochMilli();
    int lo = 0;
    int hi = epochMillis.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (epochMillis[mid] < boundary) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
