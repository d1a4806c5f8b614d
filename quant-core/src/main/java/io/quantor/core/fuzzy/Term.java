package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;

/**
 * A linguistic term of a variable: a name ("poor") and its membership function.
 *
 * @param name the term's name, a non-blank identifier (letters, digits, underscores, not starting with a
 *     digit) so that rules and FCL text can name it
 * @param function the membership function
 */
public record Term(String name, MembershipFunction function) {

  /**
   * Validates the term.
   *
   * @param name the term's name, an identifier
   * @param function the membership function, not null
   * @throws IllegalArgumentException if the name is not an identifier or the function is null
   */
  public Term {
    Names.check(name, "term name");
    Args.notNull(function, "function");
  }

  /**
   * A term.
   *
   * @param name the term's name
   * @param function the membership function
   * @return the term
   */
  public static Term of(String name, MembershipFunction function) {
    return new Term(name, function);
  }
}
