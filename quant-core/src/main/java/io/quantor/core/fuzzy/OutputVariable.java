package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An output of a fuzzy system: a {@link Mamdani} output (a linguistic variable defuzzified over its
 * universe) or a {@link Sugeno} output (a weighted average of rule consequent functions).
 */
public sealed interface OutputVariable {

  /**
   * The output's name.
   *
   * @return the name
   */
  String name();

  /**
   * The position of a consequent term.
   *
   * @param termName the term's name
   * @return its index, or -1 if there is no such term
   */
  int termIndex(String termName);

  /**
   * A Mamdani output: the aggregated consequent sets over the variable's universe, defuzzified.
   *
   * @param variable the linguistic variable (name, universe, terms)
   * @param defuzzification how the aggregated set becomes a crisp value
   */
  record Mamdani(LinguisticVariable variable, Defuzzification defuzzification) implements OutputVariable {

    /**
     * Validates the output.
     *
     * @param variable the linguistic variable, not null
     * @param defuzzification the defuzzification settings, not null
     * @throws IllegalArgumentException if an argument is null
     */
    public Mamdani {
      Args.notNull(variable, "variable");
      Args.notNull(defuzzification, "defuzzification");
    }

    @Override
    public String name() {
      return variable.name();
    }

    @Override
    public int termIndex(String termName) {
      return variable.termIndex(termName);
    }
  }

  /**
   * A Sugeno output: {@code sum_r w_r z_r / sum_r w_r} over the rules that name it, with {@code w_r} the
   * firing strength and {@code z_r} the value of the rule's consequent term.
   *
   * @param name the output's name, an identifier
   * @param terms the consequent terms, at least one, distinct names (copied)
   * @param defaultValue the output when no rule fires: finite, or NaN for none
   */
  record Sugeno(String name, List<SugenoTerm> terms, double defaultValue) implements OutputVariable {

    /**
     * Validates the output and copies the terms.
     *
     * @param name the output's name, an identifier
     * @param terms the consequent terms, at least one, distinct names
     * @param defaultValue the output when no rule fires: finite, or NaN
     * @throws IllegalArgumentException if a value is null or invalid
     */
    public Sugeno {
      Names.check(name, "variable name");
      Args.notNull(terms, "terms");
      terms = List.copyOf(terms);
      if (terms.isEmpty()) {
        throw new IllegalArgumentException("output " + name + " must have at least one term, had 0");
      }
      Set<String> seen = new HashSet<>();
      for (SugenoTerm t : terms) {
        if (!seen.add(t.name())) {
          throw new IllegalArgumentException("output " + name + " has two terms named '" + t.name() + "'");
        }
      }
      if (Double.isInfinite(defaultValue)) {
        throw new IllegalArgumentException("defaultValue must be finite or NaN, was " + defaultValue);
      }
    }

    @Override
    public int termIndex(String termName) {
      for (int i = 0; i < terms.size(); i++) {
        if (terms.get(i).name().equals(termName)) {
          return i;
        }
      }
      return -1;
    }
  }
}
