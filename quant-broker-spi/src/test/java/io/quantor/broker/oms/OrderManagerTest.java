package io.quantor.broker.oms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.BrokerException;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.journal.FixedClock;
import io.quantor.broker.journal.FsyncPolicy;
import io.quantor.broker.journal.Journal;
import io.quantor.broker.journal.JournalReplay;
import io.quantor.broker.journal.Note;
import io.quantor.broker.journal.StatusChanged;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.Side;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderManagerTest {

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");
  private static final Instrument ORCL = Instrument.stock("ORCL");
  private static final Instrument MSFT = Instrument.stock("MSFT");

  @TempDir
  Path dir;

  private final FixedClock clock = new FixedClock(T0);
  private final ScriptedBroker paper = new ScriptedBroker("paper", clock);
  private final ScriptedBroker live = new ScriptedBroker("live", clock);

  private OrderManager manager(Journal journal) {
    OrderManager oms = OrderManager.create(clock, journal);
    oms.addBroker("paper", paper);
    oms.addBroker("live", live);
    return oms;
  }

  private static OrderRequest buy(String id, double quantity) {
    return OrderRequest.limit(id, ORCL, Side.BUY, quantity, 41.2, T0);
  }

  @Test
  void submitPlacesTheOrderAndEventsKeepItsStateCurrent() {
    OrderManager oms = manager(null);
    OrderState answer = oms.submit("paper", buy("o-1", 100));
    assertEquals(OrderStatus.ACCEPTED, answer.status());
    assertEquals(answer, oms.order("o-1").orElseThrow());
    paper.fill("o-1", 40, 41.1, 0.4);
    assertEquals(OrderStatus.PARTIALLY_FILLED, oms.order("o-1").orElseThrow().status());
    assertEquals(40, oms.order("o-1").orElseThrow().filledQuantity());
    assertEquals("paper", oms.brokerOf("o-1").orElseThrow());
    assertEquals(List.of("paper", "live"), List.copyOf(oms.brokerNames()));
  }

  @Test
  void resubmittingAKnownIdReturnsTheKnownStateWithoutCallingTheBroker() {
    OrderManager oms = manager(null);
    oms.submit("paper", buy("o-1", 100));
    paper.fill("o-1", 100, 41.1, 1);
    OrderRequest retry = OrderRequest.limit("o-1", ORCL, Side.BUY, 100, 41.2, T0.plusSeconds(9));
    OrderState again = oms.submit("paper", retry);
    assertEquals(OrderStatus.FILLED, again.status());
    assertEquals(1, paper.submitCalls("o-1"));
  }

  @Test
  void aKnownIdWithOtherTermsOrAnotherBrokerIsRefused() {
    OrderManager oms = manager(null);
    oms.submit("paper", buy("o-1", 100));
    IllegalArgumentException terms = assertThrows(IllegalArgumentException.class,
        () -> oms.submit("paper", buy("o-1", 101)));
    assertTrue(terms.getMessage().contains("already used"), terms.getMessage());
    assertThrows(IllegalArgumentException.class, () -> oms.submit("live", buy("o-1", 100)));
    assertThrows(IllegalArgumentException.class, () -> oms.submit("nowhere", buy("o-2", 100)));
    assertEquals(1, paper.totalSubmitCalls());
    assertEquals(0, live.totalSubmitCalls());
  }

  @Test
  void refusalOnSubmissionBecomesARejectedStateThatIsJournaledAndReplayed() {
    Path file = dir.resolve("oms.jsonl");
    paper.refuse("o-1");
    OrderState rejected;
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD, clock)) {
      OrderManager oms = manager(journal);
      rejected = oms.submit("paper", buy("o-1", 100));
      assertEquals(rejected, oms.submit("paper", buy("o-1", 100)));
    }
    assertEquals(OrderStatus.REJECTED, rejected.status());
    assertTrue(rejected.reason().contains("insufficient buying power"), rejected.reason());
    assertEquals(1, paper.submitCalls("o-1"));
    JournalReplay replay = Journal.read(file);
    assertEquals(0, replay.records(StatusChanged.class).get(0).brokerSequence());
    assertEquals(Map.of("o-1", rejected), replay.orders());
  }

  @Test
  void aFailureWithoutVerdictLeavesTheOrderUnconfirmedAndTheRetryAsksTheBrokerAgain() {
    OrderManager oms = manager(null);
    paper.failNextSubmit(new BrokerException(BrokerException.Code.UNAVAILABLE, "timeout"));
    BrokerException e = assertThrows(BrokerException.class, () -> oms.submit("paper", buy("o-1", 100)));
    assertEquals(BrokerException.Code.UNAVAILABLE, e.code());
    assertEquals(OrderStatus.NEW, oms.order("o-1").orElseThrow().status());
    assertEquals(List.of(oms.order("o-1").orElseThrow()), oms.unconfirmedOrders());

    assertEquals(OrderStatus.ACCEPTED, oms.submit("paper", buy("o-1", 100)).status());
    assertEquals(2, paper.submitCalls("o-1"));
    assertTrue(oms.unconfirmedOrders().isEmpty());
    oms.submit("paper", buy("o-1", 100));
    assertEquals(2, paper.submitCalls("o-1"));
  }

  @Test
  void concurrentSubmissionsOfOneIdCallTheBrokerOnce() throws Exception {
    OrderManager oms = manager(null);
    int threads = 8;
    int ids = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < ids; i++) {
          oms.submit("paper", buy("o-" + i, 10 + i));
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    for (int i = 0; i < ids; i++) {
      assertEquals(1, paper.submitCalls("o-" + i), "o-" + i);
    }
    assertEquals(ids, oms.orders().size());
  }

  @Test
  void duplicateEventsAreIgnoredSoStatesNeverGoBack() {
    OrderManager oms = manager(null);
    oms.submit("paper", buy("o-1", 100));
    paper.fill("o-1", 100, 41.0, 1);
    OrderState filled = oms.order("o-1").orElseThrow();
    paper.redeliver(0);   // the old ACCEPTED event
    assertSame(filled, oms.order("o-1").orElseThrow());
  }

  @Test
  void eventsOfOrdersPlacedElsewhereAreIgnored() {
    OrderManager oms = manager(null);
    paper.placeDirectly(buy("manual-1", 5));
    assertTrue(oms.order("manual-1").isEmpty());
    assertTrue(oms.orders().isEmpty());
  }

  @Test
  void cancelAndReplaceGoToTheOrdersBroker() {
    OrderManager oms = manager(null);
    oms.submit("live", buy("o-1", 100));
    oms.replace(buy("o-1", 80));
    assertEquals(80, oms.order("o-1").orElseThrow().request().quantity());
    assertEquals(OrderStatus.CANCELED, oms.cancel("o-1").status());
    assertEquals(OrderStatus.CANCELED, oms.order("o-1").orElseThrow().status());
    BrokerException unknown = assertThrows(BrokerException.class, () -> oms.cancel("nope"));
    assertEquals(BrokerException.Code.REJECTED, unknown.code());
    assertEquals(0, paper.events().size());
  }

  @Test
  void listingsAreByBrokerAndByOpenness() {
    OrderManager oms = manager(null);
    oms.submit("paper", buy("p-1", 10));
    oms.submit("live", OrderRequest.market("l-1", MSFT, Side.SELL, 5, T0));
    oms.submit("paper", buy("p-2", 10));
    paper.fill("p-2", 10, 41, 0);
    assertEquals(List.of("p-1", "p-2"), ids(oms.orders("paper")));
    assertEquals(List.of("l-1"), ids(oms.orders("live")));
    assertEquals(List.of("p-1", "l-1"), ids(oms.openOrders()));
    assertEquals(List.of("p-1", "l-1", "p-2"), ids(oms.orders()));
  }

  private static List<String> ids(List<OrderState> orders) {
    return orders.stream().map(OrderState::clientOrderId).toList();
  }

  @Test
  void closingStopsTrackingAndSubmitting() {
    OrderManager oms = manager(null);
    oms.submit("paper", buy("o-1", 100));
    oms.close();
    oms.close();
    paper.fill("o-1", 100, 41, 0);
    assertEquals(OrderStatus.ACCEPTED, oms.order("o-1").orElseThrow().status());
    assertThrows(IllegalStateException.class, () -> oms.submit("paper", buy("o-2", 1)));
  }

  @Test
  void aBrokerNameIsRegisteredOnce() {
    OrderManager oms = manager(null);
    assertThrows(IllegalArgumentException.class, () -> oms.addBroker("paper", paper));
    assertThrows(IllegalArgumentException.class, () -> oms.addBroker(" ", paper));
  }

  /** A session across two brokers with every kind of event. */
  private void session(OrderManager oms) {
    oms.submit("paper", buy("a", 300));
    paper.fill("a", 100, 41.07, 1.0);
    clock.advance(Duration.ofSeconds(1));
    oms.submit("live", OrderRequest.market("b", MSFT, Side.SELL, 7, T0));
    live.fill("b", 7, 412.35, -0.21);
    oms.replace(buy("a", 250));
    paper.fill("a", 0.1, 41.1 + 0.2, 0.3);
    oms.submit("paper", buy("c", 50));
    paper.expire("c");
    oms.submit("live", OrderRequest.market("d", ORCL, Side.SELL, 0.3, T0));
    live.rejectLater("d", "halted");
    paper.refuse("e");
    oms.submit("paper", buy("e", 1));
    oms.submit("paper", buy("f", 20));
    clock.advance(Duration.ofSeconds(1));
    paper.fill("f", 5, 41.0, 0.05);
    oms.cancel("f");
    paper.fill("a", 149.9, 40.99, 1.0 / 3);
  }

  @Test
  void aJournaledSessionReplaysToExactlyTheLiveStates() {
    Path file = dir.resolve("oms.jsonl");
    Portfolio book = Portfolio.create(1_000_000);
    paper.subscribe(event -> event.fill().ifPresent(book::apply));
    live.subscribe(event -> event.fill().ifPresent(book::apply));
    List<OrderState> liveStates;
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD, clock)) {
      OrderManager oms = manager(journal);
      session(oms);
      liveStates = oms.orders();
    }
    JournalReplay replay = Journal.read(file);
    assertTrue(replay.isClean(), replay.problems().toString());
    assertEquals(liveStates, List.copyOf(replay.orders().values()));
    assertEquals(book.snapshot(), replay.portfolio(1_000_000).snapshot());
  }

  @Test
  void aRestoredManagerKnowsEveryOrderAndDoesNotPlaceThemAgain() {
    Path file = dir.resolve("oms.jsonl");
    List<OrderState> before;
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD, clock)) {
      OrderManager oms = manager(journal);
      session(oms);
      before = oms.orders();
    }
    int calls = paper.totalSubmitCalls() + live.totalSubmitCalls();
    JournalReplay replay = Journal.read(file);
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD, clock)) {
      OrderManager restored = OrderManager.restore(replay, clock, journal);
      restored.addBroker("paper", paper);
      restored.addBroker("live", live);
      assertEquals(before, restored.orders());
      assertEquals("live", restored.brokerOf("b").orElseThrow());
      restored.submit("paper", buy("a", 300));
      restored.submit("live", OrderRequest.market("b", MSFT, Side.SELL, 7, T0));
      assertEquals(calls, paper.totalSubmitCalls() + live.totalSubmitCalls());
      assertTrue(restored.unconfirmedOrders().isEmpty());
    }
    List<Note> notes = Journal.read(file).records(Note.class);
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).text().startsWith("order manager restored 6 orders"), notes.get(0).text());
  }

  @Test
  void anOrderJournaledButNeverAnsweredIsAskedForAgainAfterRestore() {
    Path file = dir.resolve("oms.jsonl");
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD, clock)) {
      OrderManager oms = manager(journal);
      paper.failNextSubmit(new BrokerException(BrokerException.Code.UNAVAILABLE, "connection reset"));
      assertThrows(BrokerException.class, () -> oms.submit("paper", buy("o-1", 100)));
    }
    OrderManager restored = OrderManager.restore(Journal.read(file), clock, null);
    restored.addBroker("paper", paper);
    assertEquals(List.of("o-1"), ids(restored.unconfirmedOrders()));
    assertEquals(OrderStatus.ACCEPTED, restored.submit("paper", buy("o-1", 100)).status());
    assertEquals(2, paper.submitCalls("o-1"));
    assertEquals(OrderStatus.ACCEPTED, restored.order("o-1").orElseThrow().status());
  }
}
