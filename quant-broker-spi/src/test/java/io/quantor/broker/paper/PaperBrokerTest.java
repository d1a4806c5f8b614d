package io.quantor.broker.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.Account;
import io.quantor.broker.Broker;
import io.quantor.broker.BrokerConfig;
import io.quantor.broker.BrokerException;
import io.quantor.broker.Brokers;
import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.sim.Quote;
import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Paper broker sessions with hand-computed outcomes: when orders fill and at what price, costs, time in
 * force, refusals, buying power, replacements, quotes, replay and event delivery. Times are New York
 * (EDT, UTC-4) trading days in June 2024; prices are exact binary fractions or checked to 1e-9.
 */
class PaperBrokerTest {

  private static final Instrument ORCL = Instrument.stock("ORCL");
  /** 2024-06-03 09:31 New York. */
  private static final Instant MON_OPEN = Instant.parse("2024-06-03T13:31:00Z");
  /** 2024-06-04 09:31 New York. */
  private static final Instant TUE_OPEN = Instant.parse("2024-06-04T13:31:00Z");

  private static PaperBroker broker(String... keyValues) {
    BrokerConfig config = BrokerConfig.empty();
    for (int i = 0; i < keyValues.length; i += 2) {
      config = config.with(keyValues[i], keyValues[i + 1]);
    }
    return PaperBroker.create(config);
  }

  private static Bar bar(Instant t, double open, double high, double low, double close, double volume) {
    return Bar.of(t, open, high, low, close, volume);
  }

  private static Bar bar(Instant t, double open, double high, double low, double close) {
    return bar(t, open, high, low, close, 1_000_000);
  }

  private static List<ExecutionEvent> record(PaperBroker broker) {
    List<ExecutionEvent> events = new ArrayList<>();
    broker.subscribe(events::add);
    return events;
  }

  private static List<OrderStatus> statuses(List<ExecutionEvent> events, String id) {
    return events.stream().filter(e -> e.clientOrderId().equals(id)).map(ExecutionEvent::status)
        .collect(Collectors.toList());
  }

  @Test
  void anOrderPlacedAfterABarFillsAtTheNextBarsOpen() {
    PaperBroker broker = broker();
    List<ExecutionEvent> events = record(broker);
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100.5));
    OrderState placed = broker.submit(OrderRequest.market("o-1", ORCL, Side.BUY, 100, MON_OPEN));
    assertEquals(OrderStatus.ACCEPTED, placed.status());
    assertEquals(MON_OPEN, placed.updatedAt());
    assertEquals(List.of(), broker.positions());
    Instant t1 = MON_OPEN.plusSeconds(60);
    broker.onBar("ORCL", bar(t1, 101, 102, 100.5, 101.5));
    OrderState filled = broker.order("o-1").orElseThrow();
    assertEquals(OrderStatus.FILLED, filled.status());
    assertEquals(101, filled.averageFillPrice());
    assertEquals(t1, filled.updatedAt());
    Fill fill = events.get(1).fill().orElseThrow();
    assertEquals(new Fill("o-1", ORCL, Side.BUY, 100, 101, 0, t1), fill);
    assertEquals(List.of(fill), broker.fills());
    // Cash 100,000 - 100 * 101 = 89,900; marked at the close 101.5: equity 89,900 + 10,150 = 100,050.
    Account account = broker.account();
    assertEquals(89_900, account.cash());
    assertEquals(100_050, account.equity());
    assertEquals(89_900, account.buyingPower());
    assertEquals(t1, account.time());
    assertEquals("paper", account.accountId());
    assertEquals(100, broker.positions().get(0).quantity());
  }

  @Test
  void slippageAndCommissionComeFromTheSettings() {
    PaperBroker broker = broker("slippageBps", "10", "commissionPerShare", "0.01", "commissionMinimum", "1");
    broker.onBar("ORCL", bar(MON_OPEN, 200, 201, 199, 200));
    broker.submit(OrderRequest.market("o-1", ORCL, Side.BUY, 50, MON_OPEN));
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 200, 201, 199, 200));
    Fill fill = broker.fills().get(0);
    // 10 bp against the buy: 200 * 1.001 = 200.2; commission max(50 * 0.01, 1) = 1.
    assertEquals(200.2, fill.price(), 1e-12);
    assertEquals(1.0, fill.fees(), 1e-12);
    assertEquals(100_000 - 50 * 200.2 - 1, broker.account().cash(), 1e-9);

    PaperBroker both = broker("commissionPerShare", "0.01", "commissionBps", "10");
    both.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    both.submit(OrderRequest.market("o-1", ORCL, Side.SELL, 10, MON_OPEN));
    both.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100));
    // 10 * 0.01 + 10 bp of 1,000 = 0.1 + 1.0.
    assertEquals(1.1, both.fills().get(0).fees(), 1e-12);
  }

  @Test
  void aDayOrderExpiresWhenTheNextTradingDayBeginsAndAGtcOrderWorksOn() {
    PaperBroker broker = broker();
    List<ExecutionEvent> events = record(broker);
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.limit("day", ORCL, Side.BUY, 10, 95, MON_OPEN));
    broker.submit(OrderRequest.limit("gtc", ORCL, Side.BUY, 10, 95, MON_OPEN)
        .withTimeInForce(TimeInForce.GTC));
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 100, 97, 98));
    broker.onBar("ORCL", bar(Instant.parse("2024-06-03T19:59:00Z"), 98, 98, 96, 97));
    assertEquals(OrderStatus.ACCEPTED, broker.order("day").orElseThrow().status());
    // Tuesday's first bar reaches 94: the DAY order has expired before it is matched; the GTC order fills.
    broker.onBar("ORCL", bar(TUE_OPEN, 96, 96, 94, 95));
    OrderState day = broker.order("day").orElseThrow();
    assertEquals(OrderStatus.EXPIRED, day.status());
    assertEquals(0, day.filledQuantity());
    assertTrue(day.reason().contains("2024-06-03"), day.reason());
    assertEquals(TUE_OPEN, day.updatedAt());
    assertEquals(OrderStatus.FILLED, broker.order("gtc").orElseThrow().status());
    assertEquals(95, broker.order("gtc").orElseThrow().averageFillPrice());
    assertEquals(List.of(OrderStatus.ACCEPTED, OrderStatus.EXPIRED), statuses(events, "day"));
  }

  @Test
  void aDayOrderSentAfterTheCloseWorksTheNextSession() {
    PaperBroker broker = broker();
    broker.onBar("ORCL", bar(Instant.parse("2024-06-03T20:00:00Z"), 100, 101, 99, 100));
    broker.submit(OrderRequest.limit("late", ORCL, Side.BUY, 10, 95, Instant.parse("2024-06-03T20:05:00Z")));
    broker.onBar("ORCL", bar(TUE_OPEN, 99, 100, 98, 99));
    broker.onBar("ORCL", bar(Instant.parse("2024-06-04T19:59:00Z"), 97, 97, 94.5, 95));
    assertEquals(OrderStatus.FILLED, broker.order("late").orElseThrow().status());
  }

  @Test
  void theZoneSettingDecidesWhereTheDayEnds() {
    // 2024-06-04 02:00 UTC is still Monday 22:00 in New York.
    Instant lateMonday = Instant.parse("2024-06-04T02:00:00Z");
    for (String zone : List.of("America/New_York", "UTC")) {
      PaperBroker broker = broker("zone", zone);
      broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
      broker.submit(OrderRequest.limit("day", ORCL, Side.BUY, 10, 95, MON_OPEN));
      broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100));
      broker.onBar("ORCL", bar(lateMonday, 99, 99, 94, 95));
      OrderStatus expected = zone.equals("UTC") ? OrderStatus.EXPIRED : OrderStatus.FILLED;
      assertEquals(expected, broker.order("day").orElseThrow().status(), zone);
    }
  }

  @Test
  void aPartlyFilledDayOrderExpiresKeepingItsFills() {
    PaperBroker broker = broker("participationCap", "0.1");
    List<ExecutionEvent> events = record(broker);
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.market("o", ORCL, Side.BUY, 100, MON_OPEN));
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100, 500));
    assertEquals(50, broker.order("o").orElseThrow().filledQuantity());
    broker.onBar("ORCL", bar(TUE_OPEN, 100, 101, 99, 100, 500));
    OrderState o = broker.order("o").orElseThrow();
    assertEquals(OrderStatus.EXPIRED, o.status());
    assertEquals(50, o.filledQuantity());
    assertEquals(50, broker.positions().get(0).quantity());
    assertEquals(List.of(OrderStatus.ACCEPTED, OrderStatus.PARTIALLY_FILLED, OrderStatus.EXPIRED),
        statuses(events, "o"));
  }

  @Test
  void iocFillsWhatItCanOnItsFirstBarAndCancelsTheRest() {
    PaperBroker broker = broker("participationCap", "0.1");
    List<ExecutionEvent> events = record(broker);
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.market("ioc", ORCL, Side.BUY, 100, MON_OPEN).withTimeInForce(TimeInForce.IOC));
    broker.submit(OrderRequest.limit("miss", ORCL, Side.BUY, 10, 90, MON_OPEN)
        .withTimeInForce(TimeInForce.IOC));
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100, 300));
    OrderState ioc = broker.order("ioc").orElseThrow();
    assertEquals(OrderStatus.CANCELED, ioc.status());
    assertEquals(30, ioc.filledQuantity());
    assertEquals(List.of(OrderStatus.ACCEPTED, OrderStatus.PARTIALLY_FILLED, OrderStatus.CANCELED),
        statuses(events, "ioc"));
    assertEquals(List.of(OrderStatus.ACCEPTED, OrderStatus.CANCELED), statuses(events, "miss"));
    assertEquals(List.of(), broker.openOrders());
  }

  @Test
  void fokFillsInFullOrNothing() {
    PaperBroker broker = broker("participationCap", "0.1");
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.market("big", ORCL, Side.BUY, 100, MON_OPEN).withTimeInForce(TimeInForce.FOK));
    broker.submit(OrderRequest.market("small", ORCL, Side.BUY, 20, MON_OPEN)
        .withTimeInForce(TimeInForce.FOK));
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100, 300));
    assertEquals(OrderStatus.CANCELED, broker.order("big").orElseThrow().status());
    assertEquals(0, broker.order("big").orElseThrow().filledQuantity());
    assertEquals(OrderStatus.FILLED, broker.order("small").orElseThrow().status());
    assertEquals(20, broker.positions().get(0).quantity());
  }

  @Test
  void withoutShortingSalesBeyondThePositionNetOfWorkingSalesAreRefused() {
    PaperBroker broker = broker("shorting", "false");
    List<ExecutionEvent> events = record(broker);
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.market("buy", ORCL, Side.BUY, 10, MON_OPEN));
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100));
    broker.submit(OrderRequest.limit("sell6", ORCL, Side.SELL, 6, 110, MON_OPEN));
    BrokerException e = assertThrows(BrokerException.class,
        () -> broker.submit(OrderRequest.limit("sell5", ORCL, Side.SELL, 5, 110, MON_OPEN)));
    assertEquals(BrokerException.Code.REJECTED, e.code());
    assertTrue(e.getMessage().contains("shorting"), e.getMessage());
    // The refusal is recorded and reported, and resubmitting the id returns it.
    assertEquals(List.of(OrderStatus.REJECTED), statuses(events, "sell5"));
    assertEquals(OrderStatus.REJECTED, broker.submit(OrderRequest.limit("sell5", ORCL, Side.SELL, 5, 110,
        MON_OPEN)).status());
    broker.cancel("sell6");
    assertEquals(OrderStatus.ACCEPTED,
        broker.submit(OrderRequest.limit("sell5b", ORCL, Side.SELL, 5, 110, MON_OPEN)).status());
  }

  @Test
  void buyingPowerIsCashLessWhatWorkingOrdersReserve() {
    PaperBroker broker = broker("initialCash", "10000");
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.limit("a", ORCL, Side.BUY, 60, 100, MON_OPEN));
    assertEquals(4_000, broker.account().buyingPower());
    BrokerException e = assertThrows(BrokerException.class,
        () -> broker.submit(OrderRequest.limit("b", ORCL, Side.BUY, 50, 100, MON_OPEN)));
    assertEquals(BrokerException.Code.REJECTED, e.code());
    assertTrue(e.getMessage().contains("buying power"), e.getMessage());
    broker.cancel("a");
    assertEquals(10_000, broker.account().buyingPower());
    // A market order is valued at the mark: 100 * 100 = 10,000, exactly the buying power.
    broker.submit(OrderRequest.market("c", ORCL, Side.BUY, 100, MON_OPEN));
    assertEquals(0, broker.account().buyingPower());
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100));
    assertEquals(0, broker.account().cash());
    assertEquals(0, broker.account().buyingPower());
    // Closing needs no buying power.
    assertEquals(OrderStatus.ACCEPTED, broker.submit(OrderRequest.market("d", ORCL, Side.SELL, 100,
        MON_OPEN)).status());
  }

  @Test
  void leverageRaisesBuyingPowerAndShortsHoldItBack() {
    PaperBroker levered = broker("initialCash", "10000", "leverage", "2");
    levered.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    levered.submit(OrderRequest.limit("a", ORCL, Side.BUY, 150, 100, MON_OPEN));
    assertEquals(5_000, levered.account().buyingPower());
    levered.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100));
    // Cash -5,000, equity 10,000, gross 15,000: 2 * 10,000 - 15,000 = 5,000.
    Account a = levered.account();
    assertEquals(-5_000, a.cash());
    assertEquals(10_000, a.equity());
    assertEquals(5_000, a.buyingPower());

    PaperBroker shorting = broker("initialCash", "10000");
    shorting.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    shorting.submit(OrderRequest.limit("s", ORCL, Side.SELL, 80, 100, MON_OPEN));
    assertEquals(2_000, shorting.account().buyingPower());
    assertThrows(BrokerException.class,
        () -> shorting.submit(OrderRequest.limit("t", ORCL, Side.SELL, 30, 100, MON_OPEN)));
    shorting.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100));
    // Short 80 at 100: cash 18,000, equity 10,000, gross 8,000.
    assertEquals(18_000, shorting.account().cash());
    assertEquals(2_000, shorting.account().buyingPower());
  }

  @Test
  void aMarketOrderNeedsAPriceToBeValued() {
    PaperBroker broker = broker();
    BrokerException e = assertThrows(BrokerException.class,
        () -> broker.submit(OrderRequest.market("m", ORCL, Side.BUY, 1, MON_OPEN)));
    assertTrue(e.getMessage().contains("no market price"), e.getMessage());
    assertEquals(OrderStatus.ACCEPTED,
        broker.submit(OrderRequest.limit("l", ORCL, Side.BUY, 1, 100, MON_OPEN)).status());
  }

  @Test
  void replaceResizesWhatIsLeftAndKeepsTheFills() {
    PaperBroker broker = broker("participationCap", "0.1");
    List<ExecutionEvent> events = record(broker);
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.limit("o", ORCL, Side.BUY, 100, 99, MON_OPEN));
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 100, 98, 99, 300));
    assertEquals(30, broker.order("o").orElseThrow().filledQuantity());
    assertThrows(BrokerException.class,
        () -> broker.replace(OrderRequest.limit("o", ORCL, Side.BUY, 30, 98.5, MON_OPEN)));
    OrderState replaced = broker.replace(OrderRequest.limit("o", ORCL, Side.BUY, 50, 98.5, MON_OPEN));
    assertEquals(OrderStatus.PARTIALLY_FILLED, replaced.status());
    assertEquals(20, replaced.remainingQuantity());
    ExecutionEvent last = events.get(events.size() - 1);
    assertEquals(OrderStatus.PARTIALLY_FILLED, last.previousStatus());
    assertEquals(replaced, last.order());
    // Low 98.6 misses the new limit 98.5; low 98 reaches it, and 20 of the cap of 30 complete the order.
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(120), 99, 99, 98.6, 98.8, 300));
    assertEquals(30, broker.order("o").orElseThrow().filledQuantity());
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(180), 98.8, 99, 98, 98.5, 300));
    OrderState done = broker.order("o").orElseThrow();
    assertEquals(OrderStatus.FILLED, done.status());
    assertEquals(50, done.filledQuantity());
    // 30 at 99 then 20 at 98.5 (the open 98.8 is above the limit): (2970 + 1970) / 50 = 98.8.
    assertEquals(98.8, done.averageFillPrice(), 1e-12);
    assertEquals(50, broker.positions().get(0).quantity());
  }

  @Test
  void aReplacementAfterAPartialFillPaysNoSecondCommissionMinimum() {
    PaperBroker broker = broker("participationCap", "0.1", "commissionPerShare", "0.005",
        "commissionMinimum", "1");
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.limit("o", ORCL, Side.BUY, 100, 99, MON_OPEN));
    // 30 (10 % of 300) at 99: 30 * 0.005 = 0.15, raised to the 1.00 minimum.
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 100, 98, 99, 300));
    assertEquals(1.0, broker.order("o").orElseThrow().fees(), 1e-12);
    broker.replace(OrderRequest.limit("o", ORCL, Side.BUY, 50, 98.5, MON_OPEN));
    // The other 20 at 98.5 pay 20 * 0.005 = 0.10 and no second minimum: 1.10 for the order.
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(120), 98.8, 99, 98, 98.5, 300));
    OrderState done = broker.order("o").orElseThrow();
    assertEquals(OrderStatus.FILLED, done.status());
    assertEquals(0.10, broker.fills().get(1).fees(), 1e-12);
    assertEquals(1.10, done.fees(), 1e-12);
    assertEquals(1.10, broker.snapshot().fees(), 1e-12);
    assertEquals(100_000 - 30 * 99 - 20 * 98.5 - 1.10, broker.account().cash(), 1e-9);
  }

  @Test
  void aTriggeredStopLimitCanBeReplacedAndStaysTriggered() {
    PaperBroker broker = broker();
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.stopLimit("s", ORCL, Side.BUY, 100, 102, 100.5, MON_OPEN));
    // High 103 triggers the stop at 102 inside the bar; 102 and the close 101 are above the limit 100.5.
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 103, 99, 101));
    assertEquals(OrderStatus.ACCEPTED, broker.order("s").orElseThrow().status());
    OrderState replaced = broker.replace(OrderRequest.stopLimit("s", ORCL, Side.BUY, 100, 110, 101.5,
        MON_OPEN));
    assertEquals(101.5, replaced.request().limitPrice());
    // The new stop 110 is never reached: the order fills because it is still triggered, at its new limit
    // 101.5 = min(open 101.8, 101.5) (the old limit 100.5 is below the low 101.2).
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(120), 101.8, 102, 101.2, 101.6));
    OrderState done = broker.order("s").orElseThrow();
    assertEquals(OrderStatus.FILLED, done.status());
    assertEquals(101.5, done.averageFillPrice());
  }

  @Test
  void aTriggeredStopCanBeResizedAndStaysAMarketOrder() {
    PaperBroker broker = broker("participationCap", "0.1");
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.stop("s", ORCL, Side.BUY, 100, 102, MON_OPEN));
    // Triggered at 102, 30 (10 % of 300) fill at max(open 100, 102).
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 103, 99, 102.5, 300));
    assertEquals(30, broker.order("s").orElseThrow().filledQuantity());
    broker.replace(OrderRequest.stop("s", ORCL, Side.BUY, 60, 104, MON_OPEN));
    // The new stop 104 is not reached; the triggered order takes its last 30 at the open 103.
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(120), 103, 103.5, 102, 103, 300));
    OrderState done = broker.order("s").orElseThrow();
    assertEquals(OrderStatus.FILLED, done.status());
    assertEquals(60, done.filledQuantity());
    assertEquals(102.5, done.averageFillPrice(), 1e-12);
  }

  @Test
  void aReplacedDayOrderKeepsItsDay() {
    PaperBroker broker = broker();
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.limit("day", ORCL, Side.BUY, 10, 95, MON_OPEN));
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 100, 97, 98));
    broker.replace(OrderRequest.limit("day", ORCL, Side.BUY, 20, 94.5, MON_OPEN));
    broker.onBar("ORCL", bar(TUE_OPEN, 96, 96, 94, 95));
    OrderState day = broker.order("day").orElseThrow();
    assertEquals(OrderStatus.EXPIRED, day.status());
    assertTrue(day.reason().contains("2024-06-03"), day.reason());
    assertEquals(20, day.request().quantity());
  }

  @Test
  void anAggregateCapSharesEachBarsVolumeInAcceptanceOrder() {
    PaperBroker broker = broker("participationCap", "0.1", "participationCapScope", "aggregate");
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.market("a", ORCL, Side.BUY, 100, MON_OPEN));
    broker.submit(OrderRequest.market("b", ORCL, Side.BUY, 100, MON_OPEN));
    broker.submit(OrderRequest.market("c", ORCL, Side.SELL, 10, MON_OPEN));
    // 10 % of 300 = 30, all to a, the first accepted.
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100, 300));
    assertEquals(30, broker.order("a").orElseThrow().filledQuantity());
    assertEquals(0, broker.order("b").orElseThrow().filledQuantity());
    assertEquals(0, broker.order("c").orElseThrow().filledQuantity());
    // 10 % of 1,000 = 100: a its last 70, b the other 30, the sale c nothing (buys and sells share it).
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(120), 100, 101, 99, 100, 1000));
    assertEquals(OrderStatus.FILLED, broker.order("a").orElseThrow().status());
    assertEquals(30, broker.order("b").orElseThrow().filledQuantity());
    assertEquals(0, broker.order("c").orElseThrow().filledQuantity());
    // 10 % of 800 = 80: b its last 70, c 10.
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(180), 100, 101, 99, 100, 800));
    assertEquals(OrderStatus.FILLED, broker.order("b").orElseThrow().status());
    assertEquals(OrderStatus.FILLED, broker.order("c").orElseThrow().status());
    Map<Instant, Double> perBar = broker.fills().stream()
        .collect(Collectors.groupingBy(Fill::time, Collectors.summingDouble(Fill::quantity)));
    assertEquals(Map.of(MON_OPEN.plusSeconds(60), 30.0, MON_OPEN.plusSeconds(120), 100.0,
        MON_OPEN.plusSeconds(180), 80.0), perBar);

    // The default, per order: each order takes its own 10 %.
    PaperBroker perOrder = broker("participationCap", "0.1");
    perOrder.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    perOrder.submit(OrderRequest.market("a", ORCL, Side.BUY, 100, MON_OPEN));
    perOrder.submit(OrderRequest.market("b", ORCL, Side.BUY, 100, MON_OPEN));
    perOrder.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100, 300));
    assertEquals(30, perOrder.order("a").orElseThrow().filledQuantity());
    assertEquals(30, perOrder.order("b").orElseThrow().filledQuantity());
  }

  @Test
  void anAggregateCapSharesEachSideOfAQuote() {
    PaperBroker broker = broker("participationCap", "0.1", "participationCapScope", "AGGREGATE");
    broker.onQuote("ORCL", Quote.of(MON_OPEN, 99.875, 100.125, 500, 500));
    broker.submit(OrderRequest.market("a", ORCL, Side.BUY, 40, MON_OPEN));
    broker.submit(OrderRequest.market("b", ORCL, Side.BUY, 40, MON_OPEN));
    broker.submit(OrderRequest.market("s", ORCL, Side.SELL, 40, MON_OPEN));
    // Ask size 500: the buys share 50 (a 40, b 10); bid size 300: the sale takes its own 30.
    broker.onQuote("ORCL", Quote.of(MON_OPEN.plusSeconds(1), 100, 100.25, 300, 500));
    assertEquals(40, broker.order("a").orElseThrow().filledQuantity());
    assertEquals(10, broker.order("b").orElseThrow().filledQuantity());
    assertEquals(30, broker.order("s").orElseThrow().filledQuantity());
  }

  @Test
  void quotesFillAtTheAskOrBidAndMarkAtTheMid() {
    PaperBroker broker = broker();
    broker.onQuote("ORCL", Quote.of(MON_OPEN, 99.875, 100.125, 500, 500));
    broker.submit(OrderRequest.market("b", ORCL, Side.BUY, 10, MON_OPEN));
    broker.onQuote("ORCL", Quote.of(MON_OPEN.plusSeconds(1), 100, 100.25, 500, 500));
    assertEquals(100.25, broker.order("b").orElseThrow().averageFillPrice());
    assertEquals(100.125, broker.lastPrice("ORCL").orElseThrow());
    // Cash 100,000 - 1,002.5; marked at the mid: equity 98,997.5 + 1,001.25.
    assertEquals(98_997.5, broker.account().cash());
    assertEquals(99_998.75, broker.account().equity());
  }

  @Test
  void marketDataMustMoveForwardAndBePositive() {
    PaperBroker broker = broker();
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    assertThrows(IllegalArgumentException.class,
        () -> broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100)));
    assertThrows(IllegalArgumentException.class,
        () -> broker.onQuote("ORCL", Quote.of(MON_OPEN.minusSeconds(1), 99, 100, 1, 1)));
    assertThrows(IllegalArgumentException.class,
        () -> broker.onBar("SPRD", bar(MON_OPEN, 1, 2, -1, 0.5)));
    // Another symbol keeps its own clock.
    broker.onBar("MSFT", bar(MON_OPEN, 400, 401, 399, 400));
    assertEquals(MON_OPEN, broker.now());
  }

  @Test
  void replayTradesBetweenBars() {
    BarSeries.Builder b = BarSeries.builder("orcl-1m");
    for (int i = 0; i < 5; i++) {
      b.add(MON_OPEN.plusSeconds(60L * i), 100 + i, 100.5 + i, 99.5 + i, 100 + i, 1_000);
    }
    PaperBroker broker = broker();
    int[] n = {0};
    broker.replay(b.build(), ORCL, bar -> broker.submit(OrderRequest.market("r-" + n[0]++, ORCL, Side.BUY, 1,
        bar.timestamp())));
    // Orders after bars 0..3 fill at the opens of bars 1..4; the last one still works.
    assertEquals(List.of(101.0, 102.0, 103.0, 104.0),
        broker.fills().stream().map(Fill::price).collect(Collectors.toList()));
    assertEquals(4, broker.positions().get(0).quantity());
    assertEquals(List.of("r-4"), broker.openOrders().stream().map(OrderState::clientOrderId)
        .collect(Collectors.toList()));
    assertEquals(104, broker.snapshot().markPrice("ORCL").orElseThrow());
  }

  @Test
  void aListenerMayCallTheBrokerAndEveryListenerStillSeesEventsInOrder() {
    PaperBroker broker = broker();
    List<ExecutionEvent> first = new ArrayList<>();
    List<ExecutionEvent> second = new ArrayList<>();
    broker.subscribe(e -> {
      first.add(e);
      if (e.clientOrderId().equals("a") && e.status() == OrderStatus.FILLED) {
        broker.submit(OrderRequest.market("b", ORCL, Side.SELL, 5, MON_OPEN));
      }
    });
    broker.subscribe(second::add);
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.submit(OrderRequest.market("a", ORCL, Side.BUY, 10, MON_OPEN));
    broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100));
    assertEquals(first, second);
    assertEquals(List.of("a ACCEPTED", "a FILLED", "b ACCEPTED"), first.stream()
        .map(e -> e.clientOrderId() + " " + e.status()).collect(Collectors.toList()));
    assertEquals(List.of(1L, 2L, 3L), first.stream().map(ExecutionEvent::sequence)
        .collect(Collectors.toList()));
    assertEquals(OrderStatus.ACCEPTED, broker.order("b").orElseThrow().status());
  }

  @Test
  void openOrdersComeInAcceptanceOrder() {
    PaperBroker broker = broker();
    broker.onBar("MSFT", bar(MON_OPEN, 400, 401, 399, 400));
    broker.submit(OrderRequest.limit("x", ORCL, Side.BUY, 1, 50, MON_OPEN));
    broker.submit(OrderRequest.limit("y", Instrument.stock("MSFT"), Side.BUY, 1, 300, MON_OPEN));
    broker.submit(OrderRequest.limit("z", ORCL, Side.BUY, 1, 51, MON_OPEN));
    assertEquals(List.of("x", "y", "z"), broker.openOrders().stream().map(OrderState::clientOrderId)
        .collect(Collectors.toList()));
  }

  @Test
  void aClosedBrokerRefusesCallsButItsBooksStayReadable() {
    PaperBroker broker = broker();
    broker.onBar("ORCL", bar(MON_OPEN, 100, 101, 99, 100));
    broker.close();
    broker.close();
    BrokerException e = assertThrows(BrokerException.class,
        () -> broker.onBar("ORCL", bar(MON_OPEN.plusSeconds(60), 100, 101, 99, 100)));
    assertEquals(BrokerException.Code.UNAVAILABLE, e.code());
    assertFalse(e.isRetryable());
    assertThrows(BrokerException.class, broker::account);
    assertThrows(BrokerException.class, () -> broker.subscribe(x -> { }));
    assertEquals(100_000, broker.snapshot().cash());
  }

  @Test
  void theProviderOpensPaperBrokersByName() {
    assertTrue(Brokers.names().contains("paper"));
    try (Broker b = Brokers.open("paper",
        BrokerConfig.of(Map.of("initialCash", "2500", "accountId", "acct-7")))) {
      assertTrue(b instanceof PaperBroker);
      assertEquals("paper", b.name());
      assertEquals("acct-7", b.account().accountId());
      assertEquals(2_500, b.account().cash());
    }
  }
}
