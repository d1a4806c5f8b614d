package io.quantor.broker.sim;

import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;
import io.quantor.core.series.SessionCalendar;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Fills working orders against bars or quotes: the one execution model the backtest engine and the paper
 * broker share. Immutable and thread-safe (the {@link SimulatedOrder}s it updates are not shared);
 * deterministic (no randomness: the same orders and market data give the same fills).
 *
 * <p><b>Bars.</b> {@link #match(SimulatedOrder, Bar)} tries an order against the next bar, one the order
 * could not have seen when it was placed. The fill price is found from the bar's open, high, low and
 * close ({@code o, h, l, c}) before slippage; mirrored for sells:
 * <ul>
 *   <li>MARKET buys at {@code o}.</li>
 *   <li>LIMIT buy at {@code L}: reached when {@code l <= L} ({@link LimitFillRule#TOUCH}) or
 *       {@code l < L} ({@link LimitFillRule#TRADE_THROUGH}); fills at {@code min(o, L)}, the open when the
 *       bar opened at or below the limit.</li>
 *   <li>STOP buy at {@code S}: triggers when {@code h >= S}; fills at {@code max(o, S)}, the open when
 *       the bar gapped through the stop. Once triggered it works as a market order (later bars fill at
 *       their open).</li>
 *   <li>STOP_LIMIT buy at {@code S}, {@code L}: triggers like a stop. If the bar opened at or above
 *       {@code S}, the whole bar comes after the trigger and it works as the LIMIT rule above. Otherwise
 *       it triggered at {@code S} inside the bar, and what is known to trade after the trigger is
 *       {@code S} and then {@code c} (the path passes every price between them); it fills at
 *       {@code min(S, L)} if the limit rule holds for {@code min(S, c)}. If not, it stays working as a
 *       triggered limit for the following bars.</li>
 * </ul>
 * Stops trigger on touch; the {@link LimitFillRule} applies to limits only.
 *
 * <p><b>Quotes.</b> {@link #match(SimulatedOrder, Quote)} buys at the ask and sells at the bid. A buy
 * limit fills when {@code ask <= L}, at the ask (a quote at the limit is executable whatever the
 * {@link LimitFillRule}). A buy stop triggers when the mid {@code >= S}, a sell stop when the mid
 * {@code <= S}: the mid, rather than the ask or bid, so a momentary widening of the spread does not
 * trigger stops. A triggered stop fills at the ask or bid, a triggered stop-limit when its limit is
 * marketable.
 *
 * <p><b>Slippage and fees.</b> The {@link SlippageModel} moves the price against the order ({@code
 * p * (1 + f)} for a buy, {@code p * (1 - f)} for a sell); limit and stop-limit fills are then clamped at
 * the limit. The {@link CommissionModel} prices each fill into {@link Fill#fees()}, told whether it is the
 * order's first fill. A fill carries the bar's timestamp or the quote's time.
 *
 * <p><b>Quantity.</b> With the default participation cap of 1 there is no cap: an order fills in full
 * in the bar that reaches it, whatever the bar's volume (also on zero-volume bars, which daily index, FX
 * and illiquid data often have). A cap below 1 lets an order take at most {@code cap * volume} per bar
 * ({@code cap * askSize} for a buy against a quote, {@code cap * bidSize} for a sell), rounded down to a
 * whole unit when the order's quantity is whole (after a 1e-12 relative allowance for the rounding of the
 * product); a zero-volume bar fills nothing. What is left keeps working, subject to the time in force.
 * The cap is per order by default ({@link ParticipationCapScope#PER_ORDER}). With
 * {@link ParticipationCapScope#AGGREGATE} the orders matched against one bar share it: the caller passes
 * what the orders matched before took from the bar ({@link #match(SimulatedOrder, Bar, double)}; for a
 * quote, from the side the order takes), and the order may take {@code cap * volume - taken}, rounded
 * down likewise. A bar's volume is shared by buys and sells alike; a quote's ask size by buys and its bid
 * size by sells.
 *
 * <p><b>Replacing.</b> {@link #replace(SimulatedOrder, OrderRequest)} gives a working order new terms
 * (quantity, prices, time in force) and keeps its state: the fills, filled quantity and average price,
 * whether its stop has triggered, the trading day of a DAY order, and that its first fill has been
 * charged (per-order commission minimums are not charged again). A triggered stop stays triggered: a
 * triggered STOP keeps working as a market order (its new stop price no longer matters) and a triggered
 * STOP_LIMIT as a limit order at its new limit, from the next bar or quote on. A stop that has not
 * triggered waits for its new stop price.
 *
 * <p><b>Time in force.</b> GTC works until filled or {@linkplain #cancel(SimulatedOrder) cancelled}.
 * IOC is done after the first bar or quote it meets: it fills what it can there and the rest is
 * cancelled (also when the bar does not reach its price). FOK fills its whole quantity in the first bar or
 * quote it meets or nothing, and is done either way. A DAY order expires at the end of its trading day,
 * the day of the first bar or quote it met (an order placed after the close works in the next session);
 * the caller asks for that with {@link #expireIfDayEnded(SimulatedOrder, Instant, SessionCalendar)}
 * before matching each new bar, since bars alone do not say where a day ends.
 *
 * <p><b>Results and errors.</b> {@code match} returns the fill, or {@code null} when nothing fills
 * (and then allocates nothing: the backtest's hot path). It updates the order: quantities, the
 * trigger, done. A done order is left alone and gives {@code null}. A fill needs a positive price
 * ({@link Fill}), so a bar with a zero or negative fill price throws {@link IllegalArgumentException}, and
 * a slippage model that breaks its contract throws {@link IllegalStateException}.
 *
 * <pre>{@code
 * ExecutionSimulator sim = ExecutionSimulator.builder()
 *     .slippage(SlippageModel.halfSpread(5))
 *     .commission(CommissionModel.perShare(0.005, 1.00, 0.01))
 *     .limitFillRule(LimitFillRule.TRADE_THROUGH)
 *     .participationCap(0.10)
 *     .build();
 * SimulatedOrder order = SimulatedOrder.of(OrderRequest.stop("o-1", orcl, Side.SELL, 500, 118.0, t));
 * for (Bar bar : laterBars) {
 *   sim.expireIfDayEnded(order, bar.timestamp(), calendar);
 *   Fill fill = sim.match(order, bar);
 *   if (fill != null) {
 *     portfolio.apply(fill);
 *   }
 *   if (order.isDone()) {
 *     break;
 *   }
 * }
 * }</pre>
 */
public final class ExecutionSimulator {

  private static final ExecutionSimulator DEFAULTS = builder().build();
  /**
   * Allowance for {@code cap * volume} landing just below a whole number; also the relative size below
   * which what is left of a shared cap is rounding residue.
   */
  private static final double WHOLE_UNIT_ALLOWANCE = 1 + 1e-12;

  private final SlippageModel slippage;
  private final CommissionModel commission;
  private final LimitFillRule limitFillRule;
  private final double participationCap;
  private final ParticipationCapScope participationCapScope;

  private ExecutionSimulator(Builder b) {
    this.slippage = b.slippage;
    this.commission = b.commission;
    this.limitFillRule = b.limitFillRule;
    this.participationCap = b.participationCap;
    this.participationCapScope = b.participationCapScope;
  }

  /**
   * A builder starting from the {@linkplain #defaults() defaults}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The frictionless simulator: no slippage, no commission, {@link LimitFillRule#TOUCH}, no
   * participation cap ({@link ParticipationCapScope#PER_ORDER}). A starting point; a backtest meant to
   * be believed adds costs.
   *
   * @return the default simulator
   */
  public static ExecutionSimulator defaults() {
    return DEFAULTS;
  }

  /**
   * The slippage model.
   *
   * @return the slippage model
   */
  public SlippageModel slippage() {
    return slippage;
  }

  /**
   * The commission model.
   *
   * @return the commission model
   */
  public CommissionModel commission() {
    return commission;
  }

  /**
   * When a bar reaches a limit.
   *
   * @return the limit fill rule
   */
  public LimitFillRule limitFillRule() {
    return limitFillRule;
  }

  /**
   * The largest fraction of a bar's volume (or of a quote's opposite size) one order, or under
   * {@link ParticipationCapScope#AGGREGATE} all the orders matched against it together, may take per bar
   * or quote; 1 means no cap.
   *
   * @return the cap, in {@code (0, 1]}
   */
  public double participationCap() {
    return participationCap;
  }

  /**
   * Whether the participation cap limits each order or the orders matched against one bar together.
   *
   * @return the scope
   */
  public ParticipationCapScope participationCapScope() {
    return participationCapScope;
  }

  /**
   * Tries to fill a working order against the next bar, and updates the order.
   *
   * @param order the working order, not null
   * @param bar a bar that comes after the order was placed, not null
   * @return the fill, or {@code null} if nothing filled (the order was done, its price was not reached,
   *     the cap left nothing, or a FOK could not fill in full)
   * @throws IllegalArgumentException if an argument is null, or the fill price is not positive
   * @throws IllegalStateException if the slippage model returns a fraction outside its contract
   */
  public Fill match(SimulatedOrder order, Bar bar) {
    Args.notNull(order, "order");
    Args.notNull(bar, "bar");
    return matchBar(order, bar, 0);
  }

  /**
   * Tries to fill a working order against the next bar, after other orders of the same owner and symbol
   * took {@code volumeTaken} from it, and updates the order. Under
   * {@link ParticipationCapScope#AGGREGATE} the order may take at most {@code cap * volume - volumeTaken}
   * (nothing if that is not positive); under {@link ParticipationCapScope#PER_ORDER}, or without a cap,
   * {@code volumeTaken} does not matter and this is {@link #match(SimulatedOrder, Bar)}.
   *
   * @param order the working order, not null
   * @param bar a bar that comes after the order was placed, not null
   * @param volumeTaken the sum of the quantities of the fills other orders got from this bar, finite
   *     and {@code >= 0}
   * @return the fill, or {@code null} if nothing filled
   * @throws IllegalArgumentException if an argument is null, {@code volumeTaken} is negative, infinite
   *     or NaN, or the fill price is not positive
   * @throws IllegalStateException if the slippage model returns a fraction outside its contract
   */
  public Fill match(SimulatedOrder order, Bar bar, double volumeTaken) {
    Args.notNull(order, "order");
    Args.notNull(bar, "bar");
    return matchBar(order, bar, ArgumentChecks.nonNegative(volumeTaken, "volumeTaken"));
  }

  private Fill matchBar(SimulatedOrder order, Bar bar, double volumeTaken) {
    if (order.isDone()) {
      return null;
    }
    order.noteMatch(bar.timestamp());
    OrderRequest r = order.request();
    boolean buy = r.side() == Side.BUY;
    double reference = barReference(order, r, buy, bar);
    if (Double.isNaN(reference)) {
      return nothing(order, r);
    }
    double quantity = fillQuantity(order, bar.volume(), volumeTaken);
    if (!canFill(order, r, quantity)) {
      return nothing(order, r);
    }
    double f = slippage.fraction(r.side(), reference, quantity, bar);
    return fill(order, r, buy, reference, f, quantity, bar.timestamp());
  }

  /**
   * Tries to fill a working order against a quote, and updates the order.
   *
   * @param order the working order, not null
   * @param quote a quote observed after the order was placed, not null
   * @return the fill, or {@code null} if nothing filled
   * @throws IllegalArgumentException if an argument is null
   * @throws IllegalStateException if the slippage model returns a fraction outside its contract
   */
  public Fill match(SimulatedOrder order, Quote quote) {
    Args.notNull(order, "order");
    Args.notNull(quote, "quote");
    return matchQuote(order, quote, 0);
  }

  /**
   * Tries to fill a working order against a quote, after other orders of the same owner, symbol and side
   * took {@code sizeTaken} from the size on the side the order takes (the ask size for a buy, the bid
   * size for a sell), and updates the order. Under {@link ParticipationCapScope#AGGREGATE} the order may
   * take at most {@code cap * size - sizeTaken}; otherwise this is {@link #match(SimulatedOrder, Quote)}.
   *
   * @param order the working order, not null
   * @param quote a quote observed after the order was placed, not null
   * @param sizeTaken the sum of the quantities of the fills other orders on the order's side got from
   *     this quote, finite and {@code >= 0}
   * @return the fill, or {@code null} if nothing filled
   * @throws IllegalArgumentException if an argument is null, or {@code sizeTaken} is negative, infinite
   *     or NaN
   * @throws IllegalStateException if the slippage model returns a fraction outside its contract
   */
  public Fill match(SimulatedOrder order, Quote quote, double sizeTaken) {
    Args.notNull(order, "order");
    Args.notNull(quote, "quote");
    return matchQuote(order, quote, ArgumentChecks.nonNegative(sizeTaken, "sizeTaken"));
  }

  private Fill matchQuote(SimulatedOrder order, Quote quote, double sizeTaken) {
    if (order.isDone()) {
      return null;
    }
    order.noteMatch(quote.time());
    OrderRequest r = order.request();
    boolean buy = r.side() == Side.BUY;
    double reference = quoteReference(order, r, buy, quote);
    if (Double.isNaN(reference)) {
      return nothing(order, r);
    }
    double quantity = fillQuantity(order, buy ? quote.askSize() : quote.bidSize(), sizeTaken);
    if (!canFill(order, r, quantity)) {
      return nothing(order, r);
    }
    double f = slippage.fraction(r.side(), reference, quantity, quote);
    return fill(order, r, buy, reference, f, quantity, quote.time());
  }

  /**
   * Expires a DAY order whose trading day has ended. The order's day is the trading day of the first
   * bar or quote it was matched against (a {@linkplain #replace(SimulatedOrder, OrderRequest)
   * replacement} keeps it); it expires once {@code now} falls on a later trading day. Call
   * it with each new bar's time before {@link #match(SimulatedOrder, Bar) matching} the bar. GTC, IOC and
   * FOK orders, done orders and orders not yet matched are left alone.
   *
   * @param order the order, not null
   * @param now the current time (the new bar's or quote's time), not null
   * @param calendar the trading-day convention of the data's timestamps, not null
   * @return true if this call expired the order
   * @throws IllegalArgumentException if an argument is null
   */
  public boolean expireIfDayEnded(SimulatedOrder order, Instant now, SessionCalendar calendar) {
    Args.notNull(order, "order");
    Args.notNull(now, "now");
    Args.notNull(calendar, "calendar");
    Instant first = order.firstMatchTime();
    if (order.isDone() || order.request().timeInForce() != TimeInForce.DAY || first == null) {
      return false;
    }
    if (calendar.tradingDate(now).isAfter(calendar.tradingDate(first))) {
      order.finish();
      return true;
    }
    return false;
  }

  /**
   * Expires a DAY order whose trading day, the local calendar date in {@code zone}, has ended:
   * {@link #expireIfDayEnded(SimulatedOrder, Instant, SessionCalendar)} with
   * {@link SessionCalendar#of(ZoneId)}. Pass the zone in which the timestamps fall on their trading day
   * (UTC for daily bars stamped at midnight UTC).
   *
   * @param order the order, not null
   * @param now the current time, not null
   * @param zone the exchange's zone, not null
   * @return true if this call expired the order
   * @throws IllegalArgumentException if an argument is null
   */
  public boolean expireIfDayEnded(SimulatedOrder order, Instant now, ZoneId zone) {
    return expireIfDayEnded(order, now, SessionCalendar.of(Args.notNull(zone, "zone")));
  }

  /**
   * Gives a working order new terms and keeps its state: fills, filled quantity and average price, the
   * stop trigger, the trading day of a DAY order (the day of the first bar or quote it met), and whether
   * its first fill (the one that pays per-order commission minimums) has happened. The replacement must
   * keep the client order id, instrument, side and type, and order more than has filled; the remaining
   * quantity becomes {@code replacement.quantity() - filledQuantity()} (unchanged when the quantity is).
   *
   * <p>A triggered STOP stays a market order; a triggered STOP_LIMIT stays triggered and works at the
   * replacement's limit from the next bar or quote (its new stop price no longer matters). An order that
   * becomes a DAY order from another time in force starts a new day: the day of the next bar or quote it
   * meets. One that becomes IOC or FOK gets one more match, the next bar or quote. Fills stay whole
   * units when the new quantity and the filled quantity are whole numbers.
   *
   * @param order the working order, not null
   * @param replacement the new terms, not null
   * @throws IllegalArgumentException if an argument is null, or the replacement changes the client order
   *     id, instrument, side or type, or its quantity is not above the filled quantity
   * @throws IllegalStateException if the order is done (filled, cancelled or expired)
   */
  public void replace(SimulatedOrder order, OrderRequest replacement) {
    Args.notNull(order, "order");
    Args.notNull(replacement, "replacement");
    OrderRequest current = order.request();
    if (order.isDone()) {
      throw new IllegalStateException("order " + current.clientOrderId() + " is done and cannot be "
          + "replaced: " + order);
    }
    same("clientOrderId", current.clientOrderId(), replacement.clientOrderId());
    same("instrument", current.instrument(), replacement.instrument());
    same("side", current.side(), replacement.side());
    same("type", current.type(), replacement.type());
    if (!(replacement.quantity() > order.filledQuantity())) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "replacement quantity must be > the filled quantity %s of order %s, was %s",
          order.filledQuantity(), current.clientOrderId(), replacement.quantity()));
    }
    order.replace(replacement);
  }

  private static void same(String name, Object current, Object replacement) {
    if (!current.equals(replacement)) {
      throw new IllegalArgumentException("replacement " + name + " must be " + current + ", was "
          + replacement);
    }
  }

  /**
   * Cancels what is left of a working order (a client's cancel).
   *
   * @param order the order, not null
   * @return true if the order was working and is now done, false if it was already done
   * @throws IllegalArgumentException if {@code order} is null
   */
  public boolean cancel(SimulatedOrder order) {
    Args.notNull(order, "order");
    if (order.isDone()) {
      return false;
    }
    order.finish();
    return true;
  }

  /** The price before slippage at which the bar fills the order, or NaN if it does not reach it. */
  private double barReference(SimulatedOrder order, OrderRequest r, boolean buy, Bar bar) {
    double open = bar.open();
    switch (r.type()) {
      case MARKET:
        return open;
      case LIMIT:
        return limitReference(buy, r.limitPrice(), open, bar.low(), bar.high());
      case STOP: {
        if (order.isTriggered()) {
          return open;
        }
        double stop = r.stopPrice();
        if (!stopReached(buy, stop, bar)) {
          return Double.NaN;
        }
        order.trigger();
        return buy ? Math.max(open, stop) : Math.min(open, stop);
      }
      case STOP_LIMIT: {
        double limit = r.limitPrice();
        if (order.isTriggered()) {
          return limitReference(buy, limit, open, bar.low(), bar.high());
        }
        double stop = r.stopPrice();
        if (!stopReached(buy, stop, bar)) {
          return Double.NaN;
        }
        order.trigger();
        return triggerBarReference(buy, stop, limit, bar);
      }
      default:
        throw new IllegalStateException("unknown order type " + r.type());
    }
  }

  private static boolean stopReached(boolean buy, double stop, Bar bar) {
    return buy ? bar.high() >= stop : bar.low() <= stop;
  }

  private double limitReference(boolean buy, double limit, double open, double low, double high) {
    if (buy) {
      return limitFillRule.buyReached(low, limit) ? Math.min(open, limit) : Double.NaN;
    }
    return limitFillRule.sellReached(high, limit) ? Math.max(open, limit) : Double.NaN;
  }

  /** A stop-limit in the bar that triggers it: only prices known to trade after the trigger count. */
  private double triggerBarReference(boolean buy, double stop, double limit, Bar bar) {
    double open = bar.open();
    if (buy) {
      if (open >= stop) {
        return limitReference(true, limit, open, bar.low(), bar.high());
      }
      double lowestAfter = Math.min(stop, bar.close());
      return limitFillRule.buyReached(lowestAfter, limit) ? Math.min(stop, limit) : Double.NaN;
    }
    if (open <= stop) {
      return limitReference(false, limit, open, bar.low(), bar.high());
    }
    double highestAfter = Math.max(stop, bar.close());
    return limitFillRule.sellReached(highestAfter, limit) ? Math.max(stop, limit) : Double.NaN;
  }

  /** The price before slippage at which the quote fills the order, or NaN. */
  private static double quoteReference(SimulatedOrder order, OrderRequest r, boolean buy, Quote quote) {
    double price = buy ? quote.ask() : quote.bid();
    switch (r.type()) {
      case MARKET:
        return price;
      case LIMIT:
        return marketable(buy, price, r.limitPrice()) ? price : Double.NaN;
      case STOP:
        if (!order.isTriggered()) {
          if (!stopReached(buy, r.stopPrice(), quote)) {
            return Double.NaN;
          }
          order.trigger();
        }
        return price;
      case STOP_LIMIT:
        if (!order.isTriggered()) {
          if (!stopReached(buy, r.stopPrice(), quote)) {
            return Double.NaN;
          }
          order.trigger();
        }
        return marketable(buy, price, r.limitPrice()) ? price : Double.NaN;
      default:
        throw new IllegalStateException("unknown order type " + r.type());
    }
  }

  private static boolean stopReached(boolean buy, double stop, Quote quote) {
    double mid = quote.mid();
    return buy ? mid >= stop : mid <= stop;
  }

  private static boolean marketable(boolean buy, double price, double limit) {
    return buy ? price <= limit : price >= limit;
  }

  /**
   * The quantity the order may fill now, given the volume or size it trades against and what other
   * orders took from it (counted under the aggregate scope only); not positive when the cap leaves
   * nothing.
   */
  private double fillQuantity(SimulatedOrder order, double available, double taken) {
    double remaining = order.remainingQuantity();
    if (participationCap >= 1) {
      return remaining;
    }
    double capacity = participationCap * available;
    double others = participationCapScope == ParticipationCapScope.AGGREGATE ? taken : 0;
    if (order.wholeUnits()) {
      // The allowance applies to the product only; what others took is an exact sum of fills.
      capacity = Math.floor(capacity * WHOLE_UNIT_ALLOWANCE - others);
    } else {
      double shared = capacity;
      capacity -= others;
      // What the earlier orders left may be only the rounding residue of cap * volume (0.1 * 3 minus
      // 0.3 is 5.6e-17): that is no volume, and filling it would charge a whole commission minimum.
      if (capacity <= shared * (WHOLE_UNIT_ALLOWANCE - 1)) {
        capacity = 0;
      }
    }
    return Math.min(remaining, capacity);
  }

  private static boolean canFill(SimulatedOrder order, OrderRequest r, double quantity) {
    return quantity > 0
        && (quantity == order.remainingQuantity() || r.timeInForce().allowsPartialFill());
  }

  /** Nothing fills: an IOC or FOK order is done after the first bar or quote it meets. */
  private static Fill nothing(SimulatedOrder order, OrderRequest r) {
    if (r.timeInForce().isImmediate()) {
      order.finish();
    }
    return null;
  }

  private Fill fill(SimulatedOrder order, OrderRequest r, boolean buy, double reference, double f,
      double quantity, Instant time) {
    if (!(f >= 0 && f < (buy ? Double.POSITIVE_INFINITY : 1))) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "slippage model %s returned %s for a %s, must be finite, >= 0 and < 1 for a sell",
          slippage, f, r.side()));
    }
    // NaN limits (market and stop orders) fail both comparisons: no clamp.
    double limit = r.limitPrice();
    double price;
    if (buy) {
      price = reference * (1 + f);
      if (price > limit) {
        price = limit;
      }
    } else {
      price = reference * (1 - f);
      if (price < limit) {
        price = limit;
      }
    }
    double fees = commission.commission(r.instrument(), quantity, price, order.filledQuantity() == 0);
    Fill fill = new Fill(r.clientOrderId(), r.instrument(), r.side(), quantity, price, fees, time);
    order.apply(quantity, price, r.timeInForce() == TimeInForce.IOC);
    return fill;
  }

  /**
   * The configuration, for logs.
   *
   * @return the models, the limit rule, the cap and its scope
   */
  @Override
  public String toString() {
    return "ExecutionSimulator[slippage=" + slippage + ", commission=" + commission + ", limitFillRule="
        + limitFillRule + ", participationCap=" + participationCap + ", participationCapScope="
        + participationCapScope + "]";
  }

  /** Builds an {@link ExecutionSimulator}; each setter validates its argument at once. */
  public static final class Builder {

    private SlippageModel slippage = SlippageModel.none();
    private CommissionModel commission = CommissionModel.none();
    private LimitFillRule limitFillRule = LimitFillRule.TOUCH;
    private double participationCap = 1;
    private ParticipationCapScope participationCapScope = ParticipationCapScope.PER_ORDER;

    private Builder() {
    }

    /**
     * Sets the slippage model (default {@link SlippageModel#none()}).
     *
     * @param model the model, not null
     * @return this builder
     * @throws IllegalArgumentException if {@code model} is null
     */
    public Builder slippage(SlippageModel model) {
      this.slippage = Args.notNull(model, "slippage");
      return this;
    }

    /**
     * Sets the commission model (default {@link CommissionModel#none()}).
     *
     * @param model the model, not null
     * @return this builder
     * @throws IllegalArgumentException if {@code model} is null
     */
    public Builder commission(CommissionModel model) {
      this.commission = Args.notNull(model, "commission");
      return this;
    }

    /**
     * Sets when a bar reaches a limit (default {@link LimitFillRule#TOUCH}).
     *
     * @param rule the rule, not null
     * @return this builder
     * @throws IllegalArgumentException if {@code rule} is null
     */
    public Builder limitFillRule(LimitFillRule rule) {
      this.limitFillRule = Args.notNull(rule, "limitFillRule");
      return this;
    }

    /**
     * Sets the largest fraction of a bar's volume (of a quote's opposite size) one order may take per
     * bar (per quote), or all orders together under {@link ParticipationCapScope#AGGREGATE}; default 1,
     * which means no cap.
     *
     * @param cap the cap, {@code 0 < cap <= 1}
     * @return this builder
     * @throws IllegalArgumentException if {@code cap} is outside {@code (0, 1]} or NaN
     */
    public Builder participationCap(double cap) {
      if (!(cap > 0 && cap <= 1)) {
        throw new IllegalArgumentException("participationCap must be in (0, 1], was " + cap);
      }
      this.participationCap = cap;
      return this;
    }

    /**
     * Sets whether the participation cap limits each order or the orders matched against one bar
     * together (default {@link ParticipationCapScope#PER_ORDER}). The aggregate scope needs the caller to
     * pass what earlier orders took, {@link ExecutionSimulator#match(SimulatedOrder, Bar, double)}.
     *
     * @param scope the scope, not null
     * @return this builder
     * @throws IllegalArgumentException if {@code scope} is null
     */
    public Builder participationCapScope(ParticipationCapScope scope) {
      this.participationCapScope = Args.notNull(scope, "participationCapScope");
      return this;
    }

    /**
     * Builds the simulator.
     *
     * @return the simulator
     */
    public ExecutionSimulator build() {
      return new ExecutionSimulator(this);
    }
  }
}
