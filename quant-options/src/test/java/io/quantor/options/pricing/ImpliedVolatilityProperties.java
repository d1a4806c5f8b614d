package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of {@link ImpliedVolatility}: {@code ImpliedVolatility(price(sigma)) == sigma} to the accuracy
 * the price allows, over deep in- and out-of-the-money options and expiries from one day to twenty years
 * (coverage checked with {@code Statistics.coverage}); agreement of calls and puts related by parity, and of
 * Black-76 with Black-Scholes; and, for arbitrary prices, a clean result: never NaN, never an exception,
 * and an OK result that reprices.
 *
 * <p>Round-trip tolerance: {@code 8 eps max(S e^{-qT}, K e^{-rT}) / vega + 1e-14 sigma}, the rounding of a
 * price computed from the discounted legs (an ulp of the legs, whatever the time value) over the vega, so it
 * is tight where the price determines sigma and loose only where it does not; where the time value is within
 * the documented allowance {@code 4 eps max(legs)} the result may be {@code NO_TIME_VALUE}.
 */
class ImpliedVolatilityProperties {

  private static final double EPS = Math.ulp(1.0);

  @Property(tries = 200)
  void blackScholesRoundTrip(@ForAll OptionType type,
      @ForAll("spots") double spot,
      @ForAll("standardisedMoneyness") double z,
      @ForAll("volatilities") double sigma,
      @ForAll("days") int days,
      @ForAll("rates") double r,
      @ForAll("yields") double q) {
    double t = days / 365.0;
    double sd = sigma * Math.sqrt(t);
    // Strike from the standardised log-moneyness z = ln(F/K)/(sigma sqrt T).
    double strike = spot * Math.exp((r - q) * t - z * sd);
    double callSide = type.sign() * z;
    Statistics.label("moneyness").collect(callSide > 3 ? "deep ITM" : callSide > 0.5 ? "ITM"
        : callSide >= -0.5 ? "ATM" : callSide >= -3 ? "OTM" : "deep OTM");
    Statistics.label("expiry").collect(days <= 7 ? "<= 1 week" : days >= 730 ? ">= 2 years" : "between");
    Statistics.label("moneyness").coverage(c -> {
      c.check("deep ITM").percentage(p -> p >= 5);
      c.check("deep OTM").percentage(p -> p >= 5);
      c.check("ATM").percentage(p -> p >= 5);
    });
    Statistics.label("expiry").coverage(c -> {
      c.check("<= 1 week").percentage(p -> p >= 5);
      c.check(">= 2 years").percentage(p -> p >= 5);
    });

    double price = BlackScholes.price(type, spot, strike, t, r, q, sigma);
    ImpliedVolResult iv = ImpliedVolatility.blackScholes(type, price, spot, strike, t, r, q);
    double legs = Math.max(spot * Math.exp(-q * t), strike * Math.exp(-r * t));
    if (iv.isOk()) {
      double vega = BlackScholes.greeks(type, spot, strike, t, r, q, sigma).vega();
      double tolerance = 8 * EPS * legs / vega + 1e-14 * sigma;
      assertEquals(sigma, iv.volatility(), tolerance, "price " + price + " " + iv);
      assertTrue(iv.iterations() <= 3, iv.toString());
    } else {
      assertAtABound(iv.status(), type, price, spot * Math.exp(-q * t), strike * Math.exp(-r * t));
    }
  }

  @Property(tries = 200)
  void callsAndPutsRelatedByParityHaveOneVolatility(
      @ForAll("spots") double spot,
      @ForAll("standardisedMoneyness") double z,
      @ForAll("volatilities") double sigma,
      @ForAll("days") int days,
      @ForAll("rates") double r) {
    double t = days / 365.0;
    double strike = spot * Math.exp(r * t - z * sigma * Math.sqrt(t));
    // Price the out-of-the-money side, derive the other by parity C - P = D (F - K).
    OptionType otm = z <= 0 ? OptionType.CALL : OptionType.PUT;
    double otmPrice = Black76.price(otm, spot, strike, t, r, sigma);
    double parity = Math.exp(-r * t) * (spot - strike);
    double itmPrice = otm == OptionType.CALL ? otmPrice - parity : otmPrice + parity;
    OptionType itm = otm == OptionType.CALL ? OptionType.PUT : OptionType.CALL;
    double a = ImpliedVolatility.black76Volatility(otm, otmPrice, spot, strike, t, r);
    double b = ImpliedVolatility.black76Volatility(itm, itmPrice, spot, strike, t, r);
    if (a >= 0 && b >= 0) {
      double vega = Black76.greeks(otm, spot, strike, t, r, sigma).vega();
      double legs = Math.exp(-r * t) * Math.max(spot, strike);
      assertEquals(a, b, 8 * EPS * legs / vega + 1e-14 * sigma);
    } else {
      // Only where a price is lost in the rounding of one of its bounds.
      double discount = Math.exp(-r * t);
      assertAtABound(ImpliedVolStatus.of(a), otm, otmPrice, discount * spot, discount * strike);
      assertAtABound(ImpliedVolStatus.of(b), itm, itmPrice, discount * spot, discount * strike);
    }
  }

  /**
   * A status that is not OK must be NO_TIME_VALUE or ABOVE_MAXIMUM with the price within the rounding
   * allowance {@code 4 eps max(legs)} of the lower or upper bound, plus as much again for the rounding of
   * this test's own bound and parity price (a few operations on numbers of the size of the legs).
   */
  private static void assertAtABound(ImpliedVolStatus status, OptionType type, double price, double a,
      double k) {
    double allowance = 8 * EPS * Math.max(a, k);
    if (status == ImpliedVolStatus.NO_TIME_VALUE) {
      double lower = Math.max(type.sign() * (a - k), 0);
      assertTrue(Math.abs(price - lower) <= allowance, "time value " + (price - lower));
    } else if (status != ImpliedVolStatus.OK) {
      assertEquals(ImpliedVolStatus.ABOVE_MAXIMUM, status, "price " + price);
      double upper = type == OptionType.CALL ? a : k;
      assertTrue(upper - price <= allowance, "below the maximum by " + (upper - price));
    }
  }

  @Property(tries = 200)
  void arbitraryPricesGiveACleanResult(@ForAll OptionType type,
      @ForAll("priceFractions") double priceFraction,
      @ForAll("spots") double spot,
      @ForAll("strikeRatios") double strikeRatio,
      @ForAll("anyTimes") double t,
      @ForAll("rates") double r,
      @ForAll("yields") double q) {
    double price = priceFraction * spot;
    double strike = strikeRatio * spot;
    ImpliedVolResult iv = ImpliedVolatility.blackScholes(type, price, spot, strike, t, r, q);
    double fast = ImpliedVolatility.blackScholesVolatility(type, price, spot, strike, t, r, q);
    Statistics.label("status").collect(iv.status());
    Statistics.label("status").coverage(c -> {
      c.check(ImpliedVolStatus.OK).percentage(p -> p >= 10);
      c.check(ImpliedVolStatus.BELOW_INTRINSIC).percentage(p -> p >= 5);
      c.check(ImpliedVolStatus.ABOVE_MAXIMUM).percentage(p -> p >= 5);
    });
    assertTrue(Double.isFinite(iv.volatility()) && iv.volatility() >= 0, iv.toString());
    assertTrue(Double.isFinite(fast), "fast path " + fast);
    assertEquals(iv.status(), ImpliedVolStatus.of(fast));
    if (iv.isOk()) {
      assertEquals(iv.volatility(), fast);
      double repriced = BlackScholes.price(type, spot, strike, t, r, q, iv.volatility());
      assertEquals(price, repriced, 1e-12 * Math.max(spot, strike), iv.toString());
    }
  }

  @Provide
  Arbitrary<Double> spots() {
    return logUniform(1, 1000);
  }

  @Provide
  Arbitrary<Double> standardisedMoneyness() {
    return Arbitraries.doubles().ofScale(12).between(-8, 8).withDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<Double> volatilities() {
    // Log-uniform from 1 % to 300 %.
    return logUniform(0.01, 3);
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.integers().between(1, 7)),
        Tuple.of(2, Arbitraries.integers().between(8, 729)),
        Tuple.of(1, Arbitraries.integers().between(730, 7300)));
  }

  @Provide
  Arbitrary<Double> rates() {
    return Arbitraries.doubles().ofScale(12).between(-0.01, 0.10)
        .withDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<Double> yields() {
    return Arbitraries.doubles().ofScale(12).between(0, 0.06).withDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<Double> anyTimes() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0.0)),
        Tuple.of(9, Arbitraries.doubles().ofScale(12).between(1e-4, 30)
            .withDistribution(RandomDistribution.uniform())));
  }

  @Provide
  Arbitrary<Double> strikeRatios() {
    return logUniform(0.2, 5);
  }

  @Provide
  Arbitrary<Double> priceFractions() {
    // Prices as fractions of the spot: mostly inside the bounds, some below and above them.
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.doubles().ofScale(12).between(-0.05, 1.1)
            .withDistribution(RandomDistribution.uniform())),
        Tuple.of(2, logUniform(1e-300, 1e-3)),
        Tuple.of(1, Arbitraries.of(0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE)));
  }

  /** Log-uniform on {@code [lo, hi]}. */
  private static Arbitrary<Double> logUniform(double lo, double hi) {
    return Arbitraries.doubles().ofScale(15).between(0, 1).withDistribution(RandomDistribution.uniform())
        .map(u -> lo * Math.pow(hi / lo, u));
  }
}
