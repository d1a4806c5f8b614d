package io.quantor.core.sizing;

import io.quantor.core.internal.Args;
import io.quantor.core.regime.TrendRegime;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything a {@link PositionSizer} may read to size one position: the instrument and its price, the
 * signal, the account, the limits, and optional market inputs. Immutable and validated on construction;
 * build one with {@link #builder(String)}.
 *
 * <p><b>Units.</b> Prices, stop distances and the ATR are in the instrument's price units per unit of
 * quantity; money (equity, capital) in the account currency; quantities are signed units (positive
 * long, negative short); volatility is annualized as a fraction (0.20 = 20 %); fractions are fractions,
 * never percent.
 *
 * <p><b>Signal.</b> {@code signal} is in [-1, 1]: its sign is the direction (positive long, negative
 * short, zero flat) and its magnitude the strength or calibrated confidence of the signal, read by
 * {@link #confidence()}. Sizers scale their quantity by the magnitude unless they say otherwise.
 *
 * <p><b>Optional inputs</b> are {@link OptionalDouble}s (the regime an {@link Optional}), never NaN or
 * null: absent means "not known" (for example during an estimator's warm-up). A sizer that needs an
 * absent input returns a zero position with {@link SizingConstraint#MISSING_INPUT}. Present values are
 * validated: the realized volatility and the ATR must be finite and {@code > 0} (a window with zero
 * volatility carries no risk estimate to size on: leave the input absent, or floor it, before sizing),
 * the IV rank in [0, 1], the stop distance finite and {@code > 0}.
 *
 * <p><b>Limits.</b> The maximum position is optional, in units ({@code maxQuantity}) and/or as a
 * fraction of equity ({@code maxFraction}, applied to the gross notional {@code |q| * price}); when both
 * are given the tighter wins. Both may be 0 (no position allowed). The lot size is the trading unit: the
 * final quantity is a whole number of lots.
 *
 * @param symbol the instrument's symbol, not blank
 * @param price the current price, finite and {@code > 0}
 * @param signal the signed signal in [-1, 1]: sign is direction, magnitude is strength or confidence
 * @param equity the account equity (cash plus market value), finite and {@code > 0}
 * @param availableCapital the cash available to fund the position, finite and {@code >= 0}
 * @param currentPosition the signed quantity held now, finite
 * @param lotSize the trading unit (1 for shares, 100 for a round lot, 0.001 for some crypto), finite and
 *     {@code > 0}
 * @param maxQuantity the largest absolute quantity allowed, finite and {@code >= 0}, if limited
 * @param maxFraction the largest gross notional as a fraction of equity, finite and {@code >= 0}, if
 *     limited
 * @param stopDistance the distance from entry to the protective stop in price units, finite and
 *     {@code > 0}, if known
 * @param realizedVolatility the instrument's annualized realized volatility (for example from
 *     {@link io.quantor.core.analytics.RealizedVolatility}), finite and {@code > 0}, if known
 * @param atr the average true range in price units (for example from
 *     {@link io.quantor.core.indicator.Atr}), finite and {@code > 0}, if known
 * @param ivRank the implied-volatility rank in [0, 1] (for example from
 *     {@link io.quantor.core.analytics.IvRank}), if known
 * @param regime the market's trend regime, if known
 */
public record SizingRequest(String symbol, double price, double signal, double equity,
    double availableCapital, double currentPosition, double lotSize, OptionalDouble maxQuantity,
    OptionalDouble maxFraction, OptionalDouble stopDistance, OptionalDouble realizedVolatility,
    OptionalDouble atr, OptionalDouble ivRank, Optional<TrendRegime> regime) {

  /**
   * Validates the request.
   *
   * @param symbol the instrument's symbol, not blank
   * @param price the current price, finite and {@code > 0}
   * @param signal the signed signal in [-1, 1]
   * @param equity the account equity, finite and {@code > 0}
   * @param availableCapital the cash available to fund the position, finite and {@code >= 0}
   * @param currentPosition the signed quantity held now, finite
   * @param lotSize the trading unit, finite and {@code > 0}
   * @param maxQuantity the largest absolute quantity, finite and {@code >= 0}, or empty
   * @param maxFraction the largest gross notional as a fraction of equity, finite and {@code >= 0}, or
   *     empty
   * @param stopDistance the stop distance in price units, finite and {@code > 0}, or empty
   * @param realizedVolatility the annualized realized volatility, finite and {@code > 0}, or empty
   * @param atr the average true range in price units, finite and {@code > 0}, or empty
   * @param ivRank the IV rank in [0, 1], or empty
   * @param regime the trend regime, or empty
   * @throws IllegalArgumentException if a value is null or out of range, naming it
   */
  public SizingRequest {
    Args.notNull(symbol, "symbol");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank, was '" + symbol + "'");
    }
    Args.positive(price, "price");
    Args.inRange(signal, -1.0, 1.0, "signal");
    Args.positive(equity, "equity");
    nonNegative(availableCapital, "availableCapital");
    Args.finite(currentPosition, "currentPosition");
    Args.positive(lotSize, "lotSize");
    Args.notNull(maxQuantity, "maxQuantity");
    maxQuantity.ifPresent(v -> nonNegative(v, "maxQuantity"));
    Args.notNull(maxFraction, "maxFraction");
    maxFraction.ifPresent(v -> nonNegative(v, "maxFraction"));
    Args.notNull(stopDistance, "stopDistance");
    stopDistance.ifPresent(v -> Args.positive(v, "stopDistance"));
    Args.notNull(realizedVolatility, "realizedVolatility");
    realizedVolatility.ifPresent(v -> Args.positive(v, "realizedVolatility"));
    Args.notNull(atr, "atr");
    atr.ifPresent(v -> Args.positive(v, "atr"));
    Args.notNull(ivRank, "ivRank");
    ivRank.ifPresent(v -> Args.inRange(v, 0.0, 1.0, "ivRank"));
    Args.notNull(regime, "regime");
  }

  private static void nonNegative(double value, String name) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
    }
  }

  /**
   * Starts a builder. Price, signal, equity and available capital must be set; the current position
   * defaults to 0, the lot size to 1, and the limits and market inputs to absent.
   *
   * @param symbol the instrument's symbol
   * @return a new builder
   */
  public static Builder builder(String symbol) {
    return new Builder(symbol);
  }

  /**
   * A builder holding this request's values, to derive a modified request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(symbol).price(price).signal(signal).equity(equity)
        .availableCapital(availableCapital).currentPosition(currentPosition).lotSize(lotSize);
    b.maxQuantity = maxQuantity;
    b.maxFraction = maxFraction;
    b.stopDistance = stopDistance;
    b.realizedVolatility = realizedVolatility;
    b.atr = atr;
    b.ivRank = ivRank;
    b.regime = regime;
    return b;
  }

  /**
   * The signal's strength or confidence, {@code |signal|}, in [0, 1].
   *
   * @return the confidence
   */
  public double confidence() {
    return Math.abs(signal);
  }

  /**
   * The signal's direction: 1 long, -1 short, 0 flat.
   *
   * @return the sign of the signal
   */
  public int direction() {
    return signal > 0 ? 1 : signal < 0 ? -1 : 0;
  }

  /**
   * The gross notional of the current position, {@code |currentPosition| * price}.
   *
   * @return the current notional
   */
  public double currentNotional() {
    return Math.abs(currentPosition) * price;
  }

  /**
   * Builds a {@link SizingRequest}; not thread safe. Values are validated by {@link #build()}.
   */
  public static final class Builder {

    private final String symbol;
    private double price;
    private boolean hasPrice;
    private double signal;
    private boolean hasSignal;
    private double equity;
    private boolean hasEquity;
    private double availableCapital;
    private boolean hasAvailableCapital;
    private double currentPosition;
    private double lotSize = 1.0;
    private OptionalDouble maxQuantity = OptionalDouble.empty();
    private OptionalDouble maxFraction = OptionalDouble.empty();
    private OptionalDouble stopDistance = OptionalDouble.empty();
    private OptionalDouble realizedVolatility = OptionalDouble.empty();
    private OptionalDouble atr = OptionalDouble.empty();
    private OptionalDouble ivRank = OptionalDouble.empty();
    private Optional<TrendRegime> regime = Optional.empty();

    private Builder(String symbol) {
      this.symbol = symbol;
    }

    /**
     * Sets the price (required).
     *
     * @param price the current price, finite and {@code > 0}
     * @return this builder
     */
    public Builder price(double price) {
      this.price = price;
      this.hasPrice = true;
      return this;
    }

    /**
     * Sets the signed signal (required).
     *
     * @param signal the signal in [-1, 1]: sign is direction, magnitude is strength or confidence
     * @return this builder
     */
    public Builder signal(double signal) {
      this.signal = signal;
      this.hasSignal = true;
      return this;
    }

    /**
     * Sets the account equity (required).
     *
     * @param equity the equity, finite and {@code > 0}
     * @return this builder
     */
    public Builder equity(double equity) {
      this.equity = equity;
      this.hasEquity = true;
      return this;
    }

    /**
     * Sets the cash available to fund the position (required).
     *
     * @param availableCapital the available capital, finite and {@code >= 0}
     * @return this builder
     */
    public Builder availableCapital(double availableCapital) {
      this.availableCapital = availableCapital;
      this.hasAvailableCapital = true;
      return this;
    }

    /**
     * Sets the signed quantity held now (default 0).
     *
     * @param currentPosition the current position, finite
     * @return this builder
     */
    public Builder currentPosition(double currentPosition) {
      this.currentPosition = currentPosition;
      return this;
    }

    /**
     * Sets the lot size (default 1).
     *
     * @param lotSize the trading unit, finite and {@code > 0}
     * @return this builder
     */
    public Builder lotSize(double lotSize) {
      this.lotSize = lotSize;
      return this;
    }

    /**
     * Limits the absolute quantity.
     *
     * @param maxQuantity the largest absolute quantity, finite and {@code >= 0}
     * @return this builder
     */
    public Builder maxQuantity(double maxQuantity) {
      this.maxQuantity = OptionalDouble.of(maxQuantity);
      return this;
    }

    /**
     * Limits the gross notional as a fraction of equity.
     *
     * @param maxFraction the largest {@code |q| * price / equity}, finite and {@code >= 0}
     * @return this builder
     */
    public Builder maxFraction(double maxFraction) {
      this.maxFraction = OptionalDouble.of(maxFraction);
      return this;
    }

    /**
     * Sets the distance from entry to the protective stop.
     *
     * @param stopDistance the stop distance in price units, finite and {@code > 0}
     * @return this builder
     */
    public Builder stopDistance(double stopDistance) {
      this.stopDistance = OptionalDouble.of(stopDistance);
      return this;
    }

    /**
     * Sets the annualized realized volatility.
     *
     * @param realizedVolatility the volatility as a fraction, finite and {@code > 0}
     * @return this builder
     */
    public Builder realizedVolatility(double realizedVolatility) {
      this.realizedVolatility = OptionalDouble.of(realizedVolatility);
      return this;
    }

    /**
     * Sets the average true range.
     *
     * @param atr the ATR in price units, finite and {@code > 0}
     * @return this builder
     */
    public Builder atr(double atr) {
      this.atr = OptionalDouble.of(atr);
      return this;
    }

    /**
     * Sets the implied-volatility rank.
     *
     * @param ivRank the IV rank in [0, 1]
     * @return this builder
     */
    public Builder ivRank(double ivRank) {
      this.ivRank = OptionalDouble.of(ivRank);
      return this;
    }

    /**
     * Sets the trend regime.
     *
     * @param regime the regime, not null
     * @return this builder
     */
    public Builder regime(TrendRegime regime) {
      this.regime = Optional.of(Args.notNull(regime, "regime"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the validated request
     * @throws IllegalArgumentException if a required value was not set or a value is out of range
     */
    public SizingRequest build() {
      required(hasPrice, "price");
      required(hasSignal, "signal");
      required(hasEquity, "equity");
      required(hasAvailableCapital, "availableCapital");
      return new SizingRequest(symbol, price, signal, equity, availableCapital, currentPosition, lotSize,
          maxQuantity, maxFraction, stopDistance, realizedVolatility, atr, ivRank, regime);
    }

    private static void required(boolean set, String name) {
      if (!set) {
        throw new IllegalArgumentException(name + " must be set");
      }
    }
  }
}
