package io.quantor.options.chain;

import io.quantor.core.internal.Args;
import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.Greeks;
import io.quantor.options.pricing.ImpliedVolResult;
import io.quantor.options.pricing.ImpliedVolatility;
import io.quantor.options.pricing.OptionType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * An immutable snapshot of the listed options on one underlying, organised by expiry and strike, with
 * the look-ups a strategy needs: at-the-money strike, strike nearest to a target delta, expiries within a
 * days-to-expiry window, skew metrics, the at-the-money term structure and a volatility surface.
 *
 * <h2>Market and completion of quotes</h2>
 * The chain knows the underlying's spot price, the snapshot time, the valuation date (from which time to
 * expiry is {@code calendar days / 365}, see {@link OptionContract#yearsToExpiry(LocalDate)}), a flat
 * continuously compounded rate {@code r} and dividend yield {@code q}. On construction each quote without
 * an implied volatility gets the Black-Scholes-Merton volatility solved from its mid price
 * ({@link ImpliedVolatility#blackScholes}; left unknown when the solve has no answer, e.g. a mid below
 * intrinsic value, or at {@code T = 0}), and each quote without Greeks gets the Black-Scholes-Merton Greeks
 * at its implied volatility. Values given by the source are kept. The European formula is used for
 * American contracts too: for short-dated out-of-the-money equity options the early-exercise premium is
 * small, but deep in-the-money American puts get a slightly high implied volatility.
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li><b>At-the-money strike</b>: the listed strike of the expiry nearest to spot (ties: the lower).</li>
 *   <li><b>Forward</b> {@code F = S e^{(r - q) T}}; log-moneyness {@code k = ln(K / F)}.</li>
 *   <li><b>Volatility at a delta</b>: implied volatility interpolated linearly in delta between the two
 *       quotes of adjacent strikes whose deltas bracket the target (empty outside the quoted deltas).</li>
 *   <li><b>Risk reversal</b> {@code RR(d) = sigma_call(d) - sigma_put(-d)}; the 25-delta risk reversal is
 *       {@code RR(0.25)} (negative for the usual equity skew, where puts are dearer).</li>
 *   <li><b>Put-skew slope</b>: the secant slope of implied volatility against log-moneyness between the
 *       50-delta and the 25-delta put, {@code (sigma(-0.25) - sigma(-0.50)) / (k(-0.25) - k(-0.50))}, both
 *       volatilities and log-moneyness interpolated linearly in delta; volatility per unit of log-moneyness,
 *       negative when volatility rises towards lower strikes.</li>
 *   <li><b>Smile of an expiry</b> (for the at-the-money volatility and the surface): out-of-the-money
 *       quotes, puts for {@code K < F} and calls for {@code K >= F} (the other type where that one has no
 *       implied volatility), interpolated as in {@link VolatilitySurface}; the at-the-money volatility is
 *       the smile at {@code k = 0}.</li>
 * </ul>
 *
 * <pre>{@code
 * OptionChain chain = OptionChain.of("SPY", 512.3, snapshotTime, LocalDate.of(2024, 3, 1), 0.05, 0.013,
 *     quotes);
 * LocalDate expiry = chain.expiriesWithin(30, 45).get(0);
 * double atm = chain.atmStrike(expiry);
 * Optional<OptionQuote> shortPut = chain.nearestDelta(expiry, OptionType.PUT, -0.16);
 * OptionalDouble rr25 = chain.riskReversal25(expiry);
 * List<AtmTermPoint> term = chain.atmTermStructure();
 * VolatilitySurface surface = chain.volatilitySurface().orElseThrow();
 * }</pre>
 */
public final class OptionChain {

  /** The quotes of one expiry, by strike. */
  private static final class Slice {
    final LocalDate expiry;
    final double years;
    final double[] strikes;
    final OptionQuote[] calls;
    final OptionQuote[] puts;

    Slice(LocalDate expiry, double years, double[] strikes, OptionQuote[] calls, OptionQuote[] puts) {
      this.expiry = expiry;
      this.years = years;
      this.strikes = strikes;
      this.calls = calls;
      this.puts = puts;
    }

    OptionQuote[] of(OptionType type) {
      return type == OptionType.CALL ? calls : puts;
    }
  }

  private static final double DAYS_PER_YEAR = 365;
  private static final double DEFAULT_RR_DELTA = 0.25;
  private static final double SKEW_NEAR_DELTA = -0.50;
  private static final double SKEW_FAR_DELTA = -0.25;

  private final String underlying;
  private final double spot;
  private final Instant timestamp;
  private final LocalDate valuationDate;
  private final double rate;
  private final double dividendYield;
  private final TreeMap<LocalDate, Slice> slices;
  private final List<OptionQuote> quotes;

  private OptionChain(String underlying, double spot, Instant timestamp, LocalDate valuationDate,
      double rate, double dividendYield, TreeMap<LocalDate, Slice> slices, List<OptionQuote> quotes) {
    this.underlying = underlying;
    this.spot = spot;
    this.timestamp = timestamp;
    this.valuationDate = valuationDate;
    this.rate = rate;
    this.dividendYield = dividendYield;
    this.slices = slices;
    this.quotes = quotes;
  }

  /**
   * Builds a chain, completing missing implied volatilities and Greeks as described above.
   *
   * @param underlying the underlying symbol; every quote must be on it
   * @param spot the spot price of the underlying at the snapshot, finite and {@code > 0}
   * @param timestamp the snapshot time
   * @param valuationDate the date from which time to expiry is counted; no quote may expire before it
   * @param rate the continuously compounded risk-free rate, finite
   * @param dividendYield the continuous dividend yield, finite
   * @param quotes the quotes, at most one per (expiry, strike, type); may be empty
   * @return the chain
   * @throws IllegalArgumentException if an argument is null or out of range, a quote is on another
   *     underlying or expired, or a contract is quoted twice
   */
  public static OptionChain of(String underlying, double spot, Instant timestamp, LocalDate valuationDate,
      double rate, double dividendYield, Collection<OptionQuote> quotes) {
    Args.notNull(underlying, "underlying");
    Args.positive(spot, "spot");
    Args.notNull(timestamp, "timestamp");
    Args.notNull(valuationDate, "valuationDate");
    Args.finite(rate, "rate");
    Args.finite(dividendYield, "dividendYield");
    Args.notNull(quotes, "quotes");
    Map<LocalDate, List<OptionQuote>> byExpiry = new TreeMap<>();
    for (OptionQuote quote : quotes) {
      Args.notNull(quote, "quotes element");
      OptionContract c = quote.contract();
      if (!c.underlying().equals(underlying)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "quotes must be on the underlying %s, found %s", underlying, c));
      }
      double years = c.yearsToExpiry(valuationDate);
      byExpiry.computeIfAbsent(c.expiry(), e -> new ArrayList<>())
          .add(complete(quote, spot, years, rate, dividendYield));
    }
    TreeMap<LocalDate, Slice> slices = new TreeMap<>();
    List<OptionQuote> all = new ArrayList<>();
    for (Map.Entry<LocalDate, List<OptionQuote>> e : byExpiry.entrySet()) {
      Slice slice = slice(e.getKey(), e.getValue(), valuationDate);
      slices.put(e.getKey(), slice);
      for (int j = 0; j < slice.strikes.length; j++) {
        if (slice.calls[j] != null) {
          all.add(slice.calls[j]);
        }
        if (slice.puts[j] != null) {
          all.add(slice.puts[j]);
        }
      }
    }
    return new OptionChain(underlying, spot, timestamp, valuationDate, rate, dividendYield, slices,
        Collections.unmodifiableList(all));
  }

  private static OptionQuote complete(OptionQuote quote, double spot, double years, double r, double q) {
    OptionContract c = quote.contract();
    double iv = quote.impliedVol();
    if (!quote.hasImpliedVol() && years > 0 && quote.mid() > 0) {
      ImpliedVolResult solved = ImpliedVolatility.blackScholes(
          c.type(), quote.mid(), spot, c.strike(), years, r, q);
      if (solved.isOk()) {
        iv = solved.volatility();
      }
    }
    Greeks greeks = quote.greeks();
    if (greeks == null && !Double.isNaN(iv)) {
      greeks = BlackScholes.greeks(c.type(), spot, c.strike(), years, r, q, iv);
    }
    if (greeks == quote.greeks() && Double.compare(iv, quote.impliedVol()) == 0) {
      return quote;
    }
    return quote.withAnalytics(iv, greeks);
  }

  private static Slice slice(LocalDate expiry, List<OptionQuote> quotes, LocalDate valuationDate) {
    quotes.sort(Comparator.comparingDouble((OptionQuote x) -> x.contract().strike())
        .thenComparing(x -> x.contract().type()));
    double[] strikes = quotes.stream().mapToDouble(x -> x.contract().strike()).distinct().toArray();
    OptionQuote[] calls = new OptionQuote[strikes.length];
    OptionQuote[] puts = new OptionQuote[strikes.length];
    for (OptionQuote quote : quotes) {
      int j = Arrays.binarySearch(strikes, quote.contract().strike());
      OptionQuote[] side = quote.contract().type() == OptionType.CALL ? calls : puts;
      if (side[j] != null) {
        throw new IllegalArgumentException("quotes must hold one quote per contract, found two for "
            + quote.contract().type() + " " + strikes[j] + " " + expiry);
      }
      side[j] = quote;
    }
    return new Slice(expiry, quotes.get(0).contract().yearsToExpiry(valuationDate), strikes, calls, puts);
  }

  /**
   * The underlying symbol.
   *
   * @return the symbol
   */
  public String underlying() {
    return underlying;
  }

  /**
   * The spot price of the underlying at the snapshot.
   *
   * @return the spot, {@code > 0}
   */
  public double spot() {
    return spot;
  }

  /**
   * When the snapshot was taken.
   *
   * @return the snapshot time
   */
  public Instant timestamp() {
    return timestamp;
  }

  /**
   * The date from which time to expiry is counted.
   *
   * @return the valuation date
   */
  public LocalDate valuationDate() {
    return valuationDate;
  }

  /**
   * The continuously compounded risk-free rate.
   *
   * @return {@code r}
   */
  public double rate() {
    return rate;
  }

  /**
   * The continuous dividend yield.
   *
   * @return {@code q}
   */
  public double dividendYield() {
    return dividendYield;
  }

  /**
   * Every quote (completed), by expiry, strike, then call before put.
   *
   * @return an unmodifiable list
   */
  public List<OptionQuote> quotes() {
    return quotes;
  }

  /**
   * The expiries, earliest first.
   *
   * @return an unmodifiable list
   */
  public List<LocalDate> expiries() {
    return List.copyOf(slices.keySet());
  }

  /**
   * The expiries whose calendar days to expiry lie in {@code [minDays, maxDays]}.
   *
   * @param minDays the smallest number of days, {@code >= 0}
   * @param maxDays the largest number of days, {@code >= minDays}
   * @return the matching expiries, earliest first (possibly none)
   * @throws IllegalArgumentException if the window is invalid
   */
  public List<LocalDate> expiriesWithin(long minDays, long maxDays) {
    if (minDays < 0 || maxDays < minDays) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "days window must satisfy 0 <= minDays <= maxDays, was [%d, %d]", minDays, maxDays));
    }
    LocalDate from = valuationDate.plusDays(minDays);
    LocalDate to = valuationDate.plusDays(maxDays);
    return List.copyOf(slices.subMap(from, true, to, true).keySet());
  }

  /**
   * The time to an expiry in years, {@code calendar days / 365} from the valuation date.
   *
   * @param expiry a date not before the valuation date
   * @return {@code T >= 0}
   * @throws IllegalArgumentException if {@code expiry} is null or before the valuation date
   */
  public double yearsToExpiry(LocalDate expiry) {
    Args.notNull(expiry, "expiry");
    Slice s = slices.get(expiry);
    if (s != null) {
      return s.years;
    }
    long days = ChronoUnit.DAYS.between(valuationDate, expiry);
    if (days < 0) {
      throw new IllegalArgumentException("expiry must not be before the valuation date " + valuationDate
          + ", was " + expiry);
    }
    return days / DAYS_PER_YEAR;
  }

  /**
   * The forward price {@code S e^{(r - q) T}} for an expiry.
   *
   * @param expiry a date not before the valuation date
   * @return the forward
   * @throws IllegalArgumentException if {@code expiry} is null or before the valuation date
   */
  public double forward(LocalDate expiry) {
    return spot * Math.exp((rate - dividendYield) * yearsToExpiry(expiry));
  }

  /**
   * The listed strikes of an expiry (of calls or puts).
   *
   * @param expiry an expiry of the chain
   * @return the strikes, increasing (a copy)
   * @throws IllegalArgumentException if the chain has no such expiry
   */
  public double[] strikes(LocalDate expiry) {
    return slice(expiry).strikes.clone();
  }

  /**
   * The quote of one contract.
   *
   * @param expiry the expiry
   * @param strike the strike
   * @param type call or put
   * @return the quote, or empty when the chain does not quote that contract
   */
  public Optional<OptionQuote> quote(LocalDate expiry, double strike, OptionType type) {
    Args.notNull(type, "type");
    Slice s = expiry == null ? null : slices.get(expiry);
    if (s == null) {
      return Optional.empty();
    }
    int j = Arrays.binarySearch(s.strikes, strike);
    return j >= 0 ? Optional.ofNullable(s.of(type)[j]) : Optional.empty();
  }

  /**
   * The quote of a contract (its underlying, expiry, strike and type; style and multiplier are not
   * compared).
   *
   * @param contract the contract
   * @return the quote, or empty when the chain does not quote it
   */
  public Optional<OptionQuote> quote(OptionContract contract) {
    Args.notNull(contract, "contract");
    if (!contract.underlying().equals(underlying)) {
      return Optional.empty();
    }
    return quote(contract.expiry(), contract.strike(), contract.type());
  }

  /**
   * The quotes of one expiry and type, by increasing strike.
   *
   * @param expiry an expiry of the chain
   * @param type call or put
   * @return an unmodifiable list
   * @throws IllegalArgumentException if the chain has no such expiry
   */
  public List<OptionQuote> quotes(LocalDate expiry, OptionType type) {
    Args.notNull(type, "type");
    List<OptionQuote> out = new ArrayList<>();
    for (OptionQuote q : slice(expiry).of(type)) {
      if (q != null) {
        out.add(q);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The at-the-money strike: the listed strike of the expiry nearest to spot (ties: the lower).
   *
   * @param expiry an expiry of the chain
   * @return the strike
   * @throws IllegalArgumentException if the chain has no such expiry
   */
  public double atmStrike(LocalDate expiry) {
    double[] strikes = slice(expiry).strikes;
    double best = strikes[0];
    for (double k : strikes) {
      if (Math.abs(k - spot) < Math.abs(best - spot)) {
        best = k;
      }
    }
    return best;
  }

  /**
   * The quote whose delta is nearest to a target (ties: the lower strike), among the quotes of the
   * expiry and type with Greeks.
   *
   * @param expiry an expiry of the chain
   * @param type call or put
   * @param targetDelta the target, in {@code [0, 1]} for calls and {@code [-1, 0]} for puts (a 16-delta
   *     put is {@code -0.16})
   * @return the quote, or empty when no quote of that type has Greeks
   * @throws IllegalArgumentException if the chain has no such expiry or the target is out of range
   */
  public Optional<OptionQuote> nearestDelta(LocalDate expiry, OptionType type, double targetDelta) {
    checkDelta(type, targetDelta);
    OptionQuote best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (OptionQuote q : slice(expiry).of(type)) {
      if (q != null && q.hasGreeks()) {
        double distance = Math.abs(q.greeks().delta() - targetDelta);
        if (distance < bestDistance) {
          best = q;
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The implied volatility at a delta, interpolated linearly in delta between the quotes of adjacent
   * strikes (among those with an implied volatility and Greeks) whose deltas bracket the target.
   *
   * @param expiry an expiry of the chain
   * @param type call or put
   * @param delta the delta, in {@code [0, 1]} for calls and {@code [-1, 0]} for puts
   * @return the volatility, or empty when the quoted deltas do not bracket the target
   * @throws IllegalArgumentException if the chain has no such expiry or the delta is out of range
   */
  public OptionalDouble volatilityAtDelta(LocalDate expiry, OptionType type, double delta) {
    checkDelta(type, delta);
    double[] point = atDelta(slice(expiry), type, delta);
    return point == null ? OptionalDouble.empty() : OptionalDouble.of(point[0]);
  }

  /**
   * The risk reversal {@code sigma_call(delta) - sigma_put(-delta)}.
   *
   * @param expiry an expiry of the chain
   * @param delta the call delta, in {@code (0, 1)}, such as 0.25
   * @return the risk reversal in volatility units (fractions), or empty if either side cannot be
   *     interpolated
   * @throws IllegalArgumentException if the chain has no such expiry or the delta is out of range
   */
  public OptionalDouble riskReversal(LocalDate expiry, double delta) {
    if (!(delta > 0 && delta < 1)) {
      throw new IllegalArgumentException("delta must be in (0, 1), was " + delta);
    }
    Slice s = slice(expiry);
    double[] call = atDelta(s, OptionType.CALL, delta);
    double[] put = atDelta(s, OptionType.PUT, -delta);
    return call == null || put == null ? OptionalDouble.empty() : OptionalDouble.of(call[0] - put[0]);
  }

  /**
   * The 25-delta risk reversal {@code sigma_call(0.25) - sigma_put(-0.25)}.
   *
   * @param expiry an expiry of the chain
   * @return the risk reversal, or empty if either side cannot be interpolated
   * @throws IllegalArgumentException if the chain has no such expiry
   */
  public OptionalDouble riskReversal25(LocalDate expiry) {
    return riskReversal(expiry, DEFAULT_RR_DELTA);
  }

  /**
   * The put-skew slope: {@code (sigma(-0.25) - sigma(-0.50)) / (k(-0.25) - k(-0.50))} over puts, with
   * {@code k = ln(K/F)}, volatility and log-moneyness interpolated linearly in delta.
   *
   * @param expiry an expiry of the chain
   * @return the slope (volatility per unit of log-moneyness), or empty if the put deltas do not bracket
   *     both points or the two points have the same log-moneyness
   * @throws IllegalArgumentException if the chain has no such expiry
   */
  public OptionalDouble putSkewSlope(LocalDate expiry) {
    Slice s = slice(expiry);
    double[] near = atDelta(s, OptionType.PUT, SKEW_NEAR_DELTA);
    double[] far = atDelta(s, OptionType.PUT, SKEW_FAR_DELTA);
    if (near == null || far == null || !(far[1] != near[1])) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((far[0] - near[0]) / (far[1] - near[1]));
  }

  /** {volatility, log-moneyness} at a delta by linear interpolation in delta, or null. */
  private double[] atDelta(Slice s, OptionType type, double target) {
    double forward = spot * Math.exp((rate - dividendYield) * s.years);
    double prevDelta = Double.NaN;
    double prevVol = Double.NaN;
    double prevK = Double.NaN;
    // Deltas decrease with strike for calls and for puts; look for adjacent usable quotes bracketing it.
    for (OptionQuote q : s.of(type)) {
      if (q == null || !q.hasGreeks() || !q.hasImpliedVol()) {
        continue;
      }
      double d = q.greeks().delta();
      double k = Math.log(q.contract().strike() / forward);
      if (d == target) {
        return new double[] {q.impliedVol(), k};
      }
      if (prevDelta > target && target > d) {
        double weight = (prevDelta - target) / (prevDelta - d);
        return new double[] {prevVol + weight * (q.impliedVol() - prevVol), prevK + weight * (k - prevK)};
      }
      prevDelta = d;
      prevVol = q.impliedVol();
      prevK = k;
    }
    return null;
  }

  /**
   * The at-the-forward implied volatility of an expiry: its smile (out-of-the-money quotes, interpolated
   * as in {@link VolatilitySurface}) at {@code k = 0}.
   *
   * @param expiry an expiry of the chain
   * @return the volatility, or empty when the expiry has {@code T = 0} or no implied volatilities
   * @throws IllegalArgumentException if the chain has no such expiry
   */
  public OptionalDouble atmVolatility(LocalDate expiry) {
    Slice s = slice(expiry);
    double[][] nodes = smileNodes(s);
    if (nodes == null) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.sqrt(new MonotoneCubic(nodes[0], nodes[1]).value(0) / s.years));
  }

  /**
   * The at-the-money term structure: {@link #atmVolatility(LocalDate)} of every expiry that has one,
   * earliest first. These are the input smiles' values; the surface's calendar guard is not applied.
   *
   * @return the points, possibly none
   */
  public List<AtmTermPoint> atmTermStructure() {
    List<AtmTermPoint> out = new ArrayList<>();
    for (Slice s : slices.values()) {
      OptionalDouble vol = atmVolatility(s.expiry);
      if (vol.isPresent()) {
        out.add(new AtmTermPoint(s.expiry, s.years, vol.getAsDouble()));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The volatility surface of the chain: one smile per expiry with {@code T > 0} and at least one implied
   * volatility (out-of-the-money quotes, in log-moneyness {@code ln(K/F)}), interpolated as documented in
   * {@link VolatilitySurface}.
   *
   * @return the surface, or empty when no expiry has an implied volatility
   */
  public Optional<VolatilitySurface> volatilitySurface() {
    List<double[]> times = new ArrayList<>();
    List<double[]> ks = new ArrayList<>();
    List<double[]> ws = new ArrayList<>();
    for (Slice s : slices.values()) {
      double[][] nodes = smileNodes(s);
      if (nodes != null) {
        times.add(new double[] {s.years});
        ks.add(nodes[0]);
        ws.add(nodes[1]);
      }
    }
    if (times.isEmpty()) {
      return Optional.empty();
    }
    double[] t = new double[times.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = times.get(i)[0];
    }
    return Optional.of(VolatilitySurface.ofTotalVariance(
        t, ks.toArray(new double[0][]), ws.toArray(new double[0][])));
  }

  /** {log-moneyness, total variance} of the out-of-the-money smile, or null when there is none. */
  private double[][] smileNodes(Slice s) {
    if (!(s.years > 0)) {
      return null;
    }
    double forward = spot * Math.exp((rate - dividendYield) * s.years);
    double[] k = new double[s.strikes.length];
    double[] w = new double[s.strikes.length];
    int n = 0;
    for (int j = 0; j < s.strikes.length; j++) {
      OptionQuote preferred = s.strikes[j] < forward ? s.puts[j] : s.calls[j];
      OptionQuote other = s.strikes[j] < forward ? s.calls[j] : s.puts[j];
      OptionQuote q = preferred != null && preferred.hasImpliedVol() ? preferred : other;
      if (q != null && q.hasImpliedVol()) {
        k[n] = Math.log(s.strikes[j] / forward);
        w[n] = q.impliedVol() * q.impliedVol() * s.years;
        n++;
      }
    }
    return n == 0 ? null : new double[][] {Arrays.copyOf(k, n), Arrays.copyOf(w, n)};
  }

  private Slice slice(LocalDate expiry) {
    Args.notNull(expiry, "expiry");
    Slice s = slices.get(expiry);
    if (s == null) {
      throw new IllegalArgumentException("expiry must be one of the chain's expiries " + slices.keySet()
          + ", was " + expiry);
    }
    return s;
  }

  private static void checkDelta(OptionType type, double delta) {
    Args.notNull(type, "type");
    if (type == OptionType.CALL) {
      Args.inRange(delta, 0, 1, "call delta");
    } else {
      Args.inRange(delta, -1, 0, "put delta");
    }
  }

  @Override
  public String toString() {
    return "OptionChain[" + underlying + " spot " + spot + " at " + timestamp + ", " + quotes.size()
        + " quotes, expiries " + slices.keySet() + "]";
  }
}
