package io.quantor.broker.resilience;

import io.quantor.broker.journal.FixedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A test clock that only moves when told to, and a sleeper that records every requested wait and
 * advances the clock by it instead of blocking. Thread-safe.
 */
final class FakeTime extends FixedClock {

  private final List<Duration> sleeps = new ArrayList<>();
  private boolean sleepAdvancesClock = true;

  FakeTime(Instant start) {
    super(start);
  }

  FakeTime() {
    this(Instant.parse("2024-06-03T14:00:00Z"));
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
          advance(d);
        }
      }
    };
  }
}
