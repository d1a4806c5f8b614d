package io.quantor.backtest.report;

import io.quantor.backtest.metrics.Drawdown;
import io.quantor.backtest.metrics.DrawdownTable;
import io.quantor.backtest.metrics.PeriodMetrics;
import io.quantor.backtest.metrics.ReturnMetrics;
import io.quantor.backtest.metrics.RollingMetrics;
import io.quantor.backtest.metrics.Trade;
import io.quantor.backtest.metrics.TradeStatistics;
import io.quantor.backtest.walkforward.WalkForwardResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A backtest's tear sheet: one self-contained HTML page (no script, style sheet, font or image is
 * loaded from anywhere; charts are PNG images embedded as {@code data:} URLs) and the same results as
 * JSON.
 *
 * <p><b>What it shows.</b> A summary table ({@link io.quantor.backtest.metrics.MetricsReport}: CAGR,
 * volatility, Sharpe, Sortino, Calmar, maximum drawdown with its dates, tail figures, and alpha, beta and
 * the information ratio against the benchmark); the equity curve against the benchmark; the underwater
 * (drawdown) curve and the five deepest drawdowns; a heat map of monthly returns; a per-year table; the
 * rolling Sharpe ratio; the distribution of returns; and, when given, the walk-forward folds with the
 * verdict and its reasons, the validation statistics ({@link ValidationSummary}), the trades (statistics
 * and the first {@value #MAX_TRADE_ROWS} rows) and any extra text sections. Charts are drawn with XChart.
 *
 * <p><b>Returns and dates.</b> The input is one simple return per bar with the bar's time. Returns are
 * put on the calendar of the {@linkplain Builder#zone zone} (default {@code America/New_York}): bars of
 * the same date are compounded into one return, so intraday runs are reported on daily returns, and
 * daily or coarser bars are used as they are. Annualization uses
 * {@linkplain Builder#periodsPerYear periods per year} of those returns (default
 * {@value ReturnMetrics#DEFAULT_PERIODS_PER_YEAR}) and a risk-free rate of 0. The wealth starts on the
 * {@linkplain Builder#baseDate base date} (default: the day before the first return's date).
 *
 * <p><b>Determinism.</b> The same input gives byte-identical HTML and JSON: nothing depends on the
 * clock, the default locale (numbers are formatted with {@link Locale#ROOT}) or the default time zone.
 * Building renders the charts, which takes a few hundred milliseconds (a few seconds for the first
 * chart in a JVM, while AWT loads its fonts); {@link #html()} and {@link #json()} are then cheap.
 *
 * <p><b>Display.</b> Drawing needs no display: on a server Java's AWT runs headless by itself when no
 * {@code DISPLAY} is set. On a machine whose {@code DISPLAY} names an X server that cannot be reached,
 * start the JVM with {@code -Djava.awt.headless=true}; this class never sets that property itself.
 *
 * <pre>{@code
 * TearSheet sheet = TearSheet.builder("SMA crossover on ORCL")
 *     .returns(epochMillis, returns)
 *     .benchmark("SPY", spyReturns)
 *     .walkForward(walkForwardResult)
 *     .trades(trades)
 *     .validation(ValidationSummary.of(returns, trialSharpes, pbo, bootstrap.sharpe(returns)))
 *     .section("Regret against baselines", regretTable)
 *     .build();
 * sheet.write(Path.of("target/tearsheet.html"));
 * Files.writeString(Path.of("target/tearsheet.json"), sheet.json());
 * }</pre>
 */
public final class TearSheet {

  /** The default zone for calendar dates: {@value}. */
  public static final String DEFAULT_ZONE = "America/New_York";
  /** The default window of the rolling Sharpe ratio, in returns (about six months of days): {@value}. */
  public static final int DEFAULT_ROLLING_WINDOW = 126;
  /** The largest number of trades listed in the HTML (the JSON has them all): {@value}. */
  public static final int MAX_TRADE_ROWS = 500;
  /** The number of drawdown periods listed: {@value}. */
  public static final int DRAWDOWN_ROWS = 5;
  /** The name of the strategy's series in legends and tables: {@value}. */
  static final String STRATEGY = "Strategy";

  private final String title;
  private final ZoneId zone;
  private final int periodsPerYear;
  private final int rollingWindow;
  private final boolean logScale;
  private final DailyReturns daily;
  private final LocalDate baseDate;
  private final String benchmarkName;
  private final PeriodMetrics metrics;
  private final PeriodMetrics benchmarkMetrics;
  private final NavigableMap<Integer, PeriodMetrics> years;
  private final NavigableMap<YearMonth, Double> monthly;
  private final NavigableMap<YearMonth, Double> benchmarkMonthly;
  private final List<DatedDrawdown> drawdowns;
  private final WalkForwardResult walkForward;
  private final List<Trade> trades;
  private final TradeStatistics tradeStatistics;
  private final ValidationSummary validation;
  private final List<TextSection> sections;
  private final List<RenderedChart> charts;

  private TearSheet(Builder b) {
    if (b.epochMillis == null) {
      throw new IllegalArgumentException("returns must be set: call returns(epochMillis, returns)");
    }
    this.title = b.title;
    this.zone = b.zone;
    this.periodsPerYear = b.periodsPerYear;
    this.rollingWindow = b.rollingWindow;
    this.logScale = b.logScale;
    this.daily = DailyReturns.of(b.epochMillis, b.returns, b.benchmarkReturns, b.zone);
    LocalDate[] dates = daily.dates();
    this.baseDate = b.baseDate != null ? b.baseDate : dates[0].minusDays(1);
    if (!baseDate.isBefore(dates[0])) {
      throw new IllegalArgumentException("baseDate must be before the first return's date " + dates[0]
          + ", was " + baseDate);
    }
    this.benchmarkName = b.benchmarkName;
    double[] r = daily.returns();
    double[] bench = daily.benchmark();
    this.metrics = PeriodMetrics.of(r, bench, baseDate, dates, periodsPerYear, 0);
    this.benchmarkMetrics = bench == null ? null
        : PeriodMetrics.of(bench, null, baseDate, dates, periodsPerYear, 0);
    this.years = PeriodMetrics.perCalendarYear(r, bench, baseDate, dates, periodsPerYear, 0);
    this.monthly = monthly(dates, r);
    this.benchmarkMonthly = bench == null ? null : monthly(dates, bench);
    DrawdownTable table = DrawdownTable.of(r, DRAWDOWN_ROWS);
    List<DatedDrawdown> dated = new ArrayList<>();
    for (Drawdown d : table.periods()) {
      dated.add(DatedDrawdown.of(d, baseDate, dates));
    }
    this.drawdowns = List.copyOf(dated);
    this.walkForward = b.walkForward;
    this.trades = b.trades;
    this.tradeStatistics = trades == null || trades.isEmpty() ? null : TradeStatistics.of(trades);
    this.validation = b.validation;
    this.sections = List.copyOf(b.sections);
    this.charts = List.copyOf(render(table.underwater()));
  }

  /**
   * Starts a tear sheet.
   *
   * @param title the page's title, not blank
   * @return a builder
   * @throws IllegalArgumentException if the title is null or blank
   */
  public static Builder builder(String title) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank, was " + (title == null ? "null"
          : "'" + title + "'"));
    }
    return new Builder(title);
  }

  /**
   * The page's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The metrics of the whole period, against the benchmark if one was given, on the calendar returns
   * (see the class description).
   *
   * @return the metrics with the maximum drawdown's dates
   */
  public PeriodMetrics metrics() {
    return metrics;
  }

  /**
   * The tear sheet as one self-contained HTML page (UTF-8, no external resource).
   *
   * @return the HTML
   */
  public String html() {
    return new TearSheetHtml(this).render();
  }

  /**
   * Writes {@link #html()} to a file in UTF-8, replacing it if it exists.
   *
   * @param file the file, not null; its folder must exist
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    Files.writeString(file, html(), StandardCharsets.UTF_8);
  }

  /**
   * The results as JSON (pretty-printed, keys in a fixed order): the title and period, the whole-period
   * metrics ({@code metrics}, and {@code benchmarkMetrics} of the benchmark alone), per-year metrics
   * ({@code years}), monthly returns, the drawdown table, the walk-forward result in the format of
   * {@link WalkForwardResult#toJson()}, the trade statistics and every trade, the validation summary and
   * the extra sections. Dates and times are ISO-8601 strings, durations ISO-8601 ({@code PT4H}), and a
   * number that does not exist ({@code NaN}) is written as {@code null}; absent parts are {@code null}.
   *
   * @return the JSON text
   */
  public String json() {
    return TearSheetJson.write(this);
  }

  // ------------------------------------------------------------------ package-private, for the writers

  ZoneId zone() {
    return zone;
  }

  int periodsPerYear() {
    return periodsPerYear;
  }

  int rollingWindow() {
    return rollingWindow;
  }

  DailyReturns daily() {
    return daily;
  }

  LocalDate baseDate() {
    return baseDate;
  }

  Optional<String> benchmarkName() {
    return Optional.ofNullable(benchmarkName);
  }

  Optional<PeriodMetrics> benchmarkMetrics() {
    return Optional.ofNullable(benchmarkMetrics);
  }

  NavigableMap<Integer, PeriodMetrics> years() {
    return years;
  }

  NavigableMap<YearMonth, Double> monthly() {
    return monthly;
  }

  Optional<NavigableMap<YearMonth, Double>> benchmarkMonthly() {
    return Optional.ofNullable(benchmarkMonthly);
  }

  /** The benchmark's compounded return in a calendar year, from its monthly returns. */
  double benchmarkYearReturn(int year) {
    double growth = 1;
    for (var e : benchmarkMonthly.subMap(YearMonth.of(year, 1), true, YearMonth.of(year, 12), true)
        .entrySet()) {
      growth *= 1 + e.getValue();
    }
    return growth - 1;
  }

  List<DatedDrawdown> drawdowns() {
    return drawdowns;
  }

  Optional<WalkForwardResult> walkForward() {
    return Optional.ofNullable(walkForward);
  }

  Optional<List<Trade>> trades() {
    return Optional.ofNullable(trades);
  }

  Optional<TradeStatistics> tradeStatistics() {
    return Optional.ofNullable(tradeStatistics);
  }

  Optional<ValidationSummary> validation() {
    return Optional.ofNullable(validation);
  }

  List<TextSection> sections() {
    return sections;
  }

  List<RenderedChart> charts() {
    return charts;
  }

  Optional<RenderedChart> chart(String id) {
    return charts.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private List<RenderedChart> render(double[] underwater) {
    LocalDate[] dates = daily.dates();
    double[] r = daily.returns();
    double[] bench = daily.benchmark();
    String benchName = benchmarkName;
    List<RenderedChart> list = new ArrayList<>();
    list.add(TearSheetCharts.equity(baseDate, dates, growthOfOne(r), bench == null ? null
        : growthOfOne(bench), STRATEGY, benchName, logScale));
    list.add(TearSheetCharts.underwater(baseDate, dates, underwater));
    list.add(TearSheetCharts.monthlyHeatMap(monthly));
    if (r.length > rollingWindow) {
      list.add(TearSheetCharts.rollingSharpe(dates,
          RollingMetrics.sharpeRatio(r, rollingWindow, 0, periodsPerYear),
          bench == null ? null : RollingMetrics.sharpeRatio(bench, rollingWindow, 0, periodsPerYear),
          metrics.metrics().sharpeRatio(), rollingWindow, STRATEGY, benchName));
    }
    list.add(TearSheetCharts.distribution(r, bench, STRATEGY, benchName));
    if (walkForward != null) {
      list.add(TearSheetCharts.foldSharpe(walkForward.folds()));
    }
    return list;
  }

  private static double[] growthOfOne(double[] returns) {
    double[] w = Drawdown.wealthIndex(returns);
    for (int i = 0; i < w.length; i++) {
      w[i] /= Drawdown.START_WEALTH;
    }
    return w;
  }

  private static NavigableMap<YearMonth, Double> monthly(LocalDate[] dates, double[] returns) {
    TreeMap<YearMonth, Double> growth = new TreeMap<>();
    for (int i = 0; i < dates.length; i++) {
      growth.merge(YearMonth.from(dates[i]), 1 + returns[i], (a, b) -> a * b);
    }
    growth.replaceAll((month, g) -> g - 1);
    return Collections.unmodifiableNavigableMap(growth);
  }

  /**
   * Collects the inputs of a {@link TearSheet}. Only {@link #returns(long[], double[])} is required.
   * Arrays and lists are copied; a builder is not thread-safe.
   */
  public static final class Builder {

    private final String title;
    private long[] epochMillis;
    private double[] returns;
    private String benchmarkName;
    private double[] benchmarkReturns;
    private ZoneId zone = ZoneId.of(DEFAULT_ZONE);
    private LocalDate baseDate;
    private int periodsPerYear = ReturnMetrics.DEFAULT_PERIODS_PER_YEAR;
    private int rollingWindow = DEFAULT_ROLLING_WINDOW;
    private boolean logScale;
    private WalkForwardResult walkForward;
    private List<Trade> trades;
    private ValidationSummary validation;
    private final List<TextSection> sections = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /**
     * The strategy's simple return of each bar, with the bar's time (required).
     *
     * @param epochMillis the time of each bar in epoch milliseconds, strictly increasing (checked on
     *     {@link #build()})
     * @param returns the simple return of each bar, finite and {@code > -1}, same length
     * @return this builder
     * @throws IllegalArgumentException if an array is null or empty or the lengths differ
     */
    public Builder returns(long[] epochMillis, double[] returns) {
      if (epochMillis == null || returns == null) {
        throw new IllegalArgumentException("epochMillis and returns must not be null");
      }
      if (returns.length == 0 || epochMillis.length != returns.length) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "need one time per return and at least one return, had %d times and %d returns",
            epochMillis.length, returns.length));
      }
      this.epochMillis = epochMillis.clone();
      this.returns = returns.clone();
      return this;
    }

    /**
     * A benchmark's simple returns over the same bars.
     *
     * @param name the benchmark's name, not blank
     * @param returns one return per bar of {@link #returns(long[], double[])}, finite and {@code > -1}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the returns are null
     */
    public Builder benchmark(String name, double[] returns) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("benchmark name must not be blank");
      }
      if (returns == null) {
        throw new IllegalArgumentException("benchmark returns must not be null");
      }
      this.benchmarkName = name;
      this.benchmarkReturns = returns.clone();
      return this;
    }

    /**
     * The zone whose calendar dates the bars (days, months, years); default {@value #DEFAULT_ZONE}.
     *
     * @param zone the zone, not null
     * @return this builder
     * @throws IllegalArgumentException if the zone is null
     */
    public Builder zone(ZoneId zone) {
      if (zone == null) {
        throw new IllegalArgumentException("zone must not be null");
      }
      this.zone = zone;
      return this;
    }

    /**
     * The date of the starting wealth, before the first return's date (for daily data, the last close
     * before the sample); default the day before the first return's date.
     *
     * @param date the base date, not null
     * @return this builder
     * @throws IllegalArgumentException if the date is null
     */
    public Builder baseDate(LocalDate date) {
      if (date == null) {
        throw new IllegalArgumentException("baseDate must not be null");
      }
      this.baseDate = date;
      return this;
    }

    /**
     * The number of (calendar-date) returns in a year, for annualization; default
     * {@value ReturnMetrics#DEFAULT_PERIODS_PER_YEAR}.
     *
     * @param periods periods a year, {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if {@code periods < 1}
     */
    public Builder periodsPerYear(int periods) {
      if (periods < 1) {
        throw new IllegalArgumentException("periodsPerYear must be >= 1, was " + periods);
      }
      this.periodsPerYear = periods;
      return this;
    }

    /**
     * The window of the rolling Sharpe ratio, in returns; default {@value #DEFAULT_ROLLING_WINDOW}. The
     * chart is left out when there are not more returns than this.
     *
     * @param window the window, {@code >= 2}
     * @return this builder
     * @throws IllegalArgumentException if {@code window < 2}
     */
    public Builder rollingWindow(int window) {
      if (window < 2) {
        throw new IllegalArgumentException("rollingWindow must be >= 2, was " + window);
      }
      this.rollingWindow = window;
      return this;
    }

    /**
     * Whether the equity chart uses a logarithmic axis; default false.
     *
     * @param log true for a logarithmic axis
     * @return this builder
     */
    public Builder logScale(boolean log) {
      this.logScale = log;
      return this;
    }

    /**
     * The walk-forward behind the strategy: its folds, chosen parameters and verdict.
     *
     * @param result the result, not null
     * @return this builder
     * @throws IllegalArgumentException if the result is null
     */
    public Builder walkForward(WalkForwardResult result) {
      if (result == null) {
        throw new IllegalArgumentException("walkForward must not be null");
      }
      this.walkForward = result;
      return this;
    }

    /**
     * The round-trip trades of the run, in the order to list them.
     *
     * @param trades the trades, not null, no null element (may be empty: the section says so)
     * @return this builder
     * @throws IllegalArgumentException if the list or an element is null
     */
    public Builder trades(List<Trade> trades) {
      if (trades == null) {
        throw new IllegalArgumentException("trades must not be null");
      }
      for (int i = 0; i < trades.size(); i++) {
        if (trades.get(i) == null) {
          throw new IllegalArgumentException("trades[" + i + "] must not be null");
        }
      }
      this.trades = List.copyOf(trades);
      return this;
    }

    /**
     * The validation statistics (probabilistic and deflated Sharpe ratio, PBO, bootstrap interval).
     *
     * @param summary the summary, not null
     * @return this builder
     * @throws IllegalArgumentException if the summary is null
     */
    public Builder validation(ValidationSummary summary) {
      if (summary == null) {
        throw new IllegalArgumentException("validation must not be null");
      }
      this.validation = summary;
      return this;
    }

    /**
     * Adds a section of preformatted text after the others (for example a regret table against
     * baselines computed elsewhere); sections appear in the order added.
     *
     * @param heading the heading, not blank
     * @param preformattedText the text, shown as is in a monospaced block (escaped), not null
     * @return this builder
     * @throws IllegalArgumentException if the heading is blank or the text null
     */
    public Builder section(String heading, String preformattedText) {
      if (heading == null || heading.isBlank()) {
        throw new IllegalArgumentException("section heading must not be blank");
      }
      if (preformattedText == null) {
        throw new IllegalArgumentException("section text must not be null");
      }
      sections.add(new TextSection(heading, preformattedText));
      return this;
    }

    /**
     * Computes the metrics and renders the charts.
     *
     * @return the tear sheet
     * @throws IllegalArgumentException if the returns are missing or invalid (times not increasing, a
     *     return not finite or {@code <= -1}, a benchmark of another length, a base date not before the
     *     first date)
     */
    public TearSheet build() {
      return new TearSheet(this);
    }
  }
}
