/**
 * Performance metrics of a backtest: return metrics following empyrical's formulas, drawdowns,
 * per-calendar-year reports, trade statistics and rolling metrics.
 *
 * <ul>
 *   <li>{@link io.quantor.backtest.metrics.ReturnMetrics}: one static function per metric of a
 *       {@code double[]} of simple returns (CAGR, volatility, Sharpe, Sortino, Calmar, alpha and beta,
 *       information ratio, tail ratio, Omega, stability, profit factor, win rate, skewness, kurtosis,
 *       VaR and CVaR);</li>
 *   <li>{@link io.quantor.backtest.metrics.MetricsReport}: all of them at once, with an optional
 *       {@link io.quantor.backtest.metrics.BenchmarkComparison};
 *       {@link io.quantor.backtest.metrics.PeriodMetrics}: the same with dates, for the whole sample
 *       and per calendar year;</li>
 *   <li>{@link io.quantor.backtest.metrics.Drawdown} (maximum drawdown with peak, trough and recovery)
 *       and {@link io.quantor.backtest.metrics.DrawdownTable} (the deepest periods and the underwater
 *       series);</li>
 *   <li>{@link io.quantor.backtest.metrics.Trade} and
 *       {@link io.quantor.backtest.metrics.TradeStatistics} (win rate, average win and loss,
 *       expectancy, holding periods, exposure, turnover);</li>
 *   <li>{@link io.quantor.backtest.metrics.RollingMetrics}: rolling Sharpe, volatility and beta in
 *       O(n).</li>
 * </ul>
 *
 * <p><b>Reference.</b> With the default settings (252 periods a year, risk-free rate 0) every figure
 * of {@code shared/reference/metrics/metrics.json} (ORCL against YHOO, 1996-2014, full period and per
 * calendar year; formulas of empyrical 0.5.5) is reproduced within 1e-10 relative, drawdown dates and
 * bar counts exactly.
 *
 * <p><b>Conventions.</b> Returns are simple (not log, not percent); results are fractions. The maximum
 * drawdown is a negative fraction (empyrical's sign); VaR and CVaR are positive losses at a confidence
 * level such as 0.95 (the project's convention; empyrical's are the negated numbers). The risk-free
 * rate is a rate per period.
 *
 * <p><b>Bad input and NaN policy.</b> A null or empty series, a NaN or infinite value, series of
 * different lengths or a return below {@code -1} where returns are compounded throw
 * {@link java.lang.IllegalArgumentException} naming the parameter, the index and the value: NaN input
 * is never skipped, since a hole in a return series is a data error to fix upstream. A statistic that
 * does not exist for valid data is {@code NaN}, never an infinity, and each method says when (zero
 * denominators: no dispersion, no losing period, no drawdown; samples too short: one return has no
 * standard deviation). Rolling metrics are {@code NaN} during their warm-up.
 *
 * <pre>{@code
 * double[] r = ...;                      // daily simple returns of the strategy
 * double[] b = ...;                      // of the benchmark, same dates
 * LocalDate[] dates = ...;               // the date of each return
 * MetricsReport report = MetricsReport.of(r, b);
 * report.sharpeRatio();
 * report.maxDrawdown().depth();          // e.g. -0.84
 *
 * PeriodMetrics full = PeriodMetrics.of(r, b, LocalDate.parse("1996-04-12"), dates);
 * full.peakDate();                       // the maximum drawdown's peak
 * PeriodMetrics.perCalendarYear(r, b, LocalDate.parse("1996-04-12"), dates)
 *     .forEach((year, m) -> System.out.println(year + " " + m.metrics().annualReturn()));
 *
 * DrawdownTable top5 = DrawdownTable.of(r, 5);
 * double[] rollingSharpe = RollingMetrics.sharpeRatio(r, 126);
 * TradeStatistics trades = TradeStatistics.of(tradeList);
 * }</pre>
 */
package io.quantor.backtest.metrics;
