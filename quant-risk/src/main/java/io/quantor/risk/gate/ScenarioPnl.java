package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.PortfolioSnapshot;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario P&amp;L for the CVaR gate: in each of {@code n} scenarios (historical days, simulated paths),
 * the money P&amp;L of the current portfolio and of one unit of the order's instrument held long. The
 * P&amp;L of the portfolio after an order of signed quantity {@code d} is, scenario by scenario,
 * {@code portfolio[j] + d * perUnit[j]}; that is the marginal effect of the order on the scenario
 * distribution, from which the gate computes the expected shortfall after the order. Immutable: arrays
 * are copied in and out.
 *
 * <p>{@link #fromReturns} builds both vectors from simple returns per symbol (one array per symbol, same
 * scenarios in the same order): {@code portfolio[j] = sum over open positions of marketValue * r[j]} and
 * {@code perUnit[j] = price * multiplier * r_order[j]}.
 *
 * @param portfolio the portfolio's P&amp;L per scenario, finite
 * @param perUnit the P&amp;L per scenario of one unit of the instrument held long (multiplier included),
 *     finite, same length
 */
public record ScenarioPnl(double[] portfolio, double[] perUnit) {

  /**
   * Validates and copies.
   *
   * @param portfolio the portfolio P&amp;L, not null, at least one scenario, finite
   * @param perUnit the per-unit P&amp;L, not null, same length, finite
   * @throws IllegalArgumentException if an argument is invalid
   */
  public ScenarioPnl {
    int n = Args.sameLength("portfolio, perUnit", portfolio, perUnit);
    if (n < 1) {
      throw new IllegalArgumentException("portfolio must hold at least one scenario, was 0");
    }
    for (int j = 0; j < n; j++) {
      finite(portfolio[j], "portfolio", j);
      finite(perUnit[j], "perUnit", j);
    }
    portfolio = portfolio.clone();
    perUnit = perUnit.clone();
  }

  private static void finite(double v, String name, int j) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s[%d] must be finite, was %s", name,
          j, v));
    }
  }

  /**
   * Scenario P&amp;L from simple returns per symbol.
   *
   * @param portfolio the portfolio, at its current marks
   * @param returns the simple return per scenario of each symbol held and of the order's symbol, all of
   *     one length
   * @param instrument the order's instrument
   * @param price the price the order is valued at, finite and {@code > 0}
   * @return the scenario P&amp;L
   * @throws IllegalArgumentException if an argument is invalid, a needed symbol has no returns, or the
   *     lengths differ
   */
  public static ScenarioPnl fromReturns(PortfolioSnapshot portfolio, Map<String, double[]> returns,
      Instrument instrument, double price) {
    Args.notNull(portfolio, "portfolio");
    Args.notNull(returns, "returns");
    Args.notNull(instrument, "instrument");
    Args.positive(price, "price");
    double[] own = returnsOf(returns, instrument.symbol());
    int n = own.length;
    double[] book = new double[n];
    for (Position p : portfolio.openPositions()) {
      double[] r = returnsOf(returns, p.symbol());
      if (r.length != n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "returns[%s] must have the length of returns[%s] (%d), was %d", p.symbol(), instrument.symbol(),
            n, r.length));
      }
      double value = portfolio.marketValue(p.symbol());
      for (int j = 0; j < n; j++) {
        book[j] += value * r[j];
      }
    }
    double[] unit = new double[n];
    double unitValue = instrument.value(1, price);
    for (int j = 0; j < n; j++) {
      unit[j] = unitValue * own[j];
    }
    return new ScenarioPnl(book, unit);
  }

  private static double[] returnsOf(Map<String, double[]> returns, String symbol) {
    double[] r = returns.get(symbol);
    if (r == null) {
      throw new IllegalArgumentException("returns must hold the symbol " + symbol);
    }
    return r;
  }

  /**
   * The number of scenarios.
   *
   * @return {@code n >= 1}
   */
  public int size() {
    return portfolio.length;
  }

  /**
   * The portfolio's P&amp;L per scenario after an order, written into {@code out}.
   *
   * @param signedQuantity the order's signed quantity
   * @param out the destination, of length {@link #size()}
   * @return {@code out}
   * @throws IllegalArgumentException if {@code out} has the wrong length
   */
  public double[] after(double signedQuantity, double[] out) {
    if (Args.notNull(out, "out").length != portfolio.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "out must have length %d, was %d",
          portfolio.length, out.length));
    }
    for (int j = 0; j < out.length; j++) {
      out[j] = portfolio[j] + signedQuantity * perUnit[j];
    }
    return out;
  }

  /**
   * The portfolio's P&amp;L per scenario.
   *
   * @return a copy
   */
  @Override
  public double[] portfolio() {
    return portfolio.clone();
  }

  /**
   * The P&amp;L per scenario of one unit held long.
   *
   * @return a copy
   */
  @Override
  public double[] perUnit() {
    return perUnit.clone();
  }

  /**
   * Equal when both vectors are equal element by element.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ScenarioPnl s && Arrays.equals(portfolio, s.portfolio)
        && Arrays.equals(perUnit, s.perUnit);
  }

  /**
   * A hash of both vectors.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(portfolio) + Arrays.hashCode(perUnit);
  }

  /**
   * The number of scenarios (the vectors are not written out).
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "ScenarioPnl[" + portfolio.length + " scenarios]";
  }
}
