package io.quantor.broker.oms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.OrderStatus;
import io.quantor.broker.Subscription;
import io.quantor.broker.journal.Decision;
import io.quantor.broker.journal.FixedClock;
import io.quantor.broker.journal.FsyncPolicy;
import io.quantor.broker.journal.HumanReview;
import io.quantor.broker.journal.Journal;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalQueueTest {

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  @TempDir
  Path dir;

  private final FixedClock clock = new FixedClock(T0);
  private final List<OrderRequest> forwarded = new ArrayList<>();

  private static OrderRequest order(String id) {
    return OrderRequest.market(id, Instrument.stock("ORCL"), Side.BUY, 100, T0).withStrategyId("momentum");
  }

  @Test
  void approvedOrdersGoOnAndTheJournalHoldsModelAndHumanVerdictSideBySide() {
    Path file = dir.resolve("approvals.jsonl");
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD, clock)) {
      ApprovalQueue queue = ApprovalQueue.create(forwarded::add, TIMEOUT, clock, journal);
      PendingApproval p = queue.submit(order("o-1"), "BUY 100", List.of("MOMENTUM_UP", "VOL_OK"), 0.72);
      assertEquals("o-1", p.id());
      assertEquals(T0.plus(TIMEOUT), p.deadline());
      assertEquals(List.of(p), queue.pending());
      assertTrue(forwarded.isEmpty());

      clock.advance(Duration.ofSeconds(40));
      ApprovalOutcome outcome = queue.approve("o-1", "alice", "size within mandate");
      assertTrue(outcome.approved());
      assertFalse(outcome.timedOut());
      assertEquals(List.of(order("o-1")), forwarded);
      assertTrue(queue.pending().isEmpty());
      assertEquals(outcome, queue.outcome("o-1").orElseThrow());
    }
    List<Decision> decisions = Journal.read(file).records(Decision.class);
    Decision model = new Decision("momentum", "ORCL", "o-1", "BUY 100", List.of("MOMENTUM_UP", "VOL_OK"),
        0.72, T0, null);
    assertEquals(List.of(model,
        model.withReview(new HumanReview("alice", true, "size within mandate", T0.plusSeconds(40)))),
        decisions);
  }

  @Test
  void rejectedOrdersDoNotGoOn() {
    ApprovalQueue queue = ApprovalQueue.create(forwarded::add, TIMEOUT, clock, null);
    queue.submit(order("o-1"), "BUY 100", List.of(), 0.55);
    ApprovalOutcome outcome = queue.reject("o-1", "bob", "earnings tomorrow");
    assertFalse(outcome.approved());
    assertEquals("bob", outcome.review().who());
    assertEquals("earnings tomorrow", outcome.decision().review().orElseThrow().why());
    assertTrue(forwarded.isEmpty());
  }

  @Test
  void aTimeoutRejectsWhatNobodyDecidedStampedWithTheDeadline() {
    Path file = dir.resolve("approvals.jsonl");
    List<ApprovalOutcome> outcomes;
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD, clock)) {
      ApprovalQueue queue = ApprovalQueue.create(forwarded::add, TIMEOUT, clock, journal);
      queue.submit(order("o-1"), "BUY 100", List.of(), 0.6);
      clock.advance(Duration.ofMinutes(2));
      queue.submit(order("o-2"), "BUY 100", List.of(), 0.6);
      assertTrue(queue.expire(T0.plus(TIMEOUT).minusNanos(1)).isEmpty());
      outcomes = queue.expire(T0.plus(TIMEOUT));
      assertEquals(List.of("o-2"), queue.pending().stream().map(PendingApproval::id).toList());
    }
    assertEquals(1, outcomes.size());
    ApprovalOutcome timedOut = outcomes.get(0);
    assertTrue(timedOut.timedOut());
    assertFalse(timedOut.approved());
    assertEquals(new HumanReview(HumanReview.TIMEOUT, false, "not decided within PT5M", T0.plus(TIMEOUT)),
        timedOut.review());
    assertTrue(forwarded.isEmpty());
    List<Decision> journaled = Journal.read(file).records(Decision.class);
    assertEquals(timedOut.decision(), journaled.get(journaled.size() - 1));
  }

  @Test
  void anApprovalAfterTheDeadlineIsTooLate() {
    ApprovalQueue queue = ApprovalQueue.create(forwarded::add, TIMEOUT, clock, null);
    queue.submit(order("o-1"), "BUY 100", List.of(), 0.6);
    clock.advance(TIMEOUT);
    ApprovalOutcome outcome = queue.approve("o-1", "alice", "ok");
    assertTrue(outcome.timedOut());
    assertTrue(forwarded.isEmpty());
  }

  @Test
  void expireDueUsesTheClock() {
    ApprovalQueue queue = ApprovalQueue.create(forwarded::add, TIMEOUT, clock, null);
    queue.submit(order("o-1"), "BUY 100", List.of(), 0.6);
    assertTrue(queue.expireDue().isEmpty());
    clock.advance(TIMEOUT.plusSeconds(1));
    assertEquals(1, queue.expireDue().size());
  }

  @Test
  void approvedOrdersReachTheBrokerThroughTheOrderManager() {
    ScriptedBroker paper = new ScriptedBroker("paper", clock);
    OrderManager oms = OrderManager.create(clock, null);
    oms.addBroker("paper", paper);
    ApprovalQueue queue = ApprovalQueue.forOrderManager(oms, "paper", TIMEOUT, clock, null);
    queue.submit(order("o-1"), "BUY 100", List.of(), 0.6);
    queue.submit(order("o-2"), "BUY 100", List.of(), 0.6);
    queue.approve("o-1", "alice", "");
    queue.reject("o-2", "alice", "too big");
    assertEquals(OrderStatus.ACCEPTED, oms.order("o-1").orElseThrow().status());
    assertTrue(oms.order("o-2").isEmpty());
    assertEquals(0, paper.submitCalls("o-2"));
  }

  @Test
  void listenersHearPendingAndDecidedUntilTheyUnsubscribe() {
    ApprovalQueue queue = ApprovalQueue.create(forwarded::add, TIMEOUT, clock, null);
    List<String> heard = new ArrayList<>();
    Subscription subscription = queue.subscribe(new ApprovalListener() {
      @Override
      public void onPending(PendingApproval approval) {
        heard.add("pending " + approval.id());
      }

      @Override
      public void onDecided(ApprovalOutcome outcome) {
        heard.add("decided " + outcome.approval().id() + " " + outcome.approved());
      }
    });
    queue.subscribe(new ApprovalListener() {
      @Override
      public void onPending(PendingApproval approval) {
        throw new IllegalStateException("a broken listener does not stop the queue");
      }
    });
    queue.submit(order("o-1"), "BUY 100", List.of(), 0.6);
    queue.approve("o-1", "alice", "");
    subscription.close();
    queue.submit(order("o-2"), "BUY 100", List.of(), 0.6);
    assertEquals(List.of("pending o-1", "decided o-1 true"), heard);
  }

  @Test
  void idsAreIdempotentWhileWaitingAndFinalOnceDecided() {
    ApprovalQueue queue = ApprovalQueue.create(forwarded::add, TIMEOUT, clock, null);
    PendingApproval first = queue.submit(order("o-1"), "BUY 100", List.of(), 0.6);
    assertSame(first, queue.submit(order("o-1"), "BUY 100", List.of(), 0.9));
    assertThrows(IllegalArgumentException.class,
        () -> queue.submit(order("o-1").withQuantity(5), "BUY 5", List.of(), 0.6));
    queue.reject("o-1", "bob", "no");
    assertThrows(IllegalArgumentException.class, () -> queue.submit(order("o-1"), "BUY 100", List.of(), 0.6));
    assertThrows(IllegalArgumentException.class, () -> queue.approve("o-1", "bob", "changed my mind"));
    assertThrows(IllegalArgumentException.class, () -> queue.approve("o-9", "bob", "unknown"));
  }

  @Test
  void argumentsAreChecked() {
    assertThrows(IllegalArgumentException.class,
        () -> ApprovalQueue.create(forwarded::add, Duration.ZERO, clock, null));
    ApprovalQueue queue = ApprovalQueue.create(forwarded::add, TIMEOUT, clock, null);
    queue.submit(order("o-1"), "BUY 100", List.of(), 0.6);
    assertThrows(IllegalArgumentException.class, () -> queue.approve("o-1", " ", "why"));
    clock.advance(TIMEOUT);
    assertThrows(IllegalArgumentException.class, () -> queue.approve("o-1", "alice", null));
    Decision other = Decision.forOrder(order("o-2"), "BUY", List.of(), 0.5, T0);
    assertThrows(IllegalArgumentException.class, () -> queue.submit(order("o-3"), other));
  }
}
