package io.quantor.backtest.engine;

import io.quantor.broker.ExecutionEvent;
import io.quantor.core.trade.OrderRequest;

/**
 * Where the engine sends what a run decided and did, so that it can be audited and replayed: every
 * decision with its reason codes, every order as submitted, every execution event of the run's orders.
 * The engine calls it on its own thread, in the order things happened; in
 * {@link RunMode#BACKTEST} the execution events are the engine's own (numbered from 1), in the other modes
 * the broker's. The engine does not need the journal package: adapt a journal to this interface (see
 * {@link JournalDecisionSink}), or collect into a list in tests.
 *
 * <pre>{@code
 * List<DecisionRecord> decisions = new ArrayList<>();
 * DecisionSink sink = decisions::add;
 * TradingEngine.builder().journal(sink) ... ;
 * }</pre>
 */
@FunctionalInterface
public interface DecisionSink {

  /**
   * A decision was recorded.
   *
   * @param decision the decision
   */
  void decision(DecisionRecord decision);

  /**
   * An order was submitted. The default does nothing.
   *
   * @param order the order as submitted
   */
  default void orderSubmitted(OrderRequest order) {
  }

  /**
   * An order of the run changed state or filled. The default does nothing.
   *
   * @param event the event
   */
  default void execution(ExecutionEvent event) {
  }
}
