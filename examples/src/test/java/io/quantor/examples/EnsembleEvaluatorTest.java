package io.quantor.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.backtest.engine.DecisionRecord;
import io.quantor.backtest.walkforward.FoldPlan;
import io.quantor.backtest.walkforward.FoldResult;
import io.quantor.backtest.walkforward.ParameterSpace;
import io.quantor.backtest.walkforward.Parameters;
import io.quantor.backtest.walkforward.WalkForward;
import io.quantor.backtest.walkforward.WalkForwardResult;
import io.quantor.core.series.BarSeries;
import io.quantor.core.signal.EmaCrossover;
import io.quantor.core.signal.ReturnsMomentum;
import io.quantor.core.signal.RsiReversion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** The example's evaluator is honest: no look-ahead, flat before its window, reproducible. */
class EnsembleEvaluatorTest {

  private static final BarSeries BARS = WalkForwardApp.syntheticBars(7, 3);
  private static final Parameters SET = Parameters.of(Map.of("minConfidence", 0.1, "emaFast", 10.0,
      "emaSlow", 50.0));

  @Test
  void theWarmUpCoversEveryModelOfTheGrid() {
    int longest = Math.max(new RsiReversion(14, 30, 70, 1).warmUp(),
        new ReturnsMomentum(126, 5, 2.0, 1).warmUp());
    for (double slow : EnsembleEvaluator.parameterGrid().get("emaSlow")) {
      for (double fast : EnsembleEvaluator.parameterGrid().get("emaFast")) {
        longest = Math.max(longest, new EmaCrossover((int) fast, (int) slow, 14, 1.0, 1).warmUp());
      }
    }
    // The sizer's volatility needs VOLATILITY_WINDOW returns, i.e. one bar more.
    longest = Math.max(longest, EnsembleEvaluator.VOLATILITY_WINDOW + 1);
    assertTrue(longest < EnsembleEvaluator.WARM_UP_BARS, "longest warm-up " + longest);
  }

  @Test
  void theAxisStartsAtAMonthAfterTheWarmUp() {
    int start = EnsembleEvaluator.axisStart(BARS, WalkForwardApp.ZONE);
    assertTrue(start >= EnsembleEvaluator.WARM_UP_BARS);
    // 2000-01-03 plus 160 weekdays is 2000-08-14; the next month starts on Friday 2000-09-01.
    assertEquals("2000-09-01", BARS.time(start).atZone(WalkForwardApp.ZONE).toLocalDate().toString());
  }

  @Test
  void barsAtOrAfterTheWindowEndChangeNothing() {
    int start = EnsembleEvaluator.axisStart(BARS, WalkForwardApp.ZONE);
    int from = 300;
    int to = 340;
    double[] before = new EnsembleEvaluator(BARS, start).evaluate(SET, from, to).returns();
    // Replace every bar from the window's end on with a crash: prices halve.
    int cut = start + to;
    int n = BARS.size();
    double[] o = BARS.opens();
    double[] h = BARS.highs();
    double[] l = BARS.lows();
    double[] c = BARS.closes();
    for (int i = cut; i < n; i++) {
      o[i] *= 0.5;
      h[i] *= 0.5;
      l[i] *= 0.5;
      c[i] *= 0.5;
    }
    BarSeries changed = BarSeries.of(BARS.symbol(), BARS.epochMillis(), o, h, l, c, BARS.volumes());
    double[] after = new EnsembleEvaluator(changed, start).evaluate(SET, from, to).returns();
    assertArrayEquals(before, after);
    // And the change is visible to a window that reaches past the cut.
    double[] longer = new EnsembleEvaluator(changed, start).evaluate(SET, from, to + 5).returns();
    double[] original = new EnsembleEvaluator(BARS, start).evaluate(SET, from, to + 5).returns();
    assertFalse(Arrays.equals(longer, original));
  }

  @Test
  void theAccountIsFlatUntilTheWindowOpens() {
    int start = EnsembleEvaluator.axisStart(BARS, WalkForwardApp.ZONE);
    EnsembleEvaluator evaluator = new EnsembleEvaluator(BARS, start);
    int from = 250;
    int to = 400;
    List<DecisionRecord> decisions = new ArrayList<>();
    EnsembleEvaluator.WindowRun run = evaluator.run(SET, from, to, decisions::add, "t");
    Instant opensAt = BARS.time(start + from - 1);
    assertFalse(decisions.isEmpty());
    for (DecisionRecord d : decisions) {
      assertFalse(d.time().isBefore(opensAt), d.toString());
    }
    for (int i = 0; i < run.windowStart(); i++) {
      assertEquals(EnsembleEvaluator.INITIAL_CASH, run.result().equity(i), 0.0, "bar " + i);
    }
    assertEquals(to - from, run.returns().length);
    assertEquals(to - from, run.exposure().length);
    // Exposure is a fraction of equity: long only up to the 100 % cap (plus a day's price move).
    for (double e : run.exposure()) {
      assertTrue(e >= -1.1 && e <= 1.1, "exposure " + e);
    }
  }

  @Test
  void testRunsReproduceTheStitchedOutOfSampleReturns() {
    int start = EnsembleEvaluator.axisStart(BARS, WalkForwardApp.ZONE);
    EnsembleEvaluator evaluator = new EnsembleEvaluator(BARS, start);
    ForkJoinPool pool = new ForkJoinPool(2);
    WalkForwardResult result;
    try {
      result = WalkForward.builder(evaluator)
          .parameters(ParameterSpace.grid(Map.of("minConfidence", new double[] {0.1, 0.3},
              "emaFast", new double[] {10}, "emaSlow", new double[] {50, 100})))
          .plan(FoldPlan.defaults())
          .zone(WalkForwardApp.ZONE)
          .pool(pool)
          .build()
          .run(evaluator.axis());
    } finally {
      pool.shutdown();
    }
    double[] stitched = result.outOfSampleReturns();
    int k = 0;
    for (FoldResult f : result.folds()) {
      double[] again = evaluator.run(f.chosen(), f.fold().testFrom(), f.fold().testTo(), null, "x").returns();
      assertArrayEquals(Arrays.copyOfRange(stitched, k, k + again.length), again, "fold " + f.fold().index());
      k += again.length;
    }
    assertEquals(stitched.length, k);
  }
}
