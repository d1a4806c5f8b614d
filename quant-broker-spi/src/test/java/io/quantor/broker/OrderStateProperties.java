package io.quantor.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random event sequences (accept, fills of random sizes, cancel, reject, expire, replace, and fills that
 * belong to another order) applied through {@link OrderState}. A hand-written model of the state diagram
 * in {@link OrderStatus} predicts which events are legal; the properties check that legal events are
 * accepted and illegal ones throw and leave the previous state as it was, and that every state reached
 * keeps the invariants: the filled quantity only grows and never exceeds the order, equals the sum of
 * the accepted fills (exactly: both add in the same order), and the average price is their
 * quantity-weighted mean (to 1e-12 relative: the state updates the mean incrementally, the model divides
 * two sums).
 */
class OrderStateProperties {

  private static final Instant T0 = Instant.parse("2024-06-03T13:30:00Z");
  private static final Instrument ORCL = Instrument.stock("ORCL");
  private static final double TOL = OrderState.QUANTITY_TOLERANCE;

  /** What happens to the order. */
  enum Kind {
    ACCEPT, FILL_PART, FILL_REST, FILL_OVER, FILL_FOREIGN, CANCEL, REJECT, EXPIRE, REPLACE, REPLACE_BAD
  }

  /**
   * One event: {@code x} is a fraction (of the remaining quantity for fills, of the order for
   * replacements) and {@code price} the fill or new limit price.
   */
  record Event(Kind kind, double x, double price, double fees) {
  }

  @Provide
  Arbitrary<List<Event>> events() {
    Arbitrary<Event> event = Combinators.combine(
        Arbitraries.frequency(Tuple.of(2, Kind.ACCEPT), Tuple.of(6, Kind.FILL_PART),
            Tuple.of(2, Kind.FILL_REST),
            Tuple.of(1, Kind.FILL_OVER), Tuple.of(1, Kind.FILL_FOREIGN), Tuple.of(1, Kind.CANCEL),
            Tuple.of(1, Kind.REJECT), Tuple.of(1, Kind.EXPIRE), Tuple.of(2, Kind.REPLACE),
            Tuple.of(1, Kind.REPLACE_BAD)),
        Arbitraries.doubles().between(0.001, 1.5).ofScale(6),
        Arbitraries.doubles().between(1, 500).ofScale(4),
        Arbitraries.doubles().between(-0.5, 5).ofScale(2))
        .as(Event::new);
    Arbitrary<List<Event>> any = event.list().ofMinSize(1).ofMaxSize(40);
    // Most sequences start with an acceptance, so that fills, replacements and the terminal states are
    // reached often; the rest start anywhere.
    Arbitrary<List<Event>> acceptedFirst = any.map(list -> {
      List<Event> out = new ArrayList<>(list.size() + 1);
      out.add(new Event(Kind.ACCEPT, 0, 1, 0));
      out.addAll(list);
      return out;
    });
    return Arbitraries.frequencyOf(Tuple.of(4, acceptedFirst), Tuple.of(1, any));
  }

  @Provide
  Arbitrary<Double> quantities() {
    return Arbitraries.oneOf(Arbitraries.integers().between(1, 10_000).map(i -> (double) i),
        Arbitraries.doubles().between(0.001, 1000).ofScale(3));
  }

  /** The model: status and the sums of the accepted fills. */
  private static final class Model {
    OrderStatus status = OrderStatus.NEW;
    double quantity;
    double filled;
    double priceTimesQuantity;
    double fees;

    boolean complete(double q) {
      return covers(q, quantity);
    }

    /** Whether a filled quantity completes an order quantity, to the rounding allowance. */
    boolean covers(double filledQuantity, double orderQuantity) {
      return filledQuantity >= orderQuantity * (1 - TOL);
    }
  }

  @Property(tries = 200)
  void randomEventsNeverReachAnIllegalState(@ForAll("quantities") double quantity,
      @ForAll("events") List<Event> events) {
    OrderRequest request = OrderRequest.limit("o-1", ORCL, Side.SELL, quantity, 100, T0);
    OrderState state = OrderState.created(request);
    Model model = new Model();
    model.quantity = quantity;
    int step = 0;
    int refused = 0;
    for (Event e : events) {
      step++;
      Instant t = T0.plusSeconds(step);
      double rest = model.quantity - model.filled;
      double fillQuantity = e.kind() == Kind.FILL_PART ? Math.max(rest * Math.min(e.x(), 1), 1e-6)
          : e.kind() == Kind.FILL_REST ? rest : rest * (1 + 1e-6) + e.x();
      if (e.kind() == Kind.FILL_REST && !(fillQuantity > 0)) {
        continue; // nothing left to fill: no fill can be formed
      }
      boolean legal = isLegal(e, model, fillQuantity, quantity);
      OrderState after;
      try {
        after = apply(state, e, fillQuantity, quantity, t);
      } catch (IllegalStateException | IllegalArgumentException refusal) {
        if (legal) {
          fail("step " + step + ": legal " + e + " from " + state + " refused: " + refusal.getMessage());
        }
        // The refused event changed nothing: the state still agrees with the model, and the next event
        // is applied to it.
        checkInvariants(state, model);
        refused++;
        continue;
      }
      if (!legal) {
        fail("step " + step + ": illegal " + e + " from " + state + " accepted as " + after);
      }
      assertTrue(after.filledQuantity() >= state.filledQuantity(), "filled quantity shrank");
      update(model, e, after, fillQuantity);
      checkInvariants(after, model);
      state = after;
    }
    Statistics.label("final status").collect(state.status());
    Statistics.label("some event refused").collect(refused > 0);
  }

  private static OrderState apply(OrderState s, Event e, double fillQuantity, double quantity, Instant t) {
    switch (e.kind()) {
      case ACCEPT:
        return s.accept("B-" + t.getEpochSecond(), t);
      case FILL_PART:
      case FILL_REST:
      case FILL_OVER:
        return s.fill(Fill.of(s.request(), fillQuantity, e.price(), e.fees(), t));
      case FILL_FOREIGN:
        return s.fill(new Fill("other", ORCL, Side.SELL, 1, e.price(), 0, t));
      case CANCEL:
        return s.cancel("client", t);
      case REJECT:
        return s.reject("venue", t);
      case EXPIRE:
        return s.expire("end of day", t);
      case REPLACE:
        return s.replace(OrderRequest.limit("o-1", ORCL, Side.SELL, quantity * e.x(), e.price(), t), t);
      case REPLACE_BAD:
        return s.replace(OrderRequest.limit("o-1", ORCL, Side.BUY, quantity, e.price(), t), t);
      default:
        throw new AssertionError(e.kind());
    }
  }

  /** Whether the state diagram and the fill and replace rules allow the event now. */
  private static boolean isLegal(Event e, Model m, double fillQuantity, double quantity) {
    switch (e.kind()) {
      case ACCEPT:
        return m.status == OrderStatus.NEW;
      case FILL_PART:
      case FILL_REST:
      case FILL_OVER:
        return m.status.isWorking() && m.filled + fillQuantity <= m.quantity * (1 + TOL);
      case CANCEL:
      case EXPIRE:
        return m.status.isWorking();
      case REJECT:
        return m.status == OrderStatus.NEW || m.status == OrderStatus.ACCEPTED;
      case REPLACE:
        return m.status.isWorking() && !m.covers(m.filled, quantity * e.x());
      default:
        return false;
    }
  }

  private static void update(Model m, Event e, OrderState after, double fillQuantity) {
    switch (e.kind()) {
      case ACCEPT:
        m.status = OrderStatus.ACCEPTED;
        break;
      case FILL_PART:
      case FILL_REST:
      case FILL_OVER:
        m.filled += fillQuantity;
        m.priceTimesQuantity += fillQuantity * e.price();
        m.fees += e.fees();
        m.status = m.complete(m.filled) ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        break;
      case CANCEL:
        m.status = OrderStatus.CANCELED;
        break;
      case REJECT:
        m.status = OrderStatus.REJECTED;
        break;
      case EXPIRE:
        m.status = OrderStatus.EXPIRED;
        break;
      case REPLACE:
        m.quantity = after.request().quantity();
        break;
      default:
        throw new AssertionError(e.kind());
    }
  }

  private static void checkInvariants(OrderState s, Model m) {
    assertEquals(m.status, s.status());
    assertEquals(m.quantity, s.request().quantity());
    // No accepted fill is lost: the same additions in the same order give the same double.
    assertEquals(m.filled, s.filledQuantity());
    assertTrue(s.filledQuantity() <= s.request().quantity() * (1 + TOL), "over-filled");
    if (m.filled == 0) {
      assertTrue(Double.isNaN(s.averageFillPrice()));
    } else {
      double mean = m.priceTimesQuantity / m.filled;
      assertEquals(mean, s.averageFillPrice(), 1e-12 * mean, "average fill price");
    }
    assertEquals(m.fees, s.fees(), 1e-9);
    if (s.isTerminal()) {
      assertEquals(0, s.remainingQuantity());
    } else {
      assertEquals(s.request().quantity() - s.filledQuantity(), s.remainingQuantity(), 0);
    }
  }
}
