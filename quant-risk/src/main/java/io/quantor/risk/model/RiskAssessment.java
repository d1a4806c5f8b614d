package io.quantor.risk.model;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a {@link UnifiedPortfolioRisk} found: the models it ran and every breach, in the models' order.
 *
 * @param models the names of the models run, in order
 * @param breaches every breach found, in the models' order
 */
public record RiskAssessment(List<String> models, List<RiskBreach> breaches) {

  /**
   * Validates and copies.
   *
   * @param models the model names, not null, no null element
   * @param breaches the breaches, not null, no null element
   * @throws IllegalArgumentException if an argument is null or holds null
   */
  public RiskAssessment {
    for (String m : Args.notNull(models, "models")) {
      Args.notNull(m, "models element");
    }
    for (RiskBreach b : Args.notNull(breaches, "breaches")) {
      Args.notNull(b, "breaches element");
    }
    models = List.copyOf(models);
    breaches = List.copyOf(breaches);
  }

  /**
   * Whether any model fired.
   *
   * @return true if there is at least one breach
   */
  public boolean breached() {
    return !breaches.isEmpty();
  }

  /**
   * Whether new risk must stop: some model asked to halt or liquidate.
   *
   * @return true on {@link RiskAction#HALT} or {@link RiskAction#LIQUIDATE}
   */
  public boolean haltsTrading() {
    for (RiskBreach b : breaches) {
      if (b.action() == RiskAction.HALT || b.action() == RiskAction.LIQUIDATE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names of the models that fired, each once, in order.
   *
   * @return the models that fired
   */
  public List<String> fired() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (RiskBreach b : breaches) {
      out.add(b.model());
    }
    return List.copyOf(out);
  }

  /**
   * The target quantity per symbol over all breaches; where several models target one symbol the target
   * nearest zero (the most conservative) wins.
   *
   * @return the merged targets, in order of first appearance
   */
  public Map<String, Double> targets() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (RiskBreach b : breaches) {
      for (Map.Entry<String, Double> e : b.targets().entrySet()) {
        out.merge(e.getKey(), e.getValue(), (x, y) -> Math.abs(y) < Math.abs(x) ? y : x);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * One line per breach: model, action and detail.
   *
   * @return a readable report, empty if nothing fired
   */
  public List<String> explain() {
    List<String> out = new ArrayList<>();
    for (RiskBreach b : breaches) {
      out.add(b.model() + ": " + b.action() + " - " + b.detail());
    }
    return List.copyOf(out);
  }
}
