package io.quantor.backtest.report;

import io.quantor.backtest.metrics.BenchmarkComparison;
import io.quantor.backtest.metrics.Drawdown;
import io.quantor.backtest.metrics.MetricsReport;
import io.quantor.backtest.metrics.PeriodMetrics;
import io.quantor.backtest.metrics.Trade;
import io.quantor.backtest.metrics.TradeStatistics;
import io.quantor.backtest.validation.BootstrapInterval;
import io.quantor.backtest.walkforward.FoldPlan;
import io.quantor.backtest.walkforward.FoldResult;
import io.quantor.backtest.walkforward.Verdict;
import io.quantor.backtest.walkforward.WalkForwardResult;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a {@link TearSheet} as one HTML page. Every text that comes from data (title, names, symbols,
 * parameter names, reasons, section text) goes through {@link #escape(String)}; numbers are formatted
 * with {@link Locale#ROOT}. The page holds no URL: styles are inline, images are {@code data:} URLs, and
 * the only script marks, on load, which chart images decoded (for automated checks in a browser).
 */
final class TearSheetHtml {

  private static final String NA = "n/a";

  private static final String CSS = String.join("\n",
      "body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#222;margin:0;"
          + "background:#f4f5f7;font-size:14px;line-height:1.4}",
      "main{max-width:1000px;margin:0 auto;padding:16px 20px 40px;background:#fff}",
      "h1{font-size:24px;margin:8px 0 4px}h2{font-size:18px;margin:28px 0 8px;"
          + "border-bottom:1px solid #ddd;padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}",
      ".meta{color:#555;margin:0 0 8px}",
      "nav{font-size:13px;margin:8px 0 0}nav a{margin-right:12px;color:#1f5fa8;text-decoration:none}",
      "figure{margin:8px 0 16px}figure img{max-width:100%;height:auto;display:block}",
      "figcaption{color:#555;font-size:12px;margin-top:4px}",
      "table{border-collapse:collapse;margin:6px 0 12px;font-size:13px}",
      "th,td{padding:3px 8px;border-bottom:1px solid #e4e4e4;text-align:left;vertical-align:top}",
      "th{background:#f0f2f5;font-weight:600}tbody tr:nth-child(even){background:#fafbfc}",
      "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      "td.neg{color:#b03a2e}",
      ".verdict{font-weight:700;padding:6px 10px;display:inline-block;border-radius:4px}",
      ".accepted{background:#e3f4e8;color:#1e6b3a}.rejected{background:#fbe5e2;color:#a3281b}",
      "pre{background:#f6f8fa;padding:10px;overflow-x:auto;font-size:12px;border:1px solid #e4e4e4}",
      ".note{color:#555;font-style:italic}",
      "footer{color:#777;font-size:12px;margin-top:32px}");

  /** Marks every chart image that decoded, then records the count on the body. */
  private static final String SCRIPT = String.join("\n",
      "window.addEventListener('load', function () {",
      "  var images = document.querySelectorAll('img[data-chart]');",
      "  var loaded = 0;",
      "  for (var i = 0; i < images.length; i++) {",
      "    var ok = images[i].complete && images[i].naturalWidth > 0;",
      "    images[i].setAttribute('data-loaded', ok ? 'true' : 'false');",
      "    if (ok) { loaded++; }",
      "  }",
      "  document.body.setAttribute('data-charts-loaded', String(loaded));",
      "  document.body.setAttribute('data-charts-state', 'checked');",
      "});");

  private final TearSheet sheet;
  private final StringBuilder out = new StringBuilder(1 << 20);
  private final DateTimeFormatter timeFormat;

  TearSheetHtml(TearSheet sheet) {
    this.sheet = sheet;
    this.timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(sheet.zone());
  }

  String render() {
    List<String[]> nav = navigation();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(sheet.title())).append("</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n")
        .append("<body data-charts=\"").append(sheet.charts().size()).append("\">\n<main>\n");
    header(nav);
    summary();
    chartSection("equity", "Equity", "equity");
    drawdowns();
    chartSection("monthly", "Monthly returns", "monthly-returns");
    years();
    rolling();
    chartSection("distribution", "Return distribution", "return-distribution");
    sheet.walkForward().ifPresent(this::walkForward);
    sheet.validation().ifPresent(this::validation);
    sheet.trades().ifPresent(this::trades);
    List<TextSection> extra = sheet.sections();
    for (int i = 0; i < extra.size(); i++) {
      out.append("<section id=\"section-").append(i + 1).append("\" class=\"extra\">\n<h2>")
          .append(escape(extra.get(i).heading())).append("</h2>\n<pre>").append(escape(extra.get(i).text()))
          .append("</pre>\n</section>\n");
    }
    out.append("<footer>Charts drawn with XChart. Metrics follow the formulas of empyrical 0.5.5 with a "
        + "risk-free rate of 0; drawdowns are negative fractions of the running maximum.</footer>\n")
        .append("</main>\n<script>\n").append(SCRIPT).append("\n</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private List<String[]> navigation() {
    List<String[]> nav = new ArrayList<>();
    nav.add(new String[] {"summary", "Summary"});
    nav.add(new String[] {"equity", "Equity"});
    nav.add(new String[] {"drawdowns", "Drawdowns"});
    nav.add(new String[] {"monthly", "Monthly"});
    nav.add(new String[] {"years", "Years"});
    nav.add(new String[] {"rolling", "Rolling Sharpe"});
    nav.add(new String[] {"distribution", "Distribution"});
    if (sheet.walkForward().isPresent()) {
      nav.add(new String[] {"walk-forward", "Walk-forward"});
    }
    if (sheet.validation().isPresent()) {
      nav.add(new String[] {"validation", "Validation"});
    }
    if (sheet.trades().isPresent()) {
      nav.add(new String[] {"trades", "Trades"});
    }
    for (int i = 0; i < sheet.sections().size(); i++) {
      nav.add(new String[] {"section-" + (i + 1), sheet.sections().get(i).heading()});
    }
    return nav;
  }

  private void header(List<String[]> nav) {
    DailyReturns d = sheet.daily();
    out.append("<header>\n<h1>").append(escape(sheet.title())).append("</h1>\n<p class=\"meta\">")
        .append(d.dates()[0]).append(" to ").append(d.dates()[d.size() - 1]).append(" &middot; ")
        .append(d.size()).append(" returns");
    if (d.compounded()) {
      out.append(" (").append(d.bars()).append(" bars compounded by date)");
    }
    sheet.benchmarkName().ifPresent(b -> out.append(" &middot; benchmark ").append(escape(b)));
    out.append(" &middot; ").append(escape(sheet.zone().getId())).append(" &middot; ")
        .append(sheet.periodsPerYear()).append(" periods a year, risk-free rate 0</p>\n<nav>");
    for (String[] link : nav) {
      out.append("<a href=\"#").append(link[0]).append("\">").append(escape(link[1])).append("</a>");
    }
    out.append("</nav>\n</header>\n");
  }

  // ------------------------------------------------------------------------------------------ summary

  private void summary() {
    MetricsReport s = sheet.metrics().metrics();
    Optional<PeriodMetrics> bm = sheet.benchmarkMetrics();
    MetricsReport b = bm.map(PeriodMetrics::metrics).orElse(null);
    open("summary", "Summary");
    out.append("<table class=\"metrics\">\n<thead><tr><th>Metric</th><th class=\"num\">")
        .append(TearSheet.STRATEGY).append("</th>");
    sheet.benchmarkName().ifPresent(n -> out.append("<th class=\"num\">").append(escape(n)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    metricRow("Cumulative return", s, b, m -> pct(m.cumulativeReturn()));
    metricRow("CAGR", s, b, m -> pct(m.annualReturn()));
    metricRow("Annual volatility", s, b, m -> pct(m.annualVolatility()));
    metricRow("Sharpe ratio", s, b, m -> num(m.sharpeRatio()));
    metricRow("Sortino ratio", s, b, m -> num(m.sortinoRatio()));
    metricRow("Calmar ratio", s, b, m -> num(m.calmarRatio()));
    metricRow("Maximum drawdown", s, b, m -> pct(m.maxDrawdown().depth()));
    PeriodMetrics sp = sheet.metrics();
    row("Maximum drawdown peak", sp.peakDate().toString(), bm.map(p -> p.peakDate().toString()));
    row("Maximum drawdown trough", sp.troughDate().toString(), bm.map(p -> p.troughDate().toString()));
    row("Maximum drawdown recovery", recovery(sp.recoveryDate()), bm.map(p -> recovery(p.recoveryDate())));
    metricRow("Maximum drawdown duration (returns)", s, b, m -> Integer.toString(
        m.maxDrawdown().durationBars()));
    metricRow("Omega ratio", s, b, m -> num(m.omegaRatio()));
    metricRow("Stability (R\u00b2 of log wealth)", s, b, m -> num(m.stability()));
    metricRow("Tail ratio", s, b, m -> num(m.tailRatio()));
    metricRow("Skewness", s, b, m -> num(m.skewness()));
    metricRow("Excess kurtosis", s, b, m -> num(m.excessKurtosis()));
    metricRow("VaR 95 % (one period, loss)", s, b, m -> pct(m.valueAtRisk()));
    metricRow("CVaR 95 % (one period, loss)", s, b, m -> pct(m.conditionalValueAtRisk()));
    metricRow("Positive periods", s, b, m -> pct(m.winRate()));
    metricRow("Profit factor (periods)", s, b, m -> num(m.profitFactor()));
    Optional<BenchmarkComparison> vs = s.benchmark();
    if (vs.isPresent()) {
      BenchmarkComparison c = vs.get();
      row("Alpha (annualized)", pct(c.alphaBeta().alpha()), Optional.of(""));
      row("Beta", num(c.alphaBeta().beta()), Optional.of(""));
      row("R\u00b2 against the benchmark", num(c.alphaBeta().rSquared()), Optional.of(""));
      row("Information ratio (annualized)", num(c.informationRatioAnnualized()), Optional.of(""));
      row("Tracking error", pct(c.trackingError()), Optional.of(""));
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void metricRow(String label, MetricsReport s, MetricsReport b,
      Function<MetricsReport, String> value) {
    row(label, value.apply(s), Optional.ofNullable(b).map(value));
  }

  private void row(String label, String strategy, Optional<String> benchmark) {
    out.append("<tr><th>").append(escape(label)).append("</th>");
    cell(strategy);
    benchmark.ifPresent(this::cell);
    out.append("</tr>\n");
  }

  // ---------------------------------------------------------------------------------------- drawdowns

  private void drawdowns() {
    open("drawdowns", "Drawdowns");
    figure("underwater");
    List<DatedDrawdown> list = sheet.drawdowns();
    out.append("<h3>The ").append(TearSheet.DRAWDOWN_ROWS).append(" deepest drawdowns</h3>\n");
    if (list.isEmpty()) {
      out.append("<p class=\"note\">The wealth never fell below its running maximum.</p>\n");
    } else {
      tableHead("drawdowns", "#", "Depth", "Peak", "Trough", "Recovery", "Peak to trough (returns)",
          "Trough to recovery (returns)", "Duration (returns)");
      int rank = 1;
      for (DatedDrawdown dd : list) {
        Drawdown d = dd.drawdown();
        out.append("<tr>");
        cell(Integer.toString(rank++));
        cell(pct(d.depth()));
        text(dd.peakDate().toString());
        text(dd.troughDate().toString());
        text(recovery(dd.recoveryDate()));
        cell(Integer.toString(d.peakToTroughBars()));
        cell(d.recovered() ? Integer.toString(d.troughToRecoveryBars()) : NA);
        cell(d.durationBars() + (d.recovered() ? "" : " (running)"));
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  // -------------------------------------------------------------------------------------------- years

  private void years() {
    boolean withBenchmark = sheet.benchmarkName().isPresent();
    open("years", "Calendar years");
    List<String> head = new ArrayList<>(List.of("Year", "Return"));
    if (withBenchmark) {
      head.add(escape(sheet.benchmarkName().get()));
    }
    head.addAll(List.of("Volatility", "Sharpe", "Sortino", "Max drawdown"));
    if (withBenchmark) {
      head.add("Beta");
    }
    head.add("Returns");
    tableHead("years", head.toArray(String[]::new));
    for (Map.Entry<Integer, PeriodMetrics> e : sheet.years().entrySet()) {
      MetricsReport m = e.getValue().metrics();
      out.append("<tr>");
      text(Integer.toString(e.getKey()));
      cell(pct(m.cumulativeReturn()));
      if (withBenchmark) {
        cell(pct(sheet.benchmarkYearReturn(e.getKey())));
      }
      cell(pct(m.annualVolatility()));
      cell(num(m.sharpeRatio()));
      cell(num(m.sortinoRatio()));
      cell(pct(m.maxDrawdown().depth()));
      if (withBenchmark) {
        cell(num(m.benchmark().map(c -> c.alphaBeta().beta()).orElse(Double.NaN)));
      }
      cell(Integer.toString(m.count()));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n<p class=\"note\">Return: compounded over the year's returns. "
        + "Volatility, Sharpe and Sortino are annualized from the year's own returns.</p>\n</section>\n");
  }

  private void rolling() {
    open("rolling", "Rolling Sharpe ratio");
    if (sheet.chart("rolling-sharpe").isPresent()) {
      figure("rolling-sharpe");
    } else {
      out.append("<p class=\"note\">Only ").append(sheet.daily().size()).append(" returns: the rolling "
          + "window of ").append(sheet.rollingWindow()).append(" returns needs more.</p>\n");
    }
    out.append("</section>\n");
  }

  // ------------------------------------------------------------------------------------- walk-forward

  private void walkForward(WalkForwardResult wf) {
    open("walk-forward", "Walk-forward");
    Verdict v = wf.verdict();
    out.append("<p class=\"verdict ").append(v.accepted() ? "accepted" : "rejected").append("\">Verdict: ")
        .append(v.accepted() ? "ACCEPTED" : "REJECTED").append("</p>\n<ul class=\"reasons\">\n");
    for (String reason : v.reasons()) {
      out.append("<li>").append(escape(reason)).append("</li>\n");
    }
    out.append("</ul>\n");
    FoldPlan plan = wf.plan();
    tableHead("walk-forward-summary", "Median OOS Sharpe", "OOS win rate", "OOS trades", "Folds",
        "Trials per fold", "Train / test months", "Windows");
    out.append("<tr>");
    cell(num(v.medianOutOfSampleSharpe()));
    cell(pct(v.outOfSampleWinRate()));
    cell(Long.toString(v.outOfSampleTrades()));
    cell(Integer.toString(wf.folds().size()));
    cell(Integer.toString(wf.trials()));
    cell(plan.trainMonths() + " / " + plan.testMonths());
    text(plan.windowType().toString().toLowerCase(Locale.ROOT));
    out.append("</tr>\n</tbody>\n</table>\n");
    figure("walk-forward-sharpe");
    out.append("<h3>Folds</h3>\n");
    tableHead("folds", "Fold", "Train from", "Test from", "Test end", "Train bars", "Test bars",
        "Chosen parameters", "IS objective", "OOS Sharpe", "OOS return", "Trades", "Winning");
    for (FoldResult f : wf.folds()) {
      out.append("<tr>");
      cell(Integer.toString(f.fold().index()));
      text(f.fold().trainStart().toString());
      text(f.fold().testStart().toString());
      text(f.fold().testEnd().toString());
      cell(Integer.toString(f.fold().trainSize()));
      cell(Integer.toString(f.fold().testSize()));
      text(f.chosen().toString());
      cell(num(f.inSampleObjective()));
      cell(num(f.outOfSampleSharpe()));
      cell(pct(f.outOfSampleReturn()));
      cell(Integer.toString(f.trades()));
      cell(Integer.toString(f.winningTrades()));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  // --------------------------------------------------------------------------------------- validation

  private void validation(ValidationSummary v) {
    open("validation", "Validation");
    tableHead("validation", "Statistic", "Value", "Meaning");
    validationRow("Probabilistic Sharpe ratio", pct(v.probabilisticSharpe()),
        "probability that the true Sharpe ratio is above 0 (Bailey and L\u00f3pez de Prado, 2012)");
    validationRow("Deflated Sharpe ratio", pct(v.deflatedSharpe()),
        "the same, against the best of " + v.trials() + " skill-less trials (Bailey and L\u00f3pez de "
            + "Prado, 2014)");
    validationRow("Trials", Integer.toString(v.trials()), "strategy variants the choice was made from");
    validationRow("Probability of backtest overfitting", pct(v.pbo()),
        "share of CSCV splits where the in-sample best is below the out-of-sample median (Bailey et al., "
            + "2017)");
    Optional<BootstrapInterval> ci = v.sharpeInterval();
    validationRow("Sharpe ratio, bootstrap interval", ci.map(i -> "[" + num(i.lower()) + ", "
        + num(i.upper()) + "]").orElse(NA), ci.map(i -> String.format(Locale.ROOT,
            "%s %% interval of the annualized Sharpe ratio from %d resamples; estimate %s",
            trim(100 * i.confidence()), i.resamples(), num(i.estimate()))).orElse("not computed"));
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void validationRow(String label, String value, String meaning) {
    out.append("<tr><th>").append(escape(label)).append("</th>");
    cell(value);
    text(meaning);
    out.append("</tr>\n");
  }

  // ------------------------------------------------------------------------------------------- trades

  private void trades(List<Trade> trades) {
    open("trades", "Trades");
    Optional<TradeStatistics> stats = sheet.tradeStatistics();
    if (stats.isEmpty()) {
      out.append("<p class=\"note\">No trades.</p>\n</section>\n");
      return;
    }
    TradeStatistics t = stats.get();
    tableHead("trade-statistics", "Trades", "Long / short", "Winners / losers", "Win rate", "Average win",
        "Average loss", "Payoff ratio", "Expectancy", "Profit factor", "Net P&amp;L", "Fees",
        "Median bars held", "Median holding time");
    out.append("<tr>");
    cell(Integer.toString(t.count()));
    cell(t.longCount() + " / " + t.shortCount());
    cell(t.winners() + " / " + t.losers());
    cell(pct(t.winRate()));
    cell(money(t.averageWin()));
    cell(money(t.averageLoss()));
    cell(num(t.payoffRatio()));
    cell(money(t.expectancy()));
    cell(num(t.profitFactor()));
    cell(money(t.totalNetPnl()));
    cell(money(t.totalFees()));
    cell(trim(t.medianBarsHeld()));
    cell(duration(t.medianHoldingTime()));
    out.append("</tr>\n</tbody>\n</table>\n");
    int shown = Math.min(trades.size(), TearSheet.MAX_TRADE_ROWS);
    if (shown < trades.size()) {
      out.append("<p class=\"note\">Showing the first ").append(shown).append(" of ").append(trades.size())
          .append(" trades; the JSON result lists them all.</p>\n");
    }
    tableHead("trade-list", "#", "Symbol", "Side", "Quantity", "Entry", "Exit", "Entry price",
        "Exit price", "Bars", "Net P&amp;L", "Net return", "Fees");
    for (int i = 0; i < shown; i++) {
      Trade x = trades.get(i);
      out.append("<tr>");
      cell(Integer.toString(i + 1));
      text(x.symbol());
      text(x.isLong() ? "long" : "short");
      cell(trim(x.quantity()));
      text(timeFormat.format(x.entryTime()));
      text(timeFormat.format(x.exitTime()));
      cell(price(x.entryPrice()));
      cell(price(x.exitPrice()));
      cell(Integer.toString(x.barsHeld()));
      cell(money(x.netPnl()));
      cell(pct(x.netReturn()));
      cell(money(x.fees()));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  // ------------------------------------------------------------------------------------------ helpers

  private void chartSection(String id, String heading, String chart) {
    open(id, heading);
    figure(chart);
    out.append("</section>\n");
  }

  private void figure(String id) {
    RenderedChart c = sheet.chart(id).orElseThrow();
    out.append("<figure>\n<img id=\"chart-").append(c.id()).append("\" data-chart=\"").append(c.id())
        .append("\" width=\"").append(c.width()).append("\" height=\"").append(c.height())
        .append("\" alt=\"").append(escape(c.alt())).append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(c.png())).append("\">\n<figcaption>")
        .append(escape(c.caption())).append("</figcaption>\n</figure>\n");
  }

  private void open(String id, String heading) {
    out.append("<section id=\"").append(id).append("\">\n<h2>").append(heading).append("</h2>\n");
  }

  /** Opens a table with a header row; the labels are HTML already. */
  private void tableHead(String cssClass, String... labels) {
    out.append("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
    for (String label : labels) {
      out.append("<th>").append(label).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
  }

  /** A numeric cell, red when negative. */
  private void cell(String value) {
    out.append(value.startsWith("-") ? "<td class=\"num neg\">" : "<td class=\"num\">")
        .append(escape(value)).append("</td>");
  }

  private void text(String value) {
    out.append("<td>").append(escape(value)).append("</td>");
  }

  private static String recovery(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("not recovered");
  }

  static String pct(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.2f %%", 100 * fraction) : NA;
  }

  static String num(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : NA;
  }

  static String money(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.2f", value) : NA;
  }

  static String price(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : NA;
  }

  /** A number with at most 4 decimals and no trailing zeros. */
  static String trim(double value) {
    if (!Double.isFinite(value)) {
      return NA;
    }
    String s = String.format(Locale.ROOT, "%.4f", value);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String duration(Duration d) {
    long minutes = d.toMinutes();
    return minutes >= 1440 ? String.format(Locale.ROOT, "%.1f days", minutes / 1440.0)
        : minutes + " min";
  }

  /**
   * Escapes text for HTML element content and double- or single-quoted attribute values.
   *
   * @param text the text
   * @return the text with {@code & < > " '} replaced by character references
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
