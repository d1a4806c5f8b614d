package io.quantor.options.pricing;

import static io.quantor.options.pricing.BlackScholesProperties.assertClose;
import static io.quantor.options.pricing.BlackScholesProperties.uniform;
import static io.quantor.options.pricing.FiniteDifferences.first;
import static io.quantor.options.pricing.FiniteDifferences.second;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Identities of {@link Black76}: put-call parity {@code C - P = e^{-rt} (F - K)}, agreement with
 * {@link BlackScholes} at {@code S = F, q = r}, and Greeks equal to Richardson central differences of the
 * price with the forward held fixed. Generation, steps and tolerances as in {@link BlackScholesProperties}
 * (moneyness {@code z = ln(F/K) / (sigma sqrt(t))} uniform in [-8, 8], with coverage of every bucket).
 */
class Black76Properties {

  private static final double C = 5e-3;
  private static final int FORWARD = 0;
  private static final int TIME = 1;
  private static final int RATE = 2;
  private static final int VOL = 3;

  /** One generated option on a forward. */
  record Contract(OptionType type, double forward, double strike, double t, double r, double sigma) {

    double priceAt(double[] x) {
      return Black76.price(type, x[FORWARD], strike, x[TIME], x[RATE], x[VOL]);
    }

    double scale() {
      return (forward + strike) * Math.exp(-r * t);
    }

    String moneyness() {
      double z = type.sign() * Math.log(forward / strike) / (sigma * Math.sqrt(t));
      return z < -3 ? "deep OTM" : z < -1 ? "OTM" : z <= 1 ? "near the money" : z <= 3 ? "ITM" : "deep ITM";
    }
  }

  @Provide
  Arbitrary<Contract> contracts() {
    return Combinators.combine(Arbitraries.of(OptionType.class), uniform(5, 5000),
        uniform(Math.log(1 / 365.0), Math.log(10)).map(Math::exp), uniform(-0.02, 0.15),
        uniform(Math.log(0.02), Math.log(2.5)).map(Math::exp), uniform(-8, 8))
        .as((type, k, t, r, sigma, z) ->
            new Contract(type, k * Math.exp(z * sigma * Math.sqrt(t)), k, t, r, sigma));
  }

  @Property(tries = 200)
  void putCallParity(@ForAll("contracts") Contract c) {
    double call = Black76.price(OptionType.CALL, c.forward, c.strike, c.t, c.r, c.sigma);
    double put = Black76.price(OptionType.PUT, c.forward, c.strike, c.t, c.r, c.sigma);
    assertClose(Math.exp(-c.r * c.t) * (c.forward - c.strike), call - put, 1e-13 * c.scale(), "C - P", c);
    Statistics.label("moneyness").collect(c.moneyness());
    Statistics.label("moneyness").coverage(cov -> {
      for (String bucket : new String[] {"deep OTM", "OTM", "near the money", "ITM", "deep ITM"}) {
        // Nominally 12.5 % (31 % for the deep buckets), but jqwik's edge cases put about half of the
        // tries deep out of the money, leaving 5 to 13 % in each middle bucket; a share threshold near
        // that fails now and then, so the check only asks that every bucket is reached (1 %).
        cov.check(bucket).percentage(p -> p >= 1);
      }
    });
  }

  @Property(tries = 200)
  void equalsBlackScholesWithSpotAtTheForwardAndYieldAtTheRate(@ForAll("contracts") Contract c) {
    ForwardGreeks b = Black76.greeks(c.type, c.forward, c.strike, c.t, c.r, c.sigma);
    Greeks g = BlackScholes.greeks(c.type, c.forward, c.strike, c.t, c.r, c.r, c.sigma);
    double tol = 1e-13 * c.scale();
    assertClose(g.price(), b.price(), tol, "price", c);
    assertClose(g.delta(), b.deltaForward(), 1e-14, "delta", c);
    assertClose(g.gamma(), b.gammaForward(), 1e-14 * g.gamma(), "gamma", c);
    assertClose(g.vega(), b.vega(), 1e-14 * g.vega(), "vega", c);
    // Theta with S = F and q = r held fixed is theta with F held fixed; moving r and q together moves only
    // the discounting, so rho + dividend rho is the rho with F held fixed.
    assertClose(g.theta(), b.theta(), 1e-12 * (Math.abs(g.theta()) + c.scale()), "theta", c);
    assertClose(g.rho() + g.dividendRho(), b.rho(), 1e-13 * c.t * c.scale(), "rho", c);
  }

  @Property(tries = 200)
  void greeksEqualFiniteDifferencesOfThePrice(@ForAll("contracts") Contract c) {
    ForwardGreeks g = Black76.greeks(c.type, c.forward, c.strike, c.t, c.r, c.sigma);
    double v = c.sigma * Math.sqrt(c.t);
    double d1 = Math.log(c.forward / c.strike) / v + v / 2;
    double spread = 1 + Math.abs(d1) + Math.abs(d1 - v);
    double[] h = new double[4];
    h[FORWARD] = C * c.forward * v / spread;
    h[TIME] = C * c.t / spread;
    // The rate only discounts: its natural scale is 1/t.
    h[RATE] = C / c.t;
    h[VOL] = C * c.sigma / spread;
    double[] x = {c.forward, c.t, c.r, c.sigma};
    double p = c.scale();
    check("deltaForward", g.deltaForward(), first(c::priceAt, x, FORWARD, h[FORWARD]), p * C / h[FORWARD], c);
    check("gammaForward", g.gammaForward(), second(c::priceAt, x, FORWARD, h[FORWARD]),
        p * C * C / (h[FORWARD] * h[FORWARD]), c);
    check("vega", g.vega(), first(c::priceAt, x, VOL, h[VOL]), p * C / h[VOL], c);
    check("theta", g.theta(), -first(c::priceAt, x, TIME, h[TIME]), p * C / h[TIME], c);
    check("rho", g.rho(), first(c::priceAt, x, RATE, h[RATE]), p * C / h[RATE], c);
  }

  private static void check(String name, double analytic, double fd, double scale, Contract c) {
    assertClose(analytic, fd, 1e-6 * Math.abs(analytic) + 1e-8 * scale, name + " vs finite difference", c);
  }
}
