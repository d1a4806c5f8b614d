package io.quantor.risk.stress;

import io.quantor.core.internal.Args;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A stress scenario as a set of instantaneous shocks to the market: spot moves (one for every underlying,
 * overridden per underlying), every implied volatility multiplied by a factor, and the risk-free rate
 * shifted. Dividend yields, betas and times to expiry stay as they are (the shock happens now).
 *
 * <p><b>Spot shocks</b> are simple returns as fractions: {@code -0.10} takes a spot of 100 to 90. An
 * underlying without its own shock in {@link #spotShocks()} moves by {@link #spotShock()}.
 *
 * <p><b>Correlations to one.</b> {@link #correlated} builds the multi-asset move in which every underlying
 * moves by the same number {@code k} of its own standard deviations over a horizon {@code h}: with
 * correlation one, a single standard normal factor {@code Z} drives all log returns,
 * {@code ln(S_i'/S_i) = sigma_i sqrt(h) Z}, and the scenario is {@code Z = k}:
 * {@code S_i' = S_i exp(k sigma_i sqrt(h))} (stored as the simple return {@code exp(k sigma_i sqrt(h)) - 1}).
 * Diversification between the underlyings disappears: a crash of {@code k = -3} takes every underlying
 * down three of its own standard deviations together.
 *
 * <pre>{@code
 * StressScenario crash = StressScenario.spotMove("crash -20%, vol x1.5", -0.20).withVolMultiplier(1.5);
 * StressScenario techOnly = StressScenario.none("AAPL -10%").withSpotShock("AAPL", -0.10);
 * StressScenario ratesUp = StressScenario.none("rates +100bp").withRateShift(0.01);
 * StressScenario together = StressScenario.correlated("3 sd down, 5 days, rho = 1", -3, 5 / 252.0,
 *     Map.of("SPY", 0.16, "AAPL", 0.28));
 * }</pre>
 *
 * @param name a label for reports, not null
 * @param spotShock the simple return applied to every underlying not in {@code spotShocks}, finite and
 *     {@code > -1}
 * @param spotShocks simple returns per underlying symbol, each finite and {@code > -1}; copied,
 *     unmodifiable
 * @param volMultiplier the factor applied to every implied volatility, finite and {@code > 0}
 *     (1 = unchanged)
 * @param rateShift the absolute change of the risk-free rate, finite (0.01 = +100 basis points)
 */
public record StressScenario(String name, double spotShock, Map<String, Double> spotShocks,
    double volMultiplier, double rateShift) {

  /**
   * Validates and copies the scenario.
   *
   * @param name the label, not null
   * @param spotShock the shock of unlisted underlyings, finite and {@code > -1}
   * @param spotShocks the shocks per symbol, not null, each finite and {@code > -1}
   * @param volMultiplier the volatility factor, finite and {@code > 0}
   * @param rateShift the rate shift, finite
   * @throws IllegalArgumentException naming the first invalid argument and its value
   */
  public StressScenario {
    Args.notNull(name, "name");
    checkShock(spotShock, "spotShock");
    Args.notNull(spotShocks, "spotShocks");
    Map<String, Double> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : spotShocks.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank()) {
        throw new IllegalArgumentException("spotShocks symbol must not be blank, was " + e.getKey());
      }
      Double shock = Args.notNull(e.getValue(), "spotShocks[" + e.getKey() + "]");
      copy.put(e.getKey(), checkShock(shock, "spotShocks[" + e.getKey() + "]"));
    }
    spotShocks = Collections.unmodifiableMap(copy);
    Args.positive(volMultiplier, "volMultiplier");
    Args.finite(rateShift, "rateShift");
  }

  /**
   * The scenario in which nothing moves (a base to add shocks to with the {@code with...} methods).
   *
   * @param name the label
   * @return the unshocked scenario
   * @throws IllegalArgumentException if {@code name} is null
   */
  public static StressScenario none(String name) {
    return new StressScenario(name, 0, Map.of(), 1, 0);
  }

  /**
   * Every underlying moves by the same simple return.
   *
   * @param name the label
   * @param shock the simple return, finite and {@code > -1}
   * @return the scenario
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static StressScenario spotMove(String name, double shock) {
    return new StressScenario(name, shock, Map.of(), 1, 0);
  }

  /**
   * Correlations to one: every listed underlying moves by {@code standardDeviations} of its own standard
   * deviation of log returns over the horizon, {@code S_i' = S_i exp(k sigma_i sqrt(h))} (see the class
   * documentation). Underlyings not listed do not move.
   *
   * @param name the label
   * @param standardDeviations {@code k}, signed (negative for a fall), finite
   * @param horizonYears {@code h}, the horizon in years (e.g. 5/252 for a week of trading days), finite
   *     and {@code >= 0}
   * @param volatilities the annualized volatility {@code sigma_i} of each underlying, finite and
   *     {@code >= 0}
   * @return the scenario
   * @throws IllegalArgumentException if an argument is invalid or a move overflows
   */
  public static StressScenario correlated(String name, double standardDeviations, double horizonYears,
      Map<String, Double> volatilities) {
    Args.finite(standardDeviations, "standardDeviations");
    Args.finite(Args.atLeast(horizonYears, 0, "horizonYears"), "horizonYears");
    Args.notNull(volatilities, "volatilities");
    double root = Math.sqrt(horizonYears);
    Map<String, Double> shocks = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : volatilities.entrySet()) {
      String label = "volatilities[" + e.getKey() + "]";
      double sigma = Args.notNull(e.getValue(), label);
      Args.finite(Args.atLeast(sigma, 0, label), label);
      shocks.put(e.getKey(), Math.expm1(standardDeviations * sigma * root));
    }
    return new StressScenario(name, 0, shocks, 1, 0);
  }

  /**
   * The same scenario with one underlying's spot shock set.
   *
   * @param symbol the underlying symbol, not blank
   * @param shock its simple return, finite and {@code > -1}
   * @return the new scenario
   * @throws IllegalArgumentException if an argument is invalid
   */
  public StressScenario withSpotShock(String symbol, double shock) {
    Map<String, Double> map = new LinkedHashMap<>(spotShocks);
    map.put(symbol, shock);
    return new StressScenario(name, spotShock, map, volMultiplier, rateShift);
  }

  /**
   * The same scenario with another volatility multiplier.
   *
   * @param multiplier the factor, finite and {@code > 0}
   * @return the new scenario
   * @throws IllegalArgumentException if {@code multiplier} is invalid
   */
  public StressScenario withVolMultiplier(double multiplier) {
    return new StressScenario(name, spotShock, spotShocks, multiplier, rateShift);
  }

  /**
   * The same scenario with another rate shift.
   *
   * @param shift the absolute rate change, finite
   * @return the new scenario
   * @throws IllegalArgumentException if {@code shift} is not finite
   */
  public StressScenario withRateShift(double shift) {
    return new StressScenario(name, spotShock, spotShocks, volMultiplier, shift);
  }

  /**
   * The same shocks under another name.
   *
   * @param newName the label, not null
   * @return the new scenario
   * @throws IllegalArgumentException if {@code newName} is null
   */
  public StressScenario withName(String newName) {
    return new StressScenario(newName, spotShock, spotShocks, volMultiplier, rateShift);
  }

  /**
   * The simple return this scenario applies to an underlying.
   *
   * @param symbol the underlying symbol
   * @return its own shock if listed, {@link #spotShock()} otherwise
   */
  public double spotShock(String symbol) {
    Double own = spotShocks.get(symbol);
    return own != null ? own : spotShock;
  }

  private static double checkShock(double shock, String name) {
    if (shock > -1 && shock < Double.POSITIVE_INFINITY) {
      return shock;
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be finite and > -1, was %s",
        name, shock));
  }
}
