/**
 * Execution algorithms that work a large order in child orders over a time window: {@link
 * io.quantor.broker.algo.Twap} (equal slices) and {@link io.quantor.broker.algo.Vwap} (slices in proportion
 * to a historical intraday {@link io.quantor.broker.algo.VolumeProfile}) build a {@link
 * io.quantor.broker.algo.SliceSchedule} that sums exactly to the {@link io.quantor.broker.algo.ParentOrder}'s
 * quantity (whole units by the largest-remainder rule when fractions are not allowed), and {@link
 * io.quantor.broker.algo.ExecutionAlgo} turns it, bar by bar, into IOC child orders capped at a fraction of
 * each bar's volume, carrying unfilled quantity forward and never trading through the parent's limit
 * (children of a limit parent are limits at that price).
 *
 * <pre>{@code
 * ZoneId zone = ZoneId.of("Europe/Berlin");
 * VolumeProfile profile = VolumeProfile.fromHistory(lastMonth, zone, LocalTime.of(9, 0),
 *     LocalTime.of(22, 0), TimeFrame.FIVE_MINUTES);
 * ParentOrder parent = ParentOrder.of(
 *     OrderRequest.limit("big-1", Instrument.future("FESX", "SX5E", 10), Side.BUY, 400, 3650, t0),
 *     ZonedDateTime.of(day, LocalTime.of(10, 0), zone).toInstant(),
 *     ZonedDateTime.of(day, LocalTime.of(12, 0), zone).toInstant(), 0.10);
 * SliceSchedule schedule = Vwap.schedule(parent,
 *     profile.weights(LocalTime.of(10, 0), LocalTime.of(12, 0)), true);
 * ExecutionAlgo algo = ExecutionAlgo.of(parent, schedule);
 * for (Bar bar : today) {
 *   algo.onBar(bar).ifPresent(child -> algo.onFill(simulator.match(SimulatedOrder.of(child), bar)));
 *   if (algo.isDone()) {
 *     break;
 *   }
 * }
 * ExecutionSummary summary = algo.summary();
 * }</pre>
 */
package io.quantor.broker.algo;
