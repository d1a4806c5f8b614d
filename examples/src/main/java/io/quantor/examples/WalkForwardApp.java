package io.quantor.examples;

import io.quantor.backtest.baseline.Baseline;
import io.quantor.backtest.baseline.Baselines;
import io.quantor.backtest.baseline.RandomEntry;
import io.quantor.backtest.baseline.Regret;
import io.quantor.backtest.baseline.RegretReport;
import io.quantor.backtest.engine.JournalDecisionSink;
import io.quantor.backtest.metrics.ReturnMetrics;
import io.quantor.backtest.metrics.Trade;
import io.quantor.backtest.report.TearSheet;
import io.quantor.backtest.report.ValidationSummary;
import io.quantor.backtest.validation.Bootstrap;
import io.quantor.backtest.validation.BootstrapInterval;
import io.quantor.backtest.validation.Pbo;
import io.quantor.backtest.validation.PboResult;
import io.quantor.backtest.walkforward.FoldPlan;
import io.quantor.backtest.walkforward.FoldResult;
import io.quantor.backtest.walkforward.GatingRule;
import io.quantor.backtest.walkforward.ParameterSpace;
import io.quantor.backtest.walkforward.Parameters;
import io.quantor.backtest.walkforward.Verdict;
import io.quantor.backtest.walkforward.WalkForward;
import io.quantor.backtest.walkforward.WalkForwardResult;
import io.quantor.broker.journal.Decision;
import io.quantor.broker.journal.FsyncPolicy;
import io.quantor.broker.journal.Journal;
import io.quantor.broker.journal.Note;
import io.quantor.core.io.BarCsvReader;
import io.quantor.core.io.DataFormatException;
import io.quantor.core.series.BarSeries;
import io.quantor.core.sim.Jumps;
import io.quantor.core.sim.MarketConfig;
import io.quantor.core.sim.Regime;
import io.quantor.core.sim.SyntheticMarket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The README's "run it" example: walk-forward validation of an ensemble strategy with risk gates, from
 * the data to the verdict, the statistics that say how likely the result is luck, the regret against
 * baselines and a tear sheet.
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am compile exec:java
 * ./mvnw -B -q -pl examples exec:java -Dexec.args="--data ../shared/data/orcl_daily_1995_2014.csv"
 * ./mvnw -B -q -pl examples exec:java -Dexec.args="--seed 11 --years 20 --out /tmp/wf"
 * ./mvnw -B -q -pl examples exec:java -Dexec.args="--help"
 * </pre>
 *
 * <p><b>Options.</b> {@code --data <csv>} daily bars instead of the synthetic ones; {@code --from} and
 * {@code --to} (dates {@code yyyy-mm-dd}, inclusive) cut the bars; {@code --out <dir>} (default
 * {@code target/walk-forward} under the working directory); {@code --seed <n>} (default 7) and
 * {@code --years <n>} (3 to 50, default 12) shape the synthetic bars; {@code --help}.
 *
 * <p><b>What it does.</b>
 * <ol>
 *   <li>Loads daily bars: by default seeded synthetic bars ({@code SyntheticMarket}) that switch between
 *       a bull, a bear and a sideways regime, with jumps; or a Yahoo-style CSV ({@code --data}, read
 *       with {@link BarCsvReader}, dividend-adjusted when it has an adjusted-close column).</li>
 *   <li>Walk-forward ({@link WalkForward}, 12 months of training, 1 month of test, rolling): in every
 *       fold each of 18 parameter sets ({@code minConfidence} x {@code emaFast} x {@code emaSlow}) runs
 *       on the training window in the event-driven engine; the best by Sharpe ratio runs on the next
 *       month. The strategy is a {@code PipelineStrategy}: three alpha models, the signal engine's vote,
 *       a volatility-target sizer, and a drawdown-halt and gross-exposure gate pipeline. The first 160
 *       bars only warm the models up.</li>
 *   <li>Prints the fold table and the gating rule's verdict with its reasons.</li>
 *   <li>Validation: the probabilistic and deflated Sharpe ratios of the stitched out-of-sample returns
 *       (the trials are the 18 sets, each run once over the whole history, measured on the
 *       out-of-sample months), the probability of backtest overfitting by CSCV on the whole history's
 *       returns of the 18 sets (16 blocks), and a stationary-bootstrap interval of the out-of-sample
 *       Sharpe ratio.</li>
 *   <li>Regret of the out-of-sample returns against cash, buy-and-hold and 1,000 random entries with
 *       the strategy's own exposure, at 3 bp per unit of turnover (the engine's slippage and
 *       commission).</li>
 *   <li>Writes {@code tearsheet.html}, {@code result.json} (the {@link WalkForwardResult}) and
 *       {@code journal.jsonl}: every decision with its reason codes, every order and execution of the
 *       out-of-sample run (each fold's test month with its chosen parameters, one session per fold,
 *       introduced by a note), readable with {@link Journal#read}.</li>
 * </ol>
 *
 * <p><b>Exit codes.</b> 0 on success (and for {@code --help}); 2 for a bad command line (the message and
 * the usage are printed); 1 when the run fails (unreadable data, a history too short for six folds).
 */
public final class WalkForwardApp {

  /** The zone of the calendar months that cut the folds (daily bars are stamped at the NYSE close). */
  static final ZoneId ZONE = ZoneId.of("America/New_York");
  /** The seed of the bootstrap and of the random entries. */
  static final long ANALYSIS_SEED = 42;
  /** The number of random entries. */
  static final int RANDOM_DRAWS = 1000;

  private WalkForwardApp() {
  }

  /**
   * Runs the example and exits with its code when that is not 0.
   *
   * @param args the command line; {@code --help} describes it
   */
  public static void main(String[] args) {
    int code = run(args, System.out);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the example, printing progress and the report.
   *
   * @param args the command line
   * @param out where everything is printed (errors too, with the usage)
   * @return the exit code: 0 done, 1 the run failed, 2 a bad command line
   */
  public static int run(String[] args, PrintStream out) {
    AppOptions options;
    try {
      options = AppOptions.parse(args == null ? new String[0] : args);
    } catch (IllegalArgumentException e) {
      out.println("error: " + e.getMessage());
      out.println();
      out.print(AppOptions.USAGE);
      out.flush();
      return 2;
    }
    if (options.help()) {
      out.print(AppOptions.USAGE);
      out.flush();
      return 0;
    }
    long start = System.nanoTime();
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      new Session(options, out, pool).run();
      out.printf(Locale.ROOT, "%nfinished in %.1f s%n", (System.nanoTime() - start) / 1e9);
      out.flush();
      return 0;
    } catch (RunFailure e) {
      out.println("error: " + e.getMessage());
      out.flush();
      return 1;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The default data: seeded daily bars on weekdays from 2000-01-03 to the end of the month before the
   * same date {@code years} calendar years later,
   * switching between a bull (drift 25 %, volatility 15 %, about 250 days), a bear (-30 %, 30 %, about
   * 100 days) and a sideways regime (2 %, 12 %, about 150 days), with two jumps of about -3 % a year.
   *
   * @param seed the seed
   * @param years the length in calendar years
   * @return the bars, symbol {@code SIM}
   */
  static BarSeries syntheticBars(long seed, int years) {
    MarketConfig config = MarketConfig.builder()
        .symbol("SIM")
        .seed(seed)
        .regimes(List.of(Regime.of("bull", 0.25, 0.15), Regime.of("bear", -0.30, 0.30),
            Regime.of("sideways", 0.02, 0.12)), 250, 100, 150)
        .jumps(Jumps.of(2, -0.03, 0.03))
        .build();
    LocalDate first = config.startDate();
    // Whole months: the last walk-forward fold then tests a full month.
    LocalDate end = YearMonth.from(first.plusYears(years)).atDay(1);
    int bars = 0;
    for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        bars++;
      }
    }
    return SyntheticMarket.generate(config, bars).bars();
  }

  /**
   * Reads a daily CSV file, dividend-adjusted when it has an adjusted-close column; the symbol is the
   * file name up to its first {@code _} or {@code .}, in capitals.
   *
   * @param file the file
   * @return the bars
   * @throws RunFailure if the file cannot be read or has a bad row (the message names line and column)
   */
  static BarSeries csvBars(Path file) {
    String name = file.getFileName().toString();
    int cut = name.length();
    for (char c : new char[] {'_', '.'}) {
      int i = name.indexOf(c);
      if (i > 0) {
        cut = Math.min(cut, i);
      }
    }
    String symbol = name.substring(0, cut).toUpperCase(Locale.ROOT);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      // Column names match as the reader matches them: ignoring case, spaces, underscores and hyphens.
      String h = header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[ _-]", "");
      boolean adjusted = h.contains("adjclose");
      return BarCsvReader.daily().withSymbol(symbol).withAdjustedPrices(adjusted).read(file);
    } catch (IOException e) {
      throw new RunFailure("cannot read " + file + ": " + e.getMessage());
    } catch (DataFormatException e) {
      throw new RunFailure(e.getMessage());
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw new RunFailure("cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * The bars dated from {@code from} to {@code to}, both included (dates in {@link #ZONE}).
   *
   * @param series the bars
   * @param from the first date, or null for no bound
   * @param to the last date, or null for no bound
   * @return the bars in the range
   * @throws RunFailure if no bar is in the range
   */
  static BarSeries between(BarSeries series, LocalDate from, LocalDate to) {
    int first = 0;
    while (first < series.size() && from != null && date(series, first).isBefore(from)) {
      first++;
    }
    int end = first;
    while (end < series.size() && (to == null || !date(series, end).isAfter(to))) {
      end++;
    }
    if (end == first) {
      throw new RunFailure("no bar of " + series.symbol() + " lies between " + (from == null ? "the start"
          : from) + " and " + (to == null ? "the end" : to));
    }
    return first == 0 && end == series.size() ? series : series.slice(first, end);
  }

  private static LocalDate date(BarSeries s, int i) {
    return s.time(i).atZone(ZONE).toLocalDate();
  }

  /** A run that cannot go on, with the reason for the user. */
  static final class RunFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RunFailure(String message) {
      super(message);
    }
  }

  /** One run of the example. */
  private static final class Session {

    private final AppOptions options;
    private final PrintStream out;
    private final ForkJoinPool pool;

    Session(AppOptions options, PrintStream out, ForkJoinPool pool) {
      this.options = options;
      this.out = out;
      this.pool = pool;
    }

    void run() {
      out.println("Quantor walk-forward: ensemble strategy with risk gates");
      BarSeries series = loadBars();
      int axisStart = EnsembleEvaluator.axisStart(series, ZONE);
      if (axisStart >= series.size()) {
        throw new RunFailure(String.format(Locale.ROOT, "%d bars are too few: the walk-forward needs %d "
            + "bars of warm-up, 12 months of training and 6 test months", series.size(),
            EnsembleEvaluator.WARM_UP_BARS));
      }
      out.printf(Locale.ROOT, "data       %s: %,d daily bars %s .. %s (%s)%n", series.symbol(),
          series.size(), date(series, 0), date(series, series.size() - 1), source());
      GateTally gates = new GateTally();
      EnsembleEvaluator evaluator = new EnsembleEvaluator(series, axisStart, gates);
      List<Parameters> sets = ParameterSpace.grid(EnsembleEvaluator.parameterGrid());
      out.printf(Locale.ROOT, "strategy   EMA crossover + returns momentum + RSI reversion -> vote -> "
          + "volatility target %.0f %% -> gates (drawdown halt %.0f %%, gross exposure 1.0)%n",
          100 * EnsembleEvaluator.TARGET_VOLATILITY, 100 * EnsembleEvaluator.MAX_DRAWDOWN);
      out.printf(Locale.ROOT, "search     %d parameter sets %s; warm-up %d bars, walk-forward from %s%n",
          sets.size(), EnsembleEvaluator.parameterGrid().keySet(), EnsembleEvaluator.WARM_UP_BARS,
          date(series, axisStart));
      out.println();

      long[] axis = evaluator.axis();
      WalkForwardResult result = walkForward(evaluator, sets, axis);
      out.println("  risk gates in these runs: " + gates.summary());
      List<FoldResult> folds = result.folds();
      int oosFrom = folds.get(0).fold().testFrom();
      int oosTo = folds.get(folds.size() - 1).fold().testTo();

      long phase = System.nanoTime();
      double[][] perSet = fullHistoryRuns(evaluator, sets, axis.length);
      out.printf(Locale.ROOT, "  full history: %d parameter sets x %,d bars for PBO and DSR (%.1f s)%n",
          sets.size(), axis.length, (System.nanoTime() - phase) / 1e9);

      phase = System.nanoTime();
      Path dir = options.out();
      Path journalFile = dir.resolve("journal.jsonl");
      OutOfSample oos = outOfSampleRun(evaluator, folds, journalFile);
      out.printf(Locale.ROOT, "  out-of-sample run: %d test months journaled (%.1f s)%n", folds.size(),
          (System.nanoTime() - phase) / 1e9);

      double[] returns = result.outOfSampleReturns();
      out.println();
      out.println("Walk-forward folds (12 months train, 1 month test; Sharpe annualized; trades won/all, "
          + "an open position counted at its mark)");
      out.print(FoldTable.render(folds));
      out.println();
      printVerdict(result.verdict());

      phase = System.nanoTime();
      double[] trialSharpes = new double[sets.size()];
      double[][] matrix = new double[axis.length][sets.size()];
      for (int n = 0; n < sets.size(); n++) {
        double[] oosPart = new double[oosTo - oosFrom];
        System.arraycopy(perSet[n], oosFrom, oosPart, 0, oosPart.length);
        trialSharpes[n] = perPeriodSharpe(oosPart);
        for (int t = 0; t < axis.length; t++) {
          matrix[t][n] = perSet[n][t];
        }
      }
      PboResult pbo = Pbo.defaults().parallel(true).compute(matrix);
      BootstrapInterval sharpeInterval = Bootstrap.stationary(ANALYSIS_SEED).sharpe(returns);
      ValidationSummary validation = validation(returns, trialSharpes, pbo, sharpeInterval);
      printValidation(returns, validation, pbo, sharpeInterval, axis.length, sets.size());

      double[] asset = evaluator.assetReturns(oosFrom, oosTo);
      RandomEntry random = Baselines.randomEntry(asset, oos.exposure, RANDOM_DRAWS, ANALYSIS_SEED,
          EnsembleEvaluator.COST_BPS);
      List<Baseline> baselines = List.of(Baselines.cash(asset.length),
          Baselines.buyAndHold(asset, EnsembleEvaluator.COST_BPS));
      RegretReport regret = Regret.of(returns, baselines, random);
      out.println();
      out.printf(Locale.ROOT, "Baselines over the out-of-sample months (%.0f bp per unit of turnover)%n",
          EnsembleEvaluator.COST_BPS);
      out.print(regret.render());
      out.printf(Locale.ROOT, "  (statistics and baselines: %.1f s)%n", (System.nanoTime() - phase) / 1e9);

      phase = System.nanoTime();
      TearSheet sheet = TearSheet.builder("Ensemble walk-forward on " + series.symbol())
          .returns(result.outOfSampleTimes(), returns)
          .benchmark("buy and hold " + series.symbol(), asset)
          .walkForward(result)
          .trades(oos.trades)
          .validation(validation)
          .section("Regret against baselines", regret.render())
          .build();
      Path sheetFile = dir.resolve("tearsheet.html");
      Path resultFile = dir.resolve("result.json");
      write(dir, () -> {
        sheet.write(sheetFile);
        Files.writeString(resultFile, result.toJson(), StandardCharsets.UTF_8);
      });
      out.println();
      out.printf(Locale.ROOT, "tear sheet %s (%.1f s)%n", sheetFile.toAbsolutePath(),
          (System.nanoTime() - phase) / 1e9);
      out.printf(Locale.ROOT, "result     %s%n", resultFile.toAbsolutePath());
      out.printf(Locale.ROOT, "journal    %s (%,d decisions)%n", journalFile.toAbsolutePath(),
          oos.decisions);
    }

    /** The bars the options name, cut to their dates. */
    private BarSeries loadBars() {
      BarSeries series = options.data() == null ? syntheticBars(options.seed(), options.years())
          : csvBars(options.data());
      return between(series, options.from(), options.to());
    }

    private String source() {
      return options.data() == null ? String.format(Locale.ROOT,
          "synthetic, seed %d, %d years, bull/bear/sideways regimes", options.seed(), options.years())
          : options.data().toString();
    }

    /** The walk-forward with the default plan and gating rule, printing its progress. */
    private WalkForwardResult walkForward(EnsembleEvaluator evaluator, List<Parameters> sets, long[] axis) {
      try {
        return WalkForward.builder(evaluator)
            .parameters(sets)
            .plan(FoldPlan.defaults())
            .gatingRule(GatingRule.defaults())
            .zone(ZONE)
            .pool(pool)
            .progress(new ProgressPrinter(out, "walk-forward", System.nanoTime()))
            .build()
            .run(axis);
      } catch (IllegalArgumentException e) {
        // The history gives too few folds; the message says how many months it needs.
        throw new RunFailure(e.getMessage());
      }
    }

    /** Creates the output directory, then writes into it. */
    private static void write(Path dir, FileWork work) {
      try {
        Files.createDirectories(dir);
        work.run();
      } catch (IOException e) {
        throw new RunFailure("cannot write to " + dir + ": " + e);
      }
    }

    /** File work that may fail. */
    @FunctionalInterface
    private interface FileWork {

      void run() throws IOException;
    }

    /** Each parameter set once over the whole axis (after the warm-up), in parallel. */
    private double[][] fullHistoryRuns(EnsembleEvaluator evaluator, List<Parameters> sets, int length) {
      try {
        return pool.submit(() -> IntStream.range(0, sets.size()).parallel()
            .mapToObj(n -> evaluator.run(sets.get(n), 0, length, null, "full").returns())
            .toArray(double[][]::new)).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RunFailure("interrupted");
      } catch (ExecutionException e) {
        throw new IllegalStateException("a full-history run failed", e.getCause());
      }
    }

    /**
     * Runs every fold's test month again with its chosen parameters, journaling decisions, orders and
     * executions, and collects the exposure and trades. The runs are the walk-forward's test runs
     * (same code, same inputs), so their returns are the stitched out-of-sample returns.
     */
    private OutOfSample outOfSampleRun(EnsembleEvaluator evaluator, List<FoldResult> folds,
        Path journalFile) {
      OutOfSample oos = new OutOfSample();
      List<double[]> exposures = new ArrayList<>();
      write(options.out(), () -> Files.deleteIfExists(journalFile));
      try (Journal journal = Journal.open(journalFile, FsyncPolicy.NONE)) {
        for (FoldResult f : folds) {
          String id = String.format(Locale.ROOT, "f%03d", f.fold().index());
          journal.append(new Note(String.format(Locale.ROOT,
              "fold %d: test %s with %s; broker backtest-%s, order ids %s-*", f.fold().index(),
              YearMonth.from(f.fold().testStart()), f.chosen(), id, id)));
          EnsembleEvaluator.WindowRun run = evaluator.run(f.chosen(), f.fold().testFrom(),
              f.fold().testTo(), JournalDecisionSink.of(journal, "backtest-" + id), id);
          exposures.add(run.exposure());
          oos.trades.addAll(run.trades());
        }
      }
      // Read back: the count printed is what the file holds.
      oos.decisions = Journal.read(journalFile).records(Decision.class).size();
      int n = 0;
      for (double[] e : exposures) {
        n += e.length;
      }
      oos.exposure = new double[n];
      int k = 0;
      for (double[] e : exposures) {
        System.arraycopy(e, 0, oos.exposure, k, e.length);
        k += e.length;
      }
      return oos;
    }

    private void printVerdict(Verdict v) {
      out.printf(Locale.ROOT, "Verdict: %s  (median OOS Sharpe %.2f, OOS win rate %s, %d OOS trades)%n",
          v.accepted() ? "ACCEPTED" : "REJECTED", v.medianOutOfSampleSharpe(),
          Double.isNaN(v.outOfSampleWinRate()) ? "n/a"
              : String.format(Locale.ROOT, "%.1f %%", 100 * v.outOfSampleWinRate()),
          v.outOfSampleTrades());
      for (String reason : v.reasons()) {
        out.println("  - " + reason);
      }
    }

    private void printValidation(double[] returns, ValidationSummary v, PboResult pbo,
        BootstrapInterval sharpe, int bars, int trials) {
      out.println();
      out.printf(Locale.ROOT, "Out of sample: %,d days, Sharpe %.2f, CAGR %+.2f %%, total %+.2f %%, "
          + "max drawdown %.2f %%%n", returns.length, WalkForward.sharpe(returns),
          100 * ReturnMetrics.annualReturn(returns), 100 * ReturnMetrics.cumulativeReturn(returns),
          100 * ReturnMetrics.maxDrawdown(returns));
      out.printf(Locale.ROOT, "  PSR(0)                   %s  P(true Sharpe > 0)%n",
          probability(v.probabilisticSharpe()));
      out.printf(Locale.ROOT, "  DSR (%2d trials)          %s  P(true Sharpe > the best of %d skill-less "
          + "trials)%n", trials, probability(v.deflatedSharpe()), trials);
      out.printf(Locale.ROOT, "  PBO (CSCV, 16 blocks)    %s  P(the in-sample best set is below the median "
          + "out of sample)%n", probability(pbo.pbo()));
      out.printf(Locale.ROOT, "                                  %,d days x %d sets, degradation slope "
          + "%.2f%n", bars, trials, pbo.degradationSlope());
      out.printf(Locale.ROOT, "  Sharpe 95 %% CI           [%s, %s]  stationary bootstrap, %,d resamples%n",
          number(sharpe.lower()), number(sharpe.upper()), sharpe.resamples());
    }

    private static ValidationSummary validation(double[] returns, double[] trialSharpes, PboResult pbo,
        BootstrapInterval sharpe) {
      if (varies(returns)) {
        return ValidationSummary.of(returns, trialSharpes, pbo, sharpe);
      }
      // A strategy that never traded out of sample has no Sharpe ratio to test.
      return ValidationSummary.of(Double.NaN, Double.NaN, trialSharpes.length, pbo.pbo(), sharpe);
    }

    private static boolean varies(double[] x) {
      for (double v : x) {
        if (v != x[0]) {
          return true;
        }
      }
      return false;
    }

    private static String number(double x) {
      return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.2f", x);
    }

    private static String probability(double p) {
      return Double.isNaN(p) ? " n/a " : String.format(Locale.ROOT, "%.3f", p);
    }
  }

  /**
   * The per-period Sharpe ratio {@code mean / std} (divisor {@code n - 1}), 0 when the returns do not
   * vary: the unit {@link io.quantor.backtest.validation.DeflatedSharpe} takes.
   */
  static double perPeriodSharpe(double[] r) {
    double mean = 0;
    for (double x : r) {
      mean += x;
    }
    mean /= r.length;
    double ss = 0;
    for (double x : r) {
      ss += (x - mean) * (x - mean);
    }
    double sd = r.length > 1 ? Math.sqrt(ss / (r.length - 1)) : 0;
    return sd > 0 ? mean / sd : 0;
  }

  /** The out-of-sample run's exposure, trades and decision count. */
  private static final class OutOfSample {

    double[] exposure;
    final List<Trade> trades = new ArrayList<>();
    int decisions;
  }
}
