/**
 * Walk-forward validation and cross-validation splitters for time series.
 *
 * <p>{@link io.quantor.backtest.walkforward.PurgedKFold} (purged k-fold with an embargo) and
 * {@link io.quantor.backtest.walkforward.CombinatorialPurgedCv} (combinatorial purged CV with backtest
 * path assembly) follow López de Prado, <i>Advances in Financial Machine Learning</i> (2018), chapters 7
 * and 12. Both take, for each observation {@code i}, the last bar {@code labelEnd[i]} its label uses, and
 * return {@link io.quantor.backtest.walkforward.CvSplit} values: training indices whose labels never
 * overlap a test label, and test indices.
 *
 * <pre>{@code
 * int n = 1000;
 * int[] labelEnd = new int[n];
 * for (int i = 0; i < n; i++) {
 *   labelEnd[i] = Math.min(n - 1, i + 5);       // each label looks 5 bars ahead
 * }
 * List<CvSplit> folds = PurgedKFold.of(5, 0.01).split(labelEnd);
 * CvSplit first = folds.get(0);                 // test 0..199; train 215..999 (purge 200..204, embargo 10)
 *
 * CombinatorialPurgedCv cpcv = CombinatorialPurgedCv.of(6, 2, 0.01);
 * List<CvSplit> splits = cpcv.split(labelEnd);  // C(6, 2) = 15 splits
 * int[][] paths = cpcv.paths();                 // 5 paths x 6 groups of split indices
 * }</pre>
 */
package io.quantor.backtest.walkforward;
