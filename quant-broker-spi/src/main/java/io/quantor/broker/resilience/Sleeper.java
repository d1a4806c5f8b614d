package io.quantor.broker.resilience;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a while: the one place the resilience decorators block. Injected together with a
 * {@link java.time.Clock}, so that tests replace both with a fake whose clock advances when it "sleeps"
 * and no test ever really waits.
 *
 * <pre>{@code
 * Sleeper real = Sleeper.system();
 * List<Duration> asked = new ArrayList<>();
 * Sleeper recording = asked::add;           // a test double: records, never blocks
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Blocks for the given duration (or returns at once for zero).
   *
   * @param duration how long, not negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * The real sleeper: {@link TimeUnit#sleep(long)} in nanoseconds.
   *
   * @return a sleeper that blocks the calling thread
   */
  static Sleeper system() {
    return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }
}
