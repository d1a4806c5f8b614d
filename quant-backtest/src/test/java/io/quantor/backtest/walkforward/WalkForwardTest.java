package io.quantor.backtest.walkforward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WalkForwardTest {

  private static final long[] TIMES =
      WalkForwardFoldsTest.weekdays(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 1, 1)); // 12 folds
  private static final List<Parameters> GRID =
      ParameterSpace.grid(Map.of("drift", new double[] {1e-4, 5e-4, 3e-4, -2e-4}));

  /** Returns {@code drift + 0.01 sin(1.7 i)}: the same noise for every set, so the largest drift wins. */
  private static double[] returns(double drift, int from, int to) {
    double[] r = new double[to - from];
    for (int i = from; i < to; i++) {
      r[i - from] = drift + 0.01 * Math.sin(1.7 * i);
    }
    return r;
  }

  private static final StrategyEvaluator DRIFT =
      (p, from, to) -> new Evaluation(returns(p.get("drift"), from, to), 2, 1);

  /** The annualized sample Sharpe ratio, written out independently of the code under test. */
  private static double naiveSharpe(double[] r) {
    double sum = 0;
    for (double x : r) {
      sum += x;
    }
    double mean = sum / r.length;
    double ss = 0;
    for (double x : r) {
      ss += (x - mean) * (x - mean);
    }
    return mean / Math.sqrt(ss / (r.length - 1)) * Math.sqrt(252);
  }

  @Test
  void choosesTheBestTrainingSetAndStitchesTheTestWindows() {
    WalkForwardResult result = WalkForward.builder(DRIFT).parameters(GRID).build().run(TIMES);
    assertEquals(12, result.folds().size());
    assertEquals(4, result.trials());
    int oos = 0;
    for (FoldResult f : result.folds()) {
      assertEquals(5e-4, f.chosen().get("drift"));
      double[] expected = returns(5e-4, f.fold().testFrom(), f.fold().testTo());
      assertArrayEquals(expected, java.util.Arrays.copyOfRange(result.outOfSampleReturns(), oos,
          oos + expected.length));
      assertEquals(naiveSharpe(expected), f.outOfSampleSharpe(), 1e-12);
      double growth = 1;
      for (double x : expected) {
        growth *= 1 + x;
      }
      assertEquals(growth - 1, f.outOfSampleReturn(), 1e-15);
      assertEquals(TIMES[f.fold().testFrom()], result.outOfSampleTimes()[oos]);
      oos += expected.length;
    }
    assertEquals(oos, result.outOfSampleReturns().length);
    assertTrue(result.verdict().accepted(), result.verdict().reasons().toString());
    assertEquals(0.5, result.verdict().outOfSampleWinRate());
  }

  @Test
  void trainingNeverSeesItsTestWindow() {
    ConcurrentLinkedQueue<int[]> calls = new ConcurrentLinkedQueue<>();
    StrategyEvaluator recording = (p, from, to) -> {
      calls.add(new int[] {from, to});
      return DRIFT.evaluate(p, from, to);
    };
    WalkForwardResult result = WalkForward.builder(recording).parameters(GRID).build().run(TIMES);
    List<Fold> folds = result.folds().stream().map(FoldResult::fold).toList();
    assertEquals(folds.size() * (GRID.size() + 1), calls.size());
    for (int[] call : calls) {
      boolean isTest = folds.stream().anyMatch(f -> f.testFrom() == call[0] && f.testTo() == call[1]);
      boolean isTrain = folds.stream().anyMatch(f -> f.trainFrom() == call[0] && f.trainTo() == call[1]
          && f.trainTo() <= f.testFrom());
      assertTrue(isTest ^ isTrain, "call [" + call[0] + ", " + call[1] + ")");
    }
  }

  @Test
  void resultDoesNotDependOnTheParallelism() {
    ForkJoinPool one = new ForkJoinPool(1);
    ForkJoinPool two = new ForkJoinPool(2);
    try {
      WalkForwardResult a = WalkForward.builder(DRIFT).parameters(GRID).pool(one).build().run(TIMES);
      WalkForwardResult b = WalkForward.builder(DRIFT).parameters(GRID).pool(two).build().run(TIMES);
      assertEquals(a, b);
    } finally {
      one.shutdown();
      two.shutdown();
    }
  }

  @Test
  void roundTripsThroughJson() {
    WalkForwardResult result = WalkForward.builder(DRIFT).parameters(GRID).build().run(TIMES);
    String json = result.toJson();
    assertTrue(json.contains("\"testStart\" : \"2019-01-01\""), json.substring(0, 400));
    assertEquals(result, WalkForwardResult.fromJson(json));
    assertThrows(IllegalArgumentException.class, () -> WalkForwardResult.fromJson("{\"folds\": 3}"));
  }

  @Test
  void rejectsALosingStrategyAndSaysWhy() {
    StrategyEvaluator losing = (p, from, to) -> new Evaluation(returns(-5e-4, from, to), 4, 1);
    WalkForwardResult result = WalkForward.builder(losing).parameters(GRID).build().run(TIMES);
    Verdict v = result.verdict();
    assertFalse(v.accepted());
    assertEquals(2, v.reasons().size(), v.reasons().toString());
    assertTrue(v.reasons().get(0).startsWith("median out-of-sample Sharpe -"), v.reasons().get(0));
    assertTrue(v.reasons().get(1).contains("win rate 25.0 %"), v.reasons().get(1));
    StrategyEvaluator idle = (p, from, to) -> new Evaluation(new double[to - from], 0, 0);
    Verdict none = WalkForward.builder(idle).parameters(GRID).build().run(TIMES).verdict();
    assertFalse(none.accepted());
    assertTrue(none.reasons().contains("no out-of-sample trades"), none.reasons().toString());
    assertEquals(0.0, none.medianOutOfSampleSharpe());
  }

  @Test
  void reportsProgressOncePerEvaluation() {
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger last = new AtomicInteger();
    WalkForward.builder(DRIFT).parameters(GRID).progress((done, total) -> {
      calls.incrementAndGet();
      last.accumulateAndGet(done, Math::max);
      assertEquals(12 * 5, total);
    }).build().run(TIMES);
    assertEquals(60, calls.get());
    assertEquals(60, last.get());
  }

  @Test
  void aWrongEvaluatorIsReported() {
    StrategyEvaluator shortReturns = (p, from, to) -> new Evaluation(new double[1], 0, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WalkForward.builder(shortReturns).parameters(GRID).build().run(TIMES));
    assertTrue(e.getMessage().contains("must return"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> WalkForward.builder(DRIFT).build());
    assertThrows(IllegalArgumentException.class,
        () -> WalkForward.builder(DRIFT).parameters(GRID).zone(ZoneId.of("UTC"))
            .plan(FoldPlan.of(12, 1, WindowType.ROLLING, 30)).build().run(TIMES));
  }

  @Test
  void allNaNObjectivesTieAndGoToTheFirstSet() {
    // Every set scores NaN (an undefined objective): a tie, which the Javadoc gives to the first listed.
    WalkForwardResult result = WalkForward.builder(DRIFT).parameters(GRID).objective(r -> Double.NaN)
        .build().run(TIMES);
    for (FoldResult f : result.folds()) {
      assertEquals(GRID.get(0), f.chosen());
    }
  }
}
