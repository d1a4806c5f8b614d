package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one evaluation: each output's crisp value, whether it fell back to its default, and
 * each rule's firing strength, which explains the outputs (which rules fired, and how strongly).
 *
 * <p>A preallocated, mutable holder: an {@link FuzzyEvaluator} overwrites it on every evaluation without
 * allocating. Keep a snapshot with {@link #copy()}. Reading it allocates nothing except
 * {@link #firedRules()} and {@link #explain()}, which build explanation lists and text.
 */
public final class FuzzyResult {

  private final FuzzySystem system;
  private final double[] outputs;
  private final boolean[] defaulted;
  private final double[] strengths;

  FuzzyResult(FuzzySystem system) {
    this.system = system;
    this.outputs = new double[system.outputs().size()];
    this.defaulted = new boolean[outputs.length];
    this.strengths = new double[system.rules().size()];
    java.util.Arrays.fill(outputs, Double.NaN);
    java.util.Arrays.fill(defaulted, true);
  }

  /**
   * A fresh result for a system, to pass to {@link FuzzyEvaluator#evaluate(double[], FuzzyResult)};
   * every output NaN and defaulted until written.
   *
   * @param system the system
   * @return the result
   * @throws IllegalArgumentException if {@code system} is null
   */
  public static FuzzyResult of(FuzzySystem system) {
    return new FuzzyResult(Args.notNull(system, "system"));
  }

  void write(double[] newOutputs, boolean[] newDefaulted, double[] newStrengths) {
    System.arraycopy(newOutputs, 0, outputs, 0, outputs.length);
    System.arraycopy(newDefaulted, 0, defaulted, 0, defaulted.length);
    System.arraycopy(newStrengths, 0, strengths, 0, strengths.length);
  }

  /**
   * An independent copy of this result.
   *
   * @return the copy
   */
  public FuzzyResult copy() {
    FuzzyResult c = new FuzzyResult(system);
    c.write(outputs, defaulted, strengths);
    return c;
  }

  /**
   * The system that produced this result.
   *
   * @return the system
   */
  public FuzzySystem system() {
    return system;
  }

  /**
   * An output's crisp value: the defuzzified value (Mamdani, always in the output's universe), the
   * weighted average (Sugeno), or the default value when no rule for it fired.
   *
   * @param index the output's index in {@link FuzzySystem#outputs()}
   * @return the value
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public double output(int index) {
    return outputs[index];
  }

  /**
   * An output's crisp value by name; see {@link #output(int)}.
   *
   * @param name the output's name
   * @return the value
   * @throws IllegalArgumentException if there is no such output
   */
  public double output(String name) {
    int i = system.outputIndex(name);
    if (i < 0) {
      throw new IllegalArgumentException("no output named '" + name + "' in system " + system.name());
    }
    return outputs[i];
  }

  /**
   * Whether an output fell back to its default value because no rule for it fired (or its aggregated
   * set was empty on the grid). An expected outcome, not an error: the default is NaN unless set.
   *
   * @param index the output's index
   * @return true if the output is its default value
   */
  public boolean isDefault(int index) {
    return defaulted[index];
  }

  /**
   * The number of rules.
   *
   * @return the rule count
   */
  public int ruleCount() {
    return strengths.length;
  }

  /**
   * A rule's firing strength: its antecedent's degree times its weight, in [0, 1]; 0 if it did not fire.
   *
   * @param ruleIndex the rule's index in {@link FuzzySystem#rules()}
   * @return the firing strength
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public double firingStrength(int ruleIndex) {
    return strengths[ruleIndex];
  }

  /**
   * The number of rules that fired (strength {@code > 0}).
   *
   * @return the count
   */
  public int firedCount() {
    int n = 0;
    for (double s : strengths) {
      n += s > 0 ? 1 : 0;
    }
    return n;
  }

  /**
   * A rule that fired, with its strength.
   *
   * @param index the rule's index in {@link FuzzySystem#rules()}
   * @param rule the rule
   * @param strength its firing strength, {@code > 0}
   */
  public record FiredRule(int index, Rule rule, double strength) {

    /**
     * Validates the entry.
     *
     * @param index the rule's index, {@code >= 0}
     * @param rule the rule, not null
     * @param strength its firing strength in (0, 1]
     * @throws IllegalArgumentException if a value is out of range
     */
    public FiredRule {
      Args.atLeast(index, 0, "index");
      Args.notNull(rule, "rule");
      Args.inRange(strength, Double.MIN_VALUE, 1.0, "strength");
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "RULE %s fired %.4f: %s", rule.label(), strength, rule.text());
    }
  }

  /**
   * The rules that fired, strongest first (ties in rule order). Allocates: for explanation, not for hot
   * loops.
   *
   * @return the fired rules
   */
  public List<FiredRule> firedRules() {
    List<FiredRule> fired = new ArrayList<>();
    for (int r = 0; r < strengths.length; r++) {
      if (strengths[r] > 0) {
        fired.add(new FiredRule(r, system.rules().get(r), strengths[r]));
      }
    }
    fired.sort(Comparator.comparingDouble(FiredRule::strength).reversed()
        .thenComparingInt(FiredRule::index));
    return fired;
  }

  /**
   * A readable explanation: each output with its value, then each fired rule with its strength.
   *
   * @return the explanation, one item a line
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < outputs.length; j++) {
      sb.append(String.format(Locale.ROOT, "%s = %s%s%n", system.outputs().get(j).name(), outputs[j],
          defaulted[j] ? " (default: no rule fired)" : ""));
    }
    for (FiredRule f : firedRules()) {
      sb.append(f).append(System.lineSeparator());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("FuzzyResult[");
    for (int j = 0; j < outputs.length; j++) {
      sb.append(j == 0 ? "" : ", ").append(system.outputs().get(j).name()).append('=').append(outputs[j]);
    }
    return sb.append(", fired ").append(firedCount()).append('/').append(strengths.length).append(']')
        .toString();
  }
}
