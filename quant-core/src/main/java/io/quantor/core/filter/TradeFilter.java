package io.quantor.core.filter;

/**
 * A pre-trade check that lets a trade through or stops it with a reason. Expected outcomes (a closed
 * market, a thin book) are results, never exceptions; a filter throws only for a null context.
 *
 * <pre>{@code
 * TradeFilter spread = new SpreadFilter(0.001);
 * FilterResult r = spread.check(TradeContext.of("ORCL", now).withQuote(44.97, 45.01));
 * if (!r.passed()) {
 *   log.info("{}: {} ({})", r.filter(), r.reason(), r.detail());
 * }
 * }</pre>
 */
public interface TradeFilter {

  /**
   * Checks a prospective trade.
   *
   * @param context what is known about the trade and its market
   * @return pass, or fail with a reason
   * @throws IllegalArgumentException if {@code context} is null
   */
  FilterResult check(TradeContext context);

  /**
   * The filter's name, as it appears in {@link FilterResult#filter()}.
   *
   * @return the name
   */
  String name();
}
