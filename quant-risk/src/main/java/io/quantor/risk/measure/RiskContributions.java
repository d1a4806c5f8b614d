package io.quantor.risk.measure;

import io.quantor.core.internal.Args;
import java.util.Arrays;

/**
 * The Euler decomposition of a portfolio risk measure {@code R(w)} that is positively homogeneous of
 * degree one in the weights: the marginal contribution of asset {@code i} is {@code dR/dw_i}, its
 * component contribution {@code w_i dR/dw_i}, and by Euler's theorem the components add up to the
 * total (Tasche, "Risk contributions and performance measurement", 1999). Arrays are copied in and out;
 * the indexed accessors read without copying.
 *
 * @param total the portfolio risk {@code R(w)}
 * @param marginal the marginal contributions {@code dR/dw_i}, one per asset
 * @param component the component contributions {@code w_i dR/dw_i}, one per asset
 */
public record RiskContributions(double total, double[] marginal, double[] component) {

  /**
   * Validates and copies the fields.
   *
   * @param total the total, finite
   * @param marginal the marginal contributions, finite, at least one
   * @param component the component contributions, finite, as many as {@code marginal}
   * @throws IllegalArgumentException if a value is not finite or the lengths differ
   */
  public RiskContributions {
    Args.finite(total, "total");
    Args.notNull(marginal, "marginal");
    if (marginal.length == 0) {
      throw new IllegalArgumentException("marginal must hold at least 1 value, was 0");
    }
    Args.sameLength("marginal, component", marginal, component);
    marginal = marginal.clone();
    component = component.clone();
    for (int i = 0; i < marginal.length; i++) {
      Args.finite(marginal[i], "marginal[" + i + "]");
      Args.finite(component[i], "component[" + i + "]");
    }
  }

  /**
   * The marginal contributions.
   *
   * @return a copy, one value per asset
   */
  @Override
  public double[] marginal() {
    return marginal.clone();
  }

  /**
   * The component contributions.
   *
   * @return a copy, one value per asset
   */
  @Override
  public double[] component() {
    return component.clone();
  }

  /**
   * The number of assets.
   *
   * @return the length of the contribution arrays
   */
  public int assets() {
    return marginal.length;
  }

  /**
   * The marginal contribution of one asset.
   *
   * @param asset the asset index
   * @return {@code dR/dw_asset}
   * @throws IndexOutOfBoundsException if {@code asset} is out of range
   */
  public double marginal(int asset) {
    return marginal[asset];
  }

  /**
   * The component contribution of one asset.
   *
   * @param asset the asset index
   * @return {@code w_asset dR/dw_asset}
   * @throws IndexOutOfBoundsException if {@code asset} is out of range
   */
  public double component(int asset) {
    return component[asset];
  }

  /**
   * The share of the total contributed by one asset, a fraction (0.41 for 41 %).
   *
   * @param asset the asset index
   * @return {@code component(asset) / total}; infinite or NaN when the total is zero
   * @throws IndexOutOfBoundsException if {@code asset} is out of range
   */
  public double percent(int asset) {
    return component[asset] / total;
  }

  /**
   * Component equality of the values.
   *
   * @param other the other object
   * @return true for contributions with equal totals and equal arrays
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RiskContributions c && Double.compare(total, c.total) == 0
        && Arrays.equals(marginal, c.marginal) && Arrays.equals(component, c.component);
  }

  /**
   * A hash of the values.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * (31 * Double.hashCode(total) + Arrays.hashCode(marginal)) + Arrays.hashCode(component);
  }

  /**
   * The values, for logs.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "RiskContributions[total=" + total + ", marginal=" + Arrays.toString(marginal) + ", component="
        + Arrays.toString(component) + "]";
  }
}
