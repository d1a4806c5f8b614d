package io.quantor.risk.gate;

import io.quantor.core.filter.TradeContext;
import io.quantor.core.internal.Args;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the gates know about the market when an order is evaluated: the time, the price the order is
 * valued at, the lot size, and optional inputs that particular gates need. Immutable and validated;
 * build one with {@link #builder(Instant, double)}.
 *
 * <p>Optional inputs are absent rather than NaN or null. A gate that needs an absent input rejects the
 * order with {@link ReasonCode#MISSING_INPUT} (gates fail closed): the CVaR gate needs
 * {@link #scenarios()}, the Greeks gate {@link #portfolioGreeks()} and {@link #orderGreeks()}, the data
 * quality gate {@link #dataQuality()}, the opportunity-cost gate {@link #expectedEdge()} and
 * {@link #expectedCost()}, trade-filter gates {@link #tradeContext()}.
 *
 * <pre>{@code
 * MarketContext market = MarketContext.builder(Instant.parse("2024-06-03T14:30:00Z"), 125.0)
 *     .lotSize(1)
 *     .dataQuality(0.92)
 *     .stopDistance(3.75)
 *     .scenarios(ScenarioPnl.fromReturns(book.snapshot(), returns, orcl, 125.0))
 *     .expectedEdge(0.012).expectedCost(0.002)
 *     .build();
 * }</pre>
 *
 * @param time the time of the evaluation (the circuit breaker's clock)
 * @param price the price the order is valued at (last, mid, or the limit price), finite and
 *     {@code > 0}; the gates mark the order's symbol at this price
 * @param lotSize the trading unit scaled quantities are whole multiples of, finite and {@code > 0}
 * @param dataQuality the quality score of the data behind the order, in [0, 1], if known
 * @param stopDistance the distance in price units from the price to the protective stop, finite and
 *     {@code > 0}, if the order has one (the position gate then counts only that distance as at risk)
 * @param expectedEdge the expected return of the trade before costs, as a fraction of its notional,
 *     finite, if known
 * @param expectedCost the expected round-trip cost (spread, commission, slippage, impact) as a fraction of
 *     the notional, finite and {@code >= 0}, if known
 * @param tradeContext the context the core trade filters read, if any
 * @param scenarios the scenario P&amp;L of the portfolio and of the order's instrument, if any
 * @param portfolioGreeks the portfolio's aggregate Greeks now, finite, if known
 * @param orderGreeks the Greeks of one unit of the order's instrument held long, finite, if known
 */
public record MarketContext(Instant time, double price, double lotSize, OptionalDouble dataQuality,
    OptionalDouble stopDistance, OptionalDouble expectedEdge, OptionalDouble expectedCost,
    Optional<TradeContext> tradeContext, Optional<ScenarioPnl> scenarios,
    Optional<GreekExposure> portfolioGreeks, Optional<GreekExposure> orderGreeks) {

  /**
   * Validates.
   *
   * @param time the time, not null
   * @param price the price, finite and {@code > 0}
   * @param lotSize the lot size, finite and {@code > 0}
   * @param dataQuality the data quality, not null; if present in [0, 1]
   * @param stopDistance the stop distance, not null; if present finite and {@code > 0}
   * @param expectedEdge the expected edge, not null; if present finite
   * @param expectedCost the expected cost, not null; if present finite and {@code >= 0}
   * @param tradeContext the trade context, not null
   * @param scenarios the scenarios, not null
   * @param portfolioGreeks the portfolio Greeks, not null; if present finite
   * @param orderGreeks the per-unit order Greeks, not null; if present finite
   * @throws IllegalArgumentException if an argument is invalid
   */
  public MarketContext {
    Args.notNull(time, "time");
    Args.positive(price, "price");
    Args.positive(lotSize, "lotSize");
    if (Args.notNull(dataQuality, "dataQuality").isPresent()) {
      Args.inRange(dataQuality.getAsDouble(), 0.0, 1.0, "dataQuality");
    }
    if (Args.notNull(stopDistance, "stopDistance").isPresent()) {
      Args.positive(stopDistance.getAsDouble(), "stopDistance");
    }
    if (Args.notNull(expectedEdge, "expectedEdge").isPresent()) {
      Args.finite(expectedEdge.getAsDouble(), "expectedEdge");
    }
    if (Args.notNull(expectedCost, "expectedCost").isPresent()) {
      Args.finite(Args.atLeast(expectedCost.getAsDouble(), 0.0, "expectedCost"), "expectedCost");
    }
    Args.notNull(tradeContext, "tradeContext");
    Args.notNull(scenarios, "scenarios");
    finiteGreeks(portfolioGreeks, "portfolioGreeks");
    finiteGreeks(orderGreeks, "orderGreeks");
  }

  private static void finiteGreeks(Optional<GreekExposure> g, String name) {
    if (Args.notNull(g, name).isPresent() && !g.get().isFinite()) {
      throw new IllegalArgumentException(name + " must be finite, was " + g.get());
    }
  }

  /**
   * A context with only the required inputs.
   *
   * @param time the time
   * @param price the price, finite and {@code > 0}
   * @return the context (lot size 1, no optional input)
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static MarketContext of(Instant time, double price) {
    return builder(time, price).build();
  }

  /**
   * A builder with the required inputs; lot size 1 and no optional input until set.
   *
   * @param time the time
   * @param price the price
   * @return the builder
   */
  public static Builder builder(Instant time, double price) {
    return new Builder(time, price);
  }

  /**
   * A builder starting from this context's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(time, price);
    b.lotSize = lotSize;
    b.dataQuality = dataQuality;
    b.stopDistance = stopDistance;
    b.expectedEdge = expectedEdge;
    b.expectedCost = expectedCost;
    b.tradeContext = tradeContext;
    b.scenarios = scenarios;
    b.portfolioGreeks = portfolioGreeks;
    b.orderGreeks = orderGreeks;
    return b;
  }

  /** Builds a {@link MarketContext}; validation happens in {@link #build()}. */
  public static final class Builder {
    private final Instant time;
    private final double price;
    private double lotSize = 1;
    private OptionalDouble dataQuality = OptionalDouble.empty();
    private OptionalDouble stopDistance = OptionalDouble.empty();
    private OptionalDouble expectedEdge = OptionalDouble.empty();
    private OptionalDouble expectedCost = OptionalDouble.empty();
    private Optional<TradeContext> tradeContext = Optional.empty();
    private Optional<ScenarioPnl> scenarios = Optional.empty();
    private Optional<GreekExposure> portfolioGreeks = Optional.empty();
    private Optional<GreekExposure> orderGreeks = Optional.empty();

    private Builder(Instant time, double price) {
      this.time = time;
      this.price = price;
    }

    /**
     * Sets the lot size.
     *
     * @param value the trading unit, finite and {@code > 0}
     * @return this builder
     */
    public Builder lotSize(double value) {
      lotSize = value;
      return this;
    }

    /**
     * Sets the data quality score.
     *
     * @param value the score, in [0, 1]
     * @return this builder
     */
    public Builder dataQuality(double value) {
      dataQuality = OptionalDouble.of(value);
      return this;
    }

    /**
     * Sets the distance to the protective stop.
     *
     * @param value the distance in price units, finite and {@code > 0}
     * @return this builder
     */
    public Builder stopDistance(double value) {
      stopDistance = OptionalDouble.of(value);
      return this;
    }

    /**
     * Sets the expected edge before costs.
     *
     * @param value the expected return as a fraction of notional
     * @return this builder
     */
    public Builder expectedEdge(double value) {
      expectedEdge = OptionalDouble.of(value);
      return this;
    }

    /**
     * Sets the expected round-trip cost.
     *
     * @param value the cost as a fraction of notional, {@code >= 0}
     * @return this builder
     */
    public Builder expectedCost(double value) {
      expectedCost = OptionalDouble.of(value);
      return this;
    }

    /**
     * Sets the trade filters' context.
     *
     * @param value the context
     * @return this builder
     */
    public Builder tradeContext(TradeContext value) {
      tradeContext = Optional.of(Args.notNull(value, "tradeContext"));
      return this;
    }

    /**
     * Sets the scenario P&amp;L.
     *
     * @param value the scenarios
     * @return this builder
     */
    public Builder scenarios(ScenarioPnl value) {
      scenarios = Optional.of(Args.notNull(value, "scenarios"));
      return this;
    }

    /**
     * Sets the Greeks of the portfolio and of one unit of the order's instrument.
     *
     * @param portfolio the portfolio's aggregate Greeks
     * @param perUnit the Greeks of one unit held long
     * @return this builder
     */
    public Builder greeks(GreekExposure portfolio, GreekExposure perUnit) {
      portfolioGreeks = Optional.of(Args.notNull(portfolio, "portfolio"));
      orderGreeks = Optional.of(Args.notNull(perUnit, "perUnit"));
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     * @throws IllegalArgumentException if a value is invalid
     */
    public MarketContext build() {
      return new MarketContext(time, price, lotSize, dataQuality, stopDistance, expectedEdge, expectedCost,
          tradeContext, scenarios, portfolioGreeks, orderGreeks);
    }
  }
}
