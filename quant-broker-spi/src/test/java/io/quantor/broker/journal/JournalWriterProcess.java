package io.quantor.broker.journal;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The child process of {@link JournalCrashTest}: opens the journal with {@link FsyncPolicy#EVERY_RECORD},
 * appends records as fast as it can and prints each sequence number once {@code append} has returned
 * (flushing after each), until it is killed or, if told, halts itself right after a given number of
 * appends (before printing that one's sequence).
 *
 * <p>Arguments: the journal file, and the number of appends after which to halt ({@code -1}: never).
 */
public final class JournalWriterProcess {

  /** The exit status of a self-inflicted halt. */
  static final int HALT_STATUS = 77;

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");
  private static final OrderRequest ORDER = OrderRequest.market("o-1", Instrument.stock("ORCL"), Side.BUY,
      1e9, T0);

  private JournalWriterProcess() {
  }

  /**
   * The record the writer appends under a sequence number, so the parent can check each line's content.
   * Every 50th record is a large note (64 KiB), which makes a kill in the middle of a write more likely.
   *
   * @param sequence the sequence number
   * @return the record
   */
  static JournalRecord recordFor(long sequence) {
    switch ((int) (sequence % 4)) {
      case 0:
        return new FillRecorded("crash", sequence, Fill.of(ORDER, 1 + sequence % 97, 100 + sequence * 0.01,
            sequence / 3.0, T0.plusMillis(sequence)));
      case 1:
        return new Decision("crash", "ORCL", "o-" + sequence, "BUY " + sequence, List.of("R" + sequence % 7),
            (sequence % 100) / 100.0, T0.plusMillis(sequence), null);
      default:
        int size = sequence % 50 == 2 ? 65_536 : (int) (sequence % 200);
        return new Note("note " + sequence + " " + "x".repeat(size));
    }
  }

  /**
   * Runs the writer.
   *
   * @param args the journal file and the halt count
   */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    long haltAfter = Long.parseLong(args[1]);
    PrintStream out = System.out;
    Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD);
    out.println("open " + journal.lastSequence());
    out.flush();
    for (long count = 1; ; count++) {
      long sequence = journal.append(recordFor(journal.lastSequence() + 1));
      if (count == haltAfter) {
        Runtime.getRuntime().halt(HALT_STATUS);
      }
      out.println(sequence);
      out.flush();
    }
  }
}
