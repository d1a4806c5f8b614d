package io.quantor.core.series;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The UTC offset of a zone at increasing instants, looked up once per offset period instead of once per
 * bar: a forward scan over a series asks the zone rules only at DST transitions.
 */
final class ZoneCursor {

  private final ZoneRules rules;
  private long from = Long.MAX_VALUE;
  private long until = Long.MIN_VALUE;
  private long offsetMillis;

  ZoneCursor(ZoneRules rules) {
    this.rules = rules;
  }

  /** The zone's offset, in milliseconds, at an instant given in epoch milliseconds. */
  long offsetMillis(long epochMillis) {
    if (epochMillis < from || epochMillis >= until) {
      refresh(epochMillis);
    }
    return offsetMillis;
  }

  /**
   * The first instant (epoch milliseconds) after {@code epochMillis} at which the offset changes, or
   * {@code Long.MAX_VALUE}; valid after a call of {@link #offsetMillis(long)} for the same instant.
   */
  long nextTransitionMillis() {
    return until;
  }

  private void refresh(long epochMillis) {
    Instant at = Instant.ofEpochMilli(epochMillis);
    offsetMillis = rules.getOffset(at).getTotalSeconds() * 1000L;
    from = epochMillis;
    if (rules.isFixedOffset()) {
      from = Long.MIN_VALUE;
      until = Long.MAX_VALUE;
      return;
    }
    ZoneOffsetTransition next = rules.nextTransition(at);
    until = next == null ? Long.MAX_VALUE : next.toEpochSecond() * 1000L;
  }
}
