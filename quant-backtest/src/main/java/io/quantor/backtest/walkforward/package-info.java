/**
 * Walk-forward validation and cross-validation splitters for time series.
 *
 * <p>{@link io.quantor.backtest.walkforward.WalkForward}: rolling or anchored folds in calendar months
 * (defaults 12 months train, 1 month test, at least 6 folds), a parameter search per fold (grid or seeded
 * random, {@link io.quantor.backtest.walkforward.ParameterSpace}) run in parallel on a
 * {@link java.util.concurrent.ForkJoinPool}, stitched out-of-sample returns, and a
 * {@link io.quantor.backtest.walkforward.GatingRule} that accepts or rejects the strategy and says why.
 * The result is a value that round-trips through JSON.
 *
 * <pre>{@code
 * StrategyEvaluator evaluator = (params, from, to) -> runStrategy(params, from, to);
 * WalkForwardResult result = WalkForward.builder(evaluator)
 *     .parameters(ParameterSpace.grid(Map.of("fast", new double[] {5, 10, 20},
 *                                            "slow", new double[] {50, 100})))
 *     .build()                                   // 12 months train, 1 month test, >= 6 folds
 *     .run(series.epochMillis());
 * System.out.println(result.verdict().reasons());
 * Files.writeString(Path.of("walk-forward.json"), result.toJson());
 * }</pre>
 *
 * <p>{@link io.quantor.backtest.walkforward.PurgedKFold} (purged k-fold with an embargo) and
 * {@link io.quantor.backtest.walkforward.CombinatorialPurgedCv} (combinatorial purged CV with backtest
 * path assembly) follow López de Prado, <i>Advances in Financial Machine Learning</i> (2018), chapters 7
 * and 12. Both take, for each observation {@code i}, the last bar {@code labelEnd[i]} its label uses, and
 * return {@link io.quantor.backtest.walkforward.CvSplit} values: training indices whose labels never
 * overlap a test label, and test indices.
 *
 * <pre>{@code
 * int[] labelEnd = new int[n];
 * for (int i = 0; i < n; i++) {
 *   labelEnd[i] = Math.min(n - 1, i + 5);       // each label looks 5 bars ahead
 * }
 * List<CvSplit> folds = PurgedKFold.of(5, 0.01).split(labelEnd);
 * CombinatorialPurgedCv cpcv = CombinatorialPurgedCv.of(6, 2, 0.01);
 * List<CvSplit> splits = cpcv.split(labelEnd);  // C(6, 2) = 15 splits
 * int[][] paths = cpcv.paths();                 // 5 paths x 6 groups of split indices
 * }</pre>
 */
package io.quantor.backtest.walkforward;
