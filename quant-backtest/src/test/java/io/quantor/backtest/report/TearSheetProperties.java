package io.quantor.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class TearSheetProperties {

  /** Escaped text holds no markup character and unescapes to the original. */
  @Property(tries = 200)
  void escapingRemovesEveryMarkupCharacterAndIsReversible(@ForAll String text) {
    String escaped = TearSheetHtml.escape(text);
    for (char c : new char[] {'<', '>', '"', '\''}) {
      assertFalse(escaped.indexOf(c) >= 0, () -> "found " + c + " in " + escaped);
    }
    assertEquals(text, HtmlEscapes.unescape(escaped));
  }

  /**
   * Compounding bars by date keeps the total growth, gives strictly increasing dates, one per distinct
   * date of the bars, and leaves a series of one bar a day unchanged.
   */
  @Property(tries = 150)
  void compoundingByDateKeepsTheTotalGrowth(
      @ForAll @Size(min = 1, max = 60) double[] raw,
      @ForAll @LongRange(min = 1_500_000_000_000L, max = 1_800_000_000_000L) long start,
      @ForAll @IntRange(min = 1, max = 40) int stepHours,
      @ForAll("zones") String zoneId) {
    ZoneId zone = ZoneId.of(zoneId);
    long[] times = new long[raw.length];
    double[] r = new double[raw.length];
    double growth = 1;
    for (int i = 0; i < raw.length; i++) {
      times[i] = start + i * stepHours * 3_600_000L;
      // Map any double to a return in (-0.5, 0.5).
      r[i] = Double.isFinite(raw[i]) ? 0.5 * Math.tanh(raw[i]) : 0.01;
      growth *= 1 + r[i];
    }
    DailyReturns daily = DailyReturns.of(times, r, null, zone);
    double compounded = 1;
    // A daily return is stored as (1 + x) - 1: near x = -1 the rounding of x is a relative error of
    // about eps / (1 + x) in the factor 1 + x, so the tolerance sums those condition numbers.
    double condition = 0;
    for (double x : daily.returns()) {
      compounded *= 1 + x;
      condition += 1 / (1 + x);
    }
    assertEquals(growth, compounded, 1e-13 * growth * (raw.length + condition));
    long distinct = java.util.Arrays.stream(times)
        .mapToObj(t -> LocalDate.ofInstant(Instant.ofEpochMilli(t), zone)).distinct().count();
    assertEquals(distinct, daily.size());
    for (int i = 1; i < daily.size(); i++) {
      assertEquals(true, daily.dates()[i].isAfter(daily.dates()[i - 1]));
    }
    if (distinct == raw.length) {
      assertEquals(java.util.Arrays.toString(r), java.util.Arrays.toString(daily.returns()));
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> zones() {
    return net.jqwik.api.Arbitraries.of("America/New_York", "UTC", "Asia/Tokyo", "Europe/London");
  }

  /**
   * The histogram's half range is the magnitude of one of the returns, and at most 1 % of the returns
   * (0.5 % on each side, rounded down) lie beyond it, to be counted in the outermost bins.
   */
  @Property(tries = 100)
  void histogramRangeLeavesAtMostOnePercentOutside(
      @ForAll @Size(min = 1, max = 300) double[] raw, @ForAll @DoubleRange(min = 0.01, max = 0.2) double s) {
    double[] r = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      r[i] = Double.isFinite(raw[i]) ? s * Math.tanh(raw[i]) : 0;
    }
    double bound = TearSheetCharts.tailBound(r);
    long outside = java.util.Arrays.stream(r).filter(x -> Math.abs(x) > bound).count();
    assertFalse(outside > Math.floor(0.01 * (r.length - 1)), outside + " of " + r.length + " beyond " + bound);
    assertEquals(true, java.util.Arrays.stream(r).anyMatch(x -> Math.abs(x) == bound));
  }
}
