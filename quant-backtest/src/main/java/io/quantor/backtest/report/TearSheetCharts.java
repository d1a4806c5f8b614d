package io.quantor.backtest.report;

import io.quantor.backtest.walkforward.FoldResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TimeZone;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The tear sheet's charts, drawn with XChart into images in memory and encoded as PNG. Drawing uses only
 * {@link java.awt.image.BufferedImage}, which works under a headless AWT (the default on a machine without
 * a display); nothing here sets a system property.
 */
final class TearSheetCharts {

  static final int WIDTH = 960;
  static final Color STRATEGY = new Color(31, 95, 168);
  static final Color BENCHMARK = new Color(140, 140, 140);
  static final Color LOSS = new Color(192, 57, 43);
  static final Color GAIN = new Color(30, 132, 73);
  static final int HISTOGRAM_BINS = 41;

  private static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

  private TearSheetCharts() {
  }

  /** Growth of 1 of the strategy and the benchmark, from the base date. */
  static RenderedChart equity(LocalDate baseDate, LocalDate[] dates, double[] wealth,
      double[] benchmarkWealth, String strategyName, String benchmarkName, boolean log) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(380)
        .title("Growth of 1" + (log ? " (log scale)" : "")).build();
    dateAxisStyle(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setYAxisLogarithmic(log);
    chart.getStyler().setYAxisDecimalPattern(log ? "0.##" : "0.00");
    List<Date> x = datesWithBase(baseDate, dates);
    if (benchmarkWealth != null) {
      line(chart.addSeries(benchmarkName, x, asList(benchmarkWealth)), BENCHMARK);
    }
    line(chart.addSeries(strategyName, x, asList(wealth)), STRATEGY);
    return rendered(chart, "equity", "Equity curve: growth of 1 of " + strategyName
        + (benchmarkWealth == null ? "" : " and " + benchmarkName),
        "Wealth of 1 invested on the base date, returns compounded"
            + (log ? ", on a logarithmic axis." : "."));
  }

  /** The underwater curve: the strategy's fall below its running maximum, in percent. */
  static RenderedChart underwater(LocalDate baseDate, LocalDate[] dates, double[] underwater) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(260).title("Underwater (drawdown, %)")
        .build();
    dateAxisStyle(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setYAxisDecimalPattern("0");
    chart.getStyler().setYAxisMax(0.0);
    double[] percent = new double[underwater.length];
    for (int i = 0; i < percent.length; i++) {
      percent[i] = 100 * underwater[i];
    }
    XYSeries series = chart.addSeries("drawdown", datesWithBase(baseDate, dates), asList(percent));
    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(LOSS);
    series.setFillColor(new Color(LOSS.getRed(), LOSS.getGreen(), LOSS.getBlue(), 90));
    series.setLineStyle(new BasicStroke(1f));
    return rendered(chart, "underwater", "Underwater chart: drawdown from the running maximum",
        "Percentage below the highest wealth so far; 0 at a new high.");
  }

  /** The rolling Sharpe ratio of the strategy (and benchmark) after the warm-up. */
  static RenderedChart rollingSharpe(LocalDate[] dates, double[] rolling, double[] benchmarkRolling,
      double fullPeriod, int window, String strategyName, String benchmarkName) {
    int from = window - 1;
    LocalDate[] shown = Arrays.copyOfRange(dates, from, dates.length);
    XYChart chart = new XYChartBuilder().width(WIDTH).height(300)
        .title("Rolling Sharpe ratio (" + window + " bars, annualized)").build();
    dateAxisStyle(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setYAxisDecimalPattern("0.0");
    List<Date> x = new ArrayList<>();
    for (LocalDate d : shown) {
      x.add(date(d));
    }
    if (benchmarkRolling != null) {
      line(chart.addSeries(benchmarkName, x, asList(Arrays.copyOfRange(benchmarkRolling, from,
          dates.length))), BENCHMARK);
    }
    line(chart.addSeries(strategyName, x, asList(Arrays.copyOfRange(rolling, from, dates.length))),
        STRATEGY);
    if (Double.isFinite(fullPeriod)) {
      List<Date> ends = List.of(x.get(0), x.get(x.size() - 1));
      XYSeries mean = chart.addSeries("full period", ends, List.of(fullPeriod, fullPeriod));
      line(mean, STRATEGY);
      mean.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {6f, 4f}, 0f));
    }
    return rendered(chart, "rolling-sharpe", "Rolling Sharpe ratio over " + window + " bars",
        "Annualized Sharpe ratio of the last " + window + " returns (risk-free rate 0); the dashed line "
            + "is the full-period Sharpe ratio.");
  }

  /** Monthly returns in percent, years by months, colored from loss (red) to gain (green). */
  static RenderedChart monthlyHeatMap(NavigableMap<YearMonth, Double> monthly) {
    TreeSet<Integer> years = new TreeSet<>();
    for (YearMonth m : monthly.keySet()) {
      years.add(m.getYear());
    }
    // XChart draws the first y category at the bottom: list years newest first so the oldest is on top.
    List<String> yearLabels = new ArrayList<>();
    List<Integer> yearOrder = new ArrayList<>(years.descendingSet());
    for (int year : yearOrder) {
      yearLabels.add(Integer.toString(year));
    }
    List<String> monthLabels = new ArrayList<>();
    for (Month m : Month.values()) {
      monthLabels.add(m.getDisplayName(TextStyle.SHORT, Locale.ROOT));
    }
    List<Number[]> cells = new ArrayList<>();
    double largest = 0;
    for (var e : monthly.entrySet()) {
      double percent = 100 * e.getValue();
      largest = Math.max(largest, Math.abs(percent));
      cells.add(new Number[] {e.getKey().getMonthValue() - 1, yearOrder.indexOf(e.getKey().getYear()),
          percent});
    }
    double limit = Math.max(1, Math.ceil(largest));
    HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(90 + 26 * years.size())
        .title("Monthly returns (%)").build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setChartTitleFont(TITLE);
    chart.getStyler().setBaseFont(BASE);
    chart.getStyler().setLocale(Locale.ROOT);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setShowValue(true);
    chart.getStyler().setValueFont(BASE);
    chart.getStyler().setValueFontColor(Color.BLACK);
    chart.getStyler().setHeatMapValueDecimalPattern("0.0");
    chart.getStyler().setRangeColors(new Color[] {LOSS, Color.WHITE, GAIN});
    chart.getStyler().setMin(-limit);
    chart.getStyler().setMax(limit);
    chart.addSeries("monthly", monthLabels, yearLabels, cells);
    return rendered(chart, "monthly-returns", "Heat map of monthly returns by year and month",
        "Compounded return of each calendar month in percent; colors run from -" + fmt(limit) + " % (red) "
            + "to +" + fmt(limit) + " % (green). Empty cells: no return in that month.");
  }

  /** A histogram of the per-date returns, as fractions of all dates, strategy and benchmark overlaid. */
  static RenderedChart distribution(double[] returns, double[] benchmark, String strategyName,
      String benchmarkName) {
    double limit = Math.max(tailBound(returns), benchmark == null ? 0 : tailBound(benchmark));
    if (!(limit > 0)) {
      limit = 0.01;
    }
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(300)
        .title("Distribution of returns (%)").build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setOverlapped(true);
    chart.getStyler().setXAxisMaxLabelCount(11);
    chart.getStyler().setXAxisDecimalPattern("0.0");
    chart.getStyler().setYAxisDecimalPattern("0.0");
    chart.getStyler().setAvailableSpaceFill(0.95);
    if (benchmark != null) {
      histogram(chart, benchmarkName, benchmark, limit,
          new Color(BENCHMARK.getRed(), BENCHMARK.getGreen(), BENCHMARK.getBlue(), 140));
    }
    histogram(chart, strategyName, returns, limit,
        new Color(STRATEGY.getRed(), STRATEGY.getGreen(), STRATEGY.getBlue(), 170));
    return rendered(chart, "return-distribution", "Histogram of per-date returns",
        "Share of dates (in %) by return, " + HISTOGRAM_BINS + " bins over +/-" + fmt(100 * limit)
            + " %; returns beyond that are counted in the outermost bins.");
  }

  /** The out-of-sample Sharpe ratio of each walk-forward fold. */
  static RenderedChart foldSharpe(List<FoldResult> folds) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(280)
        .title("Walk-forward: out-of-sample Sharpe ratio by fold").build();
    style(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setYAxisDecimalPattern("0.0");
    // XChart thins category labels unevenly (and may repeat one): show them all while they fit.
    chart.getStyler().setXAxisMaxLabelCount(folds.size() <= 60 ? folds.size() : 30);
    List<String> labels = new ArrayList<>();
    List<Double> sharpe = new ArrayList<>();
    for (FoldResult f : folds) {
      labels.add(Integer.toString(f.fold().index()));
      sharpe.add(f.outOfSampleSharpe());
    }
    CategorySeries series = chart.addSeries("OOS Sharpe", labels, sharpe);
    series.setFillColor(STRATEGY);
    return rendered(chart, "walk-forward-sharpe", "Bar chart of the out-of-sample Sharpe ratio of "
        + "each walk-forward fold", "Annualized Sharpe ratio of each test window, by fold (see the fold table for the dates).");
  }

  /** The larger of |0.5 % quantile| and |99.5 % quantile|: the histogram's half range. */
  static double tailBound(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int last = sorted.length - 1;
    double low = sorted[(int) Math.floor(0.005 * last)];
    double high = sorted[(int) Math.ceil(0.995 * last)];
    return Math.max(Math.abs(low), Math.abs(high));
  }

  private static void histogram(CategoryChart chart, String name, double[] values, double limit,
      Color color) {
    List<Double> clipped = new ArrayList<>(values.length);
    double edge = 100 * limit;
    for (double v : values) {
      clipped.add(Math.max(-edge, Math.min(edge, 100 * v)));
    }
    Histogram h = new Histogram(clipped, HISTOGRAM_BINS, -edge, edge);
    List<Double> share = new ArrayList<>();
    for (double count : h.getyAxisData()) {
      share.add(100 * count / values.length);
    }
    CategorySeries series = chart.addSeries(name, h.getxAxisData(), share);
    series.setFillColor(color);
  }

  private static void dateAxisStyle(AxesChartStyler s) {
    style(s);
    // Calendar dates are placed at midnight UTC and labelled in UTC. XChart spaces date ticks evenly,
    // not on calendar boundaries (a "year" tick falls in late December), so labels name the month: a
    // "yyyy" label would name the year before the one the tick is next to.
    s.setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
    s.setDatePattern("yyyy-MM");
  }

  private static void style(AxesChartStyler s) {
    s.setLocale(Locale.ROOT);
    s.setBaseFont(BASE);
    s.setChartTitleFont(TITLE);
    s.setAxisTickLabelsFont(BASE);
    s.setLegendFont(BASE);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(new Color(200, 200, 200));
    s.setPlotGridLinesColor(new Color(225, 225, 225));
    s.setLegendBorderColor(new Color(200, 200, 200));
    s.setMarkerSize(0);
    s.setAxisTitlesVisible(false);
  }

  private static void line(XYSeries series, Color color) {
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(color);
    series.setLineStyle(new BasicStroke(1.4f));
  }

  private static List<Date> datesWithBase(LocalDate baseDate, LocalDate[] dates) {
    List<Date> x = new ArrayList<>(dates.length + 1);
    x.add(date(baseDate));
    for (LocalDate d : dates) {
      x.add(date(d));
    }
    return x;
  }

  private static Date date(LocalDate d) {
    return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static List<Double> asList(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static RenderedChart rendered(Chart<?, ?> chart, String id, String alt, String caption) {
    return new RenderedChart(id, alt, caption, chart.getWidth(), chart.getHeight(), png(chart));
  }

  static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the chart '" + chart.getTitle() + "' as PNG", e);
    }
  }
}
