package io.quantor.backtest.metrics;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.Args;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link MetricsReport} of dated returns, with the dates of its maximum drawdown; and one report per
 * calendar year ({@link #perCalendarYear}).
 *
 * <p><b>Dates.</b> {@code dates[i]} is the date of {@code returns[i]} (the close at which it is
 * measured); {@code baseDate} is the date of the wealth before the first return (the previous close).
 * Position 0 of the wealth index ({@link Drawdown}) is the base date and position {@code i} is
 * {@code dates[i - 1]}, so a drawdown whose peak is the starting wealth has {@code peakDate == baseDate}.
 * Dates are calendar dates of the series' own time zone; convert instants with
 * {@code LocalDate.ofInstant(instant, zone)} first.
 *
 * <p><b>Per calendar year</b> the same report is computed on the returns dated in each year, the wealth
 * index restarting at 100 on the previous year's last date (the base date for the first year).
 * {@code annualReturn} still annualizes by {@code n / periodsPerYear} years, so for a full year it is
 * close to, not equal to, {@code cumulativeReturn}; a partial first or last year is annualized from its
 * own length.
 *
 * <pre>{@code
 * PeriodMetrics all = PeriodMetrics.of(returns, benchmark, LocalDate.parse("1996-04-12"), dates);
 * all.peakDate();                                    // 2000-09-01
 * NavigableMap<Integer, PeriodMetrics> years =
 *     PeriodMetrics.perCalendarYear(returns, benchmark, LocalDate.parse("1996-04-12"), dates);
 * years.get(2008).metrics().sharpeRatio();
 * }</pre>
 *
 * @param baseDate the date of the starting wealth, before {@code firstDate}
 * @param firstDate the date of the first return
 * @param lastDate the date of the last return, {@code >= firstDate}
 * @param metrics the metrics of the returns in the period
 * @param peakDate the date of the maximum drawdown's peak
 * @param troughDate the date of the maximum drawdown's trough
 * @param recoveryDate the date of the recovery, empty if the period ends under water (or never fell)
 */
public record PeriodMetrics(LocalDate baseDate, LocalDate firstDate, LocalDate lastDate,
    MetricsReport metrics, LocalDate peakDate, LocalDate troughDate, Optional<LocalDate> recoveryDate) {

  /**
   * Validates the period.
   *
   * @param baseDate the base date, not null, before {@code firstDate}
   * @param firstDate the first date, not null
   * @param lastDate the last date, not null, not before {@code firstDate}
   * @param metrics the metrics, not null
   * @param peakDate the peak date, not null, in {@code [baseDate, lastDate]}
   * @param troughDate the trough date, not null, in {@code [peakDate, lastDate]}
   * @param recoveryDate the recovery date, not null (empty for none), after {@code troughDate}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public PeriodMetrics {
    notNull(baseDate, "baseDate");
    notNull(firstDate, "firstDate");
    notNull(lastDate, "lastDate");
    notNull(metrics, "metrics");
    notNull(peakDate, "peakDate");
    notNull(troughDate, "troughDate");
    notNull(recoveryDate, "recoveryDate");
    boolean ordered = baseDate.isBefore(firstDate) && !lastDate.isBefore(firstDate)
        && !peakDate.isBefore(baseDate) && !troughDate.isBefore(peakDate) && !lastDate.isBefore(troughDate)
        && recoveryDate.map(d -> d.isAfter(troughDate) && !d.isAfter(lastDate)).orElse(true);
    if (!ordered) {
      throw new IllegalArgumentException("dates out of order: base " + baseDate + ", first " + firstDate
          + ", last " + lastDate + ", peak " + peakDate + ", trough " + troughDate + ", recovery "
          + recoveryDate.map(LocalDate::toString).orElse("none"));
    }
  }

  /**
   * The metrics of dated returns, risk-free rate 0, {@value ReturnMetrics#DEFAULT_PERIODS_PER_YEAR}
   * periods a year.
   *
   * @param returns simple returns, finite, each {@code > -1}, not empty
   * @param benchmark the benchmark's returns on the same dates, or {@code null} for none
   * @param baseDate the date of the wealth before the first return, before {@code dates[0]}
   * @param dates the date of each return, strictly increasing, same length as {@code returns}
   * @return the period's metrics
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static PeriodMetrics of(double[] returns, double[] benchmark, LocalDate baseDate,
      LocalDate[] dates) {
    return of(returns, benchmark, baseDate, dates, ReturnMetrics.DEFAULT_PERIODS_PER_YEAR, 0);
  }

  /**
   * The metrics of dated returns.
   *
   * @param returns simple returns, finite, each {@code > -1}, not empty
   * @param benchmark the benchmark's returns on the same dates, or {@code null} for none
   * @param baseDate the date of the wealth before the first return, before {@code dates[0]}
   * @param dates the date of each return, strictly increasing, same length as {@code returns}
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @param riskFreePerPeriod the risk-free rate per period, finite
   * @return the period's metrics
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static PeriodMetrics of(double[] returns, double[] benchmark, LocalDate baseDate,
      LocalDate[] dates, int periodsPerYear, double riskFreePerPeriod) {
    checkDates(returns, baseDate, dates);
    if (benchmark != null) {
      Inputs.pair(returns, "returns", benchmark, "benchmark");
    }
    return slice(returns, benchmark, baseDate, dates, 0, returns.length, periodsPerYear,
        riskFreePerPeriod);
  }

  /**
   * One report per calendar year, risk-free rate 0, {@value ReturnMetrics#DEFAULT_PERIODS_PER_YEAR}
   * periods a year.
   *
   * @param returns simple returns, finite, each {@code > -1}, not empty
   * @param benchmark the benchmark's returns on the same dates, or {@code null} for none
   * @param baseDate the date of the wealth before the first return, before {@code dates[0]}
   * @param dates the date of each return, strictly increasing, same length as {@code returns}
   * @return the reports by year, ascending, unmodifiable
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static NavigableMap<Integer, PeriodMetrics> perCalendarYear(double[] returns,
      double[] benchmark, LocalDate baseDate, LocalDate[] dates) {
    return perCalendarYear(returns, benchmark, baseDate, dates, ReturnMetrics.DEFAULT_PERIODS_PER_YEAR,
        0);
  }

  /**
   * One report per calendar year of the dates: the returns dated in the year, the wealth restarting on
   * the previous year's last date.
   *
   * @param returns simple returns, finite, each {@code > -1}, not empty
   * @param benchmark the benchmark's returns on the same dates, or {@code null} for none
   * @param baseDate the date of the wealth before the first return, before {@code dates[0]}
   * @param dates the date of each return, strictly increasing, same length as {@code returns}
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @param riskFreePerPeriod the risk-free rate per period, finite
   * @return the reports by year, ascending, unmodifiable
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static NavigableMap<Integer, PeriodMetrics> perCalendarYear(double[] returns,
      double[] benchmark, LocalDate baseDate, LocalDate[] dates, int periodsPerYear,
      double riskFreePerPeriod) {
    checkDates(returns, baseDate, dates);
    if (benchmark != null) {
      Inputs.pair(returns, "returns", benchmark, "benchmark");
    }
    Inputs.periodsPerYear(periodsPerYear);
    Args.finite(riskFreePerPeriod, "riskFreePerPeriod");
    NavigableMap<Integer, PeriodMetrics> years = new TreeMap<>();
    int start = 0;
    while (start < dates.length) {
      int year = dates[start].getYear();
      int end = start + 1;
      while (end < dates.length && dates[end].getYear() == year) {
        end++;
      }
      LocalDate base = start == 0 ? baseDate : dates[start - 1];
      years.put(year, slice(returns, benchmark, base, dates, start, end, periodsPerYear,
          riskFreePerPeriod));
      start = end;
    }
    return Collections.unmodifiableNavigableMap(years);
  }

  /**
   * The date of a position of the wealth index of dated returns (see {@link Drawdown}): the base date
   * for position 0, else the date of return {@code position - 1}. Maps the indices of a
   * {@link DrawdownTable} to dates, as pyfolio's drawdown table shows them.
   *
   * <pre>{@code
   * for (Drawdown d : DrawdownTable.of(returns, 5).periods()) {
   *   LocalDate peak = PeriodMetrics.dateOfPosition(baseDate, dates, d.peakIndex());
   *   LocalDate valley = PeriodMetrics.dateOfPosition(baseDate, dates, d.troughIndex());
   * }
   * }</pre>
   *
   * @param baseDate the date of the wealth before the first return, not null
   * @param dates the date of each return, not null
   * @param position the position in the wealth index, in {@code [0, dates.length]}
   * @return the date of that position
   * @throws IllegalArgumentException if an argument is null or the position is out of range
   */
  public static LocalDate dateOfPosition(LocalDate baseDate, LocalDate[] dates, int position) {
    notNull(baseDate, "baseDate");
    notNull(dates, "dates");
    if (position < 0 || position > dates.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "position must be in [0, %d], was %d", dates.length, position));
    }
    return position == 0 ? baseDate : dates[position - 1];
  }

  private static PeriodMetrics slice(double[] returns, double[] benchmark, LocalDate base,
      LocalDate[] dates, int from, int to, int periodsPerYear, double riskFreePerPeriod) {
    double[] r = Arrays.copyOfRange(returns, from, to);
    double[] b = benchmark == null ? null : Arrays.copyOfRange(benchmark, from, to);
    MetricsReport report = MetricsReport.of(r, b, periodsPerYear, riskFreePerPeriod);
    Drawdown dd = report.maxDrawdown();
    LocalDate[] own = Arrays.copyOfRange(dates, from, to);
    LocalDate peak = dateOfPosition(base, own, dd.peakIndex());
    LocalDate trough = dateOfPosition(base, own, dd.troughIndex());
    Optional<LocalDate> recovery = dd.recovered()
        ? Optional.of(dateOfPosition(base, own, dd.recoveryIndex())) : Optional.empty();
    return new PeriodMetrics(base, dates[from], dates[to - 1], report, peak, trough, recovery);
  }

  private static void checkDates(double[] returns, LocalDate baseDate, LocalDate[] dates) {
    Inputs.finiteSeries(returns, "returns");
    notNull(baseDate, "baseDate");
    notNull(dates, "dates");
    if (dates.length != returns.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "dates must have the length of returns (%d), was %d", returns.length, dates.length));
    }
    LocalDate previous = baseDate;
    for (int i = 0; i < dates.length; i++) {
      if (dates[i] == null) {
        throw new IllegalArgumentException("dates[" + i + "] must not be null");
      }
      if (!dates[i].isAfter(previous)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "dates must be strictly increasing and after baseDate %s, but dates[%d] = %s follows %s",
            baseDate, i, dates[i], previous));
      }
      previous = dates[i];
    }
  }

  private static void notNull(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }
}
