/**
 * A crash-safe audit journal: every decision, order, status change and fill of a trading session as
 * append-only JSON Lines ({@link io.quantor.broker.journal.Journal}), each line with a sequence number, a
 * time and a CRC32C checksum, forced to disk as an {@link io.quantor.broker.journal.FsyncPolicy} says.
 * Reading it back ({@link io.quantor.broker.journal.JournalReplay}) returns the records, reports a torn
 * last line (a crash while writing) without ever accepting it, and rebuilds the order states and the
 * portfolio exactly as they were.
 *
 * <pre>{@code
 * Path path = Path.of("session.jsonl");
 * try (Journal journal = Journal.open(path, FsyncPolicy.EVERY_RECORD)) {
 *   broker.subscribe(journal.asListener("paper"));
 *   journal.append(Decision.forOrder(order, "BUY 100", List.of("MOMENTUM_UP"), 0.72, now));
 *   journal.append(new OrderSubmitted("paper", order));
 *   broker.submit(order);
 * }
 *
 * JournalReplay replay = Journal.read(path);
 * replay.problems();                          // e.g. [TORN_TAIL at line 812 ...] after a crash
 * Map<String, OrderState> orders = replay.orders();
 * Portfolio book = replay.portfolio(100_000);
 * }</pre>
 */
package io.quantor.broker.journal;
