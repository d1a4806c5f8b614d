/**
 * The execution simulator the backtest engine and the paper broker share, so both fill orders with the
 * same code: {@link io.quantor.broker.sim.ExecutionSimulator} (matching against bars and quotes, time in
 * force, participation cap per order or {@linkplain io.quantor.broker.sim.ParticipationCapScope
 * aggregate}, replacing a working order), the working state of an order
 * ({@link io.quantor.broker.sim.SimulatedOrder}), top-of-book quotes ({@link io.quantor.broker.sim.Quote}),
 * and the models it is configured with: {@link io.quantor.broker.sim.SlippageModel},
 * {@link io.quantor.broker.sim.CommissionModel}, {@link io.quantor.broker.sim.LimitFillRule}. Everything
 * is deterministic; matching a bar that does not fill an order allocates nothing.
 *
 * <pre>{@code
 * ExecutionSimulator sim = ExecutionSimulator.builder()
 *     .slippage(SlippageModel.squareRootImpact(1.0, 0.02))
 *     .commission(CommissionModel.perShare(0.005, 1.00, 0.01))
 *     .limitFillRule(LimitFillRule.TRADE_THROUGH)
 *     .participationCap(0.05)
 *     .build();
 * SimulatedOrder order = SimulatedOrder.of(
 *     OrderRequest.limit("o-1", Instrument.stock("ORCL"), Side.BUY, 10_000, 120.0, t)
 *         .withTimeInForce(TimeInForce.GTC));
 * Fill fill = sim.match(order, nextBar);       // null if nothing filled
 * order.remainingQuantity();                   // what is still working after a partial fill
 * }</pre>
 *
 * <table class="striped">
 *   <caption>Fill rules against a bar {@code (o, h, l, c)}, before slippage, for a buy (sells mirror
 *   them: swap {@code h} and {@code l}, {@code min} and {@code max}, and the inequalities)</caption>
 *   <thead>
 *     <tr><th scope="col">order</th><th scope="col">fills when</th><th scope="col">at</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">MARKET</th><td>always</td><td>{@code o}</td></tr>
 *     <tr><th scope="row">LIMIT {@code L}</th><td>{@code l <= L} (TOUCH), {@code l < L} (TRADE_THROUGH)</td>
 *       <td>{@code min(o, L)}</td></tr>
 *     <tr><th scope="row">STOP {@code S}</th><td>triggers when {@code h >= S}; then as MARKET</td>
 *       <td>{@code max(o, S)} in the trigger bar, {@code o} later</td></tr>
 *     <tr><th scope="row">STOP_LIMIT {@code S, L}, gap ({@code o >= S})</th>
 *       <td>triggers; then as LIMIT over the whole bar</td><td>{@code min(o, L)}</td></tr>
 *     <tr><th scope="row">STOP_LIMIT {@code S, L}, inside the bar</th>
 *       <td>triggers when {@code h >= S}; fills if the limit rule holds for {@code min(S, c)}; else works
 *       as a triggered LIMIT in later bars</td><td>{@code min(S, L)}</td></tr>
 *   </tbody>
 * </table>
 *
 * <table class="striped">
 *   <caption>Against a quote, for a buy (sells trade at the bid, the mirror)</caption>
 *   <thead>
 *     <tr><th scope="col">order</th><th scope="col">fills when</th><th scope="col">at</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">MARKET</th><td>always</td><td>ask</td></tr>
 *     <tr><th scope="row">LIMIT {@code L}</th><td>{@code ask <= L}</td><td>ask</td></tr>
 *     <tr><th scope="row">STOP {@code S}</th><td>triggers when {@code mid >= S}</td><td>ask</td></tr>
 *     <tr><th scope="row">STOP_LIMIT {@code S, L}</th><td>triggered (mid) and {@code ask <= L}</td>
 *       <td>ask</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Then: slippage moves the price against the order (buy up, sell down) and limit prices clamp it; the
 * participation cap (default 1 = no cap) limits each bar's quantity to {@code cap * volume} (a quote's to
 * {@code cap * size} on the side the order takes); IOC cancels the rest after the first bar or quote,
 * FOK fills in full there or not at all, DAY expires at the end of the trading day of the first bar it
 * met ({@link io.quantor.broker.sim.ExecutionSimulator#expireIfDayEnded(SimulatedOrder, java.time.Instant,
 * io.quantor.core.series.SessionCalendar) expireIfDayEnded}), GTC works until filled or cancelled.
 * Commission is charged per fill; per-order minimums on an order's first fill only.
 *
 * <p>{@link io.quantor.broker.sim.ExecutionSimulator#replace(SimulatedOrder,
 * io.quantor.core.trade.OrderRequest) replace} gives a working order new terms (same id, instrument, side
 * and type; more than has filled) and keeps its fills, its trigger, its DAY order's day and its paid
 * per-order minimum; a triggered stop-limit works at its new limit from the next bar or quote.
 */
package io.quantor.broker.sim;
