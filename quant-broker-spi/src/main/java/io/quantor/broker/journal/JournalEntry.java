package io.quantor.broker.journal;

import java.time.Instant;

/**
 * One valid line of a journal: the record with the sequence number and time the journal gave it.
 *
 * <pre>{@code
 * for (JournalEntry e : Journal.read(path).entries()) {
 *   System.out.println(e.sequence() + " " + e.time() + " " + e.record().kind());
 * }
 * }</pre>
 *
 * @param sequence the journal's sequence number, {@code >= 1}, strictly increasing through the file
 * @param time when the journal appended the record
 * @param record the record
 */
public record JournalEntry(long sequence, Instant time, JournalRecord record) {

  /**
   * Validates the entry.
   *
   * @param sequence {@code >= 1}
   * @param time not null
   * @param record not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public JournalEntry {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be >= 1, was " + sequence);
    }
    Check.notNull(time, "time");
    Check.notNull(record, "record");
  }
}
