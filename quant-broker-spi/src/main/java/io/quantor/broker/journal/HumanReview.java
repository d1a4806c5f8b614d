package io.quantor.broker.journal;

import java.time.Instant;

/**
 * A person's verdict on a model's decision in human-in-the-loop mode: who decided, whether they approved,
 * why, and when. A timeout is recorded as a review by {@value #TIMEOUT}.
 *
 * <pre>{@code
 * HumanReview review = HumanReview.approved("alice", "size within mandate", now);
 * Decision reviewed = modelDecision.withReview(review);
 * }</pre>
 *
 * @param who who decided, not blank ({@value #TIMEOUT} when nobody did in time)
 * @param approved whether the order may go ahead
 * @param why the reason given, not null (may be empty)
 * @param time when the person decided
 */
public record HumanReview(String who, boolean approved, String why, Instant time) {

  /** The reviewer named when an approval timed out: {@value}. */
  public static final String TIMEOUT = "timeout";

  /**
   * Validates the review.
   *
   * @param who not null or blank
   * @param approved whether approved
   * @param why not null
   * @param time not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public HumanReview {
    Check.notBlank(who, "who");
    Check.notNull(why, "why");
    Check.notNull(time, "time");
  }

  /**
   * An approval.
   *
   * @param who who approved, not blank
   * @param why why, not null
   * @param time when
   * @return the review
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static HumanReview approved(String who, String why, Instant time) {
    return new HumanReview(who, true, why, time);
  }

  /**
   * A rejection.
   *
   * @param who who rejected, not blank
   * @param why why, not null
   * @param time when
   * @return the review
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static HumanReview rejected(String who, String why, Instant time) {
    return new HumanReview(who, false, why, time);
  }
}
