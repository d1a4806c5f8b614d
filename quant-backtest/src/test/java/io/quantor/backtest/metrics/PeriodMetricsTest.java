package io.quantor.backtest.metrics;

import static io.quantor.backtest.metrics.ReturnMetricsTest.expectMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dated reports: wealth positions mapped to dates, the split by calendar year, and bad dates. */
class PeriodMetricsTest {

  private static final LocalDate BASE = LocalDate.parse("2020-12-30");
  private static final LocalDate[] DATES = {
      LocalDate.parse("2020-12-31"), LocalDate.parse("2021-01-04"), LocalDate.parse("2021-01-05"),
      LocalDate.parse("2021-12-31"), LocalDate.parse("2022-01-03")};
  private static final double[] R = {-0.1, 0.05, 0.1, -0.02, 0.01};

  @Test
  void fullPeriodDatesTheDrawdown() {
    // Wealth 100 (base), 90, 94.5, 103.95, 101.871, 102.88971: the peak is the starting wealth, so its
    // date is the base date; the trough is the first return's date; 103.95 >= 100 recovers on 01-05.
    PeriodMetrics p = PeriodMetrics.of(R, null, BASE, DATES);
    assertEquals(BASE, p.peakDate());
    assertEquals(LocalDate.parse("2020-12-31"), p.troughDate());
    assertEquals(Optional.of(LocalDate.parse("2021-01-05")), p.recoveryDate());
    assertEquals(DATES[0], p.firstDate());
    assertEquals(DATES[4], p.lastDate());
    assertEquals(5, p.metrics().count());
    assertEquals(-0.1, p.metrics().maxDrawdown().depth(), 1e-15);
    assertTrue(p.metrics().benchmark().isEmpty());
  }

  @Test
  void calendarYearsRestartTheWealthOnThePreviousYearsLastDate() {
    NavigableMap<Integer, PeriodMetrics> years = PeriodMetrics.perCalendarYear(R, null, BASE, DATES);
    assertEquals(List.of(2020, 2021, 2022), List.copyOf(years.keySet()));
    // 2020: one return of -10 %, from the base date.
    PeriodMetrics y2020 = years.get(2020);
    assertEquals(BASE, y2020.baseDate());
    assertEquals(1, y2020.metrics().count());
    assertEquals(-0.1, y2020.metrics().cumulativeReturn(), 1e-15);
    assertTrue(Double.isNaN(y2020.metrics().annualVolatility()), "one return has no volatility");
    // 2021: base 2020-12-31; wealth 100, 105, 115.5, 113.19: peak 01-05, trough 12-31, -2 %, open.
    PeriodMetrics y2021 = years.get(2021);
    assertEquals(LocalDate.parse("2020-12-31"), y2021.baseDate());
    assertEquals(3, y2021.metrics().count());
    assertEquals(LocalDate.parse("2021-01-05"), y2021.peakDate());
    assertEquals(LocalDate.parse("2021-12-31"), y2021.troughDate());
    assertFalse(y2021.recoveryDate().isPresent());
    assertEquals(-0.02, y2021.metrics().maxDrawdown().depth(), 1e-15);
    assertEquals(1.05 * 1.1 * 0.98 - 1, y2021.metrics().cumulativeReturn(), 1e-15);
    // 2022: one gain, no drawdown: peak and trough at the base (2021-12-31), no recovery.
    PeriodMetrics y2022 = years.get(2022);
    assertEquals(LocalDate.parse("2021-12-31"), y2022.baseDate());
    assertEquals(LocalDate.parse("2021-12-31"), y2022.peakDate());
    assertEquals(LocalDate.parse("2021-12-31"), y2022.troughDate());
    assertEquals(0.0, y2022.metrics().maxDrawdown().depth());
    assertTrue(Double.isNaN(y2022.metrics().calmarRatio()));
  }

  @Test
  void withABenchmarkAndARiskFreeRate() {
    double[] b = {0.0, 0.01, 0.02, -0.01, 0.0};
    PeriodMetrics p = PeriodMetrics.of(R, b, BASE, DATES, 252, 0.0001);
    MetricsReport m = p.metrics();
    assertEquals(0.0001, m.riskFreePerPeriod());
    assertTrue(m.benchmark().isPresent());
    // Benchmark growth 1.01 * 1.02 * 0.99 = 1.019898 over 5 periods of 252 a year.
    assertEquals(Math.pow(1.019898, 252 / 5.0) - 1, m.benchmark().get().benchmarkAnnualReturn(), 1e-12);
  }

  @Test
  void drawdownTablePositionsMapToDates() {
    // Wealth 100, 90, 94.5, 103.95, 101.871, 102.88971: two falls, -10 % from the base (recovered on
    // 2021-01-05) and -2 % from 2021-01-05 to 2021-12-31 (open).
    List<Drawdown> table = DrawdownTable.of(R, 5).periods();
    assertEquals(2, table.size());
    assertEquals(BASE, PeriodMetrics.dateOfPosition(BASE, DATES, table.get(0).peakIndex()));
    assertEquals(LocalDate.parse("2020-12-31"),
        PeriodMetrics.dateOfPosition(BASE, DATES, table.get(0).troughIndex()));
    assertEquals(LocalDate.parse("2021-01-05"),
        PeriodMetrics.dateOfPosition(BASE, DATES, table.get(0).recoveryIndex()));
    assertEquals(LocalDate.parse("2021-01-05"),
        PeriodMetrics.dateOfPosition(BASE, DATES, table.get(1).peakIndex()));
    assertEquals(LocalDate.parse("2021-12-31"),
        PeriodMetrics.dateOfPosition(BASE, DATES, table.get(1).troughIndex()));
    expectMessage("position must be in [0, 5], was 6", () -> PeriodMetrics.dateOfPosition(BASE, DATES, 6));
    expectMessage("position must be in [0, 5], was -1",
        () -> PeriodMetrics.dateOfPosition(BASE, DATES, -1));
  }

  @Test
  void badDatesAreRejected() {
    expectMessage("dates must have the length of returns (5), was 4",
        () -> PeriodMetrics.of(R, null, BASE, java.util.Arrays.copyOf(DATES, 4)));
    expectMessage("dates must be strictly increasing and after baseDate 2021-01-01",
        () -> PeriodMetrics.of(R, null, LocalDate.parse("2021-01-01"), DATES));
    LocalDate[] repeated = DATES.clone();
    repeated[2] = repeated[1];
    expectMessage("dates must be strictly increasing", () -> PeriodMetrics.perCalendarYear(R, null, BASE,
        repeated));
    LocalDate[] withNull = DATES.clone();
    withNull[3] = null;
    expectMessage("dates[3] must not be null", () -> PeriodMetrics.of(R, null, BASE, withNull));
    expectMessage("baseDate must not be null", () -> PeriodMetrics.of(R, null, null, DATES));
    expectMessage("benchmark must have the length of returns (5), was 2",
        () -> PeriodMetrics.perCalendarYear(R, new double[] {0, 0}, BASE, DATES));
    expectMessage("returns[0] must be > -1", () -> PeriodMetrics.of(new double[] {-1, 0, 0, 0, 0}, null,
        BASE, DATES));
  }

  @Test
  void reportFactoriesCheckTheirArguments() {
    expectMessage("benchmark must not be null", () -> MetricsReport.of(R, null));
    expectMessage("returns[1] must be finite, was NaN",
        () -> MetricsReport.of(new double[] {0.1, Double.NaN}));
    expectMessage("periodsPerYear must be >= 1, was 0", () -> MetricsReport.of(R, null, 0, 0));
    expectMessage("benchmark must have the length of returns (5), was 1",
        () -> MetricsReport.of(R, new double[] {0.1}));
    expectMessage("benchmark[0] must be >= -1",
        () -> MetricsReport.of(new double[] {0.1}, new double[] {-2}));
  }
}
