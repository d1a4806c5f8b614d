package io.quantor.broker.journal;

/**
 * Something wrong that {@link Journal#read} found in a journal file. Only a {@link Kind#TORN_TAIL} is
 * expected (a crash while the last line was being written); every other kind means the file was damaged
 * or edited, and the state rebuilt from it cannot be trusted.
 *
 * <pre>{@code
 * JournalReplay replay = Journal.read(path);
 * replay.problems().forEach(p -> log.warn("{}", p));
 * }</pre>
 *
 * @param kind what is wrong
 * @param line the 1-based line number in the file
 * @param offset the byte offset of the line's start
 * @param sequence the sequence number the line claims, or {@code -1} if it could not be read
 * @param detail what exactly, for people
 */
public record JournalProblem(Kind kind, long line, long offset, long sequence, String detail) {

  /** What is wrong with a line. */
  public enum Kind {
    /**
     * The last line is incomplete: no newline, unparsable or a checksum mismatch. It was never
     * acknowledged; it is skipped, and {@link Journal#open} truncates it before appending.
     */
    TORN_TAIL,
    /**
     * A line before the last is unparsable or fails its checksum. Reading stops there: the records after
     * it are not returned, and {@link Journal#open} refuses the file.
     */
    CORRUPT_LINE,
    /** A sequence number is more than one above the previous one: records are missing. */
    SEQUENCE_GAP,
    /** A sequence number is not above the previous one: the line is skipped, never accepted twice. */
    SEQUENCE_REPEAT
  }

  /**
   * Validates the problem.
   *
   * @param kind not null
   * @param line {@code >= 1}
   * @param offset {@code >= 0}
   * @param sequence {@code >= -1}
   * @param detail not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public JournalProblem {
    Check.notNull(kind, "kind");
    if (line < 1 || offset < 0 || sequence < -1) {
      throw new IllegalArgumentException("line must be >= 1, offset >= 0 and sequence >= -1, were "
          + line + ", " + offset + ", " + sequence);
    }
    Check.notNull(detail, "detail");
  }

  /**
   * A one-line description.
   *
   * @return for example {@code "TORN_TAIL at line 812 (byte 190233): no newline at end of file"}
   */
  @Override
  public String toString() {
    return kind + " at line " + line + " (byte " + offset + ")"
        + (sequence >= 0 ? ", sequence " + sequence : "") + ": " + detail;
  }
}
