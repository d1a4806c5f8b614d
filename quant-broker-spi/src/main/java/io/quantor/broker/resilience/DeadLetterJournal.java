package io.quantor.broker.resilience;

import java.io.Flushable;
import java.io.IOException;

/**
 * Where orders that failed for good are kept: {@link JsonLinesDeadLetterJournal} (a file, one JSON object
 * a line) or {@link InMemoryDeadLetterJournal}. Implementations are thread-safe. Separate from the main
 * audit journal on purpose: it is small, append-only and read by people.
 *
 * <pre>{@code
 * DeadLetterJournal letters = new InMemoryDeadLetterJournal();
 * Broker broker = ResilientBroker.builder(delegate).deadLetters(letters).build();
 * }</pre>
 */
public interface DeadLetterJournal extends Flushable {

  /**
   * Keeps one entry.
   *
   * @param letter the entry, not null
   * @throws java.io.UncheckedIOException if the entry cannot be written
   */
  void append(DeadLetter letter);

  /**
   * Pushes buffered entries to their storage. Does nothing for storage without a buffer.
   *
   * @throws IOException if writing fails
   */
  @Override
  void flush() throws IOException;
}
