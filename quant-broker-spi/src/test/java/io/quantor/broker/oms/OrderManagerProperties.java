package io.quantor.broker.oms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.journal.FixedClock;
import io.quantor.broker.journal.FsyncPolicy;
import io.quantor.broker.journal.Journal;
import io.quantor.broker.journal.JournalReplay;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class OrderManagerProperties {

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");
  private static final List<Instrument> INSTRUMENTS = List.of(Instrument.stock("ORCL"),
      Instrument.stock("MSFT"), Instrument.option("ORCL  241220C00170000", "ORCL"));

  private static OrderRequest order(int id) {
    return OrderRequest.market("o-" + id, INSTRUMENTS.get(id % 3), id % 2 == 0 ? Side.BUY : Side.SELL,
        1 + id, T0);
  }

  @Property(tries = 200)
  void theBrokerIsCalledOncePerDistinctClientOrderId(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 12) Integer> ids) {
    ScriptedBroker broker = new ScriptedBroker("paper", new FixedClock(T0));
    OrderManager oms = OrderManager.create(new FixedClock(T0), null);
    oms.addBroker("paper", broker);
    for (int id : ids) {
      oms.submit("paper", order(id));
    }
    Set<Integer> distinct = new LinkedHashSet<>(ids);
    for (int id : distinct) {
      assertEquals(1, broker.submitCalls("o-" + id));
    }
    assertEquals(distinct.size(), broker.totalSubmitCalls());
    assertEquals(distinct.stream().map(i -> "o-" + i).toList(),
        oms.orders().stream().map(OrderState::clientOrderId).toList());
  }

  /** One scripted step: submit, fill part of the rest, cancel, replace, expire or reject an order. */
  record Step(int action, int id, double fraction, double price) {
  }

  @Provide
  Arbitrary<List<Step>> sessions() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 7),
        Arbitraries.doubles().between(0.01, 1).ofScale(4), Arbitraries.doubles().between(0.5, 500).ofScale(6))
        .as(Step::new).list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 60)
  void aJournaledRandomSessionReplaysToExactlyTheLiveBook(@ForAll("sessions") List<Step> steps)
      throws Exception {
    Path file = Files.createTempFile("oms-property", ".jsonl");
    try {
      FixedClock clock = new FixedClock(T0);
      ScriptedBroker broker = new ScriptedBroker("paper", clock);
      Portfolio book = Portfolio.create(1_000_000);
      broker.subscribe(event -> event.fill().ifPresent(book::apply));
      List<OrderState> live;
      try (Journal journal = Journal.open(file, FsyncPolicy.NONE, clock)) {
        OrderManager oms = OrderManager.create(clock, journal);
        oms.addBroker("paper", broker);
        for (Step s : steps) {
          clock.advance(Duration.ofMillis(1));
          apply(oms, broker, s);
        }
        live = oms.orders();
      }
      JournalReplay replay = Journal.read(file);
      assertTrue(replay.isClean(), replay.problems().toString());
      assertEquals(live, List.copyOf(replay.orders().values()));
      assertEquals(book.snapshot(), replay.portfolio(1_000_000).snapshot());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void apply(OrderManager oms, ScriptedBroker broker, Step s) {
    String id = "o-" + s.id();
    OrderState state = oms.order(id).orElse(null);
    if (state == null || s.action() == 0) {
      if (s.action() == 5) {
        broker.refuse(id);
      }
      oms.submit("paper", order(s.id()));
      return;
    }
    if (!state.status().isWorking()) {
      return;
    }
    double remaining = state.request().quantity() - state.filledQuantity();
    switch (s.action()) {
      case 1:
        broker.fill(id, s.fraction() == 1 ? remaining : remaining * s.fraction(), s.price(), s.fraction());
        break;
      case 2:
        oms.cancel(id);
        break;
      case 3:
        oms.replace(state.request().withQuantity(state.filledQuantity() + remaining * (1 + s.fraction())));
        break;
      case 4:
        broker.expire(id);
        break;
      default:
        // A venue may reject only what has not started filling.
        if (state.status() == OrderStatus.ACCEPTED) {
          broker.rejectLater(id, "venue reject");
        }
        break;
    }
  }
}
