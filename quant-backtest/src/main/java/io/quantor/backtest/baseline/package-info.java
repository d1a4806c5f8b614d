/**
 * Baselines, regret and what-if: is the strategy better than not trading, than holding the asset, and
 * than the same exposure with random timing; and what did each of its choices contribute?
 *
 * <p>The package works on arrays, not on the engine, so it applies to any backtest that yields per-bar
 * returns and positions on one asset:
 * <ul>
 *   <li>{@link io.quantor.backtest.baseline.VariantReturns}: the returns a position series earns,
 *       {@code r_t = e_{t-1} a_t - c |e_t - e_{t-1}|} (the exposure decided at bar {@code t} earns bar
 *       {@code t+1}'s return; the caller passes the asset returns its positions earn, close to close
 *       or open to open), shared by every baseline and variant so that all pay the same costs;</li>
 *   <li>{@link io.quantor.backtest.baseline.Baselines}: cash, buy-and-hold and
 *       {@link io.quantor.backtest.baseline.RandomEntry} (the strategy's runs of exposure moved to random
 *       non-overlapping places, seeded, many draws: same exposure fraction, trade count and lengths);
 *       </li>
 *   <li>{@link io.quantor.backtest.baseline.Regret} and
 *       {@link io.quantor.backtest.baseline.RegretReport}: the strategy's
 *       {@link io.quantor.backtest.baseline.Metric}s minus each baseline's, the wealth and log-wealth
 *       difference over time, and the strategy's percentile rank and p-value among the random
 *       draws;</li>
 *   <li>{@link io.quantor.backtest.baseline.WhatIf}: variants that change one thing (entries delayed,
 *       a confidence threshold, a model left out of the ensemble) compared side by side in a
 *       {@link io.quantor.backtest.baseline.WhatIfTable}.</li>
 * </ul>
 * Metrics are those of {@link io.quantor.backtest.metrics.ReturnMetrics} (empyrical formulas) under one
 * {@link io.quantor.backtest.baseline.MetricSettings}. Every difference is <em>strategy (or variant)
 * minus baseline (or base run)</em>.
 *
 * <pre>{@code
 * double[] asset = ...;                       // per-bar returns the positions earn
 * double[] exposure = ...;                    // the strategy's position per bar, e.g. 0 or 1
 * double costBps = 5;
 * double[] strategy = VariantReturns.of(asset, exposure, costBps);
 *
 * RandomEntry random = Baselines.randomEntry(asset, exposure, 1000, 42L, costBps);
 * RegretReport regret = Regret.of(strategy,
 *     List.of(Baselines.cash(asset.length), Baselines.buyAndHold(asset, costBps)), random);
 * System.out.println(regret.render());
 * regret.randomEntry(Metric.SHARPE_RATIO).pValue();   // how often random timing did at least as well
 *
 * Map<String, double[]> variants = new LinkedHashMap<>();
 * variants.put("delay 1", WhatIf.delayEntries(exposure, 1));
 * variants.put("delay 3", WhatIf.delayEntries(exposure, 3));
 * System.out.println(WhatIf.compareExposures(asset, costBps, "as run", exposure, variants).render());
 * }</pre>
 *
 * <p><b>Input policy.</b> Null, empty, NaN, infinite or mismatched input throws
 * {@link java.lang.IllegalArgumentException} naming the parameter, the index and the value. Metrics
 * that do not exist for valid data are {@code NaN} (see {@link io.quantor.backtest.baseline.Metric});
 * everything is deterministic, random entry included (seeded).
 */
package io.quantor.backtest.baseline;
