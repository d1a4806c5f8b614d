package io.quantor.risk.greeks;

import io.quantor.core.internal.Args;
import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.Greeks;

/**
 * Values positions and computes their Greeks with the quant-options engines: European options by
 * {@link BlackScholes} (closed form, analytic Greeks), American options by an {@link AmericanModel}
 * (Barone-Adesi-Whaley by default, for speed), stocks at their spot.
 *
 * <p><b>American Greeks</b> are central finite differences of the American model's price (the models give
 * prices only): with {@code h_S = 1e-4 S}, {@code h_sigma = min(1e-3, sigma/2)} and
 * {@code h_T = min(1e-4, T/2)} years,
 * <pre>
 *   delta = (V(S+h_S) - V(S-h_S)) / (2 h_S),   gamma = (V(S+h_S) - 2 V(S) + V(S-h_S)) / h_S^2
 *   vega  = (V(sigma+h_sigma) - V(sigma-h_sigma)) / (2 h_sigma)
 *   theta = -(V(T+h_T) - V(T-h_T)) / (2 h_T)                   (per year, like BlackScholes)
 * </pre>
 * The Barone-Adesi-Whaley critical price does not depend on the spot, so delta and gamma are differences
 * of a smooth function (truncation error {@code O(h_S^2)}, a few 1e-8 of delta); vega and theta move the
 * critical price, which is found to a tolerance of {@code 1e-6 K}, so they can carry an error of that
 * order divided by the step (well below 1 % of vega for ordinary options). At expiry ({@code T = 0})
 * an American option is worth its intrinsic value like the European one and gets the Black-Scholes
 * expiry Greeks (delta the payoff's slope, the others 0 except theta in the money).
 *
 * <p>Instances are immutable and stateless apart from the American model; every method is a pure
 * function of its arguments. Pricing allocates nothing; {@link #greeks} allocates its result.
 *
 * <pre>{@code
 * PositionPricer pricer = PositionPricer.standard();   // Black-Scholes + Barone-Adesi-Whaley
 * double value = pricer.value(position, market);       // quantity * multiplier * price
 * PositionGreeks g = pricer.greeks(position, market);
 * }</pre>
 */
public final class PositionPricer {

  private static final PositionPricer STANDARD = new PositionPricer(AmericanModel.BARONE_ADESI_WHALEY);

  /** Relative spot step of the American finite differences. */
  private static final double SPOT_STEP = 1e-4;
  /** Largest volatility step of the American finite differences. */
  private static final double VOL_STEP = 1e-3;
  /** Largest time step (years) of the American finite differences. */
  private static final double TIME_STEP = 1e-4;

  private final AmericanModel american;

  private PositionPricer(AmericanModel american) {
    this.american = american;
  }

  /**
   * Black-Scholes for European options and Barone-Adesi-Whaley for American options.
   *
   * @return the standard pricer
   */
  public static PositionPricer standard() {
    return STANDARD;
  }

  /**
   * Black-Scholes for European options and the given model for American options.
   *
   * @param american the American model, not null
   * @return the pricer
   * @throws IllegalArgumentException if {@code american} is null
   */
  public static PositionPricer of(AmericanModel american) {
    return new PositionPricer(Args.notNull(american, "american"));
  }

  /**
   * The model used for American options.
   *
   * @return the American model
   */
  public AmericanModel americanModel() {
    return american;
  }

  /**
   * The price of an option per unit of the underlying at the given market, its own implied volatility
   * replaced by {@code volatility}.
   *
   * @param option the option position (its quantity is not used)
   * @param spot the spot of its underlying, finite and {@code > 0}
   * @param rate the risk-free rate, finite
   * @param dividendYield the dividend yield, finite
   * @param volatility the volatility, finite and {@code > 0}
   * @return the unit price
   * @throws IllegalArgumentException if an input is invalid or the model rejects it
   */
  public double unitPrice(OptionPosition option, double spot, double rate, double dividendYield,
      double volatility) {
    return price(option, spot, option.expiry(), rate, dividendYield, volatility);
  }

  private double price(OptionPosition o, double spot, double t, double r, double q, double sigma) {
    if (o.exercise() == ExerciseStyle.AMERICAN) {
      return american.price(o.type(), spot, o.strike(), t, r, q, sigma);
    }
    return BlackScholes.price(o.type(), spot, o.strike(), t, r, q, sigma);
  }

  /**
   * The market value of a position: {@code quantity * spot} for a stock,
   * {@code quantity * multiplier * price} for an option.
   *
   * @param position the position, not null
   * @param market the market, holding the position's underlying
   * @return the signed market value
   * @throws IllegalArgumentException if the market lacks the underlying or an input is invalid
   */
  public double value(RiskPosition position, MarketSnapshot market) {
    Args.notNull(position, "position");
    Underlying u = Args.notNull(market, "market").underlying(position.underlying());
    return value(position, u.spot(), market.rate(), u.dividendYield(), 1.0);
  }

  /**
   * The market value of a position in a shocked market, the revaluation step of stress tests: spot,
   * rate and dividend yield given, every implied volatility multiplied by {@code volMultiplier}.
   *
   * @param position the position, not null
   * @param spot the spot of its underlying, finite and {@code > 0}
   * @param rate the risk-free rate, finite
   * @param dividendYield the dividend yield, finite
   * @param volMultiplier the factor applied to the option's implied volatility, finite and {@code > 0}
   * @return the signed market value, {@code units * unit price}
   * @throws IllegalArgumentException if an input is invalid or the model rejects it
   */
  public double value(RiskPosition position, double spot, double rate, double dividendYield,
      double volMultiplier) {
    Args.notNull(position, "position");
    if (position instanceof OptionPosition o) {
      double sigma = o.impliedVol() * Args.positive(volMultiplier, "volMultiplier");
      return o.units() * price(o, spot, o.expiry(), rate, dividendYield, sigma);
    }
    return position.units() * Args.positive(spot, "spot");
  }

  /**
   * The price, market value and position-scaled Greeks of a position.
   *
   * @param position the position, not null
   * @param market the market, holding the position's underlying
   * @return the position's Greeks
   * @throws IllegalArgumentException if the market lacks the underlying or an input is invalid
   */
  public PositionGreeks greeks(RiskPosition position, MarketSnapshot market) {
    Args.notNull(position, "position");
    Underlying u = Args.notNull(market, "market").underlying(position.underlying());
    double s = u.spot();
    double n = position.units();
    double price;
    double delta;
    double gamma;
    double vega;
    double theta;
    if (position instanceof OptionPosition o) {
      double r = market.rate();
      double q = u.dividendYield();
      double sigma = o.impliedVol();
      double t = o.expiry();
      if (o.exercise() == ExerciseStyle.AMERICAN && t > 0) {
        price = price(o, s, t, r, q, sigma);
        double hs = SPOT_STEP * s;
        double up = price(o, s + hs, t, r, q, sigma);
        double down = price(o, s - hs, t, r, q, sigma);
        delta = (up - down) / (2 * hs);
        gamma = (up - 2 * price + down) / (hs * hs);
        double hv = Math.min(VOL_STEP, sigma / 2);
        vega = (price(o, s, t, r, q, sigma + hv) - price(o, s, t, r, q, sigma - hv)) / (2 * hv);
        double ht = Math.min(TIME_STEP, t / 2);
        theta = -(price(o, s, t + ht, r, q, sigma) - price(o, s, t - ht, r, q, sigma)) / (2 * ht);
      } else {
        Greeks g = BlackScholes.greeks(o.type(), s, o.strike(), t, r, q, sigma);
        price = g.price();
        delta = g.delta();
        gamma = g.gamma();
        vega = g.vega();
        theta = g.theta();
      }
    } else {
      price = s;
      delta = 1;
      gamma = 0;
      vega = 0;
      theta = 0;
    }
    double nDelta = delta * n;
    double dollarDelta = nDelta * s;
    GreeksExposure exposure = new GreeksExposure(nDelta, dollarDelta, dollarDelta * u.beta(), gamma * n,
        gamma * n * s * s / 100, vega * n, theta * n);
    return new PositionGreeks(position, s, price, n * price, exposure);
  }
}
