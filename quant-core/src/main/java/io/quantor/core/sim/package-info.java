/**
 * A seeded synthetic market: deterministic, realistic bar series for examples, tests and benchmarks.
 *
 * <p>{@link io.quantor.core.sim.SyntheticMarket} simulates geometric Brownian motion with optional Merton
 * jumps ({@link io.quantor.core.sim.Jumps}) and Markov regime switching
 * ({@link io.quantor.core.sim.RegimeSwitching} over {@link io.quantor.core.sim.Regime}s), as daily or
 * intraday bars ({@link io.quantor.core.sim.BarSchedule}) with overnight gaps, OHLC taken from a finer path
 * and lognormal volume with a U-shaped intraday profile. {@link io.quantor.core.sim.MarketConfig} holds
 * every parameter with a documented default; the same configuration and seed always give the same bars.
 *
 * <pre>{@code
 * // Ten years of daily bars with the defaults (drift 7 %, volatility 20 %), seed 7.
 * BarSeries daily = SyntheticMarket.daily(2_520, 7);
 *
 * // Five-minute bars of a market that switches between a calm and a stressed regime, with crashes.
 * MarketConfig config = MarketConfig.builder()
 *     .symbol("SIM5")
 *     .seed(2024)
 *     .schedule(BarSchedule.intraday(5))                       // 09:30-16:00 New York, 78 bars a day
 *     .regimes(List.of(Regime.of("calm", 0.10, 0.12), Regime.of("stress", -0.30, 0.45)),
 *         78 * 60, 78 * 10)                                  // expected durations in bars
 *     .jumps(Jumps.of(3, -0.04, 0.03))                        // 3 a year, about -4 % each
 *     .build();
 * SyntheticSeries run = SyntheticMarket.generate(config, 78 * 250);
 * BarSeries bars = run.bars();
 * int[] regimePath = run.regimes();                            // 0 = calm, 1 = stress
 * }</pre>
 */
package io.quantor.core.sim;
