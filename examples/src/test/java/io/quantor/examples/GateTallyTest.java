package io.quantor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.backtest.engine.DecisionRecord;
import io.quantor.risk.gate.ReasonCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tally counts the gates' codes and leaves the strategy's own codes out. */
class GateTallyTest {

  private static DecisionRecord decision(String... codes) {
    return new DecisionRecord(Instant.EPOCH, "s", 0, "X", "o-1", "APPROVE BUY 1", List.of(codes), 0.5);
  }

  @Test
  void countsGateCodes() {
    GateTally tally = new GateTally();
    assertEquals("none", tally.summary());
    tally.decision(decision("SIGNAL_BUY", "SIZING_LOT_SIZE", "APPROVED"));
    tally.decision(decision("SIGNAL_SELL", "APPROVED"));
    tally.decision(decision("SIGNAL_BUY", "DRAWDOWN_HALT"));
    tally.decision(decision("SIGNAL_BUY", "POSITION_SCALED", "MAX_GROSS_EXPOSURE"));
    assertEquals(2, tally.count(ReasonCode.APPROVED));
    assertEquals(1, tally.count(ReasonCode.DRAWDOWN_HALT));
    assertEquals(0, tally.count(ReasonCode.KILL_SWITCH));
    assertEquals("APPROVED 2, POSITION_SCALED 1, MAX_GROSS_EXPOSURE 1, DRAWDOWN_HALT 1", tally.summary());
  }
}
