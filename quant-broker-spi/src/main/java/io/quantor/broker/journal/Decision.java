package io.quantor.broker.journal;

import io.quantor.core.trade.OrderRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a strategy decided and why: the model's action with its reason codes and confidence, and in
 * human-in-the-loop mode the person's {@link HumanReview} beside it. The approval queue journals the
 * model's decision when an order starts waiting and the same decision with the review when someone (or
 * the timeout) decides, so the journal holds both side by side.
 *
 * <pre>{@code
 * Decision model = Decision.forOrder(order, "BUY 100", List.of("MOMENTUM_UP", "VOL_OK"), 0.72, now);
 * journal.append(model);
 * journal.append(model.withReview(HumanReview.rejected("bob", "earnings tomorrow", later)));
 * }</pre>
 *
 * @param strategyId the strategy that decided, not blank
 * @param symbol the instrument's symbol, not blank
 * @param clientOrderId the order the decision led to, or empty if none (a decision to hold)
 * @param action what was decided, not blank (for example {@code "BUY 100"} or {@code "HOLD"})
 * @param reasonCodes the reason codes, copied; no null or blank element
 * @param confidence the model's confidence in {@code [0, 1]}, or {@code NaN} if the model gives none
 * @param time when the model decided
 * @param humanReview the person's verdict, or {@code null} for a model-only decision; use
 *     {@link #review()}
 */
public record Decision(String strategyId, String symbol, String clientOrderId, String action,
    List<String> reasonCodes, double confidence, Instant time, HumanReview humanReview)
    implements JournalRecord {

  /**
   * Validates and copies.
   *
   * @param strategyId not null or blank
   * @param symbol not null or blank
   * @param clientOrderId not null (may be empty)
   * @param action not null or blank
   * @param reasonCodes not null, no null or blank element
   * @param confidence in {@code [0, 1]} or {@code NaN}
   * @param time not null
   * @param humanReview the review, or null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Decision {
    Check.notBlank(strategyId, "strategyId");
    Check.notBlank(symbol, "symbol");
    Check.notNull(clientOrderId, "clientOrderId");
    Check.notBlank(action, "action");
    for (String code : Check.notNull(reasonCodes, "reasonCodes")) {
      Check.notBlank(code, "reasonCodes element");
    }
    reasonCodes = List.copyOf(reasonCodes);
    if (!Double.isNaN(confidence) && !(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1] or NaN, was " + confidence);
    }
    Check.notNull(time, "time");
  }

  /**
   * The model's decision to place an order, without a review.
   *
   * @param order the order decided on (gives the strategy, symbol and client order id)
   * @param action what was decided, not blank
   * @param reasonCodes the reason codes
   * @param confidence the model's confidence in {@code [0, 1]}, or {@code NaN}
   * @param time when the model decided
   * @return the decision
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Decision forOrder(OrderRequest order, String action, List<String> reasonCodes,
      double confidence, Instant time) {
    Check.notNull(order, "order");
    return new Decision(order.strategyId(), order.instrument().symbol(), order.clientOrderId(), action,
        reasonCodes, confidence, time, null);
  }

  /**
   * This decision with a person's review beside the model's verdict.
   *
   * @param review the review, not null
   * @return the new decision
   * @throws IllegalArgumentException if {@code review} is null
   */
  public Decision withReview(HumanReview review) {
    return new Decision(strategyId, symbol, clientOrderId, action, reasonCodes, confidence, time,
        Check.notNull(review, "review"));
  }

  /**
   * The person's verdict.
   *
   * @return the review, or empty for a model-only decision
   */
  public Optional<HumanReview> review() {
    return Optional.ofNullable(humanReview);
  }

  /**
   * {@link JournalRecord.Kind#DECISION}.
   *
   * @return the kind
   */
  @Override
  public Kind kind() {
    return Kind.DECISION;
  }
}
