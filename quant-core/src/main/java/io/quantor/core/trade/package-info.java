/**
 * The trading vocabulary every module speaks: {@link io.quantor.core.trade.Instrument} (symbol, asset
 * class, multiplier, underlying), {@link io.quantor.core.trade.Side},
 * {@link io.quantor.core.trade.OrderType}, {@link io.quantor.core.trade.TimeInForce},
 * {@link io.quantor.core.trade.OrderRequest} (what a strategy asks for; the client order id is the
 * idempotency key), {@link io.quantor.core.trade.Fill} (what was
 * executed), {@link io.quantor.core.trade.Position} (signed quantity, average cost, realized P&amp;L) and
 * {@link io.quantor.core.trade.Portfolio} accounting with its immutable
 * {@link io.quantor.core.trade.PortfolioSnapshot}.
 *
 * <p>Conventions: quantities on positions and fills are signed through their side (positive long,
 * negative short); orders and fills carry an unsigned quantity and a side. Money is
 * {@code quantity * price * multiplier} in one account currency. Fees are counted once, in cash; position
 * P&amp;L is before fees. The accounting identities hold to rounding (1e-9 relative):
 * {@code equity = cash + marketValue} and {@code equity - initialCash = realized + unrealized - fees}.
 *
 * <p>This package knows nothing of risk or brokers: risk gates (quant-risk) read an
 * {@code OrderRequest} and a {@code PortfolioSnapshot}; brokers (quant-broker-spi) turn requests into
 * fills; the backtest engine books the fills into a {@code Portfolio}.
 *
 * <pre>{@code
 * Instant t = Instant.parse("2024-06-03T14:00:00Z");
 * Instrument orcl = Instrument.stock("ORCL");
 * Portfolio book = Portfolio.create(100_000);
 *
 * OrderRequest order = OrderRequest.limit("ord-1", orcl, Side.BUY, 100, 120.0, t);
 * book.apply(Fill.of(order, 100, 119.95, 1.00, t));        // cash 88,004.00
 * book.mark("ORCL", 125.0);
 * book.equity();                                           // 100,504.00
 * book.unrealizedPnl("ORCL");                              // 505.00 (fees are not in P&L)
 *
 * OrderRequest exit = OrderRequest.market("ord-2", orcl, Side.SELL, 150, t);   // closes and goes short 50
 * book.apply(Fill.of(exit, 150, 124.0, 1.50, t));
 * book.position("ORCL").get().quantity();                  // -50.0
 * book.realizedPnl();                                      // 405.00
 * PortfolioSnapshot view = book.snapshot();                // immutable, for gates and journals
 * }</pre>
 */
package io.quantor.core.trade;
