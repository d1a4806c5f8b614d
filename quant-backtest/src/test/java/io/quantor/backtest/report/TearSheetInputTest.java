package io.quantor.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantor.backtest.metrics.Trade;
import io.quantor.backtest.walkforward.Fold;
import io.quantor.backtest.walkforward.FoldPlan;
import io.quantor.backtest.walkforward.FoldResult;
import io.quantor.backtest.walkforward.Parameters;
import io.quantor.backtest.walkforward.Verdict;
import io.quantor.backtest.walkforward.WalkForwardResult;
import io.quantor.backtest.walkforward.WindowType;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.Side;
import java.awt.GraphicsEnvironment;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tear sheets of small synthetic runs: escaping, determinism, optional parts, odd inputs, misuse. */
class TearSheetInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** {@code n} weekdays from 2019-01-02 at 16:00 New York. */
  static long[] weekdays(int n) {
    long[] times = new long[n];
    LocalDate d = LocalDate.of(2019, 1, 2);
    for (int i = 0; i < n; ) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        times[i++] = d.atTime(LocalTime.of(16, 0)).atZone(NEW_YORK).toInstant().toEpochMilli();
      }
      d = d.plusDays(1);
    }
    return times;
  }

  /** Seeded normal returns, mean 3e-4, standard deviation 1 %. */
  static double[] returns(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = 3e-4 + 0.01 * random.nextGaussian();
    }
    return r;
  }

  private static final String HOSTILE_TITLE = "<script>alert(\"t\")</script> & 'q'";
  private static final String HOSTILE_BENCHMARK = "S&P <500>";
  private static final String HOSTILE_SYMBOL = "<b>X&Y</b>";
  private static final String HOSTILE_PARAMETER = "fast<slow";
  private static final String HOSTILE_REASON = "<i>too few</i> trades & \"noise\"";
  private static final String HOSTILE_HEADING = "</h2><img src=x onerror=alert(1)>";
  private static final String HOSTILE_TEXT = "</pre><script>bad()</script>";

  /** A hand-made walk-forward result of two folds over the given times. */
  private static WalkForwardResult walkForward(long[] times, String parameter, String reason) {
    LocalDate day0 = LocalDate.ofInstant(Instant.ofEpochMilli(times[0]), NEW_YORK);
    List<FoldResult> folds = List.of(
        new FoldResult(new Fold(0, 0, 120, 120, 140, day0, day0.plusMonths(6), day0.plusMonths(7)),
            Parameters.of(Map.of(parameter, 10.0)), 1.2, 0.8, 0.02, 5, 3),
        new FoldResult(new Fold(1, 20, 140, 140, 160, day0.plusMonths(1), day0.plusMonths(7),
            day0.plusMonths(8)), Parameters.of(Map.of(parameter, 20.0)), 0.9, -0.3, -0.01, 4, 1));
    double[] oos = returns(40, 9);
    long[] oosTimes = java.util.Arrays.copyOfRange(times, 120, 160);
    return new WalkForwardResult(FoldPlan.of(6, 1, WindowType.ROLLING, 2), folds, oosTimes, oos, 3,
        new Verdict(false, 0.25, 0.44, 9, List.of(reason)));
  }

  private static TearSheet hostileSheet() {
    long[] times = weekdays(300);
    Trade trade = Trade.of(Instrument.stock(HOSTILE_SYMBOL), Side.BUY, 10,
        Instant.ofEpochMilli(times[10]), Instant.ofEpochMilli(times[20]), 100, 103, 10, 1);
    return TearSheet.builder(HOSTILE_TITLE)
        .returns(times, returns(300, 1))
        .benchmark(HOSTILE_BENCHMARK, returns(300, 2))
        .walkForward(walkForward(times, HOSTILE_PARAMETER, HOSTILE_REASON))
        .trades(List.of(trade))
        .validation(ValidationSummary.of(0.9, 0.6, 3, 0.2, null))
        .section(HOSTILE_HEADING, HOSTILE_TEXT)
        .build();
  }

  private static TearSheet hostile;

  @BeforeAll
  static void buildTheHostileSheet() {
    hostile = hostileSheet();
  }

  @Test
  void escapesEveryTextThatComesFromData() {
    String html = hostile.html();
    HtmlPage page = new HtmlPage(html);
    for (String text : List.of(HOSTILE_TITLE, HOSTILE_BENCHMARK, HOSTILE_SYMBOL, HOSTILE_REASON,
        HOSTILE_HEADING, HOSTILE_TEXT)) {
      assertTrue(html.contains(HtmlEscapes.escape(text)), text);
      assertFalse(html.contains(text), text);
    }
    assertTrue(html.contains("{fast&lt;slow=10}"));
    assertFalse(html.contains("{fast<slow"));
    assertEquals(1, page.count("<script>"), "only the page's own script");
    assertEquals(page.images().size(), page.count("<img "), "no injected image");
    assertEquals(6, page.images().size());
    assertEquals("<title>" + HtmlEscapes.escape(HOSTILE_TITLE) + "</title>",
        html.substring(html.indexOf("<title>"), html.indexOf("</title>") + 8));
  }

  @Test
  void sameInputGivesTheSameBytes() {
    TearSheet again = hostileSheet();
    assertEquals(hostile.html(), again.html());
    assertEquals(hostile.json(), again.json());
    assertEquals(hostile.html(), hostile.html());
  }

  /**
   * Drawing needs no display and the tear sheet sets no system property: on a machine without
   * {@code DISPLAY} (a server, CI) the JDK's AWT is headless by itself.
   */
  @Test
  void drawsWithoutADisplayAndLeavesTheHeadlessPropertyAlone() {
    String before = System.getProperty("java.awt.headless");
    TearSheet sheet = TearSheet.builder("Headless").returns(weekdays(30), returns(30, 8)).build();
    assertEquals(before, System.getProperty("java.awt.headless"));
    assertEquals(4, new HtmlPage(sheet.html()).images().size(), "no rolling chart for 30 returns");
    if (System.getenv("DISPLAY") == null) {
      assertTrue(GraphicsEnvironment.isHeadless(), "no DISPLAY, yet AWT is not headless");
    }
  }

  @Test
  void leavesOutTheSectionsOfPartsNotGiven() throws Exception {
    long[] times = weekdays(260);
    TearSheet sheet = TearSheet.builder("Bare").returns(times, returns(260, 3)).build();
    HtmlPage page = new HtmlPage(sheet.html());
    assertEquals(List.of("summary", "equity", "drawdowns", "monthly", "years", "rolling",
        "distribution"), page.sectionIds());
    assertEquals(List.of("equity", "underwater", "monthly-returns", "rolling-sharpe",
        "return-distribution"), page.images().stream().map(i -> i.get("data-chart")).toList());
    assertEquals(2, page.rows("metrics").get(0).size(), "no benchmark column");
    JsonNode json = JSON.readTree(sheet.json());
    for (String absent : List.of("benchmark", "benchmarkMetrics", "benchmarkMonthlyReturns", "walkForward",
        "tradeStatistics", "trades", "validation")) {
      assertTrue(json.get(absent).isNull(), absent);
    }
    assertTrue(json.get("metrics").get("metrics").get("benchmark").isNull());
    assertEquals(0, json.get("sections").size());
  }

  @Test
  void aShortSeriesHasNoRollingChartAndSaysWhy() {
    TearSheet sheet = TearSheet.builder("Short").returns(weekdays(60), returns(60, 4)).rollingWindow(60)
        .build();
    String html = sheet.html();
    assertFalse(html.contains("data-chart=\"rolling-sharpe\""));
    assertTrue(html.contains("Only 60 returns: the rolling window of 60 returns needs more."));
  }

  @Test
  void undefinedFiguresAreNotApplicableOnThePageAndNullInTheJson() throws Exception {
    // Constant gains: no dispersion, no drawdown, so Sharpe, Sortino, Calmar and skewness do not exist.
    double[] flat = new double[200];
    java.util.Arrays.fill(flat, 0.001);
    TearSheet sheet = TearSheet.builder("Flat").returns(weekdays(200), flat).rollingWindow(20).build();
    HtmlPage page = new HtmlPage(sheet.html());
    assertEquals("n/a", page.summaryRow("Sharpe ratio").get(1));
    assertEquals("n/a", page.summaryRow("Calmar ratio").get(1));
    assertTrue(sheet.html().contains("The wealth never fell below its running maximum."));
    JsonNode metrics = JSON.readTree(sheet.json()).get("metrics").get("metrics");
    assertTrue(metrics.get("sharpeRatio").isNull());
    assertTrue(metrics.get("calmarRatio").isNull());
    assertEquals(0.0, metrics.get("maxDrawdown").get("depth").asDouble());
    assertFalse(sheet.json().contains("NaN"));
  }

  @Test
  void compoundsTheBarsOfEachDateIntoOneReturn() throws Exception {
    // Three days of four hourly bars each, 10:00 to 13:00 New York.
    long[] times = new long[12];
    double[] r = new double[12];
    double[] expected = {1, 1, 1};
    for (int i = 0; i < 12; i++) {
      LocalDate day = LocalDate.of(2024, 3, 4).plusDays(i / 4);
      times[i] = day.atTime(10 + i % 4, 0).atZone(NEW_YORK).toInstant().toEpochMilli();
      r[i] = 0.001 * (i - 5);
      expected[i / 4] *= 1 + r[i];
    }
    TearSheet sheet = TearSheet.builder("Hourly").returns(times, r).build();
    assertEquals(3, sheet.metrics().metrics().count());
    assertEquals(LocalDate.of(2024, 3, 6), sheet.metrics().lastDate());
    JsonNode json = JSON.readTree(sheet.json());
    assertEquals(12, json.get("bars").asInt());
    assertEquals(3, json.get("returns").asInt());
    assertEquals(expected[0] * expected[1] * expected[2] - 1, json.get("metrics").get("metrics")
        .get("cumulativeReturn").asDouble(), 1e-15);
    assertTrue(sheet.html().contains("3 returns (12 bars compounded by date)"));
  }

  @Test
  void listsAtMostFiveHundredTradesAndSaysSo() throws Exception {
    long[] times = weekdays(300);
    List<Trade> trades = new ArrayList<>();
    for (int i = 0; i < TearSheet.MAX_TRADE_ROWS + 1; i++) {
      trades.add(Trade.of(Instrument.stock("T" + i), i % 2 == 0 ? Side.BUY : Side.SELL, 1,
          Instant.ofEpochMilli(times[i % 290]), Instant.ofEpochMilli(times[i % 290 + 5]), 50, 51, 5, 0.1));
    }
    TearSheet sheet = TearSheet.builder("Many trades").returns(times, returns(300, 5)).trades(trades)
        .build();
    HtmlPage page = new HtmlPage(sheet.html());
    assertEquals(TearSheet.MAX_TRADE_ROWS, page.rows("trade-list").size());
    assertTrue(sheet.html().contains("Showing the first 500 of 501 trades; the JSON result lists them all."));
    assertEquals("T499", page.rows("trade-list").get(499).get(1));
    assertEquals(501, JSON.readTree(sheet.json()).get("trades").size());
  }

  @Test
  void anEmptyTradeListSaysThereWereNone() {
    TearSheet sheet = TearSheet.builder("No trades").returns(weekdays(50), returns(50, 6))
        .trades(List.of()).build();
    assertTrue(sheet.html().contains("<section id=\"trades\">\n<h2>Trades</h2>\n<p class=\"note\">No trades."
        + "</p>"));
  }

  @Test
  void rejectsMisuseNamingTheParameter() {
    long[] times = weekdays(10);
    double[] r = returns(10, 7);
    assertMessage("title", () -> TearSheet.builder(" "));
    assertMessage("returns must be set", () -> TearSheet.builder("x").build());
    assertMessage("10 returns", () -> TearSheet.builder("x").returns(weekdays(9), r));
    long[] unordered = times.clone();
    unordered[5] = unordered[4];
    assertMessage("epochMillis must be strictly increasing",
        () -> TearSheet.builder("x").returns(unordered, r).build());
    double[] ruin = r.clone();
    ruin[3] = -1;
    assertMessage("returns[3]", () -> TearSheet.builder("x").returns(times, ruin).build());
    double[] nan = r.clone();
    nan[2] = Double.NaN;
    assertMessage("benchmark[2]", () -> TearSheet.builder("x").returns(times, r).benchmark("B", nan)
        .build());
    assertMessage("benchmark returns must have the length of returns (10), was 9",
        () -> TearSheet.builder("x").returns(times, r).benchmark("B", returns(9, 1)).build());
    assertMessage("baseDate", () -> TearSheet.builder("x").returns(times, r)
        .baseDate(LocalDate.of(2019, 1, 2)).build());
    assertMessage("rollingWindow must be >= 2, was 1", () -> TearSheet.builder("x").rollingWindow(1));
    assertMessage("periodsPerYear must be >= 1, was 0", () -> TearSheet.builder("x").periodsPerYear(0));
    assertMessage("trades", () -> TearSheet.builder("x").trades(java.util.Arrays.asList((Trade) null)));
    assertMessage("section heading", () -> TearSheet.builder("x").section("", "text"));
  }

  private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
