package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;

/**
 * The operators of a fuzzy system: how antecedents combine ({@code AND}, {@code OR}), how a rule's
 * firing strength shapes its consequent (implication, FCL {@code ACT}) and how the consequents of
 * several rules combine (aggregation, FCL {@code ACCU}).
 *
 * <p>With {@code s} a firing strength and {@code mu} a consequent term's degree:
 * <ul>
 *   <li>{@link And#MIN}: {@code min(a, b)}; {@link And#PRODUCT}: {@code a b};</li>
 *   <li>{@link Or#MAX}: {@code max(a, b)}; {@link Or#PROBABILISTIC_SUM}: {@code a + b - a b};</li>
 *   <li>{@link Implication#MIN}: {@code min(s, mu)} (clipping, Mamdani 1975);
 *       {@link Implication#PRODUCT}: {@code s mu} (scaling, Larsen 1980);</li>
 *   <li>{@link Aggregation#MAX}: {@code max} over rules; {@link Aggregation#BOUNDED_SUM}:
 *       {@code min(1, sum)} over rules.</li>
 * </ul>
 * {@code NOT a} is {@code 1 - a}. A rule's weight multiplies its firing strength (IEC 61131-7). Sugeno
 * outputs use {@code AND}, {@code OR} and the weights; implication and aggregation do not apply to them.
 *
 * @param and the AND operator
 * @param or the OR operator
 * @param implication the implication (activation) operator
 * @param aggregation the aggregation (accumulation) operator
 */
public record InferenceOptions(And and, Or or, Implication implication, Aggregation aggregation) {

  /** The AND operator (t-norm). */
  public enum And {
    /** Minimum. */
    MIN,
    /** Algebraic product. */
    PRODUCT
  }

  /** The OR operator (t-conorm). */
  public enum Or {
    /** Maximum. */
    MAX,
    /** Probabilistic sum {@code a + b - a b}. */
    PROBABILISTIC_SUM
  }

  /** The implication (activation) operator. */
  public enum Implication {
    /** Clip the consequent at the firing strength. */
    MIN,
    /** Scale the consequent by the firing strength. */
    PRODUCT
  }

  /** The aggregation (accumulation) operator. */
  public enum Aggregation {
    /** Maximum over rules. */
    MAX,
    /** Sum over rules, capped at 1. */
    BOUNDED_SUM
  }

  /**
   * Validates the options.
   *
   * @param and the AND operator, not null
   * @param or the OR operator, not null
   * @param implication the implication operator, not null
   * @param aggregation the aggregation operator, not null
   * @throws IllegalArgumentException if an operator is null
   */
  public InferenceOptions {
    Args.notNull(and, "and");
    Args.notNull(or, "or");
    Args.notNull(implication, "implication");
    Args.notNull(aggregation, "aggregation");
  }

  /**
   * The classic Mamdani operators: AND min, OR max, implication min, aggregation max.
   *
   * @return the options
   */
  public static InferenceOptions mamdani() {
    return new InferenceOptions(And.MIN, Or.MAX, Implication.MIN, Aggregation.MAX);
  }

  /**
   * Options with every operator given.
   *
   * @param and the AND operator
   * @param or the OR operator
   * @param implication the implication operator
   * @param aggregation the aggregation operator
   * @return the options
   */
  public static InferenceOptions of(And and, Or or, Implication implication, Aggregation aggregation) {
    return new InferenceOptions(and, or, implication, aggregation);
  }
}
