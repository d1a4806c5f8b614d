/**
 * Statistics that say how likely a backtest result is luck.
 *
 * <ul>
 *   <li>{@link io.quantor.backtest.validation.ProbabilisticSharpe}: the probabilistic Sharpe ratio and
 *       the minimum track record length (Bailey and López de Prado 2012).</li>
 *   <li>{@link io.quantor.backtest.validation.DeflatedSharpe}: the deflated Sharpe ratio, which measures
 *       the best of {@code N} trials against the expected maximum of {@code N} lucky ones (Bailey and
 *       López de Prado 2014).</li>
 *   <li>{@link io.quantor.backtest.validation.Pbo}: the probability of backtest overfitting by
 *       combinatorially symmetric cross-validation (Bailey, Borwein, López de Prado and Zhu 2017), with
 *       the performance degradation and the probability of loss.</li>
 *   <li>{@link io.quantor.backtest.validation.Bootstrap}: stationary, moving-block, circular-block and
 *       i.i.d. bootstrap confidence intervals for any statistic, with Sharpe, CAGR and maximum drawdown
 *       built in.</li>
 * </ul>
 *
 * <p>Sharpe ratios given to or returned by the PSR, DSR and PBO are <i>per period</i> (not annualized);
 * the bootstrap's {@code sharpe} is annualized with 252 periods, as empyrical.
 *
 * <pre>{@code
 * double[] best = ...;                 // daily returns of the configuration a sweep picked
 * double[] trialSharpes = ...;         // per-day Sharpe ratio of every configuration tried
 * double psr = ProbabilisticSharpe.psr(best, 0.0);               // P(true Sharpe > 0)
 * double dsr = DeflatedSharpe.dsr(best, trialSharpes);           // the same, after N tries
 *
 * double[][] sweep = ...;              // T x N: daily returns of every configuration
 * PboResult pbo = Pbo.defaults().compute(sweep);                 // 16 blocks, 12,870 combinations
 * if (pbo.pbo() > 0.5) {
 *   // the in-sample winner is more often than not below the out-of-sample median
 * }
 *
 * BootstrapInterval sharpe = Bootstrap.stationary(42).sharpe(best);   // 95 % CI, L = n^(1/3)
 * BootstrapInterval drawdown = Bootstrap.stationary(42).maxDrawdown(best);
 * }</pre>
 */
package io.quantor.backtest.validation;
