package io.quantor.broker.journal;

/**
 * Free text in the journal: a session marker, an operator's remark. Replay keeps notes in order and
 * otherwise ignores them.
 *
 * <pre>{@code
 * journal.append(new Note("session start, strategy v2.3"));
 * }</pre>
 *
 * @param text the text, not null
 */
public record Note(String text) implements JournalRecord {

  /**
   * Validates the note.
   *
   * @param text not null
   * @throws IllegalArgumentException if null
   */
  public Note {
    Check.notNull(text, "text");
  }

  /**
   * {@link JournalRecord.Kind#NOTE}.
   *
   * @return the kind
   */
  @Override
  public Kind kind() {
    return Kind.NOTE;
  }
}
