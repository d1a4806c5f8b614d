package io.quantor.broker.resilience;

import java.util.ArrayList;
import java.util.List;

/**
 * A dead-letter journal in a list: for tests and for callers that forward dead letters elsewhere.
 * Thread-safe.
 *
 * <pre>{@code
 * InMemoryDeadLetterJournal letters = new InMemoryDeadLetterJournal();
 * letters.append(letter);
 * letters.entries();   // [letter]
 * }</pre>
 */
public final class InMemoryDeadLetterJournal implements DeadLetterJournal {

  private final List<DeadLetter> entries = new ArrayList<>();

  /** An empty journal. */
  public InMemoryDeadLetterJournal() {
  }

  @Override
  public synchronized void append(DeadLetter letter) {
    entries.add(Arguments.notNull(letter, "letter"));
  }

  /**
   * Nothing to flush: entries are in memory.
   */
  @Override
  public void flush() {
    // nothing is buffered
  }

  /**
   * The entries so far, in the order appended.
   *
   * @return an unmodifiable copy
   */
  public synchronized List<DeadLetter> entries() {
    return List.copyOf(entries);
  }
}
