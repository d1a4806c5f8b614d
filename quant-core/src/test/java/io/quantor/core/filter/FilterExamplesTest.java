package io.quantor.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Examples of the trade filters on the 2024 NYSE calendar: the daylight-saving changes of 2024-03-10 and
 * 2024-11-03, holidays, an early close, the exact window edges 09:30 and 15:45, liquidity, spread and
 * earnings-blackout edges, and a composite that reports every failure. Expected UTC instants are written
 * by hand from the offsets (EST = UTC-5, EDT = UTC-4).
 */
class FilterExamplesTest {

  /** NYSE full-day holidays of 2024 (NYSE's published calendar). */
  static final List<LocalDate> HOLIDAYS_2024 = List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 15),
      LocalDate.of(2024, 2, 19), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 5, 27),
      LocalDate.of(2024, 6, 19), LocalDate.of(2024, 7, 4), LocalDate.of(2024, 9, 2),
      LocalDate.of(2024, 11, 28), LocalDate.of(2024, 12, 25));

  /** 13:00 closes of 2024, cut 15 minutes early like the regular 15:45. */
  static final ExchangeCalendar NYSE = ExchangeCalendar.nyse(HOLIDAYS_2024).withEarlyCloses(Map.of(
      LocalDate.of(2024, 7, 3), LocalTime.of(12, 45), LocalDate.of(2024, 11, 29), LocalTime.of(12, 45),
      LocalDate.of(2024, 12, 24), LocalTime.of(12, 45)));

  private static final MarketHoursFilter HOURS = new MarketHoursFilter(NYSE);

  private static FilterReason hours(String utc) {
    FilterResult r = HOURS.check(TradeContext.of("X", Instant.parse(utc)));
    assertEquals(r.passed(), NYSE.isOpen(Instant.parse(utc)), utc);
    assertEquals("market-hours", r.filter());
    return r.reason();
  }

  @Test
  void windowEdgesInWinterTime() {
    // Friday 2024-03-08, EST: 09:30 is 14:30Z, 15:45 is 20:45Z.
    assertSame(FilterReason.BEFORE_OPEN, hours("2024-03-08T14:29:59.999Z"));
    assertSame(FilterReason.NONE, hours("2024-03-08T14:30:00Z"));
    assertSame(FilterReason.NONE, hours("2024-03-08T20:44:59.999Z"));
    assertSame(FilterReason.AFTER_CLOSE, hours("2024-03-08T20:45:00Z"));
    // 21:00 New York on Friday is already Saturday in UTC: still Friday after the close, not a weekend.
    assertSame(FilterReason.AFTER_CLOSE, hours("2024-03-09T02:00:00Z"));
  }

  @Test
  void springForwardOn20240310() {
    assertSame(FilterReason.WEEKEND, hours("2024-03-10T14:30:00Z"));
    // Sunday 23:00 EDT is Monday 03:00Z: a weekend, not "before the open".
    assertSame(FilterReason.WEEKEND, hours("2024-03-11T03:00:00Z"));
    // Monday 2024-03-11, EDT: 09:30 is 13:30Z, 15:45 is 19:45Z.
    assertSame(FilterReason.BEFORE_OPEN, hours("2024-03-11T13:29:59Z"));
    assertSame(FilterReason.NONE, hours("2024-03-11T13:30:00Z"));
    assertSame(FilterReason.NONE, hours("2024-03-11T19:44:59.999Z"));
    assertSame(FilterReason.AFTER_CLOSE, hours("2024-03-11T19:45:00Z"));
    // The winter instants of the window mean other local times now: 20:00Z is 16:00 EDT.
    assertSame(FilterReason.AFTER_CLOSE, hours("2024-03-11T20:00:00Z"));
    assertSame(FilterReason.NONE, hours("2024-03-08T20:00:00Z"));
  }

  @Test
  void fallBackOn20241103() {
    // Friday 2024-11-01, EDT.
    assertSame(FilterReason.NONE, hours("2024-11-01T13:30:00Z"));
    assertSame(FilterReason.AFTER_CLOSE, hours("2024-11-01T19:45:00Z"));
    // Sunday 01:30 happens twice in New York; both are weekend.
    assertSame(FilterReason.WEEKEND, hours("2024-11-03T05:30:00Z"));
    assertSame(FilterReason.WEEKEND, hours("2024-11-03T06:30:00Z"));
    // Monday 2024-11-04, EST: 13:30Z is 08:30, 14:30Z is 09:30, 20:45Z is 15:45.
    assertSame(FilterReason.BEFORE_OPEN, hours("2024-11-04T13:30:00Z"));
    assertSame(FilterReason.BEFORE_OPEN, hours("2024-11-04T14:29:59Z"));
    assertSame(FilterReason.NONE, hours("2024-11-04T14:30:00Z"));
    assertSame(FilterReason.NONE, hours("2024-11-04T20:44:59Z"));
    assertSame(FilterReason.AFTER_CLOSE, hours("2024-11-04T20:45:00Z"));
  }

  @Test
  void holidaysAndEarlyCloses() {
    assertSame(FilterReason.HOLIDAY, hours("2024-07-04T15:00:00Z"));
    assertSame(FilterReason.HOLIDAY, hours("2024-03-29T15:00:00Z"));   // Good Friday
    assertSame(FilterReason.HOLIDAY, hours("2024-11-28T15:00:00Z"));   // Thanksgiving
    // Day after Thanksgiving (EST): the window ends 12:45 = 17:45Z.
    assertSame(FilterReason.NONE, hours("2024-11-29T17:44:59Z"));
    FilterResult r = HOURS.check(TradeContext.of("X", Instant.parse("2024-11-29T17:45:00Z")));
    assertSame(FilterReason.AFTER_CLOSE, r.reason());
    assertEquals("2024-11-29T12:45 America/New_York is not before the end of the window [09:30, 12:45) "
        + "(early close)", r.detail());
    // Summer early close: 12:45 EDT = 16:45Z.
    assertSame(FilterReason.NONE, hours("2024-07-03T16:44:00Z"));
    assertSame(FilterReason.AFTER_CLOSE, hours("2024-07-03T16:45:00Z"));
    assertEquals(LocalTime.of(15, 45), NYSE.sessionEnd(LocalDate.of(2024, 7, 5)));
    // Without holidays the same days are ordinary trading days.
    assertTrue(ExchangeCalendar.nyse(List.of()).isOpen(Instant.parse("2024-07-04T15:00:00Z")));
  }

  @Test
  void tradingDayArithmetic() {
    LocalDate fri = LocalDate.of(2024, 5, 24);
    assertEquals(LocalDate.of(2024, 5, 28), NYSE.addTradingDays(fri, 1));   // Memorial Day skipped
    assertEquals(LocalDate.of(2024, 5, 29), NYSE.addTradingDays(fri, 2));
    assertEquals(LocalDate.of(2024, 5, 22), NYSE.addTradingDays(fri, -2));
    assertEquals(fri, NYSE.addTradingDays(fri, 0));
    assertEquals(LocalDate.of(2024, 6, 10), NYSE.addTradingDays(LocalDate.of(2024, 6, 8), 1));  // Sat
    assertEquals(LocalDate.of(2024, 6, 7), NYSE.addTradingDays(LocalDate.of(2024, 6, 8), -1));
    assertEquals(2, NYSE.tradingDaysBetween(fri, LocalDate.of(2024, 5, 29)));
    assertEquals(-2, NYSE.tradingDaysBetween(LocalDate.of(2024, 5, 29), fri));
    assertEquals(0, NYSE.tradingDaysBetween(fri, fri));
    // 262 weekdays in 2024, 10 of them holidays.
    assertEquals(252, NYSE.tradingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31)));
    assertFalse(NYSE.isTradingDay(LocalDate.of(2024, 6, 19)));
    assertTrue(NYSE.isTradingDay(LocalDate.of(2024, 11, 29)));
  }

  @Test
  void liquidity() {
    TradeContext c = TradeContext.of("X", Instant.parse("2024-05-01T15:00:00Z"));
    LiquidityFilter f = LiquidityFilter.defaults();
    double[] nine = new double[9];
    Arrays.fill(nine, 1e9);
    FilterResult r = f.check(c.withDailyVolumes(nine));
    assertSame(FilterReason.INSUFFICIENT_VOLUME_HISTORY, r.reason());
    assertEquals("9 daily volumes, 10 needed", r.detail());
    // Exactly 500,000 on average passes; the two older, huge days are not averaged.
    double[] twelve = {9e9, 9e9, 400_000, 600_000, 500_000, 500_000, 450_000, 550_000, 500_000, 500_000,
        300_000, 700_000};
    r = f.check(c.withDailyVolumes(twelve));
    assertTrue(r.passed(), r.detail());
    assertEquals("10-day average volume 500000.0, minimum 500000.0", r.detail());
    twelve[11] = 699_999;
    assertSame(FilterReason.LOW_VOLUME, f.check(c.withDailyVolumes(twelve)).reason());
    assertSame(FilterReason.NONE, new LiquidityFilter(3, 499_999).check(c.withDailyVolumes(twelve)).reason());
    assertThrows(IllegalArgumentException.class, () -> c.withDailyVolumes(1, -1));
    assertThrows(IllegalArgumentException.class, () -> c.withDailyVolumes(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new LiquidityFilter(0, 1));
  }

  @Test
  void spread() {
    TradeContext c = TradeContext.of("X", Instant.parse("2024-05-01T15:00:00Z"));
    SpreadFilter f = SpreadFilter.defaults();
    // Spread 1 on a mid of 1000: exactly 0.1 %, which fails.
    FilterResult r = f.check(c.withQuote(999.5, 1000.5));
    assertSame(FilterReason.WIDE_SPREAD, r.reason());
    assertEquals("bid 999.5, ask 1000.5: spread 0.001 of mid, maximum 0.001", r.detail());
    assertTrue(f.check(c.withQuote(999.5, 1000.499)).passed());
    assertTrue(f.check(c.withQuote(45, 45)).passed());
    assertSame(FilterReason.INVALID_QUOTE, f.check(c).reason());   // no quote: NaN
    assertSame(FilterReason.INVALID_QUOTE, f.check(c.withQuote(45.02, 45.01)).reason());
    assertSame(FilterReason.INVALID_QUOTE, f.check(c.withQuote(0, 0.01)).reason());
    assertSame(FilterReason.INVALID_QUOTE, f.check(c.withQuote(1, Double.POSITIVE_INFINITY)).reason());
    assertSame(FilterReason.NONE, new SpreadFilter(0.01).check(c.withQuote(99.5, 100.4)).reason());
    assertThrows(IllegalArgumentException.class, () -> new SpreadFilter(0));
  }

  private static FilterReason blackout(EarningsBlackoutFilter f, String tradeDate, LocalDate earnings) {
    // 11:00 New York on the trade date, in either DST state.
    Instant t = LocalDate.parse(tradeDate).atTime(11, 0).atZone(NYSE.zone()).toInstant();
    return f.check(TradeContext.of("X", t).withEarningsDates(List.of(earnings))).reason();
  }

  @Test
  void earningsBlackoutEdges() {
    EarningsBlackoutFilter f = new EarningsBlackoutFilter(NYSE);
    LocalDate wed = LocalDate.of(2024, 5, 8);
    assertSame(FilterReason.NONE, blackout(f, "2024-05-03", wed));
    assertSame(FilterReason.EARNINGS_BLACKOUT, blackout(f, "2024-05-06", wed));
    assertSame(FilterReason.EARNINGS_BLACKOUT, blackout(f, "2024-05-08", wed));
    assertSame(FilterReason.EARNINGS_BLACKOUT, blackout(f, "2024-05-10", wed));
    assertSame(FilterReason.NONE, blackout(f, "2024-05-13", wed));
    // Friday before Memorial Day: the holiday does not count as a trading day.
    LocalDate fri = LocalDate.of(2024, 5, 24);
    assertSame(FilterReason.NONE, blackout(f, "2024-05-21", fri));
    assertSame(FilterReason.EARNINGS_BLACKOUT, blackout(f, "2024-05-22", fri));
    assertSame(FilterReason.EARNINGS_BLACKOUT, blackout(f, "2024-05-29", fri));
    assertSame(FilterReason.NONE, blackout(f, "2024-05-30", fri));
    // Thursday after Juneteenth: two trading days before are Tuesday and Monday.
    LocalDate thu = LocalDate.of(2024, 6, 20);
    assertSame(FilterReason.NONE, blackout(f, "2024-06-14", thu));
    assertSame(FilterReason.EARNINGS_BLACKOUT, blackout(f, "2024-06-17", thu));
    // A Saturday report: Thursday to Tuesday.
    LocalDate sat = LocalDate.of(2024, 6, 8);
    assertSame(FilterReason.NONE, blackout(f, "2024-06-05", sat));
    assertSame(FilterReason.EARNINGS_BLACKOUT, blackout(f, "2024-06-06", sat));
    assertSame(FilterReason.EARNINGS_BLACKOUT, blackout(f, "2024-06-11", sat));
    assertSame(FilterReason.NONE, blackout(f, "2024-06-12", sat));
    // Zero days: only the date itself; asymmetric windows.
    EarningsBlackoutFilter none = new EarningsBlackoutFilter(NYSE, 0, 0);
    assertSame(FilterReason.EARNINGS_BLACKOUT, blackout(none, "2024-05-08", wed));
    assertSame(FilterReason.NONE, blackout(none, "2024-05-09", wed));
    EarningsBlackoutFilter after = new EarningsBlackoutFilter(NYSE, 0, 1);
    assertSame(FilterReason.NONE, blackout(after, "2024-05-07", wed));
    assertSame(FilterReason.EARNINGS_BLACKOUT, blackout(after, "2024-05-09", wed));
    // No earnings dates: passes; several: any one blocks.
    assertTrue(f.check(TradeContext.of("X", Instant.parse("2024-05-08T15:00:00Z"))).passed());
    FilterResult r = f.check(TradeContext.of("X", Instant.parse("2024-05-08T15:00:00Z"))
        .withEarningsDates(List.of(LocalDate.of(2024, 2, 1), wed)));
    assertEquals("2024-05-08 is in the blackout [2024-05-06, 2024-05-10] around earnings on 2024-05-08",
        r.detail());
  }

  @Test
  void compositeReportsEveryFailure() {
    CompositeFilter all = CompositeFilter.defaults(NYSE);
    double[] volumes = new double[10];
    Arrays.fill(volumes, 2e6);
    TradeContext good = TradeContext.of("ORCL", Instant.parse("2024-05-01T15:00:00Z"))
        .withQuote(120.00, 120.05).withDailyVolumes(volumes)
        .withEarningsDates(List.of(LocalDate.of(2024, 6, 11)));
    FilterReport ok = all.evaluate(good);
    assertTrue(ok.passed());
    assertEquals(4, ok.results().size());
    assertEquals(List.of(), ok.failures());
    FilterReport bad = all.evaluate(good.withTime(Instant.parse("2024-06-10T20:00:00Z"))
        .withQuote(120.00, 120.50));
    assertFalse(bad.passed());
    assertEquals(List.of(FilterReason.AFTER_CLOSE, FilterReason.WIDE_SPREAD, FilterReason.EARNINGS_BLACKOUT),
        bad.reasons());
    assertEquals(List.of("market-hours", "spread", "earnings-blackout"),
        bad.failures().stream().map(FilterResult::filter).toList());
    assertTrue(CompositeFilter.of().evaluate(good).passed());
    assertThrows(IllegalArgumentException.class, () -> all.evaluate(null));
  }

  @Test
  void argumentChecks() {
    assertThrows(IllegalArgumentException.class, () -> FilterResult.pass("x", null));
    assertThrows(IllegalArgumentException.class, () -> FilterResult.fail("x", FilterReason.NONE, ""));
    assertThrows(IllegalArgumentException.class,
        () -> new FilterResult("x", true, FilterReason.WIDE_SPREAD, ""));
    assertThrows(IllegalArgumentException.class, () -> FilterResult.pass(" ", ""));
    assertEquals("sessionEnd must be after sessionStart (09:30), was 09:30", assertThrows(
        IllegalArgumentException.class,
        () -> ExchangeCalendar.of(ExchangeCalendar.NEW_YORK, LocalTime.of(9, 30), LocalTime.of(9, 30),
            List.of())).getMessage());
    assertThrows(IllegalArgumentException.class, () -> NYSE.withEarlyCloses(
        Map.of(LocalDate.of(2024, 7, 4), LocalTime.of(12, 45))));
    assertThrows(IllegalArgumentException.class, () -> NYSE.withEarlyCloses(
        Map.of(LocalDate.of(2024, 7, 5), LocalTime.of(9, 0))));
    assertThrows(IllegalArgumentException.class, () -> ExchangeCalendar.nyse(Arrays.asList(
        LocalDate.of(2024, 1, 1), null)));
    assertThrows(IllegalArgumentException.class, () -> new EarningsBlackoutFilter(NYSE, -1, 2));
    assertThrows(IllegalArgumentException.class, () -> HOURS.check(null));
    assertThrows(IllegalArgumentException.class, () -> TradeContext.of("X", null));
    assertEquals("earningsDates element must not be null", assertThrows(IllegalArgumentException.class,
        () -> TradeContext.of("X", Instant.EPOCH).withEarningsDates(Arrays.asList(LocalDate.MIN, null)))
        .getMessage());
  }
}
