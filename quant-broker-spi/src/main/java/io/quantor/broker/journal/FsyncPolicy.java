package io.quantor.broker.journal;

import java.time.Duration;
import java.util.Locale;

/**
 * When the {@link Journal} forces its file to the storage device ({@link java.nio.channels.FileChannel#force
 * FileChannel.force(false)}, {@code fdatasync} on Linux), and so what it means that
 * {@link Journal#append} returned:
 *
 * <table>
 *   <caption>What an acknowledged record survives</caption>
 *   <tr><th>mode</th><th>{@code append} returns after</th><th>the record survives</th></tr>
 *   <tr><td>{@link Mode#EVERY_RECORD}</td><td>the line is written and forced</td>
 *       <td>a crash of the JVM, of the operating system and a power loss (as far as the device honours
 *       flushes)</td></tr>
 *   <tr><td>{@link Mode#BATCH}</td><td>the line is written to the operating system</td>
 *       <td>a crash of the JVM at once; an operating-system crash or power loss once forced, which
 *       happens after at most {@link #batchSize()} records or {@link #maxDelay()}, whichever comes
 *       first (a background thread forces an idle journal), or at {@link Journal#sync()} and
 *       {@link Journal#close()}</td></tr>
 *   <tr><td>{@link Mode#NONE}</td><td>the line is written to the operating system</td>
 *       <td>a crash of the JVM; the operating system writes it to disk when it decides (and at
 *       {@link Journal#sync()} and {@link Journal#close()})</td></tr>
 * </table>
 *
 * <p>In every mode a line is handed to the operating system in one write, so a process that dies never
 * leaves an acknowledged record torn; what a crash can leave is the unacknowledged last line, which
 * {@link Journal#read} reports and skips.
 *
 * <pre>{@code
 * Journal audit = Journal.open(path, FsyncPolicy.EVERY_RECORD);                        // safest
 * Journal fast = Journal.open(path, FsyncPolicy.batch(64, Duration.ofMillis(20)));     // group commit
 * }</pre>
 *
 * @param mode when to force
 * @param batchSize for {@link Mode#BATCH}, force after this many records ({@code >= 1}); 1 for the other
 *     modes
 * @param maxDelay for {@link Mode#BATCH}, force a written record at the latest after this long
 *     ({@code > 0}); zero for the other modes
 */
public record FsyncPolicy(Mode mode, int batchSize, Duration maxDelay) {

  /** Force after every record before {@code append} returns. */
  public static final FsyncPolicy EVERY_RECORD = new FsyncPolicy(Mode.EVERY_RECORD, 1, Duration.ZERO);

  /** Never force explicitly except on {@code sync} and {@code close}: the operating system decides. */
  public static final FsyncPolicy NONE = new FsyncPolicy(Mode.NONE, 1, Duration.ZERO);

  /** When the journal forces its file. */
  public enum Mode {
    /** After every record, before {@code append} returns. */
    EVERY_RECORD,
    /** After a number of records or a delay, whichever comes first. */
    BATCH,
    /** Only on {@code sync} and {@code close}. */
    NONE
  }

  /**
   * Validates the policy.
   *
   * @param mode not null
   * @param batchSize {@code >= 1} for BATCH, 1 otherwise
   * @param maxDelay positive for BATCH, zero otherwise
   * @throws IllegalArgumentException if an argument is invalid
   */
  public FsyncPolicy {
    Check.notNull(mode, "mode");
    Check.notNull(maxDelay, "maxDelay");
    if (mode == Mode.BATCH) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
      }
      if (maxDelay.isNegative() || maxDelay.isZero()) {
        throw new IllegalArgumentException("maxDelay must be > 0, was " + maxDelay);
      }
    } else if (batchSize != 1 || !maxDelay.isZero()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "batchSize and maxDelay apply to BATCH only, were %d and %s for %s", batchSize, maxDelay, mode));
    }
  }

  /**
   * Forces after {@code batchSize} records or {@code maxDelay}, whichever comes first.
   *
   * @param batchSize the number of records, {@code >= 1}
   * @param maxDelay the longest a written record waits to be forced, {@code > 0}
   * @return the policy
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static FsyncPolicy batch(int batchSize, Duration maxDelay) {
    return new FsyncPolicy(Mode.BATCH, batchSize, maxDelay);
  }
}
