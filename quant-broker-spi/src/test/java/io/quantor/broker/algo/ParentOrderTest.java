package io.quantor.broker.algo;

import static io.quantor.broker.algo.SliceScheduleTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Side;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParentOrderTest {

  private static final Instant T0 = Instant.parse("2006-02-01T10:00:00Z");
  private static final OrderRequest MARKET = OrderRequest.market("p-1", Instrument.stock("X"), Side.SELL,
      500, T0);

  @Test
  void marketParentGainsALimit() {
    ParentOrder p = ParentOrder.of(MARKET, T0, T0.plusSeconds(3600), 0.2);
    assertFalse(p.hasLimit());
    assertTrue(Double.isNaN(p.limitPrice()));
    ParentOrder limited = p.withLimitPrice(99.5);
    assertTrue(limited.hasLimit());
    assertEquals(99.5, limited.limitPrice());
    assertEquals(OrderType.LIMIT, limited.order().type());
    assertEquals("p-1", limited.id());
    assertEquals(500.0, limited.quantity());
    assertEquals(Side.SELL, limited.order().side());
    assertEquals(Duration.ofHours(1), limited.duration());
  }

  @Test
  void rejectsInvalidParents() {
    assertMessage("end must be after start 2006-02-01T10:00:00Z, was 2006-02-01T10:00:00Z",
        () -> ParentOrder.of(MARKET, T0, T0, 0.1));
    assertMessage("participationCap must be in (0, 1], was 0.0",
        () -> ParentOrder.of(MARKET, T0, T0.plusSeconds(60), 0));
    assertMessage("participationCap must be in (0, 1], was 1.5",
        () -> ParentOrder.of(MARKET, T0, T0.plusSeconds(60), 1.5));
    assertMessage("participationCap must be in (0, 1], was NaN",
        () -> ParentOrder.of(MARKET, T0, T0.plusSeconds(60), Double.NaN));
    assertMessage("a parent order must be MARKET or LIMIT, was STOP", () -> ParentOrder.of(
        OrderRequest.stop("s", Instrument.stock("X"), Side.BUY, 1, 10, T0), T0, T0.plusSeconds(60), 0.1));
    assertMessage("start must not be null", () -> ParentOrder.of(MARKET, null, T0, 0.1));
  }
}
