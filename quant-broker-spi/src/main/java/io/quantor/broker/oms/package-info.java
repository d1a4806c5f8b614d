/**
 * Order management above the broker SPI: {@link io.quantor.broker.oms.OrderManager} tracks orders across
 * brokers from their execution events and places each client order id once;
 * {@link io.quantor.broker.oms.Reconciler} compares the internal orders and positions with a broker's and
 * returns typed {@link io.quantor.broker.oms.Difference}s in a readable
 * {@link io.quantor.broker.oms.ReconciliationReport}; {@link io.quantor.broker.oms.ApprovalQueue} holds
 * orders for a person's approval in human-in-the-loop mode, with a timeout that rejects. All three can
 * write to a {@link io.quantor.broker.journal.Journal}, from which an order manager is rebuilt after a
 * restart.
 *
 * <pre>{@code
 * Journal journal = Journal.open(Path.of("session.jsonl"), FsyncPolicy.EVERY_RECORD);
 * OrderManager oms = OrderManager.create(Clock.systemUTC(), journal);
 * oms.addBroker("paper", paper);
 *
 * ApprovalQueue approvals = ApprovalQueue.forOrderManager(oms, "paper", Duration.ofMinutes(5),
 *     Clock.systemUTC(), journal);
 * PendingApproval waiting = approvals.submit(order, "BUY 100", List.of("MOMENTUM_UP"), 0.72);
 * approvals.approve(waiting.id(), "alice", "size within mandate");   // now submitted through the OMS
 *
 * ReconciliationReport report = Reconciler.withTolerances(1e-9, 1e-6)
 *     .reconcile(oms.orders("paper"), book.openPositions(), paper);
 * if (!report.isClean()) {
 *   log.warn("\n{}", report.render());
 * }
 * }</pre>
 */
package io.quantor.broker.oms;
