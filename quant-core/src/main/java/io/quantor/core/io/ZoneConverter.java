package io.quantor.core.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Local date and time in a zone to epoch milliseconds, asking the zone rules once per day (and per row
 * only on days with a DST transition). Local times in a DST gap move forward by the gap's length; local
 * times in a DST overlap take the earlier offset ({@link ZonedDateTime#ofLocal} with no preference).
 */
final class ZoneConverter {

  static final long DAY_MILLIS = 86_400_000L;

  private final ZoneId zone;
  private final ZoneRules rules;
  private final boolean fixed;
  private final long fixedOffsetMillis;
  private long cachedDay = Long.MIN_VALUE;
  private long cachedOffsetMillis;
  private boolean cachedUniform;

  ZoneConverter(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.fixed = rules.isFixedOffset();
    this.fixedOffsetMillis = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() * 1000L : 0;
  }

  /** Epoch milliseconds of local {@code epochDay} at {@code millisOfDay} ({@code 0 <= millisOfDay < DAY}). */
  long toEpochMillis(long epochDay, long millisOfDay) {
    long local = epochDay * DAY_MILLIS + millisOfDay;
    if (fixed) {
      return local - fixedOffsetMillis;
    }
    if (epochDay != cachedDay) {
      prepare(epochDay);
    }
    if (cachedUniform) {
      return local - cachedOffsetMillis;
    }
    LocalDateTime ldt = LocalDateTime.of(LocalDate.ofEpochDay(epochDay),
        LocalTime.ofNanoOfDay(millisOfDay * 1_000_000L));
    return ZonedDateTime.ofLocal(ldt, zone, null).toInstant().toEpochMilli();
  }

  private void prepare(long epochDay) {
    cachedDay = epochDay;
    cachedUniform = false;
    List<ZoneOffset> valid = rules.getValidOffsets(LocalDate.ofEpochDay(epochDay).atStartOfDay());
    if (valid.size() != 1) {
      return;
    }
    cachedOffsetMillis = valid.get(0).getTotalSeconds() * 1000L;
    long start = epochDay * DAY_MILLIS - cachedOffsetMillis;
    ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochMilli(start));
    cachedUniform = next == null || next.toEpochSecond() * 1000L >= start + DAY_MILLIS;
  }
}
