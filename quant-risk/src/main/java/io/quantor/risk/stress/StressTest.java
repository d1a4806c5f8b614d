package io.quantor.risk.stress;

import io.quantor.core.internal.Args;
import io.quantor.risk.greeks.MarketSnapshot;
import io.quantor.risk.greeks.PositionPricer;
import io.quantor.risk.greeks.RiskPosition;
import io.quantor.risk.greeks.Underlying;
import java.util.ArrayList;
import java.util.List;

/**
 * Stress tests by full revaluation: every position is priced again in each scenario's shocked market and
 * its P&amp;L is the change of its market value.
 *
 * <p>For a position with {@code n} signed units on underlying {@code i} and a scenario with spot shock
 * {@code s_i}, volatility multiplier {@code m} and rate shift {@code dr}:
 * <pre>
 *   P&amp;L = n (V(S_i (1 + s_i), r + dr, q_i, m sigma) - V(S_i, r, q_i, sigma))
 * </pre>
 * with {@code V} the unit price: the spot for a stock, Black-Scholes for a European option, the pricer's
 * {@link io.quantor.risk.greeks.AmericanModel} (Barone-Adesi-Whaley by default, chosen for speed) for an
 * American option. Nothing is linearized: a short straddle loses more under a 20 % move than four times
 * its loss under 5 %. Consequences that follow from the formula and that the tests check: a scenario that
 * shocks nothing gives a P&amp;L of exactly 0, and the P&amp;L is proportional to the quantity.
 *
 * <p>A rate shift that takes the rate below 0 is rejected by the Barone-Adesi-Whaley model for American
 * puts (the approximation needs {@code r >= 0}); use another American model for negative rates.
 *
 * <pre>{@code
 * StressReport report = StressTest.standard().run(positions, market, List.of(
 *     StressScenario.spotMove("spot -10%", -0.10),
 *     StressScenario.spotMove("spot +10%", 0.10),
 *     StressScenario.none("vol x1.5").withVolMultiplier(1.5)));
 * ScenarioResult worst = report.worst();
 * double loss = worst.totalPnl();                  // negative for a loss
 * double firstPositionPnl = worst.positionPnl().get(0);
 * }</pre>
 */
public final class StressTest {

  private static final StressTest STANDARD = new StressTest(PositionPricer.standard());

  private final PositionPricer pricer;

  private StressTest(PositionPricer pricer) {
    this.pricer = pricer;
  }

  /**
   * Stress tests priced by {@link PositionPricer#standard()} (Black-Scholes, Barone-Adesi-Whaley).
   *
   * @return the standard stress test
   */
  public static StressTest standard() {
    return STANDARD;
  }

  /**
   * Stress tests priced by the given pricer.
   *
   * @param pricer the pricer, not null
   * @return the stress test
   * @throws IllegalArgumentException if {@code pricer} is null
   */
  public static StressTest of(PositionPricer pricer) {
    return new StressTest(Args.notNull(pricer, "pricer"));
  }

  /**
   * The pricer used for revaluation.
   *
   * @return the pricer
   */
  public PositionPricer pricer() {
    return pricer;
  }

  /**
   * Revalues every position under every scenario.
   *
   * @param positions the positions, not null (may be empty)
   * @param market the base market, holding every position's underlying
   * @param scenarios the scenarios, not null and not empty
   * @return P&amp;L per scenario and position
   * @throws IllegalArgumentException if an argument is null, there is no scenario, the market lacks an
   *     underlying or a shocked input is outside a pricing model's domain
   */
  public StressReport run(List<? extends RiskPosition> positions, MarketSnapshot market,
      List<StressScenario> scenarios) {
    Args.notNull(positions, "positions");
    Args.notNull(market, "market");
    Args.notNull(scenarios, "scenarios");
    List<RiskPosition> pos = new ArrayList<>(positions.size());
    for (RiskPosition p : positions) {
      pos.add(Args.notNull(p, "position"));
    }
    List<StressScenario> scen = new ArrayList<>(scenarios.size());
    for (StressScenario s : scenarios) {
      scen.add(Args.notNull(s, "scenario"));
    }
    if (scen.isEmpty()) {
      throw new IllegalArgumentException("scenarios must not be empty, was []");
    }
    double[] base = new double[pos.size()];
    for (int j = 0; j < base.length; j++) {
      base[j] = pricer.value(pos.get(j), market);
    }
    double[][] pnl = new double[scen.size()][pos.size()];
    for (int k = 0; k < pnl.length; k++) {
      StressScenario s = scen.get(k);
      for (int j = 0; j < base.length; j++) {
        pnl[k][j] = shockedValue(pos.get(j), market, s) - base[j];
      }
    }
    return new StressReport(List.copyOf(pos), List.copyOf(scen), base, pnl);
  }

  /**
   * The P&amp;L of one position under one scenario.
   *
   * @param position the position, not null
   * @param market the base market, holding the position's underlying
   * @param scenario the scenario, not null
   * @return the change of the position's market value
   * @throws IllegalArgumentException if an argument is null, the market lacks the underlying or a shocked
   *     input is outside a pricing model's domain
   */
  public double pnl(RiskPosition position, MarketSnapshot market, StressScenario scenario) {
    Args.notNull(position, "position");
    Args.notNull(market, "market");
    Args.notNull(scenario, "scenario");
    return shockedValue(position, market, scenario) - pricer.value(position, market);
  }

  private double shockedValue(RiskPosition p, MarketSnapshot market, StressScenario s) {
    Underlying u = market.underlying(p.underlying());
    double spot = u.spot() * (1 + s.spotShock(u.symbol()));
    return pricer.value(p, spot, market.rate() + s.rateShift(), u.dividendYield(), s.volMultiplier());
  }
}
