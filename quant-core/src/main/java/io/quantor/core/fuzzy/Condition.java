package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;

/**
 * A rule antecedent: {@code variable IS term} clauses joined by AND, OR and NOT.
 *
 * <pre>{@code
 * Condition c = Condition.is("service", "poor").or("food", "rancid");
 * Condition d = Condition.is("service", "excellent").and(Condition.isNot("food", "rancid"));
 * }</pre>
 *
 * <p>A condition names variables and terms; they are resolved when the {@link FuzzySystem} is built. Its
 * degree is computed with the system's {@link InferenceOptions} ({@code NOT a = 1 - a}).
 */
public sealed interface Condition {

  /**
   * The clause {@code variable IS term}.
   *
   * @param variable the input variable's name
   * @param term the term's name
   * @return the clause
   */
  static Condition is(String variable, String term) {
    return new Is(variable, term);
  }

  /**
   * The clause {@code variable IS NOT term}.
   *
   * @param variable the input variable's name
   * @param term the term's name
   * @return the negated clause
   */
  static Condition isNot(String variable, String term) {
    return new Not(new Is(variable, term));
  }

  /**
   * The negation {@code NOT condition}.
   *
   * @param condition the condition
   * @return the negation
   */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /**
   * {@code this AND other}.
   *
   * @param other the other condition
   * @return the conjunction
   */
  default Condition and(Condition other) {
    return new And(this, other);
  }

  /**
   * {@code this AND variable IS term}.
   *
   * @param variable the input variable's name
   * @param term the term's name
   * @return the conjunction
   */
  default Condition and(String variable, String term) {
    return new And(this, new Is(variable, term));
  }

  /**
   * {@code this OR other}.
   *
   * @param other the other condition
   * @return the disjunction
   */
  default Condition or(Condition other) {
    return new Or(this, other);
  }

  /**
   * {@code this OR variable IS term}.
   *
   * @param variable the input variable's name
   * @param term the term's name
   * @return the disjunction
   */
  default Condition or(String variable, String term) {
    return new Or(this, new Is(variable, term));
  }

  /**
   * The clause {@code variable IS term}.
   *
   * @param variable the input variable's name, an identifier
   * @param term the term's name, an identifier
   */
  record Is(String variable, String term) implements Condition {

    /**
     * Validates the names.
     *
     * @param variable the input variable's name, an identifier
     * @param term the term's name, an identifier
     * @throws IllegalArgumentException if a name is not an identifier
     */
    public Is {
      Names.check(variable, "variable name");
      Names.check(term, "term name");
    }

    @Override
    public String toString() {
      return variable + " IS " + term;
    }
  }

  /**
   * The conjunction of two conditions.
   *
   * @param left the left operand
   * @param right the right operand
   */
  record And(Condition left, Condition right) implements Condition {

    /**
     * Validates the operands.
     *
     * @param left the left operand, not null
     * @param right the right operand, not null
     * @throws IllegalArgumentException if an operand is null
     */
    public And {
      Args.notNull(left, "left");
      Args.notNull(right, "right");
    }

    @Override
    public String toString() {
      return operand(left, this) + " AND " + operand(right, this);
    }
  }

  /**
   * The disjunction of two conditions.
   *
   * @param left the left operand
   * @param right the right operand
   */
  record Or(Condition left, Condition right) implements Condition {

    /**
     * Validates the operands.
     *
     * @param left the left operand, not null
     * @param right the right operand, not null
     * @throws IllegalArgumentException if an operand is null
     */
    public Or {
      Args.notNull(left, "left");
      Args.notNull(right, "right");
    }

    @Override
    public String toString() {
      return operand(left, this) + " OR " + operand(right, this);
    }
  }

  /**
   * The negation of a condition.
   *
   * @param operand the negated condition
   */
  record Not(Condition operand) implements Condition {

    /**
     * Validates the operand.
     *
     * @param operand the negated condition, not null
     * @throws IllegalArgumentException if the operand is null
     */
    public Not {
      Args.notNull(operand, "operand");
    }

    @Override
    public String toString() {
      if (operand instanceof Is is) {
        return is.variable() + " IS NOT " + is.term();
      }
      return "NOT (" + operand + ")";
    }
  }

  private static String operand(Condition c, Condition parent) {
    // AND binds tighter than OR: parenthesize an OR inside an AND, and mixed children, so the text
    // parses back to the same tree.
    boolean bare = c instanceof Is || c instanceof Not || c.getClass() == parent.getClass();
    return bare ? c.toString() : "(" + c + ")";
  }
}
