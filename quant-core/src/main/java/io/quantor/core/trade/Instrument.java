package io.quantor.core.trade;

import io.quantor.core.internal.Args;
import java.util.Optional;

/**
 * A tradable instrument: its symbol, its asset class, its contract multiplier and, for derivatives, the
 * symbol of its underlying. Immutable; two instruments are equal when every component is.
 *
 * <p><b>Multiplier.</b> Prices are quoted per unit of the underlying and quantities count contracts, so
 * money is {@code quantity * price * multiplier}: 1 for shares, 100 for a US equity option (a premium of
 * 2.50 costs 250 a contract), the point value for a future (50 for the E-mini S&amp;P 500).
 *
 * <p>The symbol identifies the instrument in a {@link Portfolio}; contract terms beyond the multiplier
 * (strike, expiry, option type) belong to the modules that price them.
 *
 * <pre>{@code
 * Instrument orcl = Instrument.stock("ORCL");
 * Instrument call = Instrument.option("ORCL  241220C00170000", "ORCL");   // multiplier 100
 * Instrument es = Instrument.future("ESZ4", "SPX", 50);
 * }</pre>
 *
 * @param symbol the symbol, not blank
 * @param assetClass the asset class
 * @param multiplier the money per unit of price per unit of quantity, finite and {@code > 0}
 * @param underlying the underlying's symbol, or {@code null} if none (not blank when given)
 */
public record Instrument(String symbol, AssetClass assetClass, double multiplier, String underlying) {

  /** The multiplier of a US listed equity option: {@value}. */
  public static final double OPTION_MULTIPLIER = 100;

  /**
   * Validates the instrument.
   *
   * @param symbol the symbol, not null or blank
   * @param assetClass the asset class, not null
   * @param multiplier the multiplier, finite and {@code > 0}
   * @param underlying the underlying's symbol, null or not blank
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Instrument {
    notBlank(symbol, "symbol");
    Args.notNull(assetClass, "assetClass");
    Args.positive(multiplier, "multiplier");
    if (underlying != null) {
      notBlank(underlying, "underlying");
    }
  }

  /**
   * An instrument with multiplier 1 and no underlying.
   *
   * @param symbol the symbol
   * @param assetClass the asset class
   * @return the instrument
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Instrument of(String symbol, AssetClass assetClass) {
    return new Instrument(symbol, assetClass, 1, null);
  }

  /**
   * A stock: multiplier 1, no underlying.
   *
   * @param symbol the symbol
   * @return the instrument
   * @throws IllegalArgumentException if the symbol is null or blank
   */
  public static Instrument stock(String symbol) {
    return of(symbol, AssetClass.STOCK);
  }

  /**
   * An exchange-traded fund: multiplier 1, no underlying.
   *
   * @param symbol the symbol
   * @return the instrument
   * @throws IllegalArgumentException if the symbol is null or blank
   */
  public static Instrument etf(String symbol) {
    return of(symbol, AssetClass.ETF);
  }

  /**
   * A US listed equity option: multiplier {@value #OPTION_MULTIPLIER}.
   *
   * @param symbol the option's symbol (for example its OCC symbol)
   * @param underlying the underlying's symbol
   * @return the instrument
   * @throws IllegalArgumentException if a symbol is null or blank
   */
  public static Instrument option(String symbol, String underlying) {
    return option(symbol, underlying, OPTION_MULTIPLIER);
  }

  /**
   * An option with the given multiplier (mini options: 10; index and futures options: their own).
   *
   * @param symbol the option's symbol
   * @param underlying the underlying's symbol
   * @param multiplier the multiplier, finite and {@code > 0}
   * @return the instrument
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Instrument option(String symbol, String underlying, double multiplier) {
    return new Instrument(symbol, AssetClass.OPTION, multiplier, Args.notNull(underlying, "underlying"));
  }

  /**
   * A futures contract.
   *
   * @param symbol the contract's symbol
   * @param underlying the underlying's symbol
   * @param multiplier the point value, finite and {@code > 0}
   * @return the instrument
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Instrument future(String symbol, String underlying, double multiplier) {
    return new Instrument(symbol, AssetClass.FUTURE, multiplier, Args.notNull(underlying, "underlying"));
  }

  /**
   * The underlying's symbol, if the instrument has one.
   *
   * @return the underlying's symbol, or empty
   */
  public Optional<String> underlyingSymbol() {
    return Optional.ofNullable(underlying);
  }

  /**
   * The money value of a quantity at a price: {@code quantity * price * multiplier}.
   *
   * @param quantity the (signed) quantity
   * @param price the price
   * @return the value, with the sign of {@code quantity * price}
   */
  public double value(double quantity, double price) {
    return quantity * price * multiplier;
  }

  static String notBlank(String value, String name) {
    if (Args.notNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
    }
    return value;
  }
}
