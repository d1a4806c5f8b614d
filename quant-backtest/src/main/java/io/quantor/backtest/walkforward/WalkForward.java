package io.quantor.backtest.walkforward;

import io.quantor.backtest.metrics.ReturnMetrics;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Walk-forward validation: for every fold, search the parameter sets on the training window, keep the
 * best by an objective, and run it on the following test window it has never seen; stitch the test
 * windows into one out-of-sample record and judge it with a {@link GatingRule}.
 *
 * <p>All (fold, parameter set) training runs are independent and run in parallel on a
 * {@link ForkJoinPool} (the common pool unless one is given); the test runs follow, also in parallel. The
 * result does not depend on the pool or the scheduling: ties between parameter sets go to the one listed
 * first, and a NaN objective (an undefined Sharpe ratio, say) never wins.
 *
 * <pre>{@code
 * WalkForwardResult result = WalkForward.builder(evaluator)
 *     .parameters(ParameterSpace.grid(Map.of("fast", new double[] {5, 10, 20},
 *                                            "slow", new double[] {50, 100, 200})))
 *     .plan(FoldPlan.defaults())                 // 12 months train, 1 month test, rolling, >= 6 folds
 *     .zone(ZoneId.of("America/New_York"))
 *     .build()
 *     .run(series.epochMillis());
 * result.verdict().accepted();
 * }</pre>
 */
public final class WalkForward {

  private final StrategyEvaluator evaluator;
  private final List<Parameters> parameters;
  private final FoldPlan plan;
  private final ZoneId zone;
  private final ToDoubleFunction<double[]> objective;
  private final GatingRule gatingRule;
  private final ForkJoinPool pool;
  private final ProgressListener progress;

  private WalkForward(Builder b) {
    this.evaluator = b.evaluator;
    this.parameters = List.copyOf(b.parameters);
    this.plan = b.plan;
    this.zone = b.zone;
    this.objective = b.objective;
    this.gatingRule = b.gatingRule;
    this.pool = b.pool;
    this.progress = b.progress;
  }

  /**
   * Starts a walk-forward over a strategy.
   *
   * @param evaluator runs the strategy on a window
   * @return the builder
   */
  public static Builder builder(StrategyEvaluator evaluator) {
    return new Builder(Objects.requireNonNull(evaluator, "evaluator"));
  }

  /**
   * The annualized Sharpe ratio of daily returns with a zero risk-free rate,
   * {@link ReturnMetrics#sharpeRatio(double[])}, but 0 where that is undefined: when the returns do not
   * vary (no position) or are fewer than two. This is the default objective and the out-of-sample Sharpe of each fold.
   *
   * @param returns the returns
   * @return the Sharpe ratio, finite
   */
  public static double sharpe(double[] returns) {
    if (returns.length < 2) {
      return 0;
    }
    double sharpe = ReturnMetrics.sharpeRatio(returns);
    return Double.isFinite(sharpe) ? sharpe : 0;
  }

  /**
   * Runs the walk-forward on a time axis.
   *
   * @param epochMillis the bar times the evaluator's indices refer to, strictly increasing
   * @return the result
   * @throws IllegalArgumentException if the history gives too few folds, or the evaluator returns the
   *     wrong number of returns
   * @throws RuntimeException an unchecked exception the evaluator throws, as it is
   * @throws IllegalStateException if the run is interrupted, or the evaluator throws an error (the cause
   *     is attached)
   */
  public WalkForwardResult run(long[] epochMillis) {
    List<Fold> folds = WalkForwardFolds.split(epochMillis, zone, plan);
    int nf = folds.size();
    int np = parameters.size();
    int total = nf * np + nf;
    AtomicInteger done = new AtomicInteger();
    double[] inSample = new double[nf * np];
    invoke(() -> IntStream.range(0, nf * np).parallel().forEach(task -> {
      Fold fold = folds.get(task / np);
      Parameters p = parameters.get(task % np);
      Evaluation e = evaluate(p, fold.trainFrom(), fold.trainTo());
      inSample[task] = objective.applyAsDouble(e.returns());
      report(done, total);
    }));
    Parameters[] chosen = new Parameters[nf];
    double[] chosenObjective = new double[nf];
    for (int f = 0; f < nf; f++) {
      int best = 0;
      for (int p = 1; p < np; p++) {
        // NaN never wins: the comparison fails for it, and a NaN incumbent is replaced by any number
        // (not by another NaN, so that all-NaN ties go to the first set like any tie).
        double candidate = inSample[f * np + p];
        double incumbent = inSample[f * np + best];
        if (candidate > incumbent || (Double.isNaN(incumbent) && !Double.isNaN(candidate))) {
          best = p;
        }
      }
      chosen[f] = parameters.get(best);
      chosenObjective[f] = inSample[f * np + best];
    }
    Evaluation[] tests = new Evaluation[nf];
    invoke(() -> IntStream.range(0, nf).parallel().forEach(f -> {
      tests[f] = evaluate(chosen[f], folds.get(f).testFrom(), folds.get(f).testTo());
      report(done, total);
    }));
    List<FoldResult> results = new ArrayList<>(nf);
    int oosBars = 0;
    for (Fold fold : folds) {
      oosBars += fold.testSize();
    }
    long[] times = new long[oosBars];
    double[] returns = new double[oosBars];
    int k = 0;
    for (int f = 0; f < nf; f++) {
      Fold fold = folds.get(f);
      double[] r = tests[f].returns();
      double growth = 1;
      for (double x : r) {
        growth *= 1 + x;
      }
      System.arraycopy(r, 0, returns, k, r.length);
      System.arraycopy(epochMillis, fold.testFrom(), times, k, r.length);
      k += r.length;
      results.add(new FoldResult(fold, chosen[f], chosenObjective[f], sharpe(r), growth - 1,
          tests[f].trades(), tests[f].winningTrades()));
    }
    return new WalkForwardResult(plan, results, times, returns, np, gatingRule.judge(results));
  }

  private Evaluation evaluate(Parameters p, int from, int to) {
    Evaluation e = evaluator.evaluate(p, from, to);
    if (e == null || e.returns().length != to - from) {
      throw new IllegalArgumentException("the evaluator must return " + (to - from) + " returns for bars ["
          + from + ", " + to + ") with " + p + ", returned " + (e == null ? "null" : e.returns().length));
    }
    return e;
  }

  private void report(AtomicInteger done, int total) {
    int d = done.incrementAndGet();
    if (progress != null) {
      progress.progress(d, total);
    }
  }

  private void invoke(Runnable work) {
    try {
      pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("walk-forward interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException("walk-forward evaluation failed", cause);
    }
  }

  /** Configures a {@link WalkForward}. */
  public static final class Builder {

    private final StrategyEvaluator evaluator;
    private List<Parameters> parameters;
    private FoldPlan plan = FoldPlan.defaults();
    private ZoneId zone = ZoneId.of("America/New_York");
    private ToDoubleFunction<double[]> objective = WalkForward::sharpe;
    private GatingRule gatingRule = GatingRule.defaults();
    private ForkJoinPool pool = ForkJoinPool.commonPool();
    private ProgressListener progress;

    private Builder(StrategyEvaluator evaluator) {
      this.evaluator = evaluator;
    }

    /**
     * The parameter sets to search (required).
     *
     * @param sets the sets, not empty
     * @return this builder
     */
    public Builder parameters(List<Parameters> sets) {
      Objects.requireNonNull(sets, "parameters");
      if (sets.isEmpty()) {
        throw new IllegalArgumentException("parameters must not be empty");
      }
      this.parameters = sets;
      return this;
    }

    /**
     * The fold plan (default {@link FoldPlan#defaults()}).
     *
     * @param foldPlan the plan
     * @return this builder
     */
    public Builder plan(FoldPlan foldPlan) {
      this.plan = Objects.requireNonNull(foldPlan, "plan");
      return this;
    }

    /**
     * The zone whose calendar months cut the folds (default America/New_York).
     *
     * @param timeZone the zone
     * @return this builder
     */
    public Builder zone(ZoneId timeZone) {
      this.zone = Objects.requireNonNull(timeZone, "zone");
      return this;
    }

    /**
     * What training maximizes (default the annualized Sharpe ratio, {@link WalkForward#sharpe}).
     *
     * @param function from a window's returns to a score; higher is better, NaN never wins
     * @return this builder
     */
    public Builder objective(ToDoubleFunction<double[]> function) {
      this.objective = Objects.requireNonNull(function, "objective");
      return this;
    }

    /**
     * The rule that accepts or rejects the strategy (default {@link GatingRule#defaults()}).
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder gatingRule(GatingRule rule) {
      this.gatingRule = Objects.requireNonNull(rule, "gatingRule");
      return this;
    }

    /**
     * The pool the evaluations run on (default the common pool).
     *
     * @param forkJoinPool the pool
     * @return this builder
     */
    public Builder pool(ForkJoinPool forkJoinPool) {
      this.pool = Objects.requireNonNull(forkJoinPool, "pool");
      return this;
    }

    /**
     * A listener told of each finished evaluation (default none).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder progress(ProgressListener listener) {
      this.progress = Objects.requireNonNull(listener, "progress");
      return this;
    }

    /**
     * Builds the walk-forward.
     *
     * @return the walk-forward
     * @throws IllegalStateException if no parameters were given
     */
    public WalkForward build() {
      if (parameters == null) {
        throw new IllegalStateException("parameters(...) is required");
      }
      return new WalkForward(this);
    }
  }
}
