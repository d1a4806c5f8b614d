package io.quantor.broker.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a journal file line by line and sorts each line into a valid entry or a problem; see
 * {@link Journal#read(Path)} for the rules.
 */
final class JournalScanner {

  private JournalScanner() {
  }

  /** What a scan found; {@code tornTailOffset} is where a torn last line starts, or -1. */
  static final class Scan {
    final List<JournalEntry> entries;
    final List<JournalProblem> problems;
    final long tornTailOffset;
    final long lastSequence;

    Scan(List<JournalEntry> entries, List<JournalProblem> problems, long tornTailOffset, long lastSequence) {
      this.entries = List.copyOf(entries);
      this.problems = List.copyOf(problems);
      this.tornTailOffset = tornTailOffset;
      this.lastSequence = lastSequence;
    }
  }

  static Scan scan(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return scan(in);
    }
  }

  /** Scans a stream from its start; does not close it. */
  static Scan scan(InputStream stream) throws IOException {
    List<JournalEntry> entries = new ArrayList<>();
    List<JournalProblem> problems = new ArrayList<>();
    long torn = -1;
    long lastSequence = 0;
    ChunkReader in = new ChunkReader(stream);
    byte[] buffer = new byte[512];
    long offset = 0;
    long lineNumber = 0;
    while (true) {
      int length = 0;
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        buffer[length++] = (byte) b;
      }
      if (b < 0 && length == 0) {
        break;
      }
      lineNumber++;
      long start = offset;
      offset += length + (b < 0 ? 0 : 1);
      if (b < 0) {
        // Written lines end with a newline in the same write: without it the line was never complete.
        problems.add(new JournalProblem(JournalProblem.Kind.TORN_TAIL, lineNumber, start,
            RecordCodec.claimedSequence(buffer, length),
            "no newline at end of file (" + length + " bytes); not acknowledged"));
        torn = start;
        break;
      }
      JournalEntry entry;
      try {
        entry = RecordCodec.decodeLine(buffer, length);
      } catch (RecordCodec.MalformedLineException e) {
        boolean last = in.atEnd();
        if (last) {
          problems.add(new JournalProblem(JournalProblem.Kind.TORN_TAIL, lineNumber, start, e.sequence,
              e.getMessage() + "; not acknowledged"));
          torn = start;
        } else {
          problems.add(new JournalProblem(JournalProblem.Kind.CORRUPT_LINE, lineNumber, start, e.sequence,
              e.getMessage() + "; reading stops here"));
        }
        break;
      }
      long sequence = entry.sequence();
      if (sequence <= lastSequence) {
        problems.add(new JournalProblem(JournalProblem.Kind.SEQUENCE_REPEAT, lineNumber, start, sequence,
            "sequence " + sequence + " follows " + lastSequence + "; line skipped"));
        continue;
      }
      if (sequence != lastSequence + 1) {
        problems.add(new JournalProblem(JournalProblem.Kind.SEQUENCE_GAP, lineNumber, start, sequence,
            "sequence " + sequence + " follows " + lastSequence + "; "
                + (sequence - lastSequence - 1) + " record(s) missing"));
      }
      entries.add(entry);
      lastSequence = sequence;
    }
    return new Scan(entries, problems, torn, lastSequence);
  }

  /**
   * Reads a stream in 64 KiB chunks, a byte at a time without locking (BufferedInputStream.read is
   * synchronized, and was a third of the reading time).
   */
  private static final class ChunkReader {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;

    ChunkReader(InputStream in) {
      this.in = in;
    }

    int read() throws IOException {
      if (position == limit && !fill()) {
        return -1;
      }
      return chunk[position++] & 0xff;
    }

    boolean atEnd() throws IOException {
      return position == limit && !fill();
    }

    private boolean fill() throws IOException {
      int n;
      do {
        n = in.read(chunk, 0, chunk.length);
      } while (n == 0);
      if (n < 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    }
  }
}
