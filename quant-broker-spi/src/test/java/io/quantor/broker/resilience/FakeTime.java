package io.quantor.broker.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A test clock that only moves when told to, and a sleeper that records every requested wait and
 * advances the clock by it instead of blocking. Thread-safe.
 */
final class FakeTime extends Clock {

  private Instant now;
  private final List<Duration> sleeps = new ArrayList<>();
  private boolean sleepAdvancesClock = true;

  FakeTime(Instant start) {
    this.now = start;
  }

  FakeTime() {
    this(Instant.parse("2024-06-03T14:00:00Z"));
  }

  synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  synchronized void set(Instant instant) {
    now = instant;
  }

  /** Whether sleeping advances the clock (true by default); false models waits that overlap. */
  synchronized void sleepAdvancesClock(boolean value) {
    sleepAdvancesClock = value;
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  Sleeper sleeper() {
    return d -> {
      synchronized (this) {
        sleeps.add(d);
        if (sleepAdvancesClock) {
          now = now.plus(d);
        }
      }
    };
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** The same fake time seen in another zone: it moves when this clock moves. */
  @Override
  public Clock withZone(ZoneId zone) {
    FakeTime source = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return source.withZone(other);
      }

      @Override
      public Instant instant() {
        return source.instant();
      }
    };
  }
}
