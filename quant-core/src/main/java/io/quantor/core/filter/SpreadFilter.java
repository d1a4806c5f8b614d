package io.quantor.core.filter;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Passes quotes whose bid-ask spread is below a fraction of the mid price:
 * {@code (ask - bid) / ((bid + ask) / 2) < maxFraction} (default 0.001, 0.1 %; a spread exactly at the
 * maximum fails). A locked quote ({@code bid == ask}) passes. Fails with {@link FilterReason#INVALID_QUOTE}
 * when bid or ask is not finite and {@code > 0} (a missing quote is {@code NaN}) or the quote is crossed
 * ({@code bid > ask}), and with {@link FilterReason#WIDE_SPREAD} otherwise.
 *
 * <pre>{@code
 * TradeFilter spread = SpreadFilter.defaults();
 * spread.check(context.withQuote(999.5, 1000.5)).reason();   // WIDE_SPREAD: exactly 0.1 %
 * }</pre>
 */
public final class SpreadFilter implements TradeFilter {

  /** The filter's name: {@value}. */
  public static final String NAME = "spread";
  /** The default maximum spread as a fraction of the mid price: {@value}. */
  public static final double DEFAULT_MAX_FRACTION = 0.001;

  private static final SpreadFilter DEFAULTS = new SpreadFilter(DEFAULT_MAX_FRACTION);

  private final double maxFraction;

  /**
   * Creates the filter.
   *
   * @param maxFraction the spread, as a fraction of the mid price, from which quotes fail; finite and
   *     {@code > 0}
   * @throws IllegalArgumentException if {@code maxFraction} is out of range
   */
  public SpreadFilter(double maxFraction) {
    this.maxFraction = Args.positive(maxFraction, "maxFraction");
  }

  /**
   * The filter with the default maximum 0.001 (0.1 % of mid).
   *
   * @return the filter
   */
  public static SpreadFilter defaults() {
    return DEFAULTS;
  }

  @Override
  public FilterResult check(TradeContext context) {
    Args.notNull(context, "context");
    double bid = context.bid();
    double ask = context.ask();
    String quote = String.format(Locale.ROOT, "bid %s, ask %s", bid, ask);
    if (!(bid > 0 && bid < Double.POSITIVE_INFINITY && ask > 0 && ask < Double.POSITIVE_INFINITY)) {
      return FilterResult.fail(NAME, FilterReason.INVALID_QUOTE, quote + ": prices must be finite and > 0");
    }
    if (bid > ask) {
      return FilterResult.fail(NAME, FilterReason.INVALID_QUOTE, quote + ": crossed");
    }
    // Halving each price before adding cannot overflow, unlike (bid + ask) / 2.
    double mid = bid / 2 + ask / 2;
    double fraction = (ask - bid) / mid;
    String detail = String.format(Locale.ROOT, "%s: spread %s of mid, maximum %s", quote, fraction,
        maxFraction);
    return fraction < maxFraction
        ? FilterResult.pass(NAME, detail)
        : FilterResult.fail(NAME, FilterReason.WIDE_SPREAD, detail);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The maximum spread as a fraction of the mid price.
   *
   * @return the maximum
   */
  public double maxFraction() {
    return maxFraction;
  }
}
