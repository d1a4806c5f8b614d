package io.quantor.backtest.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantor.backtest.walkforward.FoldResult;
import io.quantor.backtest.walkforward.WalkForwardResult;
import io.quantor.core.testing.SharedData;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tear sheet of ORCL against YHOO, 1996-2014, with a walk-forward, trades, validation and an extra
 * section. Figures shown on the page are checked against {@code shared/reference/metrics/metrics.json}
 * (empyrical's formulas, computed in numpy and cross-checked in R; see its README), formatted as the page
 * formats them: percentages and ratios to 2 decimals, so the comparison is to the displayed precision.
 * The JSON figures are compared to 1e-10 relative, the tolerance the metrics package guarantees.
 */
class TearSheetTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CHARTS = List.of("equity", "underwater", "monthly-returns",
      "rolling-sharpe", "return-distribution", "walk-forward-sharpe");

  private static OrclSampleRun run;
  private static TearSheet sheet;
  private static String html;
  private static HtmlPage page;
  private static JsonNode reference;

  @BeforeAll
  static void build() throws Exception {
    run = OrclSampleRun.load();
    sheet = run.tearSheet();
    html = sheet.html();
    page = new HtmlPage(html);
    reference = JSON.readTree(SharedData.file("reference/metrics/metrics.json").toFile());
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.2f %%", 100 * fraction);
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  @Test
  void everySectionIsPresentInPageOrder() {
    assertEquals(List.of("summary", "equity", "drawdowns", "monthly", "years", "rolling", "distribution",
        "walk-forward", "validation", "trades", "section-1"), page.sectionIds());
    for (String id : page.sectionIds()) {
      assertEquals(1, page.count("<a href=\"#" + id + "\">"), "navigation link to " + id);
    }
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void everyChartIsAnEmbeddedPngOfItsDeclaredSize() {
    List<Map<String, String>> images = page.images();
    assertEquals(CHARTS, images.stream().map(i -> i.get("data-chart")).toList());
    assertEquals(Integer.toString(CHARTS.size()), html.replaceAll("(?s).*<body data-charts=\"(\\d+)\".*",
        "$1"));
    for (Map<String, String> image : images) {
      String chart = image.get("data-chart");
      assertEquals("chart-" + chart, image.get("id"));
      assertFalse(image.get("alt").isBlank(), chart);
      String src = image.get("src");
      assertTrue(src.startsWith("data:image/png;base64,"), chart);
      byte[] png = Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
      assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
          java.util.Arrays.copyOf(png, 8), chart);
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      assertEquals(Integer.parseInt(image.get("width")), ByteBuffer.wrap(png, 16, 4).getInt(), chart);
      assertEquals(Integer.parseInt(image.get("height")), ByteBuffer.wrap(png, 20, 4).getInt(), chart);
      assertTrue(png.length > 5_000, chart + " is only " + png.length + " bytes");
    }
  }

  @Test
  void pageLoadsNothingFromOutside() {
    assertFalse(html.contains("http://"));
    assertFalse(html.contains("https://"));
    assertFalse(html.contains("<link"));
    assertFalse(html.contains("@import"));
    assertFalse(html.contains("url("));
    assertFalse(html.contains("src=\"//"));
    assertEquals(CHARTS.size(), page.count(" src=\""), "only the chart images have a source");
    assertEquals(CHARTS.size(), page.count(" src=\"data:image/png;base64,"));
    assertEquals(1, page.count("<script>"), "one inline script, no script source");
  }

  @Test
  void summaryShowsTheReferenceMetrics() {
    JsonNode full = reference.get("full_period");
    double benchmarkGrowth = 1;
    for (double r : run.yhoo) {
      benchmarkGrowth *= 1 + r;
    }
    assertEquals(List.of("Cumulative return", pct(full.get("cumulative_return").asDouble()),
        pct(benchmarkGrowth - 1)), page.summaryRow("Cumulative return"));
    assertEquals(pct(full.get("annual_return").asDouble()), page.summaryRow("CAGR").get(1));
    assertEquals(pct(full.get("benchmark_annual_return").asDouble()), page.summaryRow("CAGR").get(2));
    assertEquals(pct(full.get("annual_volatility").asDouble()), page.summaryRow("Annual volatility")
        .get(1));
    assertEquals(pct(full.get("benchmark_annual_volatility").asDouble()),
        page.summaryRow("Annual volatility").get(2));
    assertEquals(num(full.get("sharpe_ratio_rf0").asDouble()), page.summaryRow("Sharpe ratio").get(1));
    assertEquals(num(full.get("sortino_ratio").asDouble()), page.summaryRow("Sortino ratio").get(1));
    assertEquals(num(full.get("calmar_ratio").asDouble()), page.summaryRow("Calmar ratio").get(1));
    assertEquals(pct(full.get("max_drawdown").asDouble()), page.summaryRow("Maximum drawdown").get(1));
    JsonNode detail = full.get("max_drawdown_detail");
    assertEquals(detail.get("peak_date").asText(), page.summaryRow("Maximum drawdown peak").get(1));
    assertEquals(detail.get("trough_date").asText(), page.summaryRow("Maximum drawdown trough").get(1));
    assertEquals(detail.get("recovery_date").asText(), page.summaryRow("Maximum drawdown recovery")
        .get(1));
    assertEquals(Integer.toString(detail.get("peak_to_recovery_bars").asInt()),
        page.summaryRow("Maximum drawdown duration (returns)").get(1));
    assertEquals(pct(-full.get("empyrical_value_at_risk_5pct").asDouble()),
        page.summaryRow("VaR 95 % (one period, loss)").get(1));
    assertEquals(pct(full.get("alpha").asDouble()), page.summaryRow("Alpha (annualized)").get(1));
    assertEquals(num(full.get("beta").asDouble()), page.summaryRow("Beta").get(1));
    assertEquals(num(full.get("information_ratio_annualized").asDouble()),
        page.summaryRow("Information ratio (annualized)").get(1));
    assertEquals(pct(full.get("tracking_error_annualized").asDouble()), page.summaryRow("Tracking error")
        .get(1));
    assertTrue(html.contains("<td class=\"num neg\">-84.19 %</td>"), "negative figures are marked");
  }

  @Test
  void yearTableMatchesTheReferencePerCalendarYear() {
    JsonNode years = reference.get("per_calendar_year");
    List<List<String>> rows = page.rows("years");
    assertEquals(years.size(), rows.size());
    Iterator<String> names = years.fieldNames();
    for (List<String> row : rows) {
      String year = names.next();
      JsonNode y = years.get(year);
      assertEquals(year, row.get(0));
      assertEquals(pct(y.get("cumulative_return").asDouble()), row.get(1), year);
      assertEquals(pct(y.get("annual_volatility").asDouble()), row.get(3), year);
      assertEquals(num(y.get("sharpe_ratio_rf0").asDouble()), row.get(4), year);
      assertEquals(num(y.get("sortino_ratio").asDouble()), row.get(5), year);
      assertEquals(pct(y.get("max_drawdown").asDouble()), row.get(6), year);
      assertEquals(num(y.get("beta").asDouble()), row.get(7), year);
      assertEquals(Integer.toString(y.get("n_returns").asInt()), row.get(8), year);
    }
  }

  @Test
  void benchmarkColumnOfTheYearTableCompoundsTheBenchmarksReturns() {
    List<List<String>> rows = page.rows("years");
    for (List<String> row : rows) {
      int year = Integer.parseInt(row.get(0));
      double growth = 1;
      for (int i = 0; i < run.dates.length; i++) {
        if (run.dates[i].getYear() == year) {
          growth *= 1 + run.yhoo[i];
        }
      }
      assertEquals(pct(growth - 1), row.get(2), Integer.toString(year));
    }
  }

  @Test
  void drawdownTableListsTheFiveDeepestStartingWithTheReferenceMaximum() {
    List<List<String>> rows = page.rows("drawdowns");
    assertEquals(TearSheet.DRAWDOWN_ROWS, rows.size());
    JsonNode detail = reference.get("full_period").get("max_drawdown_detail");
    assertEquals(List.of("1", pct(reference.get("full_period").get("max_drawdown").asDouble()),
        detail.get("peak_date").asText(), detail.get("trough_date").asText(),
        detail.get("recovery_date").asText(), "435", "3160", "3595"), rows.get(0));
    double previous = Double.NEGATIVE_INFINITY;
    for (List<String> row : rows) {
      double depth = Double.parseDouble(row.get(1).replace(" %", ""));
      assertTrue(depth >= previous, "deepest first: " + rows);
      previous = depth;
    }
  }

  @Test
  void walkForwardSectionListsEveryFoldAndTheVerdict() {
    WalkForwardResult wf = run.walkForward();
    List<List<String>> rows = page.rows("folds");
    assertEquals(wf.folds().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      FoldResult f = wf.folds().get(i);
      List<String> row = rows.get(i);
      assertEquals(Integer.toString(f.fold().index()), row.get(0));
      assertEquals(f.fold().trainStart().toString(), row.get(1));
      assertEquals(f.fold().testStart().toString(), row.get(2));
      assertEquals(f.fold().testEnd().toString(), row.get(3));
      assertEquals("{lookback=" + f.chosen().getInt("lookback") + "}", row.get(6));
      assertEquals(num(f.outOfSampleSharpe()), row.get(8));
      assertEquals(pct(f.outOfSampleReturn()), row.get(9));
      assertEquals(Integer.toString(f.trades()), row.get(10));
    }
    String verdict = wf.verdict().accepted() ? "ACCEPTED" : "REJECTED";
    assertTrue(html.contains("\">Verdict: " + verdict + "</p>"), verdict);
    for (String reason : wf.verdict().reasons()) {
      assertTrue(html.contains("<li>" + HtmlEscapes.escape(reason) + "</li>"), reason);
    }
  }

  @Test
  void validationTradesAndExtraSectionAreShown() {
    ValidationSummary v = run.validation();
    List<List<String>> validation = page.rows("validation");
    assertEquals(5, validation.size());
    assertEquals(pct(v.probabilisticSharpe()), validation.get(0).get(1));
    assertEquals(pct(v.deflatedSharpe()), validation.get(1).get(1));
    assertEquals("5", validation.get(2).get(1));
    assertEquals(pct(v.pbo()), validation.get(3).get(1));
    assertEquals("[" + num(v.sharpeInterval().orElseThrow().lower()) + ", "
        + num(v.sharpeInterval().orElseThrow().upper()) + "]", validation.get(4).get(1));
    List<List<String>> trades = page.rows("trade-list");
    assertEquals(8, trades.size());
    assertEquals(List.of("1", "ORCL", "long", "100"), trades.get(0).subList(0, 4));
    assertEquals("short", trades.get(2).get(2));
    assertEquals("1996-09-05 16:00", trades.get(0).get(4), "times in the sheet's zone");
    assertEquals("8", page.rows("trade-statistics").get(0).get(0));
    assertTrue(html.contains("<h2>Regret against baselines</h2>\n<pre>baseline      CAGR   regret\n"));
  }

  @Test
  void jsonParsesBackWithTheMetricsAndTheWalkForwardResult() throws Exception {
    JsonNode json = JSON.readTree(sheet.json());
    JsonNode full = reference.get("full_period");
    JsonNode metrics = json.get("metrics").get("metrics");
    assertEquals(full.get("sharpe_ratio_rf0").asDouble(), metrics.get("sharpeRatio").asDouble(), 1e-10
        * Math.abs(full.get("sharpe_ratio_rf0").asDouble()));
    assertEquals(full.get("max_drawdown").asDouble(), metrics.get("maxDrawdown").get("depth").asDouble(),
        1e-10);
    assertEquals(full.get("beta").asDouble(), metrics.get("benchmark").get("alphaBeta").get("beta")
        .asDouble(), 1e-10);
    assertEquals("2000-09-01", json.get("metrics").get("peakDate").asText());
    assertEquals("YHOO", json.get("benchmark").asText());
    assertEquals(4712, json.get("returns").asInt());
    assertEquals(19, json.get("years").size());
    assertEquals(full.get("n_returns").asInt(), json.get("metrics").get("metrics").get("count").asInt());
    assertEquals(reference.get("per_calendar_year").get("2008").get("sharpe_ratio_rf0").asDouble(),
        json.get("years").get("2008").get("metrics").get("sharpeRatio").asDouble(), 1e-9);
    assertEquals(TearSheet.DRAWDOWN_ROWS, json.get("drawdowns").size());
    assertEquals("2014-12-18", json.get("drawdowns").get(0).get("recoveryDate").asText());
    assertEquals(8, json.get("trades").size());
    assertEquals("ORCL", json.get("trades").get(0).get("instrument").get("symbol").asText());
    assertFalse(json.get("trades").get(0).has("long"), "side says it; no derived property");
    assertEquals(5, json.get("validation").get("trials").asInt());
    assertEquals("Regret against baselines", json.get("sections").get(0).get("heading").asText());
    WalkForwardResult wf = WalkForwardResult.fromJson(json.get("walkForward").toString());
    assertEquals(run.walkForward(), wf);
    // 1996 starts mid-April: the monthly map has no January to March 1996.
    assertFalse(json.get("monthlyReturns").has("1996-03"));
    assertTrue(json.get("monthlyReturns").has("1996-04"));
  }

  @Test
  void writesTheExampleReportAndOneChartForViewing() throws Exception {
    Path target = Path.of("target");
    Files.createDirectories(target);
    Path report = target.resolve("tearsheet-example.html");
    sheet.write(report);
    Files.writeString(target.resolve("tearsheet-example.json"), sheet.json());
    String src = page.images().get(0).get("src");
    byte[] png = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
    Files.write(target.resolve("tearsheet-equity.png"), png);
    assertEquals(html, Files.readString(report));
    assertEquals(png.length, Files.size(target.resolve("tearsheet-equity.png")));
  }
}
