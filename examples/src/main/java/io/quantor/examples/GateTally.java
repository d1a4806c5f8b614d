package io.quantor.examples;

import io.quantor.backtest.engine.DecisionRecord;
import io.quantor.backtest.engine.DecisionSink;
import io.quantor.risk.gate.ReasonCode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the risk gates' reason codes over many runs, to show how often the gates approved, scaled or
 * rejected an order. Thread-safe: the walk-forward's runs report from several threads at once. It only
 * observes; no run reads it.
 */
final class GateTally implements DecisionSink {

  private final Map<ReasonCode, LongAdder> counts = new EnumMap<>(ReasonCode.class);

  /** An empty tally. */
  GateTally() {
    for (ReasonCode r : ReasonCode.values()) {
      counts.put(r, new LongAdder());
    }
  }

  @Override
  public void decision(DecisionRecord decision) {
    for (String code : decision.reasonCodes()) {
      // The pipeline strategy adds SIGNAL_* and SIZING_* codes; the rest are the gates'.
      if (!code.startsWith("SIGNAL_") && !code.startsWith("SIZING_")) {
        counts.get(ReasonCode.valueOf(code)).increment();
      }
    }
  }

  /**
   * How often a code was given.
   *
   * @param code the reason code
   * @return the count so far
   */
  long count(ReasonCode code) {
    return counts.get(code).sum();
  }

  /**
   * The codes given at least once, with their counts.
   *
   * @return for example {@code "APPROVED 9,876, DRAWDOWN_HALT 12"}, or {@code "none"}
   */
  String summary() {
    StringJoiner j = new StringJoiner(", ");
    for (Map.Entry<ReasonCode, LongAdder> e : counts.entrySet()) {
      long n = e.getValue().sum();
      if (n > 0) {
        j.add(String.format(Locale.ROOT, "%s %,d", e.getKey(), n));
      }
    }
    return j.length() == 0 ? "none" : j.toString();
  }
}
