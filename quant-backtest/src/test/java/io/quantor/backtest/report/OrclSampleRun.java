package io.quantor.backtest.report;

import io.quantor.backtest.metrics.Trade;
import io.quantor.backtest.validation.Bootstrap;
import io.quantor.backtest.validation.Pbo;
import io.quantor.backtest.walkforward.Evaluation;
import io.quantor.backtest.walkforward.FoldPlan;
import io.quantor.backtest.walkforward.ParameterSpace;
import io.quantor.backtest.walkforward.StrategyEvaluator;
import io.quantor.backtest.walkforward.WalkForward;
import io.quantor.backtest.walkforward.WalkForwardResult;
import io.quantor.backtest.walkforward.WindowType;
import io.quantor.core.testing.SharedData;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.Side;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * A realistic tear sheet input: ORCL's daily returns 1996-04-15 .. 2014-12-31 with YHOO as the benchmark
 * ({@code shared/reference/metrics/returns.csv}), a walk-forward of a small momentum rule on ORCL, a few
 * ORCL trades and the validation statistics of the momentum variants.
 */
final class OrclSampleRun {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  /** The last price day before the first return (shared/reference/metrics/README.md). */
  static final LocalDate BASE_DATE = LocalDate.of(1996, 4, 12);
  static final int[] LOOKBACKS = {20, 60, 120, 250};

  final LocalDate[] dates;
  final long[] times;
  final double[] orcl;
  final double[] yhoo;

  private OrclSampleRun(LocalDate[] dates, double[] orcl, double[] yhoo) {
    this.dates = dates;
    this.orcl = orcl;
    this.yhoo = yhoo;
    this.times = new long[dates.length];
    for (int i = 0; i < dates.length; i++) {
      // Each return is measured at the day's close, 16:00 in New York.
      times[i] = dates[i].atTime(LocalTime.of(16, 0)).atZone(NEW_YORK).toInstant().toEpochMilli();
    }
  }

  /** Reads the shared returns file (skips or fails the test when the shared folder is missing). */
  static OrclSampleRun load() {
    Path file = SharedData.file("reference/metrics/returns.csv");
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = lines.size() - 1;
    LocalDate[] dates = new LocalDate[n];
    double[] orcl = new double[n];
    double[] yhoo = new double[n];
    for (int i = 0; i < n; i++) {
      String[] cells = lines.get(i + 1).split(",");
      dates[i] = LocalDate.parse(cells[1]);
      orcl[i] = Double.parseDouble(cells[2]);
      yhoo[i] = Double.parseDouble(cells[3]);
    }
    return new OrclSampleRun(dates, orcl, yhoo);
  }

  /**
   * A momentum rule's returns: long ORCL on a bar when its return over the previous {@code lookback}
   * bars was positive, flat otherwise.
   */
  double[] momentum(int lookback, int from, int to) {
    double[] r = new double[to - from];
    for (int t = from; t < to; t++) {
      double past = 0;
      for (int k = Math.max(0, t - lookback); k < t; k++) {
        past += orcl[k];
      }
      r[t - from] = past > 0 ? orcl[t] : 0;
    }
    return r;
  }

  /** Walk-forward of the momentum rule: 24 months train, 6 months test, rolling. */
  WalkForwardResult walkForward() {
    StrategyEvaluator evaluator = (p, from, to) -> {
      double[] r = momentum(p.getInt("lookback"), from, to);
      int trades = 0;
      int winning = 0;
      for (double x : r) {
        if (x != 0) {
          trades++;
          winning += x > 0 ? 1 : 0;
        }
      }
      return new Evaluation(r, trades, winning);
    };
    double[] grid = new double[LOOKBACKS.length];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = LOOKBACKS[i];
    }
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      return WalkForward.builder(evaluator)
          .parameters(ParameterSpace.grid(Map.of("lookback", grid)))
          .plan(FoldPlan.of(24, 6, WindowType.ROLLING, 6))
          .zone(NEW_YORK)
          .pool(pool)
          .build()
          .run(times);
    } finally {
      pool.shutdown();
    }
  }

  /** Eight ORCL round trips on a price proxy of 10 times ORCL's wealth index, long and short. */
  List<Trade> trades() {
    double[] price = new double[orcl.length];
    double p = 10;
    for (int i = 0; i < orcl.length; i++) {
      p *= 1 + orcl[i];
      price[i] = p;
    }
    List<Trade> trades = new ArrayList<>();
    int[][] spans = {{100, 140}, {400, 420}, {900, 1000}, {1300, 1310}, {2000, 2100}, {2600, 2650},
        {3500, 3600}, {4500, 4600}};
    for (int k = 0; k < spans.length; k++) {
      int in = spans[k][0];
      int out = spans[k][1];
      Side side = k % 3 == 2 ? Side.SELL : Side.BUY;
      trades.add(Trade.of(Instrument.stock("ORCL"), side, 100, Instant.ofEpochMilli(times[in]),
          Instant.ofEpochMilli(times[out]), price[in], price[out], out - in, 2.0));
    }
    return trades;
  }

  /** PSR and DSR of ORCL's returns against the momentum variants, CSCV over them, a bootstrap CI. */
  ValidationSummary validation() {
    int n = orcl.length;
    double[][] performance = new double[n][LOOKBACKS.length + 1];
    double[] trialSharpes = new double[LOOKBACKS.length + 1];
    for (int v = 0; v <= LOOKBACKS.length; v++) {
      double[] r = v == LOOKBACKS.length ? orcl : momentum(LOOKBACKS[v], 0, n);
      for (int t = 0; t < n; t++) {
        performance[t][v] = r[t];
      }
      trialSharpes[v] = perPeriodSharpe(r);
    }
    return ValidationSummary.of(orcl, trialSharpes, Pbo.of(8).compute(performance),
        Bootstrap.stationary(7).withResamples(400).sharpe(orcl));
  }

  /** mean / std (divisor n - 1), written out here rather than taken from the code under test. */
  static double perPeriodSharpe(double[] r) {
    double sum = 0;
    for (double x : r) {
      sum += x;
    }
    double mean = sum / r.length;
    double ss = 0;
    for (double x : r) {
      ss += (x - mean) * (x - mean);
    }
    return mean / Math.sqrt(ss / (r.length - 1));
  }

  /** The full tear sheet of this run. */
  TearSheet tearSheet() {
    return TearSheet.builder("ORCL against YHOO, 1996-2014")
        .returns(times, orcl)
        .benchmark("YHOO", yhoo)
        .baseDate(BASE_DATE)
        .logScale(true)
        .walkForward(walkForward())
        .trades(trades())
        .validation(validation())
        .section("Regret against baselines", "baseline      CAGR   regret\n"
            + "buy-and-hold  9.1 %   0.0 %\ncash          0.0 %   9.1 %")
        .build();
  }
}
