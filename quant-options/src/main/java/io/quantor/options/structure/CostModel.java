package io.quantor.options.structure;

import io.quantor.core.internal.Args;
import io.quantor.options.chain.OptionChain;
import io.quantor.options.chain.OptionQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Trading costs of option orders for the backtest: a per-contract commission with a per-order minimum,
 * and bid/ask slippage.
 *
 * <ul>
 *   <li><b>Commission</b> of an order of {@code n} contracts in total (all legs of a structure sent as
 *       one order, {@link OptionStructure#contracts()}):
 *       {@code n == 0 ? 0 : max(commissionPerContract * n, minimumPerOrder)}.</li>
 *   <li><b>Fill price</b> of a leg: mid plus a fraction of the half-spread against you,
 *       {@code mid + sign(quantity) * spreadFraction * (ask - bid) / 2}: a buy pays more than mid, a sell
 *       receives less. {@code spreadFraction = 0} fills at mid, 1 at the touch (bid or ask).</li>
 * </ul>
 *
 * <pre>{@code
 * CostModel costs = CostModel.of(0.65, 1.00, 0.5);    // $0.65 a contract, $1 minimum, half the half-spread
 * StructureFill entry = costs.fill(condor, chain).orElseThrow();
 * double cash = entry.cashFlow();                     // credit received minus commission
 * StructureFill exit = costs.fill(condor.reversed(), laterChain).orElseThrow();
 * }</pre>
 *
 * @param commissionPerContract the commission per contract, finite and {@code >= 0}
 * @param minimumPerOrder the minimum commission of a non-empty order, finite and {@code >= 0}
 * @param spreadFraction the fraction of the half-spread paid against you, in {@code [0, 1]}
 */
public record CostModel(double commissionPerContract, double minimumPerOrder, double spreadFraction) {

  /**
   * Validates the model.
   *
   * @param commissionPerContract the commission per contract
   * @param minimumPerOrder the minimum per order
   * @param spreadFraction the fraction of the half-spread
   * @throws IllegalArgumentException if a number is out of range
   */
  public CostModel {
    Args.finite(Args.atLeast(commissionPerContract, 0, "commissionPerContract"), "commissionPerContract");
    Args.finite(Args.atLeast(minimumPerOrder, 0, "minimumPerOrder"), "minimumPerOrder");
    Args.inRange(spreadFraction, 0, 1, "spreadFraction");
  }

  /**
   * A cost model.
   *
   * @param commissionPerContract the commission per contract, finite and {@code >= 0}
   * @param minimumPerOrder the minimum commission of an order, finite and {@code >= 0}
   * @param spreadFraction the fraction of the half-spread paid, in {@code [0, 1]}
   * @return the model
   * @throws IllegalArgumentException if a number is out of range
   */
  public static CostModel of(double commissionPerContract, double minimumPerOrder, double spreadFraction) {
    return new CostModel(commissionPerContract, minimumPerOrder, spreadFraction);
  }

  /**
   * No commission, fills at mid.
   *
   * @return the free model
   */
  public static CostModel free() {
    return new CostModel(0, 0, 0);
  }

  /**
   * The commission of an order of {@code contracts} contracts in total.
   *
   * @param contracts the number of contracts, {@code >= 0}
   * @return 0 for no contracts, else {@code max(commissionPerContract * contracts, minimumPerOrder)}
   * @throws IllegalArgumentException if {@code contracts < 0}
   */
  public double commission(long contracts) {
    if (contracts < 0) {
      throw new IllegalArgumentException("contracts must be >= 0, was " + contracts);
    }
    return contracts == 0 ? 0 : Math.max(commissionPerContract * contracts, minimumPerOrder);
  }

  /**
   * The commission of a structure sent as one order ({@code commission(order.contracts())}).
   *
   * @param order the order
   * @return the commission
   * @throws IllegalArgumentException if {@code order} is null
   */
  public double commission(OptionStructure order) {
    return commission(Args.notNull(order, "order").contracts());
  }

  /**
   * The fill price of a buy ({@code quantity > 0}) or sell ({@code quantity < 0}) at a bid and ask.
   *
   * @param bid the bid, finite and {@code >= 0}
   * @param ask the ask, finite and {@code >= bid}
   * @param quantity the signed quantity, not 0
   * @return {@code mid + sign(quantity) * spreadFraction * (ask - bid) / 2}, in {@code [bid, ask]}
   * @throws IllegalArgumentException if the prices are invalid or the quantity 0
   */
  public double fillPrice(double bid, double ask, int quantity) {
    Args.finite(Args.atLeast(bid, 0, "bid"), "bid");
    Args.finite(ask, "ask");
    if (!(ask >= bid)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "ask must be >= bid (%s), was %s",
          bid, ask));
    }
    if (quantity == 0) {
      throw new IllegalArgumentException("quantity must not be 0, was 0");
    }
    double mid = 0.5 * (bid + ask);
    double fill = mid + Integer.signum(quantity) * spreadFraction * 0.5 * (ask - bid);
    return Math.max(bid, Math.min(ask, fill));
  }

  /**
   * The fill price of a buy or sell at a quote.
   *
   * @param quote the quote
   * @param quantity the signed quantity, not 0
   * @return the fill price
   * @throws IllegalArgumentException if the quote is null or the quantity 0
   */
  public double fillPrice(OptionQuote quote, int quantity) {
    Args.notNull(quote, "quote");
    return fillPrice(quote.bid(), quote.ask(), quantity);
  }

  /**
   * Fills a structure order at the given quotes (one per leg, in leg order).
   *
   * @param order the order; its leg prices are replaced
   * @param legQuotes the quote of each leg's contract, in leg order
   * @return the fill
   * @throws IllegalArgumentException if an argument is null, the list does not match the legs, or a quote
   *     is of another contract than its leg
   */
  public StructureFill fill(OptionStructure order, List<OptionQuote> legQuotes) {
    Args.notNull(order, "order");
    Args.notNull(legQuotes, "legQuotes");
    List<Leg> legs = order.legs();
    if (legQuotes.size() != legs.size()) {
      throw new IllegalArgumentException("legQuotes must have one quote per leg (" + legs.size() + "), had "
          + legQuotes.size());
    }
    double[] prices = new double[legs.size()];
    double slippage = 0;
    for (int i = 0; i < prices.length; i++) {
      Leg leg = legs.get(i);
      OptionQuote quote = Args.notNull(legQuotes.get(i), "legQuotes[" + i + "]");
      if (!quote.contract().equals(leg.contract())) {
        throw new IllegalArgumentException("legQuotes[" + i + "] must quote " + leg.contract() + ", was "
            + quote.contract());
      }
      prices[i] = fillPrice(quote, leg.quantity());
      slippage += Math.abs(leg.units()) * Math.abs(prices[i] - quote.mid());
    }
    return new StructureFill(order.withPrices(prices), commission(order), slippage);
  }

  /**
   * Fills a structure order at a chain's quotes.
   *
   * @param order the order
   * @param chain the chain
   * @return the fill, or empty when the chain does not quote every leg's contract
   * @throws IllegalArgumentException if an argument is null
   */
  public Optional<StructureFill> fill(OptionStructure order, OptionChain chain) {
    Args.notNull(order, "order");
    Args.notNull(chain, "chain");
    List<OptionQuote> quotes = new ArrayList<>();
    for (Leg leg : order.legs()) {
      Optional<OptionQuote> quote = chain.quote(leg.contract());
      if (quote.isEmpty() || !quote.get().contract().equals(leg.contract())) {
        return Optional.empty();
      }
      quotes.add(quote.get());
    }
    return Optional.of(fill(order, quotes));
  }
}
