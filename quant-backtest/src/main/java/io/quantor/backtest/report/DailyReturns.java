package io.quantor.backtest.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

/**
 * The tear sheet's return series on calendar dates: one return per date of the zone, the bars of a date
 * compounded ({@code prod(1 + r) - 1}) when a run has several bars a day, so that per-year, per-month and
 * drawdown dates are well defined. Daily or coarser bars pass through unchanged.
 */
final class DailyReturns {

  private final LocalDate[] dates;
  private final double[] returns;
  private final double[] benchmark;
  private final int bars;

  private DailyReturns(LocalDate[] dates, double[] returns, double[] benchmark, int bars) {
    this.dates = dates;
    this.returns = returns;
    this.benchmark = benchmark;
    this.bars = bars;
  }

  /**
   * Groups bars by their date in the zone.
   *
   * @param epochMillis the time of each bar, strictly increasing
   * @param returns the strategy's simple return of each bar, finite and {@code > -1}
   * @param benchmark the benchmark's return of each bar (finite, {@code >= -1}), or null
   * @param zone the zone whose calendar dates the bars
   * @return the daily series
   * @throws IllegalArgumentException if the lengths differ, a time is out of order or a return invalid
   */
  static DailyReturns of(long[] epochMillis, double[] returns, double[] benchmark, ZoneId zone) {
    int n = returns.length;
    if (epochMillis.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "epochMillis must have the length of returns (%d), was %d", n, epochMillis.length));
    }
    if (n == 0) {
      throw new IllegalArgumentException("returns must not be empty");
    }
    if (benchmark != null && benchmark.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "benchmark returns must have the length of returns (%d), was %d", n, benchmark.length));
    }
    for (int i = 0; i < n; i++) {
      if (i > 0 && epochMillis[i] <= epochMillis[i - 1]) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "epochMillis must be strictly increasing, but epochMillis[%d] = %d follows %d", i,
            epochMillis[i], epochMillis[i - 1]));
      }
      if (!(returns[i] > -1) || !Double.isFinite(returns[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "returns must be finite and > -1, but returns[%d] = %s", i, returns[i]));
      }
      if (benchmark != null && (!(benchmark[i] >= -1) || !Double.isFinite(benchmark[i]))) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "benchmark returns must be finite and >= -1, but benchmark[%d] = %s", i, benchmark[i]));
      }
    }
    LocalDate[] dates = new LocalDate[n];
    double[] daily = new double[n];
    double[] dailyBenchmark = benchmark == null ? null : new double[n];
    int days = 0;
    for (int i = 0; i < n; i++) {
      LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis[i]), zone);
      if (days > 0 && date.equals(dates[days - 1])) {
        daily[days - 1] = (1 + daily[days - 1]) * (1 + returns[i]) - 1;
        if (benchmark != null) {
          dailyBenchmark[days - 1] = (1 + dailyBenchmark[days - 1]) * (1 + benchmark[i]) - 1;
        }
        continue;
      }
      dates[days] = date;
      daily[days] = returns[i];
      if (benchmark != null) {
        dailyBenchmark[days] = benchmark[i];
      }
      days++;
    }
    return new DailyReturns(Arrays.copyOf(dates, days), Arrays.copyOf(daily, days),
        benchmark == null ? null : Arrays.copyOf(dailyBenchmark, days), n);
  }

  /** The dates, strictly increasing; the caller must not modify the array. */
  LocalDate[] dates() {
    return dates;
  }

  /** The strategy's returns per date; the caller must not modify the array. */
  double[] returns() {
    return returns;
  }

  /** The benchmark's returns per date, or null; the caller must not modify the array. */
  double[] benchmark() {
    return benchmark;
  }

  /** The number of bars given, before compounding. */
  int bars() {
    return bars;
  }

  /** The number of dates. */
  int size() {
    return dates.length;
  }

  /** Whether bars were compounded into daily returns. */
  boolean compounded() {
    return bars != dates.length;
  }
}
