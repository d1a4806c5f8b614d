package io.quantor.broker.oms;

import io.quantor.broker.journal.Decision;
import io.quantor.core.internal.Args;
import io.quantor.core.trade.OrderRequest;
import java.time.Instant;

/**
 * An order waiting in an {@link ApprovalQueue} for a person's verdict.
 *
 * <pre>{@code
 * for (PendingApproval p : queue.pending()) {
 *   System.out.println(p.id() + " " + p.order() + " model says " + p.model().action()
 *       + " (" + p.model().confidence() + "), decide before " + p.deadline());
 * }
 * }</pre>
 *
 * @param id the approval's id: the order's client order id
 * @param order the order that waits
 * @param model the model's decision that produced the order, without a review
 * @param submittedAt when the order started waiting
 * @param deadline when the order is rejected by timeout if nobody decided
 */
public record PendingApproval(String id, OrderRequest order, Decision model, Instant submittedAt,
    Instant deadline) {

  /**
   * Validates the approval.
   *
   * @param id the order's client order id
   * @param order not null
   * @param model not null, about the same order, without a review
   * @param submittedAt not null
   * @param deadline not null, not before {@code submittedAt}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public PendingApproval {
    Args.notNull(id, "id");
    Args.notNull(order, "order");
    Args.notNull(model, "model");
    Args.notNull(submittedAt, "submittedAt");
    Args.notNull(deadline, "deadline");
    if (!id.equals(order.clientOrderId()) || !model.clientOrderId().equals(id)) {
      throw new IllegalArgumentException("id, order and model decision must name the same client order id, "
          + "were " + id + ", " + order.clientOrderId() + ", " + model.clientOrderId());
    }
    if (model.review().isPresent()) {
      throw new IllegalArgumentException("model decision must not carry a review yet, had "
          + model.humanReview());
    }
    if (deadline.isBefore(submittedAt)) {
      throw new IllegalArgumentException("deadline must not be before submittedAt, was " + deadline
          + " < " + submittedAt);
    }
  }
}
