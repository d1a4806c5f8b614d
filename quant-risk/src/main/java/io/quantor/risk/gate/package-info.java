/**
 * Pre-trade gates: a {@link io.quantor.risk.gate.GatePipeline} of
 * {@link io.quantor.risk.gate.PreTradeGate}s evaluates an {@link io.quantor.core.trade.OrderRequest}
 * against a {@link io.quantor.core.trade.PortfolioSnapshot}, a {@link io.quantor.risk.gate.MarketContext}
 * and a {@link io.quantor.risk.gate.GateState}, and returns a {@link io.quantor.risk.gate.Decision}
 * (APPROVE, SCALE with the new quantity, or REJECT) with {@link io.quantor.risk.gate.ReasonCode}s and each
 * gate's readable {@link io.quantor.risk.gate.GateCheck}, together with the state to use next.
 *
 * <p><b>Replay.</b> Gates are pure and their state is an immutable value passed in and returned, so a
 * journal holding (order, snapshot, context, state) replays every decision exactly.
 *
 * <p><b>Limits and scaling.</b> Limit gates judge the portfolio after the order fills at the context's
 * price (no fees; equity unchanged). An order passes when the limited measure stays within the limit or
 * gets no worse (orders that reduce a breach always pass). The allowed sizes form a range from zero up:
 * closed form where the measure is linear in the order size (position, exposures, notional, Greeks),
 * bisection on whole lots for expected shortfall (convex). With
 * {@link io.quantor.risk.gate.BreachPolicy#SCALE} a gate cuts the order to the largest whole number of
 * lots that fits; the pipeline takes the smallest allowance, which fits every gate.
 *
 * <table>
 *   <caption>Gates</caption>
 *   <tr><th>gate</th><th>rule</th><th>code</th></tr>
 *   <tr><td>{@link io.quantor.risk.gate.KillSwitchGate}</td><td>global or strategy switch on: reject all</td>
 *       <td>KILL_SWITCH</td></tr>
 *   <tr><td>{@link io.quantor.risk.gate.CircuitBreakerGate}</td><td>N losing trades in a row: halt new
 *       risk for a cool-down</td><td>CIRCUIT_BREAKER</td></tr>
 *   <tr><td>{@link io.quantor.risk.gate.MaxPositionGate}</td><td>position at risk {@code <= 5 %} of equity
 *       (default)</td><td>MAX_POSITION</td></tr>
 *   <tr><td>{@link io.quantor.risk.gate.ExposureGate}</td>
 *       <td>gross / |net| exposure {@code <= k} x equity</td>
 *       <td>MAX_GROSS_EXPOSURE, MAX_NET_EXPOSURE</td></tr>
 *   <tr><td>{@link io.quantor.risk.gate.MaxOrderNotionalGate}</td><td>order notional {@code <= max}</td>
 *       <td>MAX_ORDER_NOTIONAL</td></tr>
 *   <tr><td>{@link io.quantor.risk.gate.DrawdownHaltGate}</td><td>drawdown above threshold: only reducing
 *       orders</td><td>DRAWDOWN_HALT</td></tr>
 *   <tr><td>{@link io.quantor.risk.gate.DataQualityGate}</td><td>data quality {@code >= 0.6} (default)</td>
 *       <td>DATA_QUALITY</td></tr>
 *   <tr><td>{@link io.quantor.risk.gate.CvarGate}</td><td>ES after the order {@code <= budget} x equity</td>
 *       <td>CVAR_BREACH or POSITION_SCALED</td></tr>
 *   <tr><td>{@link io.quantor.risk.gate.GreeksGate}</td><td>|aggregate Greek| {@code <= cap}</td>
 *       <td>GREEKS_LIMIT</td></tr>
 *   <tr><td>{@link io.quantor.risk.gate.OpportunityCostGate}</td><td>edge - cost {@code >= hurdle}</td>
 *       <td>OPPORTUNITY_COST_FAIL</td></tr>
 *   <tr><td>{@link io.quantor.risk.gate.TradeFilterGate}</td><td>core trade filters</td>
 *       <td>MARKET_CLOSED, LOW_LIQUIDITY, INVALID_QUOTE, WIDE_SPREAD, EARNINGS_BLACKOUT</td></tr>
 * </table>
 * A gate whose input is absent from the context rejects with MISSING_INPUT (gates fail closed).
 *
 * <pre>{@code
 * GatePipeline pipeline = GatePipeline.of(List.of(
 *     new KillSwitchGate(),
 *     new CircuitBreakerGate(3, Duration.ofHours(24)),
 *     MaxPositionGate.defaults(),
 *     ExposureGate.gross(2.0, BreachPolicy.REJECT),
 *     new CvarGate(0.975, 0.02, BreachPolicy.SCALE),
 *     DataQualityGate.defaults()));
 * MarketContext market = MarketContext.builder(now, 125.0)
 *     .dataQuality(0.9)
 *     .scenarios(ScenarioPnl.fromReturns(book.snapshot(), dailyReturns, orcl, 125.0))
 *     .build();
 * GateOutcome out = pipeline.evaluate(order, book.snapshot(), market, state);
 * state = out.state();
 * Decision d = out.decision();
 * d.verdict();                              // APPROVE, SCALE or REJECT
 * d.reasons();                              // e.g. [POSITION_SCALED]
 * d.approvedOrder().ifPresent(broker::submit);
 * journal.record(order, book.snapshot(), market, state, d);   // replayable
 * }</pre>
 */
package io.quantor.risk.gate;
