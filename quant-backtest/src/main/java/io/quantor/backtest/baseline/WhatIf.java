package io.quantor.backtest.baseline;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What-if reruns that change one thing, with the metric deltas side by side: what a confidence
 * threshold, one alpha model, or a delay of the entries did to the result.
 *
 * <p>Two parts. {@link #compare} puts the metrics of a base run and of any number of variants in one
 * {@link WhatIfTable}, variants in the order of the map (use a {@link LinkedHashMap}). The variant
 * builders make position series that change one thing: {@link #delayEntries} (every position change
 * {@code k} bars later), {@link #threshold} (trade only from a confidence on), {@link #ensemble} and
 * {@link #withoutModel} (an ensemble with one model left out); {@link VariantReturns#of} or
 * {@link #compareExposures} turns positions into returns with the same costs.
 *
 * <pre>{@code
 * Map<String, double[]> variants = new LinkedHashMap<>();
 * variants.put("delay 1", WhatIf.delayEntries(exposure, 1));
 * variants.put("confidence >= 0.6", WhatIf.threshold(confidence, direction, 0.6));
 * variants.put("without RSI", WhatIf.withoutModel(directions, confidences,
 *     EnsembleRule.confidenceWeightedVote(), 0));
 * WhatIfTable table = WhatIf.compareExposures(asset, 5, "as run", exposure, variants);
 * System.out.println(table.render());
 * }</pre>
 */
public final class WhatIf {

  private WhatIf() {
  }

  /**
   * The metrics of a base run and its variants, with {@link MetricSettings#DEFAULT default settings}.
   *
   * @param baselineName the base run's name, not blank
   * @param baselineReturns the base run's simple returns, finite, each {@code >= -1}, not empty
   * @param variantReturns each variant's returns by name, in the order to show, the same length; names
   *     distinct from the base's; not empty
   * @return the table
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static WhatIfTable compare(String baselineName, double[] baselineReturns,
      Map<String, double[]> variantReturns) {
    return compare(baselineName, baselineReturns, variantReturns, MetricSettings.DEFAULT);
  }

  /**
   * The metrics of a base run and its variants, and each variant's delta (variant minus base).
   *
   * @param baselineName the base run's name, not blank
   * @param baselineReturns the base run's simple returns, finite, each {@code >= -1}, not empty
   * @param variantReturns each variant's returns by name, in the order to show, the same length; names
   *     distinct from the base's; not empty
   * @param settings the annualization and risk-free rate, not null
   * @return the table
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static WhatIfTable compare(String baselineName, double[] baselineReturns,
      Map<String, double[]> variantReturns, MetricSettings settings) {
    Inputs.name(baselineName, "baselineName");
    Inputs.compoundable(baselineReturns, "baselineReturns");
    Args.notNull(variantReturns, "variantReturns");
    Args.notNull(settings, "settings");
    MetricValues base = MetricValues.of(baselineReturns, settings);
    List<WhatIfVariant> rows = new ArrayList<>(variantReturns.size());
    for (Map.Entry<String, double[]> e : variantReturns.entrySet()) {
      String name = Inputs.name(e.getKey(), "variant name");
      String label = "variant \"" + name + "\"";
      Inputs.compoundable(Args.notNull(e.getValue(), label), label);
      Inputs.sameLength(baselineReturns, "baselineReturns", e.getValue(), label);
      MetricValues v = MetricValues.of(e.getValue(), settings);
      rows.add(new WhatIfVariant(name, v, v.minus(base)));
    }
    return new WhatIfTable(settings, baselineReturns.length, baselineName, base, rows);
  }

  /**
   * {@link #compare} on position series: each exposure is turned into returns by
   * {@link VariantReturns#of} on the same asset returns with the same cost, with
   * {@link MetricSettings#DEFAULT default settings}.
   *
   * @param assetReturns the asset's simple returns per bar, the ones the positions earn, finite, not
   *     empty
   * @param costBps the cost in basis points per unit of turnover, finite, {@code >= 0}
   * @param baselineName the base run's name, not blank
   * @param baselineExposure the base run's position per bar, finite, the same length
   * @param variantExposures each variant's positions by name, in the order to show, the same length
   * @return the table
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static WhatIfTable compareExposures(double[] assetReturns, double costBps, String baselineName,
      double[] baselineExposure, Map<String, double[]> variantExposures) {
    return compareExposures(assetReturns, costBps, baselineName, baselineExposure, variantExposures,
        MetricSettings.DEFAULT);
  }

  /**
   * {@link #compare} on position series: each exposure is turned into returns by
   * {@link VariantReturns#of} on the same asset returns with the same cost.
   *
   * @param assetReturns the asset's simple returns per bar, the ones the positions earn, finite, not
   *     empty
   * @param costBps the cost in basis points per unit of turnover, finite, {@code >= 0}
   * @param baselineName the base run's name, not blank
   * @param baselineExposure the base run's position per bar, finite, the same length
   * @param variantExposures each variant's positions by name, in the order to show, the same length
   * @param settings the annualization and risk-free rate, not null
   * @return the table
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static WhatIfTable compareExposures(double[] assetReturns, double costBps, String baselineName,
      double[] baselineExposure, Map<String, double[]> variantExposures, MetricSettings settings) {
    Args.notNull(variantExposures, "variantExposures");
    Map<String, double[]> returns = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : variantExposures.entrySet()) {
      String name = Inputs.name(e.getKey(), "variant name");
      Args.notNull(e.getValue(), "variant \"" + name + "\"");
      returns.put(name, VariantReturns.of(assetReturns, e.getValue(), costBps));
    }
    return compare(baselineName, VariantReturns.of(assetReturns, baselineExposure, costBps), returns,
        settings);
  }

  /**
   * The positions with every change happening {@code k} bars later: {@code out[t] = exposure[t - k]}
   * for {@code t >= k} and 0 (flat, as before the sample) for {@code t < k}. Entries, exits and
   * resizings are all delayed, so each trade keeps its length and the last {@code k} positions fall
   * off the end. {@code k = 0} returns a copy.
   *
   * @param exposure the position per bar, finite, not empty
   * @param k the delay in bars, {@code >= 0}
   * @return a new array of the same length
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] delayEntries(double[] exposure, int k) {
    Inputs.finiteSeries(exposure, "exposure");
    Args.atLeast(k, 0, "k");
    double[] out = new double[exposure.length];
    if (k < exposure.length) {
      System.arraycopy(exposure, 0, out, k, exposure.length - k);
    }
    return out;
  }

  /**
   * The positions of a signal traded only from a confidence on: {@code direction[t]} where
   * {@code confidence[t] >= threshold}, 0 otherwise. Warm-up bars must be given confidence 0 (NaN is
   * rejected).
   *
   * @param signalConfidence the signal's confidence per bar, in {@code [0, 1]}, not empty
   * @param signalDirection the signal's direction or size per bar (such as -1, 0, 1, or the score),
   *     finite, the same length
   * @param threshold the smallest confidence traded, in {@code [0, 1]}
   * @return a new array of positions of the same length
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] threshold(double[] signalConfidence, double[] signalDirection,
      double threshold) {
    Inputs.seriesInRange(signalConfidence, 0, 1, "signalConfidence");
    Inputs.finiteSeries(signalDirection, "signalDirection");
    Inputs.sameLength(signalConfidence, "signalConfidence", signalDirection, "signalDirection");
    Inputs.inUnit(threshold, "threshold");
    double[] out = new double[signalConfidence.length];
    for (int t = 0; t < out.length; t++) {
      out[t] = signalConfidence[t] >= threshold ? signalDirection[t] + 0.0 : 0;
    }
    return out;
  }

  /**
   * The positions of an ensemble of models, bar by bar: {@code rule.combine} of every model's direction
   * and confidence.
   *
   * @param directions {@code directions[model][bar]}, finite; at least one model, all of one length
   * @param confidences {@code confidences[model][bar]}, in {@code [0, 1]}, the same shape
   * @param rule the combination rule, not null
   * @return a new array of positions, one per bar
   * @throws IllegalArgumentException if an argument is invalid, or the rule returns a non-finite
   *     position
   */
  public static double[] ensemble(double[][] directions, double[][] confidences, EnsembleRule rule) {
    int models = checkEnsemble(directions, confidences, rule);
    boolean[] included = new boolean[models];
    Arrays.fill(included, true);
    return combine(directions, confidences, rule, included);
  }

  /**
   * The positions of the ensemble with one model left out: {@link #ensemble} with model
   * {@code model} excluded from the rule's mask.
   *
   * @param directions {@code directions[model][bar]}, finite; at least two models, all of one length
   * @param confidences {@code confidences[model][bar]}, in {@code [0, 1]}, the same shape
   * @param rule the combination rule, not null
   * @param model the model to leave out, in {@code [0, models)}
   * @return a new array of positions, one per bar
   * @throws IllegalArgumentException if an argument is invalid, or the rule returns a non-finite
   *     position
   */
  public static double[] withoutModel(double[][] directions, double[][] confidences, EnsembleRule rule,
      int model) {
    int models = checkEnsemble(directions, confidences, rule);
    if (models < 2) {
      throw new IllegalArgumentException("leaving a model out needs at least 2 models, had " + models);
    }
    if (model < 0 || model >= models) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "model must be in [0, %d), was %d",
          models, model));
    }
    boolean[] included = new boolean[models];
    Arrays.fill(included, true);
    included[model] = false;
    return combine(directions, confidences, rule, included);
  }

  private static int checkEnsemble(double[][] directions, double[][] confidences, EnsembleRule rule) {
    Args.notNull(directions, "directions");
    Args.notNull(confidences, "confidences");
    Args.notNull(rule, "rule");
    if (directions.length == 0) {
      throw new IllegalArgumentException("directions must hold at least one model");
    }
    if (confidences.length != directions.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "confidences must have one row per model (%d), had %d", directions.length, confidences.length));
    }
    for (int i = 0; i < directions.length; i++) {
      Inputs.finiteSeries(directions[i], "directions[" + i + "]");
      Inputs.seriesInRange(confidences[i], 0, 1, "confidences[" + i + "]");
      Inputs.sameLength(directions[0], "directions[0]", directions[i], "directions[" + i + "]");
      Inputs.sameLength(directions[0], "directions[0]", confidences[i], "confidences[" + i + "]");
    }
    return directions.length;
  }

  private static double[] combine(double[][] directions, double[][] confidences, EnsembleRule rule,
      boolean[] included) {
    int models = directions.length;
    int bars = directions[0].length;
    double[] d = new double[models];
    double[] c = new double[models];
    double[] out = new double[bars];
    for (int t = 0; t < bars; t++) {
      for (int i = 0; i < models; i++) {
        d[i] = directions[i][t];
        c[i] = confidences[i][t];
      }
      double position = rule.combine(d, c, included);
      if (!Double.isFinite(position)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "rule must return a finite position, returned %s at bar %d", position, t));
      }
      out[t] = position + 0.0;
    }
    return out;
  }
}
