package io.quantor.broker.journal;

import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.ExecutionListener;
import io.quantor.broker.OrderStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only audit journal in JSON Lines: every decision, order, status change and fill of a session,
 * one record per line, each with a sequence number, a time and a checksum, durable as the
 * {@link FsyncPolicy} says. Reading it back ({@link #read(Path)}) gives the records and rebuilds the order
 * states and the portfolio exactly ({@link JournalReplay}).
 *
 * <p><b>Line format</b> (one line per record, UTF-8, {@code \n}-terminated):
 * <pre>
 * {"seq":5,"time":"2024-06-03T14:00:01.250Z","kind":"FILL","payload":{"broker":"paper","brokerSeq":2,
 *  "fill":{"orderId":"o-1","instrument":{"symbol":"ORCL","assetClass":"STOCK","multiplier":1.0,
 *  "underlying":null},"side":"BUY","quantity":40.0,"price":41.19,"fees":0.4,
 *  "time":"2024-06-03T14:00:01Z"}},"crc":"4acf5cc1"}
 * </pre>
 * (shown wrapped; a real line has no line breaks). {@code seq} starts at 1 and rises by one per record,
 * continuing after a reopen; {@code time} is the journal clock's instant at append, ISO-8601; {@code crc}
 * is the CRC32C of the line's bytes before {@code ,"crc":}, in hex. Doubles round-trip bit for bit;
 * {@code NaN} prices are {@code null}.
 *
 * <p><b>Acknowledged</b> means {@link #append} returned its sequence number; what that survives depends on
 * the policy (see {@link FsyncPolicy}: with {@link FsyncPolicy#EVERY_RECORD} the line is on the device).
 * Each line is handed to the operating system in one positional write, so a killed process leaves at most
 * the unacknowledged line in progress torn.
 *
 * <p><b>Reading and damage.</b> {@link #read(Path)} accepts a line only if it ends with a newline, its
 * checksum matches and it parses into a record. A bad <em>last</em> line is a torn tail: reported as
 * {@link JournalProblem.Kind#TORN_TAIL} and skipped, never accepted. A bad line with lines after it is
 * corruption: reported as {@link JournalProblem.Kind#CORRUPT_LINE}, and reading stops there (what follows
 * cannot be trusted to be complete). Sequence gaps and repeats are reported; a repeated sequence is
 * skipped. {@link #open} truncates a torn tail (after logging it and listing it in
 * {@link #openingProblems()}) and refuses any other damage with a {@link JournalException}.
 *
 * <p><b>Threads.</b> Thread-safe: appends are serialised and sequence numbers follow file order. One
 * journal per file: the file is locked while open, against other processes and other {@code Journal}s.
 *
 * <pre>{@code
 * try (Journal journal = Journal.open(Path.of("session.jsonl"), FsyncPolicy.EVERY_RECORD)) {
 *   broker.subscribe(journal.asListener("paper"));              // every status change and fill
 *   journal.append(Decision.forOrder(order, "BUY 100", List.of("MOMENTUM_UP"), 0.7, now));
 *   long seq = journal.append(new OrderSubmitted("paper", order));   // durable when this returns
 *   broker.submit(order);
 * }
 * JournalReplay replay = Journal.read(Path.of("session.jsonl"));
 * Portfolio book = replay.portfolio(100_000);
 * }</pre>
 */
public final class Journal implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

  private final Path file;
  private final FsyncPolicy policy;
  private final Clock clock;
  private final FileChannel channel;
  private final FileLock fileLock;
  private final List<JournalProblem> openingProblems;
  private final ScheduledExecutorService flusher;
  private final ReentrantLock lock = new ReentrantLock();

  // Guarded by lock.
  private long position;
  private long lastSequence;
  private long durableSequence;
  private int unforced;
  private ScheduledFuture<?> pendingForce;
  private Throwable failure;
  private boolean closed;

  private Journal(Path file, FsyncPolicy policy, Clock clock, FileChannel channel, FileLock fileLock,
      List<JournalProblem> openingProblems, long position, long lastSequence) {
    this.file = file;
    this.policy = policy;
    this.clock = clock;
    this.channel = channel;
    this.fileLock = fileLock;
    this.openingProblems = List.copyOf(openingProblems);
    this.position = position;
    this.lastSequence = lastSequence;
    this.durableSequence = lastSequence;
    this.flusher = policy.mode() == FsyncPolicy.Mode.BATCH
        ? Executors.newSingleThreadScheduledExecutor(task -> {
          Thread t = new Thread(task, "quantor-journal-fsync " + file.getFileName());
          t.setDaemon(true);
          return t;
        })
        : null;
  }

  /**
   * Opens a journal for appending, creating the file if needed, with the system UTC clock.
   *
   * @param file the journal file
   * @param policy when to force to disk
   * @return the open journal
   * @throws JournalException if the file is damaged beyond a torn last line
   * @throws IllegalStateException if the file is already open for appending (in this or another process)
   * @throws UncheckedIOException if the file cannot be read, written or locked
   */
  public static Journal open(Path file, FsyncPolicy policy) {
    return open(file, policy, Clock.systemUTC());
  }

  /**
   * Opens a journal for appending, creating the file if needed. A torn last line (left by a crash) is
   * logged, listed in {@link #openingProblems()} and truncated; numbering continues after the last valid
   * record.
   *
   * @param file the journal file
   * @param policy when to force to disk
   * @param clock stamps each record's time
   * @return the open journal
   * @throws JournalException if the file is damaged beyond a torn last line
   * @throws IllegalStateException if the file is already open for appending (in this or another process)
   * @throws UncheckedIOException if the file cannot be read, written or locked
   */
  public static Journal open(Path file, FsyncPolicy policy, Clock clock) {
    Check.notNull(file, "file");
    Check.notNull(policy, "policy");
    Check.notNull(clock, "clock");
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock fileLock;
      try {
        fileLock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        fileLock = null;
      }
      if (fileLock == null) {
        throw new IllegalStateException("journal " + file + " is already open for appending");
      }
      // Read through the locked channel itself: where locks are mandatory, another handle could not.
      JournalScanner.Scan scan = JournalScanner.scan(Channels.newInputStream(channel.position(0)));
      List<JournalProblem> damage = new ArrayList<>();
      for (JournalProblem p : scan.problems) {
        if (p.kind() != JournalProblem.Kind.TORN_TAIL) {
          damage.add(p);
        }
      }
      if (!damage.isEmpty()) {
        throw new JournalException(file, scan.problems);
      }
      long end = channel.size();
      if (scan.tornTailOffset >= 0) {
        LOG.warn("journal {}: {}; truncating {} bytes", file, scan.problems.get(0),
            end - scan.tornTailOffset);
        channel.truncate(scan.tornTailOffset);
        channel.force(true);
        end = scan.tornTailOffset;
      }
      Journal journal = new Journal(file, policy, clock, channel, fileLock, scan.problems, end,
          scan.lastSequence);
      channel = null;
      return journal;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open journal " + file, e);
    } finally {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException e) {
          LOG.debug("closing journal {} after a failed open", file, e);
        }
      }
    }
  }

  /**
   * Reads a journal: the valid records, the problems, and the state they rebuild. Never throws for bad
   * content (that is reported as problems).
   *
   * @param file the journal file
   * @return the replay
   * @throws UncheckedIOException if the file cannot be read (missing, no permission)
   */
  public static JournalReplay read(Path file) {
    Check.notNull(file, "file");
    try {
      JournalScanner.Scan scan = JournalScanner.scan(file);
      return new JournalReplay(file, scan.entries, scan.problems, scan.lastSequence);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file, e);
    }
  }

  /**
   * Appends a record and returns its sequence number once the record is durable per the policy (see
   * {@link FsyncPolicy} for what that survives).
   *
   * @param record the record
   * @return the record's sequence number
   * @throws IllegalArgumentException if {@code record} is null
   * @throws IllegalStateException if the journal is closed, or failed on an earlier write
   * @throws UncheckedIOException if writing or forcing fails (the journal then refuses further appends:
   *     reopen it, which truncates a partly written line)
   */
  public long append(JournalRecord record) {
    Check.notNull(record, "record");
    lock.lock();
    try {
      ensureUsable();
      long sequence = lastSequence + 1;
      byte[] line = RecordCodec.encodeLine(sequence, clock.instant(), record);
      try {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        long at = position;
        while (buffer.hasRemaining()) {
          at += channel.write(buffer, at);
        }
        position = at;
        lastSequence = sequence;
        switch (policy.mode()) {
          case EVERY_RECORD:
            force();
            break;
          case BATCH:
            unforced++;
            if (unforced >= policy.batchSize()) {
              force();
            } else if (pendingForce == null) {
              pendingForce = flusher.schedule(this::scheduledForce, policy.maxDelay().toNanos(),
                  TimeUnit.NANOSECONDS);
            }
            break;
          default:
            unforced++;
            break;
        }
      } catch (IOException e) {
        failure = e;
        throw new UncheckedIOException("cannot append to journal " + file, e);
      }
      return sequence;
    } finally {
      lock.unlock();
    }
  }

  private void force() throws IOException {
    channel.force(false);
    unforced = 0;
    durableSequence = lastSequence;
  }

  private void scheduledForce() {
    lock.lock();
    try {
      pendingForce = null;
      if (!closed && failure == null && unforced > 0) {
        force();
      }
    } catch (IOException e) {
      failure = e;
      LOG.error("journal {}: forcing to disk failed; further appends are refused", file, e);
    } finally {
      lock.unlock();
    }
  }

  private void ensureUsable() {
    if (closed) {
      throw new IllegalStateException("journal " + file + " is closed");
    }
    if (failure != null) {
      throw new IllegalStateException("journal " + file + " failed earlier and refuses appends; reopen it",
          failure);
    }
  }

  /**
   * Forces every appended record to the device now, whatever the policy.
   *
   * @return the sequence number of the last record, now durable (0 if none)
   * @throws IllegalStateException if the journal is closed or failed earlier
   * @throws UncheckedIOException if forcing fails
   */
  public long sync() {
    lock.lock();
    try {
      ensureUsable();
      force();
      return durableSequence;
    } catch (IOException e) {
      failure = e;
      throw new UncheckedIOException("cannot force journal " + file, e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * A listener that journals a broker's execution events under the name {@code ""}; see
   * {@link #asListener(String)}.
   *
   * @return the listener
   */
  public ExecutionListener asListener() {
    return asListener("");
  }

  /**
   * A listener that journals every execution event of a broker: a {@link FillRecorded} for a fill, an
   * {@link OrderReplaced} for new terms, a {@link StatusChanged} otherwise (see
   * {@link JournalRecord#of}). When an order leaves NEW it first journals an {@link OrderSubmitted} with
   * the order's request, so that a journal kept only by this listener still rebuilds the orders (subscribe
   * before submitting). With an order manager journaling to the same file under the same broker name,
   * replay applies each event once.
   *
   * @param broker the broker's name, not null
   * @return the listener; it throws {@link UncheckedIOException} if an append fails
   */
  public ExecutionListener asListener(String broker) {
    Check.notNull(broker, "broker");
    return event -> record(broker, event);
  }

  private void record(String broker, ExecutionEvent event) {
    if (event.previousStatus() == OrderStatus.NEW) {
      append(new OrderSubmitted(broker, event.order().request()));
    }
    append(JournalRecord.of(broker, event));
  }

  /**
   * The file.
   *
   * @return the path
   */
  public Path file() {
    return file;
  }

  /**
   * The fsync policy.
   *
   * @return the policy
   */
  public FsyncPolicy policy() {
    return policy;
  }

  /**
   * The sequence number of the last record appended (or found on open).
   *
   * @return the sequence, 0 for an empty journal
   */
  public long lastSequence() {
    lock.lock();
    try {
      return lastSequence;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The sequence number of the last record known to be forced to the device (by the policy, {@link #sync}
   * or because it was on disk when the journal was opened).
   *
   * @return the sequence, 0 if none
   */
  public long durableSequence() {
    lock.lock();
    try {
      return durableSequence;
    } finally {
      lock.unlock();
    }
  }

  /**
   * What {@link #open} found wrong with the file: at most a torn tail, which it truncated.
   *
   * @return an unmodifiable list, empty if the file was clean
   */
  public List<JournalProblem> openingProblems() {
    return openingProblems;
  }

  /**
   * Forces what was appended, releases the file and stops the background flusher. Idempotent.
   *
   * @throws UncheckedIOException if the final force or the close fails
   */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      if (flusher != null) {
        flusher.shutdownNow();
      }
      try {
        if (failure == null) {
          force();
        }
      } finally {
        try {
          fileLock.release();
        } finally {
          channel.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close journal " + file, e);
    } finally {
      lock.unlock();
    }
  }
}
