package io.quantor.broker.journal;

import java.nio.file.Path;
import java.util.List;

/**
 * A journal file cannot be opened for appending because it is damaged beyond a torn last line (a corrupt
 * line in the middle, a gap or a repeat in the sequence numbers). Appending behind the damage would hide
 * it; repair or move the file, after reading what is valid with {@link Journal#read}.
 *
 * <pre>{@code
 * try {
 *   journal = Journal.open(path, FsyncPolicy.EVERY_RECORD);
 * } catch (JournalException e) {
 *   e.problems().forEach(p -> log.error("{}", p));
 * }
 * }</pre>
 */
public final class JournalException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems found; an unmodifiable list of records. */
  private final transient List<JournalProblem> problems;

  /**
   * An exception for a damaged file.
   *
   * @param file the file
   * @param problems what is wrong, not empty
   */
  public JournalException(Path file, List<JournalProblem> problems) {
    super("journal " + file + " is damaged: " + problems);
    this.problems = List.copyOf(problems);
  }

  /**
   * What is wrong with the file.
   *
   * @return the problems, in file order
   */
  public List<JournalProblem> problems() {
    return problems;
  }
}
