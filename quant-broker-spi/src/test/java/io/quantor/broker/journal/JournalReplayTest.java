package io.quantor.broker.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.Side;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalReplayTest {

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");
  private static final Instrument ORCL = Instrument.stock("ORCL");
  private static final Instrument CALL = Instrument.option("ORCL  241220C00170000", "ORCL");
  private static final Instrument ES = Instrument.future("ESZ4", "SPX", 50);

  @TempDir
  Path dir;

  /** A session with partial fills, a replacement, cancels, an expiry, rejections and awkward numbers. */
  private static void session(EventScript s) {
    OrderRequest a = OrderRequest.limit("a", ORCL, Side.BUY, 300, 120.1, T0);
    OrderRequest b = OrderRequest.market("b", CALL, Side.SELL, 7, T0.plusMillis(1))
        .withStrategyId("short-vol");
    OrderRequest c = OrderRequest.stopLimit("c", ES, Side.BUY, 3, 5301.25, 5302.5, T0.plusMillis(2));
    OrderRequest d = OrderRequest.market("d", ORCL, Side.SELL, 0.3, T0.plusMillis(3));
    OrderRequest e = OrderRequest.market("e", ORCL, Side.BUY, 10, T0.plusMillis(4));
    OrderRequest f = OrderRequest.limit("f", ORCL, Side.SELL, 50, 130, T0.plusMillis(5));
    s.accept(a, T0.plusSeconds(1));
    s.fill("a", 100, 120.07, 1.0, T0.plusSeconds(2));
    s.accept(b, T0.plusSeconds(2));
    s.fill("b", 7, 2.35, -0.21, T0.plusSeconds(3));            // a rebate
    s.fill("a", 0.1, 120.1 + 0.2, 0.3, T0.plusSeconds(3));     // 120.30000000000001
    s.replace(a.withQuantity(250), T0.plusSeconds(4));
    s.accept(c, T0.plusSeconds(4));
    s.fill("c", 1, 5302.25, 2.25, T0.plusSeconds(5));
    s.fill("a", 149.9, 119.99, 1.0 / 3, T0.plusSeconds(6));
    s.cancel("c", "client request", T0.plusSeconds(7));
    s.accept(d, T0.plusSeconds(7));
    s.fill("d", 0.1, 119.5, 0, T0.plusSeconds(8));
    s.fill("d", 0.2, 119.6, 0, T0.plusSeconds(8));
    s.rejectNew(e, "insufficient buying power", T0.plusSeconds(9));
    s.accept(f, T0.plusSeconds(9));
    s.expire("f", "end of day", T0.plusSeconds(10));
  }

  @Test
  void replayRebuildsPortfolioAndOrderStatesExactly() {
    Path file = dir.resolve("session.jsonl");
    Portfolio live = Portfolio.create(1_000_000);
    EventScript script = new EventScript();
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD)) {
      script.listen(journal.asListener("paper"));
      script.listen(event -> event.fill().ifPresent(live::apply));
      session(script);
    }
    JournalReplay replay = Journal.read(file);
    assertTrue(replay.isClean(), replay.problems().toString());
    // equals on records compares doubles bit for bit (Double.compare): exact, no tolerance.
    assertEquals(live.snapshot(), replay.portfolio(1_000_000).snapshot());
    assertEquals(script.orders(), replay.orders());
    assertEquals(List.copyOf(script.orders().keySet()), List.copyOf(replay.orders().keySet()));
    assertEquals(OrderStatus.FILLED, replay.orders().get("a").status());
    assertEquals(250, replay.orders().get("a").request().quantity());
    JournaledOrder b = replay.journaledOrders().get("b");
    assertEquals("paper", b.broker());
    assertEquals("short-vol", b.submitted().strategyId());
  }

  @Test
  void eventsJournaledTwiceForOneBrokerAreAppliedOnce() {
    Path file = dir.resolve("session.jsonl");
    Portfolio live = Portfolio.create(1_000_000);
    EventScript script = new EventScript();
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      script.listen(journal.asListener("paper"));
      script.listen(journal.asListener("paper"));
      script.listen(event -> event.fill().ifPresent(live::apply));
      session(script);
      // A broker re-sending an old fill after a reconnect: journaled a third time, still applied once.
      journal.asListener("paper").onEvent(script.events().get(1));
    }
    JournalReplay replay = Journal.read(file);
    assertEquals(live.snapshot(), replay.portfolio(1_000_000).snapshot());
    assertEquals(script.orders(), replay.orders());
  }

  @Test
  void sameBrokerSequenceWithOtherContentIsANewEvent() {
    // A broker restarted and numbers its events from 1 again: same key, different event, both applied.
    Path file = dir.resolve("j.jsonl");
    OrderRequest x = OrderRequest.market("x", ORCL, Side.BUY, 10, T0);
    OrderRequest y = OrderRequest.market("y", ORCL, Side.BUY, 20, T0);
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      new EventScript().listen(journal.asListener("paper")).accept(x, T0);
      new EventScript().listen(journal.asListener("paper")).accept(y, T0);
    }
    Map<String, OrderState> orders = Journal.read(file).orders();
    assertEquals(OrderStatus.ACCEPTED, orders.get("x").status());
    assertEquals(OrderStatus.ACCEPTED, orders.get("y").status());
  }

  @Test
  void fillOfAnUnknownOrderFailsTheOrderRebuildNamingTheRecordButNotThePortfolio() {
    Path file = dir.resolve("j.jsonl");
    OrderRequest order = OrderRequest.market("ghost", ORCL, Side.BUY, 10, T0);
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      journal.append(new Note("start"));
      journal.append(new FillRecorded("paper", 5, Fill.of(order, 10, 41.0, 0, T0)));
    }
    JournalReplay replay = Journal.read(file);
    IllegalStateException e = assertThrows(IllegalStateException.class, replay::orders);
    assertTrue(e.getMessage().contains("record 2 (FILL)"), e.getMessage());
    assertEquals(10, replay.portfolio(100_000).snapshot().quantity("ORCL"));
  }

  @Test
  void statusChangeThatContradictsTheRebuiltStateFails() {
    Path file = dir.resolve("j.jsonl");
    OrderRequest order = OrderRequest.market("o", ORCL, Side.BUY, 10, T0);
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      journal.append(new OrderSubmitted("paper", order));
      journal.append(new StatusChanged("paper", 1, "o", OrderStatus.ACCEPTED, OrderStatus.CANCELED, "x", "",
          0, Double.NaN, T0));
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Journal.read(file).orders());
    assertTrue(e.getMessage().contains("is NEW but the record changes it from ACCEPTED"), e.getMessage());
  }

  @Test
  void reportedFiguresThatDisagreeWithTheTransitionFail() {
    Path file = dir.resolve("j.jsonl");
    OrderRequest order = OrderRequest.market("o", ORCL, Side.BUY, 10, T0);
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      journal.append(new OrderSubmitted("paper", order));
      journal.append(new StatusChanged("paper", 1, "o", OrderStatus.NEW, OrderStatus.ACCEPTED, "", "B-9", 0,
          Double.NaN, T0));
      journal.append(new FillRecorded("paper", 2, Fill.of(order, 4, 41.0, 0, T0)));
      journal.append(new StatusChanged("paper", 3, "o", OrderStatus.PARTIALLY_FILLED, OrderStatus.CANCELED,
          "x", "B-9", 5, 41.0, T0));
    }
    assertThrows(IllegalStateException.class, () -> Journal.read(file).orders());
  }

  @Test
  void resubmissionWithSameTermsIsIgnoredAndWithOtherTermsFails() {
    Path file = dir.resolve("j.jsonl");
    OrderRequest order = OrderRequest.limit("o", ORCL, Side.BUY, 10, 40, T0);
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      journal.append(new OrderSubmitted("paper", order));
      journal.append(new OrderSubmitted("paper", OrderRequest.limit("o", ORCL, Side.BUY, 10, 40,
          T0.plusSeconds(5))));
    }
    assertEquals(OrderState.created(order), Journal.read(file).orders().get("o"));
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      journal.append(new OrderSubmitted("paper", order.withQuantity(11)));
    }
    assertThrows(IllegalStateException.class, () -> Journal.read(file).orders());
  }

  @Test
  void decisionsKeepModelAndHumanVerdictSideBySide() {
    Path file = dir.resolve("j.jsonl");
    OrderRequest order = OrderRequest.market("o", ORCL, Side.BUY, 10, T0);
    Decision model = Decision.forOrder(order, "BUY 10", List.of("MOMENTUM_UP"), Double.NaN, T0);
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      journal.append(model);
      journal.append(model.withReview(HumanReview.rejected("bob", "earnings tomorrow", T0.plusSeconds(60))));
    }
    List<Decision> decisions = Journal.read(file).records(Decision.class);
    assertEquals(2, decisions.size());
    assertTrue(decisions.get(0).review().isEmpty());
    assertEquals("bob", decisions.get(1).review().get().who());
    assertEquals(decisions.get(0).action(), decisions.get(1).action());
    assertTrue(Double.isNaN(decisions.get(1).confidence()));
  }
}
