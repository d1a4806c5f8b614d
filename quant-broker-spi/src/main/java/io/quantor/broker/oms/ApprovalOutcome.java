package io.quantor.broker.oms;

import io.quantor.broker.journal.Decision;
import io.quantor.broker.journal.HumanReview;
import io.quantor.core.internal.Args;

/**
 * How a {@link PendingApproval} ended: approved or rejected by a person, or rejected by timeout (reviewer
 * {@value HumanReview#TIMEOUT}).
 *
 * <pre>{@code
 * ApprovalOutcome outcome = queue.approve("o-7", "alice", "within mandate");
 * outcome.approved();              // true: the order went to the order manager
 * outcome.decision();              // the model's decision with alice's review, as journaled
 * }</pre>
 *
 * @param approval the approval that was pending
 * @param review the verdict
 */
public record ApprovalOutcome(PendingApproval approval, HumanReview review) {

  /**
   * Validates the outcome.
   *
   * @param approval not null
   * @param review not null
   * @throws IllegalArgumentException if an argument is null
   */
  public ApprovalOutcome {
    Args.notNull(approval, "approval");
    Args.notNull(review, "review");
  }

  /**
   * Whether the order went ahead.
   *
   * @return {@code review().approved()}
   */
  public boolean approved() {
    return review.approved();
  }

  /**
   * Whether nobody decided in time.
   *
   * @return true if the reviewer is {@value HumanReview#TIMEOUT}
   */
  public boolean timedOut() {
    return HumanReview.TIMEOUT.equals(review.who());
  }

  /**
   * The model's decision with the person's review beside it: the record the queue journals.
   *
   * @return the reviewed decision
   */
  public Decision decision() {
    return approval.model().withReview(review);
  }
}
