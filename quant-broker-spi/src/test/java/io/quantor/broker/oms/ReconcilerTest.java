package io.quantor.broker.oms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.OrderState;
import io.quantor.broker.journal.FixedClock;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");
  private static final Instrument ORCL = Instrument.stock("ORCL");
  private static final Instrument MSFT = Instrument.stock("MSFT");

  private final FixedClock clock = new FixedClock(T0);
  private final ScriptedBroker paper = new ScriptedBroker("paper", clock);
  private final OrderManager oms = OrderManager.create(clock, null);
  private final Portfolio book = Portfolio.create(1_000_000);

  ReconcilerTest() {
    oms.addBroker("paper", paper);
    paper.subscribe(event -> event.fill().ifPresent(book::apply));
  }

  private static OrderRequest buy(String id, double quantity) {
    return OrderRequest.limit(id, ORCL, Side.BUY, quantity, 41.2, T0);
  }

  private ReconciliationReport reconcile(Reconciler reconciler) {
    return reconciler.reconcile(oms.orders("paper"), book.snapshot().openPositions(), paper);
  }

  @Test
  void booksKeptFromTheBrokersEventsAreClean() {
    oms.submit("paper", buy("o-1", 100));
    oms.submit("paper", buy("o-2", 50));
    paper.fill("o-1", 60, 41.1, 0.6);
    paper.fill("o-2", 50, 41.0, 0.5);
    ReconciliationReport report = reconcile(Reconciler.exact());
    assertTrue(report.isClean(), report.render());
    assertEquals(2, report.ordersCompared());
    assertEquals(1, report.positionsCompared());
    assertEquals("Reconciliation with paper: clean (2 orders, 1 positions compared)", report.toString());
  }

  @Test
  void everyKindOfDifferenceIsFoundAndRendered() {
    oms.submit("paper", buy("o-1", 100));          // will be lost by the broker
    oms.submit("paper", buy("o-2", 100));          // broker fills more than we heard of
    oms.submit("paper", buy("o-3", 10));
    paper.fill("o-3", 10, 41.0, 0);
    paper.forget("o-1");
    List<OrderState> internal = oms.orders("paper");
    paper.fill("o-2", 30, 41.05, 0);               // after our snapshot of the books
    paper.placeDirectly(OrderRequest.market("manual", MSFT, Side.SELL, 5, T0));
    paper.setPosition(new Position(ORCL, 40, 41.025, 0));
    List<Position> positions = List.of(Position.of(ORCL, 10, 41.0), Position.of(MSFT, -3, 410.0));

    ReconciliationReport report = Reconciler.exact().reconcile(internal, positions, paper);

    assertEquals(List.of(
        new Difference(Difference.Subject.ORDER, Difference.Kind.MISSING_AT_BROKER, "o-1", "-", "ACCEPTED",
            "-", Double.NaN),
        new Difference(Difference.Subject.ORDER, Difference.Kind.STATUS_MISMATCH, "o-2", "status", "ACCEPTED",
            "PARTIALLY_FILLED", Double.NaN),
        new Difference(Difference.Subject.ORDER, Difference.Kind.QUANTITY_MISMATCH, "o-2", "filledQuantity",
            "0", "30", 30),
        new Difference(Difference.Subject.ORDER, Difference.Kind.PRICE_MISMATCH, "o-2", "averageFillPrice",
            "NaN", "41.05", Double.NaN),
        new Difference(Difference.Subject.ORDER, Difference.Kind.UNEXPECTED_AT_BROKER, "manual", "-", "-",
            "ACCEPTED", Double.NaN),
        new Difference(Difference.Subject.POSITION, Difference.Kind.QUANTITY_MISMATCH, "ORCL", "quantity",
            "10", "40", 30),
        new Difference(Difference.Subject.POSITION, Difference.Kind.PRICE_MISMATCH, "ORCL", "averageCost",
            "41", "41.025", 41.025 - 41.0),
        new Difference(Difference.Subject.POSITION, Difference.Kind.MISSING_AT_BROKER, "MSFT", "-", "-3", "-",
            Double.NaN)),
        report.differences());
    assertEquals(2, report.differences(Difference.Kind.MISSING_AT_BROKER).size());
    assertEquals(String.join("\n",
        "Reconciliation with paper: 8 differences (4 orders, 2 positions compared)",
        "subject   kind                  id      field             internal  broker            difference",
        "ORDER     MISSING_AT_BROKER     o-1     -                 ACCEPTED  -",
        "ORDER     STATUS_MISMATCH       o-2     status            ACCEPTED  PARTIALLY_FILLED",
        "ORDER     QUANTITY_MISMATCH     o-2     filledQuantity    0         30                30",
        "ORDER     PRICE_MISMATCH        o-2     averageFillPrice  NaN       41.05",
        "ORDER     UNEXPECTED_AT_BROKER  manual  -                 -         ACCEPTED",
        "POSITION  QUANTITY_MISMATCH     ORCL    quantity          10        40                30",
        "POSITION  PRICE_MISMATCH        ORCL    averageCost       41        41.025            0.025",
        "POSITION  MISSING_AT_BROKER     MSFT    -                 -3        -"), report.render());
  }

  @Test
  void anOrderFinishedInternallyMayBeForgottenByTheBroker() {
    oms.submit("paper", buy("o-1", 10));
    paper.fill("o-1", 10, 41, 0);
    paper.forget("o-1");
    paper.setPosition(Position.flat(ORCL));
    ReconciliationReport report = Reconciler.exact().reconcile(oms.orders(), List.of(), paper);
    assertTrue(report.isClean(), report.render());
  }

  @Test
  void tolerancesAbsorbRoundingButNotRealDifferences() {
    Position mine = Position.of(ORCL, 100, 41.0);
    List<Position> broker = List.of(Position.of(ORCL, 100 + 1e-10, 41.0 * (1 + 1e-8)));
    Reconciler tolerant = Reconciler.withTolerances(1e-9, 1e-6);
    assertTrue(tolerant.reconcile("snap", List.of(), List.of(mine), List.of(), broker).isClean());
    assertEquals(2, Reconciler.exact().reconcile("snap", List.of(), List.of(mine), List.of(), broker)
        .differences().size());
    List<Position> far = List.of(Position.of(ORCL, 101, 41.1));
    assertEquals(2,
        tolerant.reconcile("snap", List.of(), List.of(mine), List.of(), far).differences().size());
  }

  @Test
  void replacedTermsShowAsQuantityAndPriceMismatches() {
    OrderState mine = OrderState.created(buy("o-1", 100)).accept("B-1", T0);
    OrderState theirs = mine.replace(OrderRequest.limit("o-1", ORCL, Side.BUY, 80, 41.5, T0), T0);
    ReconciliationReport report = Reconciler.exact().reconcile("snap", List.of(mine), List.of(),
        List.of(theirs), List.of());
    assertEquals(List.of("quantity", "limitPrice"),
        report.differences().stream().map(Difference::field).toList());
    assertEquals(-20, report.differences().get(0).difference());
  }

  @Test
  void argumentsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> Reconciler.withTolerances(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> Reconciler.withTolerances(0, Double.NaN));
    OrderState o = OrderState.created(buy("o-1", 1));
    assertThrows(IllegalArgumentException.class,
        () -> Reconciler.exact().reconcile("s", List.of(o, o), List.of(), List.of(), List.of()));
    Fill fill = Fill.of(buy("x", 1), 1, 41, 0, T0);
    Position p = Position.flat(ORCL).apply(fill);
    assertThrows(IllegalArgumentException.class,
        () -> Reconciler.exact().reconcile("s", List.of(), List.of(p, p), List.of(), List.of()));
  }
}
