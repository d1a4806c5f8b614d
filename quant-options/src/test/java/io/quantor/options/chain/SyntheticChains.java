package io.quantor.options.chain;

import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * Test chains priced from a known volatility function with Black-Scholes-Merton: bid = ask = model price,
 * no implied volatility or Greeks given, so {@link OptionChain#of} solves them.
 */
public final class SyntheticChains {

  /** Valuation date of the synthetic chains. */
  public static final LocalDate TODAY = LocalDate.of(2024, 1, 15);
  /** Snapshot time of the synthetic chains. */
  public static final Instant NOW = Instant.parse("2024-01-15T15:00:00Z");

  private SyntheticChains() {
  }

  /**
   * A chain with calls and puts at every strike {@code low, low + step, ..., high} and every expiry.
   *
   * @param spot spot
   * @param r rate
   * @param q dividend yield
   * @param days days to each expiry
   * @param low lowest strike
   * @param high highest strike
   * @param step strike step
   * @param vol volatility as a function of (log-moneyness ln(K/F), T)
   * @return the chain
   */
  public static OptionChain chain(double spot, double r, double q, int[] days, double low, double high,
      double step, DoubleBinaryOperator vol) {
    List<OptionQuote> quotes = new ArrayList<>();
    for (int d : days) {
      LocalDate expiry = TODAY.plusDays(d);
      double t = d / 365.0;
      double forward = spot * Math.exp((r - q) * t);
      for (double k = low; k <= high + 1e-9; k += step) {
        double sigma = vol.applyAsDouble(Math.log(k / forward), t);
        for (OptionType type : OptionType.values()) {
          double price = BlackScholes.price(type, spot, k, t, r, q, sigma);
          OptionContract c = OptionContract.of("SPY", type, k, expiry, ExerciseStyle.EUROPEAN);
          quotes.add(OptionQuote.of(c, price, price, NOW));
        }
      }
    }
    return OptionChain.of("SPY", spot, NOW, TODAY, r, q, quotes);
  }

  /**
   * A flat-volatility chain: spot 100, r 0.03, q 0.01, expiries 14, 30, 60 and 91 days, strikes 70..130
   * by 1.
   *
   * @param sigma the volatility
   * @return the chain
   */
  public static OptionChain flat(double sigma) {
    return chain(100, 0.03, 0.01, new int[] {14, 30, 60, 91}, 70, 130, 1, (k, t) -> sigma);
  }
}
