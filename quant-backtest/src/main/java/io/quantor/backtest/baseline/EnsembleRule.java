package io.quantor.backtest.baseline;

/**
 * How an ensemble turns its models' directions and confidences at one bar into a position, for
 * {@link WhatIf#ensemble} and {@link WhatIf#withoutModel} (the what-if "one alpha model left out").
 *
 * <p>The rule sees every model's values at the bar and a mask of the models that take part; a model
 * left out must not influence the result. The arrays are buffers reused from bar to bar: read them, do
 * not keep them. The rule must be a pure function of its arguments (deterministic, no state).
 *
 * <pre>{@code
 * EnsembleRule vote = EnsembleRule.confidenceWeightedVote();
 * EnsembleRule unanimous = (d, c, in) -> {                       // long only when all agree
 *   for (int i = 0; i < d.length; i++) { if (in[i] && d[i] <= 0) return 0; }
 *   return 1;
 * };
 * }</pre>
 */
@FunctionalInterface
public interface EnsembleRule {

  /**
   * The position at one bar.
   *
   * @param directions each model's direction or score at the bar (finite; typically in
   *     {@code [-1, 1]})
   * @param confidences each model's confidence at the bar, in {@code [0, 1]}
   * @param included whether each model takes part (at least one does)
   * @return the position, finite
   */
  double combine(double[] directions, double[] confidences, boolean[] included);

  /**
   * The confidence-weighted vote {@code sum_i c_i d_i / sum_i c_i} over the included models, 0 when
   * their confidences sum to 0: a position in {@code [-1, 1]} for directions in {@code [-1, 1]}, the
   * confidence-weighted mean view.
   *
   * @return the rule
   */
  static EnsembleRule confidenceWeightedVote() {
    return (directions, confidences, included) -> {
      double weighted = 0;
      double total = 0;
      for (int i = 0; i < directions.length; i++) {
        if (included[i]) {
          weighted += confidences[i] * directions[i];
          total += confidences[i];
        }
      }
      return total > 0 ? weighted / total : 0;
    };
  }

  /**
   * The majority vote: the sign of {@code sum_i signum(d_i)} over the included models, 0 on a tie;
   * confidences are ignored.
   *
   * @return the rule
   */
  static EnsembleRule majorityVote() {
    return (directions, confidences, included) -> {
      double votes = 0;
      for (int i = 0; i < directions.length; i++) {
        if (included[i]) {
          votes += Math.signum(directions[i]);
        }
      }
      return Math.signum(votes) + 0.0; // no -0.0 positions
    };
  }
}
