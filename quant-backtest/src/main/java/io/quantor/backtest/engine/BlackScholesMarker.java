package io.quantor.backtest.engine;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.Instrument;
import io.quantor.options.chain.OptionContract;
import io.quantor.options.pricing.BlackScholes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Marks options to the Black-Scholes-Merton model ({@link BlackScholes#price}) from the underlying's
 * latest close, a flat volatility, rate and dividend yield. Immutable and thread-safe.
 *
 * <p>The time to expiry is {@link OptionContract#yearsToExpiry(LocalDate)} (Actual/365 Fixed, whole days)
 * from the bar's date in the marker's zone, so an option is worth its intrinsic value on its expiry date
 * and after it. American contracts are marked as European (the early-exercise premium is ignored). The
 * engine needs a positive mark, so a model price below {@link #MIN_MARK} (a worthless option) is marked at
 * {@code MIN_MARK}: {@value #MIN_MARK} per unit, a value difference below {@code 1e-6} per 100-multiplier
 * contract.
 *
 * <pre>{@code
 * OptionContract c = OptionContract.of("SPY", OptionType.CALL, 450, LocalDate.of(2024, 6, 21),
 *     ExerciseStyle.EUROPEAN);
 * OptionMarker bs = BlackScholesMarker.builder()
 *     .volatility(0.18).rate(0.05).dividendYield(0.013)
 *     .zone(ZoneId.of("America/New_York"))
 *     .contract("SPY240621C450", c)
 *     .build();
 * }</pre>
 */
public final class BlackScholesMarker implements OptionMarker {

  /** The smallest mark the model gives: {@value}. */
  public static final double MIN_MARK = 1e-8;

  private static final double DAYS_PER_YEAR = 365;

  private final double volatility;
  private final double rate;
  private final double dividendYield;
  private final ZoneId zone;
  private final Map<String, OptionContract> contracts;

  private BlackScholesMarker(Builder b) {
    this.volatility = b.volatility;
    this.rate = b.rate;
    this.dividendYield = b.dividendYield;
    this.zone = b.zone;
    this.contracts = Collections.unmodifiableMap(new LinkedHashMap<>(b.contracts));
  }

  /**
   * Starts a builder: volatility must be set; rate and dividend yield default to 0, the zone to UTC.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the symbol has no contract, or the contract's underlying is not
   *     the instrument's
   */
  @Override
  public double mark(Instrument option, long epochMillis, double underlyingPrice) {
    OptionContract c = contracts.get(option.symbol());
    if (c == null) {
      throw new IllegalArgumentException("no contract for option " + option.symbol() + "; known: "
          + contracts.keySet());
    }
    if (!c.underlying().equals(option.underlying())) {
      throw new IllegalArgumentException("option " + option.symbol() + " has underlying "
          + option.underlying() + " but its contract " + c.underlying());
    }
    LocalDate date = Instant.ofEpochMilli(epochMillis).atZone(zone).toLocalDate();
    double price;
    if (date.isBefore(c.expiry())) {
      double t = c.daysToExpiry(date) / DAYS_PER_YEAR;
      price = BlackScholes.price(c.type(), underlyingPrice, c.strike(), t, rate, dividendYield, volatility);
    } else {
      price = c.payoff(underlyingPrice);
    }
    return Math.max(price, MIN_MARK);
  }

  /**
   * The contracts priced, by option symbol.
   *
   * @return an unmodifiable map
   */
  public Map<String, OptionContract> contracts() {
    return contracts;
  }

  @Override
  public String toString() {
    return "BlackScholesMarker[vol " + volatility + ", r " + rate + ", q " + dividendYield + ", " + zone
        + ", " + contracts.keySet() + "]";
  }

  /** Builds a {@link BlackScholesMarker}; setters validate their argument. */
  public static final class Builder {

    private double volatility = Double.NaN;
    private double rate;
    private double dividendYield;
    private ZoneId zone = ZoneOffset.UTC;
    private final Map<String, OptionContract> contracts = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * The volatility (required).
     *
     * @param sigma annualized, as a fraction, finite and {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder volatility(double sigma) {
      this.volatility = Args.finite(Args.atLeast(sigma, 0.0, "volatility"), "volatility");
      return this;
    }

    /**
     * The risk-free rate (default 0).
     *
     * @param r continuously compounded, finite
     * @return this builder
     * @throws IllegalArgumentException if not finite
     */
    public Builder rate(double r) {
      this.rate = Args.finite(r, "rate");
      return this;
    }

    /**
     * The dividend yield (default 0).
     *
     * @param q continuously compounded, finite
     * @return this builder
     * @throws IllegalArgumentException if not finite
     */
    public Builder dividendYield(double q) {
      this.dividendYield = Args.finite(q, "dividendYield");
      return this;
    }

    /**
     * The zone that turns bar times into dates (default UTC).
     *
     * @param zoneId the exchange's zone
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder zone(ZoneId zoneId) {
      this.zone = Args.notNull(zoneId, "zone");
      return this;
    }

    /**
     * Adds a contract to price.
     *
     * @param symbol the option instrument's symbol
     * @param contract its terms
     * @return this builder
     * @throws IllegalArgumentException if an argument is null, the symbol blank or already added
     */
    public Builder contract(String symbol, OptionContract contract) {
      DecisionRecord.notBlank(symbol, "symbol");
      Args.notNull(contract, "contract");
      if (contracts.putIfAbsent(symbol, contract) != null) {
        throw new IllegalArgumentException("contract for " + symbol + " was added twice");
      }
      return this;
    }

    /**
     * Builds the marker.
     *
     * @return the marker
     * @throws IllegalArgumentException if the volatility was not set or no contract was added
     */
    public BlackScholesMarker build() {
      if (Double.isNaN(volatility)) {
        throw new IllegalArgumentException("volatility must be set");
      }
      if (contracts.isEmpty()) {
        throw new IllegalArgumentException("at least one contract must be added");
      }
      return new BlackScholesMarker(this);
    }
  }
}
