package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A linguistic variable: a name, a universe of discourse {@code [min, max]} and its terms.
 *
 * <p>Used for the inputs of every system and for Mamdani outputs. An input value outside the universe is
 * clamped to the nearest bound before fuzzification (as scikit-fuzzy's {@code clip_to_bounds}); a
 * Mamdani output's defuzzified value always lies in the universe.
 *
 * <pre>{@code
 * LinguisticVariable service = LinguisticVariable.builder("service", 0, 10)
 *     .term("poor", MembershipFunction.triangular(0, 0, 5))
 *     .term("average", MembershipFunction.triangular(0, 5, 10))
 *     .term("good", MembershipFunction.triangular(5, 10, 10))
 *     .build();
 * }</pre>
 *
 * @param name the variable's name, an identifier
 * @param min the lower bound of the universe, finite
 * @param max the upper bound of the universe, finite and {@code > min}
 * @param terms the terms, at least one, with distinct names (copied)
 */
public record LinguisticVariable(String name, double min, double max, List<Term> terms) {

  /**
   * Validates the variable and copies the terms.
   *
   * @param name the variable's name, an identifier
   * @param min the lower bound of the universe, finite
   * @param max the upper bound of the universe, finite and {@code > min}
   * @param terms the terms, at least one, with distinct names
   * @throws IllegalArgumentException if a value is null or out of range, or term names repeat
   */
  public LinguisticVariable {
    Names.check(name, "variable name");
    Args.finite(min, "min");
    Args.finite(max, "max");
    if (!(max > min)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "max must be > min %s for variable %s, was %s", min, name, max));
    }
    Args.notNull(terms, "terms");
    terms = List.copyOf(terms);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("variable " + name + " must have at least one term, had 0");
    }
    Set<String> seen = new HashSet<>();
    for (Term t : terms) {
      if (!seen.add(t.name())) {
        throw new IllegalArgumentException("variable " + name + " has two terms named '" + t.name() + "'");
      }
    }
  }

  /**
   * A variable from its terms.
   *
   * @param name the variable's name
   * @param min the lower bound of the universe
   * @param max the upper bound of the universe
   * @param terms the terms
   * @return the variable
   */
  public static LinguisticVariable of(String name, double min, double max, Term... terms) {
    Args.notNull(terms, "terms");
    return new LinguisticVariable(name, min, max, List.of(terms));
  }

  /**
   * Starts a builder.
   *
   * @param name the variable's name
   * @param min the lower bound of the universe
   * @param max the upper bound of the universe
   * @return a new builder
   */
  public static Builder builder(String name, double min, double max) {
    return new Builder(name, min, max);
  }

  /**
   * The position of a term.
   *
   * @param termName the term's name
   * @return its index in {@link #terms()}, or -1 if there is no such term
   */
  public int termIndex(String termName) {
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).name().equals(termName)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The membership degrees of a crisp value in each term, in term order (allocates; for inspection).
   *
   * @param x the crisp value (clamped to the universe)
   * @return the degrees
   */
  public double[] fuzzify(double x) {
    double v = Math.max(min, Math.min(max, x));
    double[] out = new double[terms.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = terms.get(i).function().degree(v);
    }
    return out;
  }

  /** Builds a {@link LinguisticVariable}; not thread safe. */
  public static final class Builder {

    private final String name;
    private final double min;
    private final double max;
    private final List<Term> terms = new ArrayList<>();

    private Builder(String name, double min, double max) {
      this.name = name;
      this.min = min;
      this.max = max;
    }

    /**
     * Adds a term.
     *
     * @param termName the term's name
     * @param function its membership function
     * @return this builder
     */
    public Builder term(String termName, MembershipFunction function) {
      terms.add(new Term(termName, function));
      return this;
    }

    /**
     * Builds the variable.
     *
     * @return the validated variable
     * @throws IllegalArgumentException if the variable is invalid
     */
    public LinguisticVariable build() {
      return new LinguisticVariable(name, min, max, terms);
    }
  }
}
