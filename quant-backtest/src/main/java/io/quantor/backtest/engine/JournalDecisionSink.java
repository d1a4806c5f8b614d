package io.quantor.backtest.engine;

import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.journal.Decision;
import io.quantor.broker.journal.Journal;
import io.quantor.broker.journal.JournalRecord;
import io.quantor.broker.journal.OrderSubmitted;
import io.quantor.core.internal.Args;
import io.quantor.core.trade.OrderRequest;

/**
 * Writes a run into a {@link Journal}: each {@link DecisionRecord} as a journal {@link Decision}, each
 * submitted order as an {@link OrderSubmitted}, each execution event as the journal's record for it
 * ({@link JournalRecord#of}: a fill, a replacement or a status change). {@link Journal#read} then
 * replays the run's orders and portfolio. Appends throw what the journal throws
 * ({@link java.io.UncheckedIOException} when the file cannot be written), which stops the run.
 *
 * <pre>{@code
 * try (Journal journal = Journal.open(Path.of("run.jsonl"), FsyncPolicy.NEVER)) {
 *   BacktestResult r = TradingEngine.builder() ... .journal(JournalDecisionSink.of(journal, "backtest"))
 *       .build().run();
 * }
 * JournalReplay replay = Journal.read(Path.of("run.jsonl"));
 * replay.records(Decision.class);             // every decision with its reason codes
 * replay.portfolio(100_000).cash();           // the run's final cash
 * }</pre>
 */
public final class JournalDecisionSink implements DecisionSink {

  private final Journal journal;
  private final String broker;

  private JournalDecisionSink(Journal journal, String broker) {
    this.journal = journal;
    this.broker = broker;
  }

  /**
   * A sink that names the broker in order and event records.
   *
   * @param journal the open journal
   * @param broker the broker's name in the records, not null (for example {@code "backtest"},
   *     {@code "paper"}); in PAPER and LIVE mode use the name under which other writers journal the same
   *     broker, so that replay applies each event once
   * @return the sink
   * @throws IllegalArgumentException if an argument is null
   */
  public static JournalDecisionSink of(Journal journal, String broker) {
    return new JournalDecisionSink(Args.notNull(journal, "journal"), Args.notNull(broker, "broker"));
  }

  @Override
  public void decision(DecisionRecord d) {
    journal.append(new Decision(d.strategyId(), d.symbol(), d.clientOrderId(), d.decision(), d.reasonCodes(),
        d.confidence(), d.time(), null));
  }

  @Override
  public void orderSubmitted(OrderRequest order) {
    journal.append(new OrderSubmitted(broker, order));
  }

  @Override
  public void execution(ExecutionEvent event) {
    journal.append(JournalRecord.of(broker, event));
  }

  @Override
  public String toString() {
    return "JournalDecisionSink[" + journal.file() + ", broker '" + broker + "']";
  }
}
