package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a portfolio optimization: a status, and the weights only when the status is
 * {@link OptimizationStatus#OPTIMAL}. Immutable.
 *
 * <p>A result that is not optimal never hands out a weight vector: {@link #weights()} throws, so a failed
 * optimization cannot be traded by mistake. An infeasible result names the conflicting constraints in
 * {@link #conflicts()}.
 *
 * <p>{@link #objective()} is the value of the optimizer's own objective at the weights (portfolio variance
 * for minimum variance, CVaR for minimum CVaR, and so on; each optimizer documents it).
 * {@link #riskContributions()} are the Euler contributions of each asset to the optimizer's risk measure
 * (volatility for covariance-based optimizers, CVaR for minimum CVaR); they add up to the portfolio's risk.
 */
public final class OptimizationResult {

  private final OptimizationStatus status;
  private final double[] weights;
  private final double objective;
  private final double[] riskContributions;
  private final List<ConstraintConflict> conflicts;
  private final String message;
  private final int iterations;

  private OptimizationResult(OptimizationStatus status, double[] weights, double objective,
      double[] riskContributions, List<ConstraintConflict> conflicts, String message, int iterations) {
    this.status = status;
    this.weights = weights;
    this.objective = objective;
    this.riskContributions = riskContributions;
    this.conflicts = conflicts;
    this.message = message;
    this.iterations = iterations;
  }

  /**
   * An optimal result.
   *
   * @param weights the optimal weights, finite (copied)
   * @param objective the objective value at the weights, finite
   * @param riskContributions the Euler risk contributions, one per asset, finite (copied)
   * @param iterations the solver's iteration count, {@code >= 0}
   * @param message a short description of how the solution was found, not null
   * @return the result
   * @throws IllegalArgumentException if a value is null, not finite, or the lengths differ
   */
  public static OptimizationResult optimal(double[] weights, double objective, double[] riskContributions,
      int iterations, String message) {
    Args.sameLength("weights, riskContributions", weights, riskContributions);
    for (int i = 0; i < weights.length; i++) {
      Args.finite(weights[i], "weights[" + i + "]");
      Args.finite(riskContributions[i], "riskContributions[" + i + "]");
    }
    Args.finite(objective, "objective");
    Args.atLeast(iterations, 0, "iterations");
    Args.notNull(message, "message");
    return new OptimizationResult(OptimizationStatus.OPTIMAL, weights.clone(), objective,
        riskContributions.clone(), List.of(), message, iterations);
  }

  /**
   * An infeasible result.
   *
   * @param conflicts the conflicting constraint sets, not empty
   * @return the result; its message lists the conflicts
   * @throws IllegalArgumentException if {@code conflicts} is null or empty
   */
  public static OptimizationResult infeasible(List<ConstraintConflict> conflicts) {
    Args.notNull(conflicts, "conflicts");
    if (conflicts.isEmpty()) {
      throw new IllegalArgumentException("conflicts must not be empty");
    }
    List<ConstraintConflict> copy = List.copyOf(conflicts);
    StringBuilder sb = new StringBuilder("infeasible: ");
    for (int i = 0; i < copy.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(copy.get(i));
    }
    return new OptimizationResult(OptimizationStatus.INFEASIBLE, null, Double.NaN, null, copy,
        sb.toString(), 0);
  }

  /**
   * An unbounded or not-converged result.
   *
   * @param status {@link OptimizationStatus#UNBOUNDED} or {@link OptimizationStatus#NOT_CONVERGED}
   * @param message why, not null
   * @param iterations the solver's iteration count, {@code >= 0}
   * @return the result
   * @throws IllegalArgumentException if the status is another one or an argument is null
   */
  public static OptimizationResult failed(OptimizationStatus status, String message, int iterations) {
    Args.notNull(status, "status");
    Args.notNull(message, "message");
    Args.atLeast(iterations, 0, "iterations");
    if (status != OptimizationStatus.UNBOUNDED && status != OptimizationStatus.NOT_CONVERGED) {
      throw new IllegalArgumentException("status must be UNBOUNDED or NOT_CONVERGED, was " + status);
    }
    return new OptimizationResult(status, null, Double.NaN, null, List.of(), message, iterations);
  }

  /**
   * How the optimization ended.
   *
   * @return the status
   */
  public OptimizationStatus status() {
    return status;
  }

  /**
   * Whether the status is {@link OptimizationStatus#OPTIMAL}.
   *
   * @return true if optimal
   */
  public boolean isOptimal() {
    return status == OptimizationStatus.OPTIMAL;
  }

  /**
   * The optimal weights, as fractions of capital (they add up to the budget).
   *
   * @return a copy of the weights
   * @throws IllegalStateException if the result is not optimal (the message says why)
   */
  public double[] weights() {
    requireOptimal();
    return weights.clone();
  }

  /**
   * One optimal weight.
   *
   * @param asset the asset index
   * @return the weight of the asset
   * @throws IllegalStateException if the result is not optimal
   * @throws IllegalArgumentException if the index is out of range
   */
  public double weight(int asset) {
    requireOptimal();
    return weights[Args.inRange(asset, 0, weights.length - 1, "asset")];
  }

  /**
   * The objective value at the optimal weights; NaN when not optimal.
   *
   * @return the objective value
   */
  public double objective() {
    return objective;
  }

  /**
   * The Euler risk contributions of the assets (they add up to the portfolio's risk measure).
   *
   * @return a copy of the contributions
   * @throws IllegalStateException if the result is not optimal
   */
  public double[] riskContributions() {
    requireOptimal();
    return riskContributions.clone();
  }

  /**
   * The conflicting constraint sets; empty unless the status is {@link OptimizationStatus#INFEASIBLE}.
   *
   * @return the conflicts (immutable)
   */
  public List<ConstraintConflict> conflicts() {
    return conflicts;
  }

  /**
   * How the result came about: the method used, or why it failed.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * The solver's iteration count (active-set changes, interior-point or Newton steps).
   *
   * @return the iteration count
   */
  public int iterations() {
    return iterations;
  }

  private void requireOptimal() {
    if (status != OptimizationStatus.OPTIMAL) {
      throw new IllegalStateException("no weights: status " + status + " (" + message + ")");
    }
  }

  @Override
  public String toString() {
    if (status != OptimizationStatus.OPTIMAL) {
      return "OptimizationResult[" + status + ": " + message + "]";
    }
    return String.format(Locale.ROOT, "OptimizationResult[OPTIMAL, objective=%.10g, weights=%s]", objective,
        Arrays.toString(weights));
  }
}
