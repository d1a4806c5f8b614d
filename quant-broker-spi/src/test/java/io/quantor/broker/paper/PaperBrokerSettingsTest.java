package io.quantor.broker.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.BrokerCapabilities;
import io.quantor.broker.BrokerConfig;
import io.quantor.broker.sim.LimitFillRule;
import io.quantor.broker.sim.ParticipationCapScope;
import io.quantor.core.series.SessionCalendar;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.TimeInForce;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing and validation of the paper broker's string settings. */
class PaperBrokerSettingsTest {

  private static PaperBrokerSettings parse(String key, String value) {
    return PaperBrokerSettings.of(BrokerConfig.of(Map.of(key, value)));
  }

  private static String failure(String key, String value) {
    return assertThrows(IllegalArgumentException.class, () -> parse(key, value)).getMessage();
  }

  @Test
  void defaults() {
    PaperBrokerSettings s = PaperBrokerSettings.defaults();
    assertEquals("paper", s.accountId());
    assertEquals(100_000, s.initialCash());
    assertEquals(1, s.leverage());
    assertEquals(SessionCalendar.of(ZoneId.of("America/New_York")), s.calendar());
    assertEquals(BrokerCapabilities.all(), s.capabilities());
    assertEquals(LimitFillRule.TOUCH, s.simulator().limitFillRule());
    assertEquals(1, s.simulator().participationCap());
    assertEquals(ParticipationCapScope.PER_ORDER, s.simulator().participationCapScope());
  }

  @Test
  void everyKeyIsRead() {
    BrokerConfig config = BrokerConfig.of(Map.of("accountId", "acct", "initialCash", "5e4", "leverage", "2",
        "zone", "Europe/Berlin", "sessionRollover", "22:00", "shorting", "FALSE",
        "fractionalQuantities", "false", "options", "false", "orderTypes", " market,LIMIT ",
        "timesInForce", "gtc")).with("participationCap", "0.25").with("limitFillRule", "Trade_Through")
        .with("participationCapScope", "Aggregate");
    PaperBrokerSettings s = PaperBrokerSettings.of(config);
    assertEquals("acct", s.accountId());
    assertEquals(50_000, s.initialCash());
    assertEquals(2, s.leverage());
    assertEquals(SessionCalendar.rollingAt(ZoneId.of("Europe/Berlin"), LocalTime.of(22, 0)), s.calendar());
    assertEquals(new BrokerCapabilities(EnumSet.of(OrderType.MARKET, OrderType.LIMIT),
        EnumSet.of(TimeInForce.GTC), false, false, false), s.capabilities());
    assertEquals(0.25, s.simulator().participationCap());
    assertEquals(LimitFillRule.TRADE_THROUGH, s.simulator().limitFillRule());
    assertEquals(ParticipationCapScope.AGGREGATE, s.simulator().participationCapScope());
  }

  @Test
  void anUnknownKeyIsAnErrorListingTheKnownOnes() {
    String message = failure("initalCash", "5");
    assertTrue(message.contains("initalCash") && message.contains("initialCash"), message);
  }

  @Test
  void invalidValuesAreErrorsNamingTheKey() {
    assertTrue(failure("initialCash", "0").contains("initialCash"));
    assertTrue(failure("initialCash", "lots").contains("initialCash"));
    assertTrue(failure("leverage", "-1").contains("leverage"));
    assertTrue(failure("zone", "Mars/Olympus").contains("zone"));
    assertTrue(failure("sessionRollover", "5pm").contains("sessionRollover"));
    assertTrue(failure("shorting", "yes").contains("shorting"));
    assertTrue(failure("orderTypes", "MARKET,ICEBERG").contains("orderTypes"));
    assertTrue(failure("orderTypes", " , ").contains("orderTypes"));
    assertTrue(failure("limitFillRule", "SOMETIMES").contains("limitFillRule"));
    assertTrue(failure("participationCap", "1.5").contains("participationCap"));
    assertTrue(failure("participationCapScope", "PER_SYMBOL").contains("participationCapScope"));
    assertTrue(failure("slippageBps", "-2").contains("bps"));
    assertTrue(failure("commissionPerShare", "-0.01").contains("rate"));
    assertTrue(failure("accountId", " ").contains("accountId"));
  }

  @Test
  void withersReplaceOneComponent() {
    PaperBrokerSettings s = PaperBrokerSettings.defaults();
    BrokerCapabilities none = new BrokerCapabilities(EnumSet.of(OrderType.MARKET),
        EnumSet.of(TimeInForce.DAY), false, false, false);
    assertFalse(s.withCapabilities(none).capabilities().shorting());
    assertEquals(s.initialCash(), s.withCapabilities(none).initialCash());
  }
}
