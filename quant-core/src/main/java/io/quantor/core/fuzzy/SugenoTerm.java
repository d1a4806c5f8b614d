package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;
import java.util.Arrays;

/**
 * A Takagi-Sugeno consequent: {@code z = constant + sum_i coefficients[i] x_i} over the system's inputs
 * in declaration order (Takagi and Sugeno, IEEE Trans. SMC 15(1), 1985). Zero order (a constant, FCL's
 * singleton {@code TERM full := 1;}) when there are no coefficients; first order otherwise.
 */
public final class SugenoTerm {

  private final String name;
  private final double constant;
  private final double[] coefficients;

  /**
   * Validates the term and copies the coefficients.
   *
   * @param name the term's name, an identifier
   * @param constant the constant, finite
   * @param coefficients the coefficients of the inputs in declaration order, finite; empty for zero order
   * @throws IllegalArgumentException if a value is null or not finite
   */
  public SugenoTerm(String name, double constant, double[] coefficients) {
    this.name = Names.check(name, "term name");
    this.constant = Args.finite(constant, "constant");
    Args.notNull(coefficients, "coefficients");
    for (int i = 0; i < coefficients.length; i++) {
      Args.finite(coefficients[i], "coefficients[" + i + "]");
    }
    this.coefficients = coefficients.clone();
  }

  /**
   * A zero-order term.
   *
   * @param name the term's name
   * @param value the constant output
   * @return the term
   */
  public static SugenoTerm constant(String name, double value) {
    return new SugenoTerm(name, value, new double[0]);
  }

  /**
   * A first-order term {@code constant + sum_i coefficients[i] x_i}.
   *
   * @param name the term's name
   * @param constant the constant
   * @param coefficients the coefficients of the inputs, in declaration order
   * @return the term
   */
  public static SugenoTerm linear(String name, double constant, double... coefficients) {
    return new SugenoTerm(name, constant, coefficients);
  }

  /**
   * The term's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The constant.
   *
   * @return the constant
   */
  public double constant() {
    return constant;
  }

  /**
   * The input coefficients.
   *
   * @return a copy of the coefficients (empty for zero order)
   */
  public double[] coefficients() {
    return coefficients.clone();
  }

  /**
   * The order: 0 for a constant, 1 for a linear function.
   *
   * @return the order
   */
  public int order() {
    return coefficients.length == 0 ? 0 : 1;
  }

  /**
   * The term's value at the given inputs.
   *
   * @param inputs the inputs in declaration order, at least as many as coefficients
   * @return {@code constant + sum_i coefficients[i] inputs[i]}
   */
  public double value(double[] inputs) {
    double z = constant;
    for (int i = 0; i < coefficients.length; i++) {
      z += coefficients[i] * inputs[i];
    }
    return z;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SugenoTerm t && name.equals(t.name)
        && Double.compare(constant, t.constant) == 0 && Arrays.equals(coefficients, t.coefficients);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + Double.hashCode(constant)) * 31 + Arrays.hashCode(coefficients);
  }

  @Override
  public String toString() {
    return name + " := " + constant + (coefficients.length == 0 ? "" : " + " + Arrays.toString(coefficients)
        + " . x");
  }
}
