package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fuzzy inference system: input variables, Mamdani and/or Sugeno outputs, rules and operators.
 * Immutable and thread safe; validated when built (every name a rule uses must exist).
 *
 * <p>Build one with the fluent {@link #builder()} or parse FCL text with {@link FclParser#parse(String)}.
 * Evaluate with an {@link FuzzyEvaluator} from {@link #evaluator()}: it precomputes the output terms
 * over their grids once and then evaluates without allocating; keep one per thread.
 *
 * <pre>{@code
 * FuzzySystem tipper = FuzzySystem.builder()
 *     .input(quality).input(service)
 *     .output(tip, Defuzzification.centroid())
 *     .rule(Rule.of("1", Condition.is("quality", "poor").or("service", "poor"), "tip", "low"))
 *     .rule(Rule.of("2", Condition.is("service", "average"), "tip", "medium"))
 *     .rule(Rule.of("3", Condition.is("service", "good").or("quality", "good"), "tip", "high"))
 *     .build();
 * FuzzyEvaluator evaluator = tipper.evaluator();
 * double tipPercent = evaluator.evaluate(new double[] {6.5, 9.8}).output(0);
 * }</pre>
 *
 * @param name the system's name (FCL {@code FUNCTION_BLOCK} name), an identifier
 * @param inputs the input variables, at least one, in declaration order (copied)
 * @param outputs the outputs, at least one, in declaration order (copied)
 * @param rules the rules, at least one (copied)
 * @param options the operators
 */
public record FuzzySystem(String name, List<LinguisticVariable> inputs, List<OutputVariable> outputs,
    List<Rule> rules, InferenceOptions options) {

  /**
   * Validates the system: distinct variable names, every rule's variables and terms exist, every
   * Sugeno term has at most as many coefficients as there are inputs.
   *
   * @param name the system's name, an identifier
   * @param inputs the input variables, at least one
   * @param outputs the outputs, at least one
   * @param rules the rules, at least one
   * @param options the operators, not null
   * @throws IllegalArgumentException if the system is inconsistent, naming the offending rule or name
   */
  public FuzzySystem {
    Names.check(name, "system name");
    Args.notNull(inputs, "inputs");
    Args.notNull(outputs, "outputs");
    Args.notNull(rules, "rules");
    Args.notNull(options, "options");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    rules = List.copyOf(rules);
    if (inputs.isEmpty() || outputs.isEmpty() || rules.isEmpty()) {
      throw new IllegalArgumentException("system " + name + " needs at least one input, output and rule, had "
          + inputs.size() + ", " + outputs.size() + ", " + rules.size());
    }
    Set<String> names = new HashSet<>();
    for (LinguisticVariable v : inputs) {
      if (!names.add(v.name())) {
        throw new IllegalArgumentException("two variables named '" + v.name() + "'");
      }
    }
    for (OutputVariable o : outputs) {
      if (!names.add(o.name())) {
        throw new IllegalArgumentException("two variables named '" + o.name() + "'");
      }
      if (o instanceof OutputVariable.Sugeno s) {
        for (SugenoTerm t : s.terms()) {
          if (t.coefficients().length > inputs.size()) {
            throw new IllegalArgumentException("term " + t.name() + " of output " + s.name() + " has "
                + t.coefficients().length + " coefficients, more than the " + inputs.size() + " inputs");
          }
        }
      }
    }
    Set<String> labels = new HashSet<>();
    for (Rule r : rules) {
      if (!labels.add(r.label())) {
        throw new IllegalArgumentException("two rules labelled '" + r.label() + "'");
      }
      checkCondition(r, r.antecedent(), inputs);
      for (Rule.Consequent c : r.consequents()) {
        OutputVariable o = find(outputs, c.output());
        if (o == null) {
          throw new IllegalArgumentException("rule " + r.label() + ": no output variable '" + c.output()
              + "'");
        }
        if (o.termIndex(c.term()) < 0) {
          throw new IllegalArgumentException("rule " + r.label() + ": output " + c.output()
              + " has no term '" + c.term() + "'");
        }
      }
    }
  }

  private static void checkCondition(Rule r, Condition c, List<LinguisticVariable> inputs) {
    if (c instanceof Condition.Is is) {
      LinguisticVariable v = null;
      for (LinguisticVariable in : inputs) {
        if (in.name().equals(is.variable())) {
          v = in;
        }
      }
      if (v == null) {
        throw new IllegalArgumentException("rule " + r.label() + ": no input variable '" + is.variable()
            + "'");
      }
      if (v.termIndex(is.term()) < 0) {
        throw new IllegalArgumentException("rule " + r.label() + ": input " + is.variable()
            + " has no term '" + is.term() + "'");
      }
    } else if (c instanceof Condition.And and) {
      checkCondition(r, and.left(), inputs);
      checkCondition(r, and.right(), inputs);
    } else if (c instanceof Condition.Or or) {
      checkCondition(r, or.left(), inputs);
      checkCondition(r, or.right(), inputs);
    } else if (c instanceof Condition.Not not) {
      checkCondition(r, not.operand(), inputs);
    }
  }

  private static OutputVariable find(List<OutputVariable> outputs, String name) {
    for (OutputVariable o : outputs) {
      if (o.name().equals(name)) {
        return o;
      }
    }
    return null;
  }

  /**
   * Starts a builder (system name "fuzzy", classic Mamdani operators).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The position of an input variable.
   *
   * @param inputName the variable's name
   * @return its index in {@link #inputs()}, or -1
   */
  public int inputIndex(String inputName) {
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i).name().equals(inputName)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The position of an output.
   *
   * @param outputName the output's name
   * @return its index in {@link #outputs()}, or -1
   */
  public int outputIndex(String outputName) {
    for (int i = 0; i < outputs.size(); i++) {
      if (outputs.get(i).name().equals(outputName)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A new evaluator: precomputes the output terms over their grids and preallocates every buffer. Not
   * thread safe; create one per thread.
   *
   * @return the evaluator
   */
  public FuzzyEvaluator evaluator() {
    return new FuzzyEvaluator(this);
  }

  /**
   * A new reusable input holder for this system.
   *
   * @return the holder, every input 0
   */
  public FuzzyInputs newInputs() {
    return new FuzzyInputs(this);
  }

  /**
   * Evaluates once with a fresh evaluator (convenient, but allocates the evaluator's buffers each call;
   * use {@link #evaluator()} in loops).
   *
   * @param inputValues the inputs in declaration order
   * @return the result, owned by the caller
   * @throws IllegalArgumentException if the number of inputs is wrong or an input is not finite
   */
  public FuzzyResult evaluate(double... inputValues) {
    return evaluator().evaluate(inputValues);
  }

  /** Builds a {@link FuzzySystem}; not thread safe. */
  public static final class Builder {

    private String name = "fuzzy";
    private final List<LinguisticVariable> inputs = new ArrayList<>();
    private final List<OutputVariable> outputs = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private InferenceOptions options = InferenceOptions.mamdani();

    private Builder() {
    }

    /**
     * Sets the system's name.
     *
     * @param systemName an identifier
     * @return this builder
     */
    public Builder name(String systemName) {
      this.name = systemName;
      return this;
    }

    /**
     * Adds an input variable.
     *
     * @param variable the variable
     * @return this builder
     */
    public Builder input(LinguisticVariable variable) {
      inputs.add(variable);
      return this;
    }

    /**
     * Adds a Mamdani output.
     *
     * @param variable the output's linguistic variable
     * @param defuzzification how it is defuzzified
     * @return this builder
     */
    public Builder output(LinguisticVariable variable, Defuzzification defuzzification) {
      outputs.add(new OutputVariable.Mamdani(variable, defuzzification));
      return this;
    }

    /**
     * Adds a Sugeno output without a default value.
     *
     * @param outputName the output's name
     * @param terms its consequent terms
     * @return this builder
     */
    public Builder sugenoOutput(String outputName, SugenoTerm... terms) {
      Args.notNull(terms, "terms");
      outputs.add(new OutputVariable.Sugeno(outputName, List.of(terms), Double.NaN));
      return this;
    }

    /**
     * Adds an output.
     *
     * @param output the output
     * @return this builder
     */
    public Builder output(OutputVariable output) {
      outputs.add(Args.notNull(output, "output"));
      return this;
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(Rule rule) {
      rules.add(rule);
      return this;
    }

    /**
     * Adds a rule with one consequent, labelled by its position (1, 2, ...).
     *
     * @param antecedent the IF part
     * @param output the output's name
     * @param term the output term's name
     * @return this builder
     */
    public Builder rule(Condition antecedent, String output, String term) {
      rules.add(Rule.of(Integer.toString(rules.size() + 1), antecedent, output, term));
      return this;
    }

    /**
     * Sets the operators.
     *
     * @param inferenceOptions the operators
     * @return this builder
     */
    public Builder options(InferenceOptions inferenceOptions) {
      this.options = inferenceOptions;
      return this;
    }

    /**
     * Builds the system.
     *
     * @return the validated system
     * @throws IllegalArgumentException if the system is inconsistent
     */
    public FuzzySystem build() {
      return new FuzzySystem(name, inputs, outputs, rules, options);
    }
  }
}
