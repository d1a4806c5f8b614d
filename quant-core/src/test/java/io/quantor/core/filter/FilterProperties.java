package io.quantor.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the trade filters: market hours against an independent computation from the zone's UTC
 * offset, trading-day counting against stepping, the earnings blackout against signed trading-day
 * distances, spread decisions invariant to the price scale, and the composite's report equal to running
 * each filter alone.
 */
class FilterProperties {

  private static final ExchangeCalendar NYSE = FilterExamplesTest.NYSE;
  private static final long START_2024 = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
  private static final long SECONDS_2024 = 366L * 86_400;

  /** Instants of 2024 whose minutes are mostly whole (so the window edges are hit), some arbitrary. */
  @Provide
  Arbitrary<Instant> instants2024() {
    Arbitrary<Instant> onMinutes = Arbitraries.longs().between(0, SECONDS_2024 / 60 - 1)
        .map(m -> Instant.ofEpochSecond(START_2024 + m * 60));
    Arbitrary<Instant> any = Arbitraries.longs().between(0, SECONDS_2024 * 1000 - 1)
        .map(ms -> Instant.ofEpochMilli(START_2024 * 1000 + ms));
    // Near the window edges of a random day, in either DST state.
    Arbitrary<Instant> edges = Arbitraries.integers().between(0, 365).flatMap(day ->
        Arbitraries.of(570, 945, 765).flatMap(edge -> Arbitraries.integers().between(-2, 2).map(d -> {
          LocalDate date = LocalDate.of(2024, 1, 1).plusDays(day);
          return date.atStartOfDay(ExchangeCalendar.NEW_YORK).toInstant()
              .plusSeconds(60L * (edge + d));
        })));
    return Arbitraries.oneOf(onMinutes, any, edges);
  }

  @Property(tries = 1000)
  void marketHoursMatchAnOffsetComputation(@ForAll("instants2024") Instant t) {
    ZoneOffset offset = ExchangeCalendar.NEW_YORK.getRules().getOffset(t);
    long local = t.getEpochSecond() + offset.getTotalSeconds();
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
    long secondOfDay = Math.floorMod(local, 86_400);
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    boolean holiday = FilterExamplesTest.HOLIDAYS_2024.contains(date);
    boolean early = date.equals(LocalDate.of(2024, 7, 3)) || date.equals(LocalDate.of(2024, 11, 29))
        || date.equals(LocalDate.of(2024, 12, 24));
    long end = early ? 12 * 3600 + 45 * 60 : 15 * 3600 + 45 * 60;
    FilterReason expected = weekend ? FilterReason.WEEKEND
        : holiday ? FilterReason.HOLIDAY
        : secondOfDay < 9 * 3600 + 30 * 60 ? FilterReason.BEFORE_OPEN
        : secondOfDay >= end ? FilterReason.AFTER_CLOSE
        : FilterReason.NONE;
    FilterResult r = new MarketHoursFilter(NYSE).check(TradeContext.of("X", t));
    assertSame(expected, r.reason(), t + " " + r.detail());
    assertEquals(expected == FilterReason.NONE, NYSE.isOpen(t));
    Statistics.label("reason").collect(expected);
    Statistics.label("reason").coverage(c -> {
      for (FilterReason reason : List.of(FilterReason.NONE, FilterReason.WEEKEND, FilterReason.HOLIDAY,
          FilterReason.BEFORE_OPEN, FilterReason.AFTER_CLOSE)) {
        c.check(reason).count(n -> n > 5);
      }
    });
  }

  @Property(tries = 300)
  void addingAndCountingTradingDaysAgree(@ForAll @IntRange(min = 0, max = 365) int day,
      @ForAll @IntRange(min = -30, max = 30) int n) {
    LocalDate from = LocalDate.of(2024, 1, 1).plusDays(day);
    LocalDate to = NYSE.addTradingDays(from, n);
    if (n != 0) {
      assertTrue(NYSE.isTradingDay(to), to.toString());
    }
    // Counting covers (from, to] or (to, from]: a closed 'from' is not counted going backwards.
    int expected = n < 0 && !NYSE.isTradingDay(from) ? n + 1 : n;
    assertEquals(expected, NYSE.tradingDaysBetween(from, to), from + " + " + n + " = " + to);
  }

  @Property(tries = 300)
  void blackoutIsASignedTradingDayDistance(@ForAll @IntRange(min = 0, max = 365) int tradeDay,
      @ForAll @IntRange(min = -12, max = 12) int offset, @ForAll @IntRange(min = 0, max = 5) int before,
      @ForAll @IntRange(min = 0, max = 5) int after) {
    LocalDate trade = NYSE.addTradingDays(LocalDate.of(2024, 1, 1).plusDays(tradeDay), 1);
    // Earnings on a trading day: the blackout holds exactly when -before <= distance <= after.
    LocalDate earnings = NYSE.addTradingDays(NYSE.addTradingDays(trade, -1), 1 + offset);
    int distance = NYSE.tradingDaysBetween(earnings, trade);
    Instant t = trade.atTime(LocalTime.NOON).atZone(ZoneId.of("America/New_York")).toInstant();
    FilterResult r = new EarningsBlackoutFilter(NYSE, before, after)
        .check(TradeContext.of("X", t).withEarningsDates(List.of(earnings)));
    boolean blocked = distance >= -before && distance <= after;
    assertEquals(blocked, !r.passed(), trade + " earnings " + earnings + " distance " + distance);
    Statistics.label("blocked").collect(blocked);
    Statistics.label("blocked").coverage(c -> c.check(true).percentage(p -> p > 15));
  }

  @Property(tries = 300)
  void spreadDecisionDoesNotDependOnThePriceScale(
      @ForAll @DoubleRange(min = 1, max = 1000) double bid,
      @ForAll @IntRange(min = 0, max = 400) int spreadBasisPointsTenths,
      @ForAll @IntRange(min = -10, max = 10) int power) {
    double ask = bid * (1 + spreadBasisPointsTenths * 1e-5);
    double scale = Math.scalb(1.0, power);
    SpreadFilter f = SpreadFilter.defaults();
    TradeContext c = TradeContext.of("X", Instant.EPOCH);
    FilterResult a = f.check(c.withQuote(bid, ask));
    FilterResult b = f.check(c.withQuote(bid * scale, ask * scale));
    assertSame(a.reason(), b.reason());
    double fraction = (ask - bid) / ((ask + bid) / 2);
    if (Math.abs(fraction - 0.001) > 1e-12) {
      assertEquals(fraction < 0.001, a.passed(), "fraction " + fraction);
    }
  }

  @Property(tries = 200)
  void compositeReportsExactlyTheFailingFilters(@ForAll("instants2024") Instant t,
      @ForAll @DoubleRange(min = 0, max = 2e6) double volume, @ForAll @IntRange(min = 0, max = 30) int bps,
      @ForAll @LongRange(min = -20, max = 20) long earningsOffset) {
    TradeContext c = TradeContext.of("X", t).withQuote(100, 100 + bps * 0.01)
        .withDailyVolumes(volume, volume, volume, volume, volume, volume, volume, volume, volume, volume)
        .withEarningsDates(List.of(NYSE.localDate(t).plusDays(earningsOffset)));
    CompositeFilter all = CompositeFilter.defaults(NYSE);
    FilterReport report = all.evaluate(c);
    List<FilterReason> expected = new ArrayList<>();
    for (TradeFilter f : all.filters()) {
      FilterResult r = f.check(c);
      assertEquals(f.name(), r.filter());
      if (!r.passed()) {
        expected.add(r.reason());
      }
    }
    assertEquals(expected, report.reasons());
    assertEquals(expected.isEmpty(), report.passed());
    Statistics.label("failures").collect(expected.size());
  }
}
