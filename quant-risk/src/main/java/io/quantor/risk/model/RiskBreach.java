package io.quantor.risk.model;

import io.quantor.core.internal.Args;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One finding of a portfolio risk model: which model fired, the action it asks for, the target
 * quantities that carry the action out, and a readable explanation with the figures behind it.
 *
 * <p>Targets are signed quantities per symbol. {@link RiskAction#HALT} has none (it blocks new risk and
 * leaves positions alone); {@link RiskAction#LIQUIDATE} and {@link RiskAction#CLOSE} target 0;
 * {@link RiskAction#REDUCE} targets a smaller quantity of the same sign.
 *
 * @param model the name of the model that fired, not blank
 * @param action the action asked for
 * @param targets the target signed quantity per symbol, in the portfolio's order
 * @param detail the explanation, not null
 */
public record RiskBreach(String model, RiskAction action, Map<String, Double> targets, String detail) {

  /**
   * Validates and copies.
   *
   * @param model the model name, not null or blank
   * @param action the action, not null
   * @param targets the targets, not null, finite; empty exactly for {@link RiskAction#HALT}; all 0 for
   *     {@link RiskAction#LIQUIDATE} and {@link RiskAction#CLOSE}
   * @param detail the explanation, not null
   * @throws IllegalArgumentException if an argument is invalid or the targets do not fit the action
   */
  public RiskBreach {
    if (Args.notNull(model, "model").isBlank()) {
      throw new IllegalArgumentException("model must not be blank");
    }
    Args.notNull(action, "action");
    Args.notNull(detail, "detail");
    Map<String, Double> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : Args.notNull(targets, "targets").entrySet()) {
      String name = "targets[" + e.getKey() + "]";
      double target = Args.finite(Args.notNull(e.getValue(), name), name);
      if ((action == RiskAction.LIQUIDATE || action == RiskAction.CLOSE) && target != 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be 0 for %s, was %s",
            name, action, target));
      }
      copy.put(Args.notNull(e.getKey(), "targets symbol"), target + 0.0);
    }
    if ((action == RiskAction.HALT) != copy.isEmpty()) {
      throw new IllegalArgumentException("targets must be empty exactly for HALT, was " + copy + " for "
          + action);
    }
    targets = Collections.unmodifiableMap(copy);
  }
}
