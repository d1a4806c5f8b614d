package io.quantor.core.fuzzy;

import java.util.Locale;

/**
 * A reusable holder of a system's input values, set by name or index, so that a loop can evaluate
 * without allocating: {@code evaluator.evaluate(inputs.set("service", 9.8).set("quality", 6.5))}.
 * Mutable and not thread safe; every input starts at 0.
 */
public final class FuzzyInputs {

  private final FuzzySystem system;
  private final double[] values;

  FuzzyInputs(FuzzySystem system) {
    this.system = system;
    this.values = new double[system.inputs().size()];
  }

  /**
   * The system these inputs are for.
   *
   * @return the system
   */
  public FuzzySystem system() {
    return system;
  }

  /**
   * Sets an input by name (a linear scan over the input names; no allocation).
   *
   * @param name the input's name
   * @param value the value
   * @return this holder
   * @throws IllegalArgumentException if there is no such input
   */
  public FuzzyInputs set(String name, double value) {
    int i = system.inputIndex(name);
    if (i < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "no input named '%s' in system %s",
          name, system.name()));
    }
    values[i] = value;
    return this;
  }

  /**
   * Sets an input by index.
   *
   * @param index the input's index in {@link FuzzySystem#inputs()}
   * @param value the value
   * @return this holder
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public FuzzyInputs set(int index, double value) {
    values[index] = value;
    return this;
  }

  /**
   * An input's current value.
   *
   * @param index the input's index
   * @return the value
   */
  public double get(int index) {
    return values[index];
  }

  /** The backing array, read by the evaluator without copying. */
  double[] values() {
    return values;
  }
}
