/**
 * Option chains: contracts and quotes, immutable chain snapshots organised by expiry and strike, skew and
 * term-structure metrics, an arbitrage-aware volatility surface, and lag-aware alignment of chain
 * snapshots to spot bars.
 *
 * <ul>
 *   <li>{@link io.quantor.options.chain.OptionContract} and {@link io.quantor.options.chain.OptionQuote}:
 *       the data (multiplier 100 by default; expiry a date, {@code T = calendar days / 365} from the
 *       valuation date).</li>
 *   <li>{@link io.quantor.options.chain.OptionChain}: look-ups by expiry, strike and delta; 25-delta risk
 *       reversal, put-skew slope, at-the-money term structure; missing implied volatilities and Greeks are
 *       completed from the mid price.</li>
 *   <li>{@link io.quantor.options.chain.VolatilitySurface}: total variance interpolated smoothly in
 *       log-moneyness and linearly in time, never decreasing in time at fixed log-moneyness.</li>
 *   <li>{@link io.quantor.options.chain.ChainAlignment}: the latest snapshot not after each bar, its lag,
 *       the IV confidence {@code 0.5^(lag / halfLife)}, the cutoff policy and stale-rate diagnostics with
 *       a fail-fast abort.</li>
 * </ul>
 *
 * <pre>{@code
 * LocalDate today = LocalDate.of(2024, 3, 1);
 * LocalDate expiry = today.plusDays(35);
 * List<OptionQuote> quotes = List.of(
 *     OptionQuote.of(OptionContract.of("SPY", OptionType.PUT, 500, expiry, ExerciseStyle.AMERICAN),
 *         4.10, 4.20, snapshotTime),
 *     OptionQuote.of(OptionContract.of("SPY", OptionType.CALL, 520, expiry, ExerciseStyle.AMERICAN),
 *         3.05, 3.15, snapshotTime));
 * OptionChain chain = OptionChain.of("SPY", 510, snapshotTime, today, 0.05, 0.013, quotes);
 * Optional<OptionQuote> shortPut = chain.nearestDelta(expiry, OptionType.PUT, -0.30);
 * double iv = shortPut.orElseThrow().impliedVol();       // solved from the mid price
 *
 * ChainAlignment alignment = ChainAlignment.of("SPY", snapshots, AlignmentSettings.defaults());
 * AlignedChain atBar = alignment.align(barTime);         // latest snapshot not after the bar
 * double weight = atBar.confidence();                    // 0.5^(lag / 300 s)
 * }</pre>
 */
package io.quantor.options.chain;
