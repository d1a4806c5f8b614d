package io.quantor.risk.greeks;

import io.quantor.core.internal.Args;

/**
 * The market state of one underlying: its spot, continuous dividend yield and beta to the benchmark.
 *
 * <p>The beta is the sensitivity of the underlying's return to the benchmark's return (regression slope,
 * estimated by the caller); it scales the underlying's dollar delta into benchmark terms (see
 * {@link GreeksExposure#betaWeightedDelta(double)}). The benchmark itself has beta 1.
 *
 * @param symbol the symbol, not blank
 * @param spot the spot price, finite and {@code > 0}
 * @param dividendYield the continuously compounded dividend yield as a fraction, finite
 * @param beta the beta to the benchmark, finite
 */
public record Underlying(String symbol, double spot, double dividendYield, double beta) {

  /**
   * Validates the state.
   *
   * @param symbol the symbol, not blank
   * @param spot the spot, finite and {@code > 0}
   * @param dividendYield the dividend yield, finite
   * @param beta the beta, finite
   * @throws IllegalArgumentException naming the first invalid argument and its value
   */
  public Underlying {
    checkSymbol(symbol, "symbol");
    Args.positive(spot, "spot");
    Args.finite(dividendYield, "dividendYield");
    Args.finite(beta, "beta");
  }

  /**
   * An underlying without dividends and with beta 1.
   *
   * @param symbol the symbol, not blank
   * @param spot the spot, finite and {@code > 0}
   * @return the underlying
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Underlying of(String symbol, double spot) {
    return new Underlying(symbol, spot, 0, 1);
  }

  /**
   * An underlying with every field given.
   *
   * @param symbol the symbol, not blank
   * @param spot the spot, finite and {@code > 0}
   * @param dividendYield the dividend yield, finite
   * @param beta the beta to the benchmark, finite
   * @return the underlying
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Underlying of(String symbol, double spot, double dividendYield, double beta) {
    return new Underlying(symbol, spot, dividendYield, beta);
  }

  /**
   * The same underlying at another spot.
   *
   * @param newSpot the spot, finite and {@code > 0}
   * @return the new state
   * @throws IllegalArgumentException if {@code newSpot} is invalid
   */
  public Underlying withSpot(double newSpot) {
    return new Underlying(symbol, newSpot, dividendYield, beta);
  }

  static String checkSymbol(String symbol, String name) {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was " + symbol);
    }
    return symbol;
  }
}
