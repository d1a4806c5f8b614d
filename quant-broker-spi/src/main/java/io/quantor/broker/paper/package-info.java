/**
 * The paper broker: a {@link io.quantor.broker.Broker} that trades a simulated account against market
 * data pushed into it (bars, quotes, or a replayed {@link io.quantor.core.series.BarSeries}), filling
 * orders with the same {@link io.quantor.broker.sim.ExecutionSimulator} as the backtest and keeping the
 * books in a core {@link io.quantor.core.trade.Portfolio}. Opened by name through
 * {@link io.quantor.broker.Brokers} ({@code "paper"}, registered by {@link
 * io.quantor.broker.paper.PaperBrokerProvider}) or directly with
 * {@link io.quantor.broker.paper.PaperBroker#create(io.quantor.broker.BrokerConfig)}.
 *
 * <pre>{@code
 * try (PaperBroker broker = PaperBroker.create(BrokerConfig.of(Map.of(
 *     "initialCash", "50000", "slippageBps", "2", "commissionPerShare", "0.005")))) {
 *   broker.subscribe(event -> journal.record(event));
 *   Instrument orcl = Instrument.stock("ORCL");
 *   broker.replay(series, orcl, bar -> {
 *     if (signal.isLong(bar)) {
 *       broker.submit(OrderRequest.market("o-" + bar.timestamp(), orcl, Side.BUY, 100, bar.timestamp()));
 *     }
 *   });                                  // each order fills at the open of the bar after its signal
 *   broker.account().equity();
 * }
 * }</pre>
 *
 * <p><b>Rules</b> (details in {@link io.quantor.broker.paper.PaperBroker}): orders are accepted at once
 * and fill no earlier than the next bar or quote of their symbol; DAY orders expire when a later trading
 * day begins; IOC and FOK orders get one match; sales beyond the position are refused without the
 * shorting capability; an order needing more than the buying power
 * ({@code equity * leverage - gross exposure - reserved}) is refused. A replacement keeps the order's
 * fills, its DAY order's day, a triggered stop and its paid per-order commission minimum. The broker is
 * thread-safe (one lock) and delivers events in sequence order, one at a time, from the calling threads.
 *
 * <table class="striped">
 *   <caption>Settings
 *     ({@link io.quantor.broker.paper.PaperBrokerSettings#of(io.quantor.broker.BrokerConfig)})</caption>
 *   <thead>
 *     <tr><th scope="col">key</th><th scope="col">default</th><th scope="col">meaning</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>accountId</td><td>paper</td><td>the account id</td></tr>
 *     <tr><td>initialCash</td><td>100000</td><td>starting cash</td></tr>
 *     <tr><td>leverage</td><td>1</td><td>multiple of equity gross exposure may reach (1: cash
 *       account)</td></tr>
 *     <tr><td>zone</td><td>America/New_York</td><td>trading days (for DAY orders) are calendar dates
 *       here</td></tr>
 *     <tr><td>sessionRollover</td><td>(none)</td><td>local time the trading day rolls at, for sessions
 *       crossing midnight</td></tr>
 *     <tr><td>shorting, fractionalQuantities, options</td><td>true</td><td>capabilities</td></tr>
 *     <tr><td>orderTypes, timesInForce</td><td>all</td><td>comma-separated names accepted</td></tr>
 *     <tr><td>slippageBps</td><td>0</td><td>fixed slippage in basis points</td></tr>
 *     <tr><td>commissionPerShare, commissionMinimum</td><td>0</td><td>per-unit commission and
 *       per-order minimum</td></tr>
 *     <tr><td>commissionBps</td><td>0</td><td>commission in basis points of notional</td></tr>
 *     <tr><td>participationCap</td><td>1</td><td>largest fraction of a bar's volume an order takes per
 *       bar (1: no cap)</td></tr>
 *     <tr><td>participationCapScope</td><td>PER_ORDER</td><td>PER_ORDER, or AGGREGATE: the symbol's
 *       working orders share the cap, first come, first served</td></tr>
 *     <tr><td>limitFillRule</td><td>TOUCH</td><td>TOUCH or TRADE_THROUGH</td></tr>
 *   </tbody>
 * </table>
 */
package io.quantor.broker.paper;
