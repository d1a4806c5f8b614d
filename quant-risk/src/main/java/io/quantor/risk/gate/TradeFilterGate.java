package io.quantor.risk.gate;

import io.quantor.core.filter.CompositeFilter;
import io.quantor.core.filter.FilterResult;
import io.quantor.core.filter.TradeContext;
import io.quantor.core.filter.TradeFilter;
import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * One core trade filter ({@link io.quantor.core.filter}: market hours, liquidity, spread, earnings
 * blackout) as a gate: the filter's failure becomes a rejection with the matching code
 * ({@link ReasonCode#of(io.quantor.core.filter.FilterReason)}: {@link ReasonCode#MARKET_CLOSED},
 * {@link ReasonCode#LOW_LIQUIDITY}, {@link ReasonCode#INVALID_QUOTE}, {@link ReasonCode#WIDE_SPREAD},
 * {@link ReasonCode#EARNINGS_BLACKOUT}) and the filter's detail. The filter reads the context's
 * {@link TradeContext}; without one the gate rejects with {@link ReasonCode#MISSING_INPUT}.
 *
 * <pre>{@code
 * CompositeFilter defaults = CompositeFilter.defaults(ExchangeCalendar.nyse(holidays));
 * List<PreTradeGate> filters = TradeFilterGate.all(defaults);
 * }</pre>
 */
public final class TradeFilterGate implements PreTradeGate {

  /** The prefix of the gate names: {@value}, followed by the filter's name. */
  public static final String PREFIX = "filter:";

  private final TradeFilter filter;
  private final String name;

  /**
   * Wraps a filter.
   *
   * @param filter the filter
   * @throws IllegalArgumentException if {@code filter} is null
   */
  public TradeFilterGate(TradeFilter filter) {
    this.filter = Args.notNull(filter, "filter");
    this.name = PREFIX + filter.name();
  }

  /**
   * One gate per filter of a composite, in its order.
   *
   * @param filters the filters
   * @return the gates
   * @throws IllegalArgumentException if {@code filters} is null
   */
  public static List<PreTradeGate> all(CompositeFilter filters) {
    List<PreTradeGate> out = new ArrayList<>();
    for (TradeFilter f : Args.notNull(filters, "filters").filters()) {
      out.add(new TradeFilterGate(f));
    }
    return List.copyOf(out);
  }

  /**
   * Runs the filter on the context's trade context.
   *
   * @param input the gate input
   * @return approval, or rejection with the filter's reason
   * @throws IllegalArgumentException if {@code input} is null or its trade context names another symbol
   */
  @Override
  public GateCheck check(GateInput input) {
    Args.notNull(input, "input");
    if (input.market().tradeContext().isEmpty()) {
      return GateCheck.reject(name, ReasonCode.MISSING_INPUT, "no trade context for the filter "
          + filter.name());
    }
    TradeContext context = input.market().tradeContext().get();
    if (!context.symbol().equals(input.symbol())) {
      throw new IllegalArgumentException("trade context symbol must be the order's " + input.symbol()
          + ", was " + context.symbol());
    }
    FilterResult r = filter.check(context);
    return r.passed() ? GateCheck.approve(name, input.order().quantity(), r.detail())
        : GateCheck.reject(name, ReasonCode.of(r.reason()), r.detail());
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * The wrapped filter.
   *
   * @return the filter
   */
  public TradeFilter filter() {
    return filter;
  }
}
