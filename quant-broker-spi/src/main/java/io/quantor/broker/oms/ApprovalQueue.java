package io.quantor.broker.oms;

import io.quantor.broker.Subscription;
import io.quantor.broker.journal.Decision;
import io.quantor.broker.journal.HumanReview;
import io.quantor.broker.journal.Journal;
import io.quantor.core.internal.Args;
import io.quantor.core.trade.OrderRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Human-in-the-loop mode: orders wait until a person approves or rejects them, saying who and why;
 * approved orders go on to a target (an {@link OrderManager} or any {@code Consumer<OrderRequest>}),
 * rejected ones do not; an order nobody decides on within the timeout is rejected with reviewer
 * {@value HumanReview#TIMEOUT}.
 *
 * <p><b>Journal.</b> When an order starts waiting the queue journals the model's {@link Decision}; when it
 * is decided, the same decision with the {@link HumanReview} beside it. The journal thus holds the
 * model's verdict and the person's side by side, both naming the client order id.
 *
 * <p><b>Time.</b> Deadlines come from the injected {@link Clock}; nothing runs in the background. Call
 * {@link #expire(Instant)} (or {@link #expireDue()}) from the engine's loop or a timer. A verdict given
 * after the deadline but before the next expiry sweep is too late: the order is rejected by timeout, and
 * the returned outcome says so. Timeout rejections are stamped with the deadline, not the sweep time.
 *
 * <p><b>Ids.</b> An approval's id is the order's client order id. Submitting a waiting order again with
 * the same terms returns the waiting approval; an id that is already decided cannot wait again.
 *
 * <p>Thread-safe; listeners and the target are called outside the queue's lock.
 *
 * <pre>{@code
 * ApprovalQueue queue = ApprovalQueue.create(order -> oms.submit("paper", order), Duration.ofMinutes(5),
 *     Clock.systemUTC(), journal);
 * PendingApproval p = queue.submit(order, "BUY 100", List.of("MOMENTUM_UP"), 0.72);
 * queue.approve(p.id(), "alice", "size within mandate");   // journaled, forwarded to the OMS
 * queue.reject("o-8", "bob", "earnings tomorrow");         // journaled, not forwarded
 * queue.expireDue();                                       // rejects what waited too long
 * }</pre>
 */
public final class ApprovalQueue {

  private static final Logger LOG = LoggerFactory.getLogger(ApprovalQueue.class);

  private final Consumer<OrderRequest> target;
  private final Duration timeout;
  private final Clock clock;
  private final Journal journal;
  private final Object lock = new Object();
  // Guarded by lock; insertion order lists waiting orders first-come first-served.
  private final Map<String, PendingApproval> pending = new LinkedHashMap<>();
  private final Map<String, ApprovalOutcome> decided = new LinkedHashMap<>();
  private final List<ApprovalListener> listeners = new CopyOnWriteArrayList<>();

  private ApprovalQueue(Consumer<OrderRequest> target, Duration timeout, Clock clock, Journal journal) {
    this.target = target;
    this.timeout = timeout;
    this.clock = clock;
    this.journal = journal;
  }

  /**
   * A queue.
   *
   * @param target where approved orders go, not null
   * @param timeout how long an order may wait, {@code > 0}
   * @param clock gives submission times and verdict times, not null
   * @param journal where decisions are recorded, or {@code null} for none
   * @return the queue
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static ApprovalQueue create(Consumer<OrderRequest> target, Duration timeout, Clock clock,
      Journal journal) {
    Args.notNull(target, "target");
    Args.notNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be > 0, was " + timeout);
    }
    Args.notNull(clock, "clock");
    return new ApprovalQueue(target, timeout, clock, journal);
  }

  /**
   * A queue whose approved orders are submitted to a broker through an order manager.
   *
   * @param orders the order manager
   * @param brokerName the broker approved orders go to
   * @param timeout how long an order may wait, {@code > 0}
   * @param clock the clock
   * @param journal where decisions are recorded, or {@code null}
   * @return the queue
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static ApprovalQueue forOrderManager(OrderManager orders, String brokerName, Duration timeout,
      Clock clock, Journal journal) {
    Args.notNull(orders, "orders");
    Args.notNull(brokerName, "brokerName");
    return create(order -> orders.submit(brokerName, order), timeout, clock, journal);
  }

  /**
   * Puts an order in the queue with the model's decision, made now by the queue's clock.
   *
   * @param order the order
   * @param action what the model decided, not blank (for example {@code "BUY 100"})
   * @param reasonCodes the model's reason codes
   * @param confidence the model's confidence in {@code [0, 1]}, or {@code NaN}
   * @return the pending approval
   * @throws IllegalArgumentException if an argument is invalid, or the id is decided or waits with other
   *     terms
   */
  public PendingApproval submit(OrderRequest order, String action, List<String> reasonCodes,
      double confidence) {
    return submit(order, Decision.forOrder(order, action, reasonCodes, confidence, clock.instant()));
  }

  /**
   * Puts an order in the queue with the model's decision; journals that decision.
   *
   * @param order the order
   * @param model the model's decision about this order (same client order id), without a review
   * @return the pending approval (the waiting one if the order already waits)
   * @throws IllegalArgumentException if an argument is invalid, or the id is decided or waits with other
   *     terms
   */
  public PendingApproval submit(OrderRequest order, Decision model) {
    Args.notNull(order, "order");
    Args.notNull(model, "model");
    String id = order.clientOrderId();
    PendingApproval approval;
    synchronized (lock) {
      PendingApproval waiting = pending.get(id);
      if (waiting != null) {
        if (waiting.order().sameTermsAs(order)) {
          return waiting;
        }
        throw new IllegalArgumentException("order " + id + " already waits with other terms: "
            + waiting.order());
      }
      if (decided.containsKey(id)) {
        throw new IllegalArgumentException("order " + id + " was already decided: "
            + decided.get(id).review());
      }
      Instant now = clock.instant();
      approval = new PendingApproval(id, order, model, now, now.plus(timeout));
      if (journal != null) {
        journal.append(model);
      }
      pending.put(id, approval);
    }
    for (ApprovalListener l : listeners) {
      try {
        l.onPending(approval);
      } catch (RuntimeException e) {
        LOG.warn("approval listener failed on pending {}", approval.id(), e);
      }
    }
    return approval;
  }

  /**
   * Approves a waiting order and forwards it to the target, unless its deadline has passed (then it is
   * rejected by timeout instead and not forwarded).
   *
   * @param id the approval's id
   * @param who who approves, not blank
   * @param why why, not null
   * @return the outcome: approved, or rejected by timeout
   * @throws IllegalArgumentException if nothing waits under {@code id}, or {@code who}/{@code why} is
   *     invalid
   * @throws RuntimeException whatever the target throws; the approval stands and is journaled
   */
  public ApprovalOutcome approve(String id, String who, String why) {
    return decide(id, who, why, true);
  }

  /**
   * Rejects a waiting order; it is not forwarded.
   *
   * @param id the approval's id
   * @param who who rejects, not blank
   * @param why why, not null
   * @return the outcome (rejected by {@code who}, or by timeout if the deadline had passed)
   * @throws IllegalArgumentException if nothing waits under {@code id}, or {@code who}/{@code why} is
   *     invalid
   */
  public ApprovalOutcome reject(String id, String who, String why) {
    return decide(id, who, why, false);
  }

  private ApprovalOutcome decide(String id, String who, String why, boolean approve) {
    Args.notNull(id, "id");
    HumanReview.approved(who, why, Instant.EPOCH); // validates who and why even if the deadline passed
    ApprovalOutcome outcome;
    synchronized (lock) {
      PendingApproval approval = pending.get(id);
      if (approval == null) {
        throw new IllegalArgumentException(decided.containsKey(id)
            ? "approval " + id + " was already decided: " + decided.get(id).review()
            : "no approval waits under id " + id);
      }
      Instant now = clock.instant();
      HumanReview review = now.isBefore(approval.deadline())
          ? new HumanReview(who, approve, why, now) : timeoutReview(approval);
      outcome = settle(approval, review);
    }
    announce(outcome);
    return outcome;
  }

  /**
   * Rejects, by timeout, every order whose deadline is at or before {@code now}.
   *
   * @param now the time to judge deadlines by
   * @return the outcomes, in order of submission
   * @throws IllegalArgumentException if {@code now} is null
   */
  public List<ApprovalOutcome> expire(Instant now) {
    Args.notNull(now, "now");
    List<ApprovalOutcome> outcomes = new ArrayList<>();
    synchronized (lock) {
      for (PendingApproval approval : new ArrayList<>(pending.values())) {
        if (!now.isBefore(approval.deadline())) {
          outcomes.add(settle(approval, timeoutReview(approval)));
        }
      }
    }
    for (ApprovalOutcome outcome : outcomes) {
      announce(outcome);
    }
    return outcomes;
  }

  /**
   * {@link #expire(Instant)} at the clock's now.
   *
   * @return the outcomes
   */
  public List<ApprovalOutcome> expireDue() {
    return expire(clock.instant());
  }

  private HumanReview timeoutReview(PendingApproval approval) {
    return HumanReview.rejected(HumanReview.TIMEOUT, "not decided within " + timeout, approval.deadline());
  }

  /** Journals the verdict, then records it; if journaling fails the order keeps waiting. */
  private ApprovalOutcome settle(PendingApproval approval, HumanReview review) {
    ApprovalOutcome outcome = new ApprovalOutcome(approval, review);
    if (journal != null) {
      journal.append(outcome.decision());
    }
    pending.remove(approval.id());
    decided.put(approval.id(), outcome);
    return outcome;
  }

  private void announce(ApprovalOutcome outcome) {
    for (ApprovalListener l : listeners) {
      try {
        l.onDecided(outcome);
      } catch (RuntimeException e) {
        LOG.warn("approval listener failed on outcome {}", outcome.approval().id(), e);
      }
    }
    if (outcome.approved()) {
      target.accept(outcome.approval().order());
    }
  }

  /**
   * The orders waiting, first submitted first.
   *
   * @return an unmodifiable list
   */
  public List<PendingApproval> pending() {
    synchronized (lock) {
      return List.copyOf(pending.values());
    }
  }

  /**
   * One waiting order.
   *
   * @param id the approval's id
   * @return the approval, or empty if nothing waits under the id
   */
  public Optional<PendingApproval> pending(String id) {
    synchronized (lock) {
      return Optional.ofNullable(pending.get(id));
    }
  }

  /**
   * How an approval ended.
   *
   * @param id the approval's id
   * @return the outcome, or empty if it is unknown or still waiting
   */
  public Optional<ApprovalOutcome> outcome(String id) {
    synchronized (lock) {
      return Optional.ofNullable(decided.get(id));
    }
  }

  /**
   * Registers a listener.
   *
   * @param listener the listener
   * @return the registration; close it to stop delivery
   * @throws IllegalArgumentException if {@code listener} is null
   */
  public Subscription subscribe(ApprovalListener listener) {
    Args.notNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
