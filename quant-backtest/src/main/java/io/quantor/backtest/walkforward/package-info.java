/**
 * Walk-forward validation: rolling or anchored folds in calendar months, a parameter search per fold
 * (grid or seeded random) run in parallel, stitched out-of-sample returns, and a gating rule that accepts
 * or rejects the strategy and says why; plus purged k-fold and combinatorial purged cross-validation for
 * labels that span several bars.
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
 */
package io.quantor.backtest.walkforward;
