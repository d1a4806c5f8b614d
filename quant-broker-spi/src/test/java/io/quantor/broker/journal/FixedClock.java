package io.quantor.broker.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it; moves are atomic and visible to every thread. Extended
 * by the resilience tests' fake time, which also records sleeps.
 */
public class FixedClock extends Clock {

  private volatile Instant now;

  /**
   * A clock at an instant.
   *
   * @param start the instant
   */
  public FixedClock(Instant start) {
    this.now = start;
  }

  /**
   * Moves the clock forward.
   *
   * @param step how far
   */
  public synchronized void advance(Duration step) {
    now = now.plus(step);
  }

  /**
   * Sets the clock.
   *
   * @param instant the new instant
   */
  public synchronized void set(Instant instant) {
    now = instant;
  }

  @Override
  public final ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /**
   * This clock seen in another zone: the same instant, which moves when this clock is advanced.
   *
   * @param zone the zone
   * @return a view of this clock in {@code zone}
   */
  @Override
  public final Clock withZone(ZoneId zone) {
    FixedClock source = this;
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

  @Override
  public final Instant instant() {
    return now;
  }
}
