package io.quantor.options.structure;

import io.quantor.core.internal.Args;
import io.quantor.options.chain.OptionChain;
import io.quantor.options.chain.OptionQuote;
import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.Greeks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Value and Greeks of a whole structure: the legs' per-unit Greeks summed with weights
 * {@code quantity * multiplier} ({@link Leg#units()}).
 *
 * <p>Aggregation is linear: for every component (value, delta, gamma, vega, theta, rho, dividend rho,
 * vanna, volga, charm), {@code position = sum over legs of quantity * multiplier * perUnit}. The result is
 * a {@link Greeks} whose {@code price} is the position's value; units as in {@link Greeks} (delta in units
 * of the underlying, so {@code delta} of the position is its share-equivalent exposure; vega per 1.00 of
 * volatility, theta per year: {@code thetaPerDay()} for the daily figure). The model methods price every
 * leg as a European option under Black-Scholes-Merton ({@link BlackScholes}), American legs included.
 *
 * <pre>{@code
 * Greeks g = StructurePricer.greeks(condor, 512.3, 30 / 365.0, 0.05, 0.013, 0.16);
 * double sharesToHedge = -g.delta();
 * double decayPerDay = g.thetaPerDay();
 * Optional<Greeks> marked = StructurePricer.greeks(condor, chain);   // the chain's own Greeks
 * }</pre>
 */
public final class StructurePricer {

  private StructurePricer() {
  }

  /**
   * Value and Greeks with every leg priced at the same time to expiry and volatility (a single-expiry
   * structure and a flat volatility).
   *
   * @param structure a structure whose legs share one expiry
   * @param spot the spot price, finite and {@code > 0}
   * @param t the time to expiry in years, finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param sigma the volatility, finite and {@code >= 0}
   * @return the position's value and Greeks
   * @throws IllegalArgumentException if an argument is out of range or the structure has several expiries
   */
  public static Greeks greeks(
      OptionStructure structure, double spot, double t, double r, double q, double sigma) {
    Args.notNull(structure, "structure");
    if (structure.expiries().size() != 1) {
      throw new IllegalArgumentException("structure must have one expiry to be priced with one t, had "
          + structure.expiries());
    }
    double[] sum = new double[Greeks.SIZE];
    double[] leg = new double[Greeks.SIZE];
    for (Leg l : structure.legs()) {
      BlackScholes.greeks(l.contract().type(), spot, l.contract().strike(), t, r, q, sigma, leg, 0);
      accumulate(sum, leg, l.units());
    }
    return toGreeks(sum);
  }

  /**
   * Value and Greeks with each leg's own time to expiry (calendar days from the valuation date / 365) and
   * volatility; suits calendars.
   *
   * @param structure the structure
   * @param spot the spot price, finite and {@code > 0}
   * @param valuationDate the valuation date, not after any leg's expiry
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param volatilities one volatility per leg, in leg order, finite and {@code >= 0}
   * @return the position's value and Greeks
   * @throws IllegalArgumentException if an argument is out of range or the volatilities do not match the
   *     legs
   */
  public static Greeks greeks(OptionStructure structure, double spot, LocalDate valuationDate, double r,
      double q, double[] volatilities) {
    Args.notNull(structure, "structure");
    Args.notNull(volatilities, "volatilities");
    List<Leg> legs = structure.legs();
    if (volatilities.length != legs.size()) {
      throw new IllegalArgumentException("volatilities must have one value per leg (" + legs.size()
          + "), had " + volatilities.length);
    }
    double[] sum = new double[Greeks.SIZE];
    double[] leg = new double[Greeks.SIZE];
    for (int i = 0; i < volatilities.length; i++) {
      Leg l = legs.get(i);
      double t = l.contract().yearsToExpiry(valuationDate);
      BlackScholes.greeks(l.contract().type(), spot, l.contract().strike(), t, r, q, volatilities[i], leg, 0);
      accumulate(sum, leg, l.units());
    }
    return toGreeks(sum);
  }

  /**
   * The position's Greeks from each leg's per-unit Greeks (for instance a vendor's, or a quote's).
   *
   * @param structure the structure
   * @param perUnitLegGreeks one per-unit {@link Greeks} per leg, in leg order
   * @return {@code sum of quantity * multiplier * perUnit}, component by component
   * @throws IllegalArgumentException if the list is null, holds a null, or does not match the legs
   */
  public static Greeks aggregate(OptionStructure structure, List<Greeks> perUnitLegGreeks) {
    Args.notNull(structure, "structure");
    Args.notNull(perUnitLegGreeks, "perUnitLegGreeks");
    List<Leg> legs = structure.legs();
    if (perUnitLegGreeks.size() != legs.size()) {
      throw new IllegalArgumentException("perUnitLegGreeks must have one entry per leg (" + legs.size()
          + "), had " + perUnitLegGreeks.size());
    }
    double[] sum = new double[Greeks.SIZE];
    for (int i = 0; i < legs.size(); i++) {
      Greeks g = Args.notNull(perUnitLegGreeks.get(i), "perUnitLegGreeks[" + i + "]");
      accumulate(sum, g.toArray(), legs.get(i).units());
    }
    return toGreeks(sum);
  }

  /**
   * The position's Greeks from the chain's quotes (their Greeks, given or completed by the chain, see
   * {@link OptionChain}).
   *
   * @param structure the structure
   * @param chain a chain quoting every leg's contract
   * @return the aggregate, or empty when a leg has no quote or its quote no Greeks
   * @throws IllegalArgumentException if an argument is null
   */
  public static Optional<Greeks> greeks(OptionStructure structure, OptionChain chain) {
    Args.notNull(structure, "structure");
    Args.notNull(chain, "chain");
    List<Greeks> perUnit = new ArrayList<>();
    for (Leg leg : structure.legs()) {
      Optional<OptionQuote> quote = chain.quote(leg.contract());
      if (quote.isEmpty() || !quote.get().hasGreeks()) {
        return Optional.empty();
      }
      perUnit.add(quote.get().greeks());
    }
    return Optional.of(aggregate(structure, perUnit));
  }

  private static void accumulate(double[] sum, double[] leg, double units) {
    for (int k = 0; k < Greeks.SIZE; k++) {
      sum[k] += units * leg[k];
    }
  }

  private static Greeks toGreeks(double[] g) {
    return new Greeks(g[Greeks.PRICE], g[Greeks.DELTA], g[Greeks.GAMMA], g[Greeks.VEGA], g[Greeks.THETA],
        g[Greeks.RHO], g[Greeks.DIVIDEND_RHO], g[Greeks.VANNA], g[Greeks.VOLGA], g[Greeks.CHARM]);
  }
}
