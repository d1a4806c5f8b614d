/**
 * The event-driven trading engine: one {@link io.quantor.backtest.engine.Strategy} runs unchanged in
 * {@link io.quantor.backtest.engine.RunMode#BACKTEST BACKTEST} (historical bars, the broker module's
 * execution simulator), {@link io.quantor.backtest.engine.RunMode#PAPER PAPER} (the paper broker) and
 * {@link io.quantor.backtest.engine.RunMode#LIVE LIVE} (any {@link io.quantor.broker.Broker}).
 *
 * <ul>
 *   <li>{@link io.quantor.backtest.engine.TradingEngine} (built with {@code builder()}) runs a strategy over
 *       a {@link io.quantor.backtest.engine.BarFeed} of one or more instruments ({@code run()}), or opens a
 *       {@link io.quantor.backtest.engine.LiveSession} that the caller's feed pushes bars into
 *       ({@code live()}); both give a {@link io.quantor.backtest.engine.BacktestResult} (equity, cash and
 *       returns per bar, fills, orders, FIFO round trips, the final portfolio, JSON).</li>
 *   <li>A strategy sees the market, its history and a read-only
 *       {@link io.quantor.backtest.engine.PortfolioView} through the
 *       {@link io.quantor.backtest.engine.StrategyContext}, and trades through it. It never sees a bar
 *       after the current one: history views end at the current bar, {@code barsAgo} must be
 *       {@code >= 0}, higher time frames ({@code subscribe(Resampler)}) show completed bars only, and an
 *       order placed on bar {@code t} fills no earlier than bar {@code t + 1} of its instrument.</li>
 *   <li>{@link io.quantor.backtest.engine.PipelineStrategy} composes the architecture's pipeline: alpha
 *       models, the {@link io.quantor.core.signal.SignalEngine} vote, a
 *       {@link io.quantor.core.sizing.PositionSizer}, the risk {@link io.quantor.risk.gate.GatePipeline},
 *       the order.</li>
 *   <li>Every decision goes with its reason codes to a {@link io.quantor.backtest.engine.DecisionSink},
 *       such as the journal ({@link io.quantor.backtest.engine.JournalDecisionSink}), with the orders and
 *       execution events, so that a run can be replayed.</li>
 *   <li>Instruments without bars (options) are marked by an
 *       {@link io.quantor.backtest.engine.OptionMarker}: to quotes
 *       ({@link io.quantor.backtest.engine.QuoteMarker}) or to Black-Scholes
 *       ({@link io.quantor.backtest.engine.BlackScholesMarker}).</li>
 * </ul>
 *
 * <p><b>Equivalence.</b> With the same simulator settings and trading calendar, a BACKTEST, a PAPER run on
 * a paper broker and a LIVE session against a paper broker produce exactly the same fills, orders and
 * equity (tests check it to the last bit). The vectorized backtest in {@code io.quantor.backtest.vector}
 * agrees with BACKTEST within 1e-9 for target-position strategies that trade at the next open.
 *
 * <p><b>Example</b>: a complete SMA(10)/SMA(50) crossover, long 100 shares while the fast average is above
 * the slow one, backtested with 2 bps slippage and IB-style commissions, then run on a paper broker.
 * <pre>{@code
 * final class SmaCrossover implements Strategy {
 *   private final String symbol;
 *   private Sma fast;
 *   private Sma slow;
 *
 *   SmaCrossover(String symbol) {
 *     this.symbol = symbol;
 *   }
 *
 *   @Override
 *   public void onStart(StrategyContext ctx) {          // every run starts fresh
 *     fast = new Sma(10);
 *     slow = new Sma(50);
 *   }
 *
 *   @Override
 *   public void onBar(StrategyContext ctx) {            // after each bar closes
 *     double f = fast.update(ctx.close(symbol));
 *     double s = slow.update(ctx.close(symbol));
 *     if (!slow.isReady() || !ctx.openOrders().isEmpty()) {
 *       return;
 *     }
 *     double held = ctx.portfolio().quantity(symbol);
 *     if (f > s && held == 0) {
 *       ctx.record(symbol, "enter long", "SMA_CROSS_UP");
 *       ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument(symbol), Side.BUY, 100,
 *           ctx.time()));
 *     } else if (f < s && held > 0) {
 *       ctx.record(symbol, "exit long", "SMA_CROSS_DOWN");
 *       ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument(symbol), Side.SELL, held,
 *           ctx.time()));
 *     }
 *   }
 * }
 *
 * BarSeries spy = BarCsvReader.daily().withSymbol("SPY").read(Path.of("spy.csv"));
 * ExecutionSimulator sim = ExecutionSimulator.builder()
 *     .slippage(SlippageModel.fixedBps(2))
 *     .commission(CommissionModel.perShare(0.005, 1.00, 0.01))
 *     .build();
 * Strategy strategy = new SmaCrossover("SPY");
 *
 * BacktestResult backtest = TradingEngine.builder()
 *     .mode(RunMode.BACKTEST)
 *     .bars(spy)
 *     .initialCash(100_000)
 *     .simulator(sim)
 *     .strategyId("sma")
 *     .strategy(strategy)
 *     .build()
 *     .run();
 * MetricsReport metrics = MetricsReport.of(backtest.returns());
 * TradeStatistics trades = TradeStatistics.of(backtest.trades());
 *
 * try (PaperBroker paper = PaperBroker.create(PaperBrokerSettings.defaults().withSimulator(sim))) {
 *   BacktestResult paperRun = TradingEngine.builder()
 *       .mode(RunMode.PAPER).bars(spy).broker(paper).strategyId("sma").strategy(strategy)
 *       .build().run();                                // the same fills and equity as the backtest
 * }
 * }</pre>
 */
package io.quantor.backtest.engine;
