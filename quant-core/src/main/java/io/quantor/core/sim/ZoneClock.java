package io.quantor.core.sim;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Converts local date-times of one zone to epoch seconds exactly as {@link ZonedDateTime#of} does (a gap
 * moves forward, an overlap takes the earlier offset), without allocating except when a daylight-saving
 * transition is crossed: the current offset and the instants where it is valid are cached.
 */
final class ZoneClock {

  private static final long SECONDS_PER_DAY = 86_400;

  private final ZoneId zone;
  private final ZoneRules rules;
  private long offset;
  /** The offset before {@link #validFrom}'s transition. */
  private long previousOffset;
  /** First epoch second at which {@link #offset} applies. */
  private long validFrom = Long.MAX_VALUE;
  /** First epoch second at which it no longer applies. */
  private long validUntil = Long.MIN_VALUE;

  ZoneClock(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
    if (rules.isFixedOffset()) {
      offset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
      previousOffset = offset;
      validFrom = Long.MIN_VALUE;
      validUntil = Long.MAX_VALUE;
    }
  }

  /**
   * The instant of a local date-time.
   *
   * @param epochDay the local date as days since 1970-01-01
   * @param secondOfDay the local time of day in seconds
   * @return epoch seconds
   */
  long epochSecond(long epochDay, int secondOfDay) {
    long local = epochDay * SECONDS_PER_DAY + secondOfDay;
    long utc = local - offset;
    if (utc >= validFrom && utc < validUntil) {
      if (previousOffset > offset) {
        // Just after a backward shift: a local time in the overlap is also valid with the earlier offset,
        // which java.time prefers.
        long earlier = local - previousOffset;
        if (earlier < validFrom) {
          return earlier;
        }
      }
      return utc;
    }
    return resolve(local);
  }

  private long resolve(long local) {
    ZonedDateTime z = ZonedDateTime.of(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC), zone);
    long utc = z.toEpochSecond();
    offset = z.getOffset().getTotalSeconds();
    ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(utc));
    validUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    // previousTransition is strict, so ask just after utc to include a transition exactly at utc.
    ZoneOffsetTransition prev = rules.previousTransition(Instant.ofEpochSecond(utc + 1));
    validFrom = prev == null ? Long.MIN_VALUE : prev.toEpochSecond();
    previousOffset = prev == null ? offset : prev.getOffsetBefore().getTotalSeconds();
    return utc;
  }
}
