package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;
import java.util.List;

/**
 * A fuzzy rule: {@code IF antecedent THEN output IS term [, output IS term] WITH weight}.
 *
 * <pre>{@code
 * Rule r = Rule.of("tip1", Condition.is("service", "poor").or("food", "rancid"), "tip", "cheap");
 * Rule weighted = r.withWeight(0.5);
 * }</pre>
 *
 * <p>The firing strength is the antecedent's degree times the weight; it is what the
 * {@link FuzzyResult} reports per rule.
 *
 * @param label the rule's label, not blank (FCL {@code RULE 1 :} gives "1")
 * @param antecedent the IF part
 * @param consequents the THEN part, at least one (copied)
 * @param weight the weight in [0, 1]
 */
public record Rule(String label, Condition antecedent, List<Consequent> consequents, double weight) {

  /**
   * One consequent: {@code output IS term}.
   *
   * @param output the output variable's name, an identifier
   * @param term the term's name, an identifier
   */
  public record Consequent(String output, String term) {

    /**
     * Validates the names.
     *
     * @param output the output variable's name, an identifier
     * @param term the term's name, an identifier
     * @throws IllegalArgumentException if a name is not an identifier
     */
    public Consequent {
      Names.check(output, "output name");
      Names.check(term, "term name");
    }

    @Override
    public String toString() {
      return output + " IS " + term;
    }
  }

  /**
   * Validates the rule and copies the consequents.
   *
   * @param label the rule's label, not blank
   * @param antecedent the IF part, not null
   * @param consequents the THEN part, at least one
   * @param weight the weight in [0, 1]
   * @throws IllegalArgumentException if a value is null or out of range
   */
  public Rule {
    Args.notNull(label, "label");
    if (label.isBlank()) {
      throw new IllegalArgumentException("label must not be blank, was '" + label + "'");
    }
    Args.notNull(antecedent, "antecedent");
    Args.notNull(consequents, "consequents");
    consequents = List.copyOf(consequents);
    if (consequents.isEmpty()) {
      throw new IllegalArgumentException("rule " + label + " must have at least one consequent, had 0");
    }
    Args.inRange(weight, 0.0, 1.0, "weight");
  }

  /**
   * A rule with one consequent and weight 1.
   *
   * @param label the rule's label
   * @param antecedent the IF part
   * @param output the output variable's name
   * @param term the output term's name
   * @return the rule
   */
  public static Rule of(String label, Condition antecedent, String output, String term) {
    return new Rule(label, antecedent, List.of(new Consequent(output, term)), 1.0);
  }

  /**
   * This rule with another weight.
   *
   * @param newWeight the weight in [0, 1]
   * @return the new rule
   */
  public Rule withWeight(double newWeight) {
    return new Rule(label, antecedent, consequents, newWeight);
  }

  /**
   * The rule as FCL text, {@code IF service IS poor OR food IS rancid THEN tip IS cheap} (with
   * {@code WITH w} when the weight is not 1).
   *
   * @return the text
   */
  public String text() {
    StringBuilder sb = new StringBuilder("IF ").append(antecedent).append(" THEN ");
    for (int i = 0; i < consequents.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(consequents.get(i));
    }
    if (weight != 1.0) {
      sb.append(" WITH ").append(weight);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "RULE " + label + " : " + text();
  }
}
