package io.quantor.broker.oms;

/**
 * Hears what happens in an {@link ApprovalQueue}: an order starts waiting, or a verdict is reached. Called
 * after the queue's state changed, outside its lock, on the thread that caused the change; an exception is
 * logged and does not stop the other listeners.
 *
 * <pre>{@code
 * queue.subscribe(new ApprovalListener() {
 *   public void onPending(PendingApproval p) { ui.show(p); }
 *   public void onDecided(ApprovalOutcome o) { ui.remove(o.approval().id()); }
 * });
 * }</pre>
 */
public interface ApprovalListener {

  /**
   * An order started waiting.
   *
   * @param approval the pending approval
   */
  default void onPending(PendingApproval approval) {
  }

  /**
   * A verdict was reached (by a person or by timeout).
   *
   * @param outcome the outcome
   */
  default void onDecided(ApprovalOutcome outcome) {
  }
}
