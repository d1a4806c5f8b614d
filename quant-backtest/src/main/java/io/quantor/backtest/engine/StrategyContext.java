package io.quantor.backtest.engine;

import io.quantor.broker.OrderState;
import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import io.quantor.core.series.Resampler;
import io.quantor.core.series.TimeFrame;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Strategy} sees and does at one bar: the time, the bars up to and including the current
 * one, a read-only view of the portfolio, and order submission. The engine passes one context to every
 * call; it is valid only during the call and only on the engine's thread.
 *
 * <p><b>No look-ahead.</b> Every price the context gives belongs to a bar that has closed: the current
 * bar or an earlier one. History views ({@link #history(String)}) end at the current bar and cannot be
 * extended; {@code barsAgo} must be {@code >= 0}. Higher-time-frame views hold only completed bars.
 *
 * <p><b>Current bar.</b> With several instruments, an instrument may have no bar at the current timestamp
 * (a holiday on its exchange, a gap in its data). Its "current" bar is then its latest one, and
 * {@link #hasBar(String)} is false. Asking for a bar of an instrument that has none yet throws
 * {@link IllegalStateException}; {@link #barCount(String)} tells.
 *
 * <p><b>Orders.</b> {@link #submit} hands an order to the run mode's executor: the simulator in
 * {@link RunMode#BACKTEST}, the broker otherwise. An order submitted during bar {@code t} fills no earlier
 * than the next bar of its instrument. Fills are booked, and the portfolio view updated, before the next
 * {@link Strategy#onBar(StrategyContext)} call. {@link #nextOrderId()} gives deterministic client order ids.
 *
 * <pre>{@code
 * public void onBar(StrategyContext ctx) {
 *   double c = ctx.close("SPY");
 *   double yesterday = ctx.close("SPY", 1);
 *   if (c > yesterday && ctx.portfolio().quantity("SPY") == 0 && ctx.openOrders().isEmpty()) {
 *     ctx.record("SPY", "buy: up day", "UP_DAY");
 *     ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("SPY"), Side.BUY, 10, ctx.time()));
 *   }
 * }
 * }</pre>
 */
public interface StrategyContext {

  /**
   * The run mode.
   *
   * @return the mode
   */
  RunMode mode();

  /**
   * The strategy's id, as configured on the engine (used in the journal).
   *
   * @return the id
   */
  String strategyId();

  /**
   * The current time: the timestamp of the bars that just closed.
   *
   * @return the time (allocates; hot paths use {@link #epochMillis()})
   * @throws IllegalStateException before the first bar
   */
  Instant time();

  /**
   * The current time in epoch milliseconds.
   *
   * @return the time, {@code Long.MIN_VALUE} before the first bar
   */
  long epochMillis();

  /**
   * The number of timestamps processed before the current one: 0 at the first bar, -1 in
   * {@link Strategy#onStart}.
   *
   * @return the bar index
   */
  int barIndex();

  /**
   * The instruments of the run, in the engine's order.
   *
   * @return an unmodifiable list
   */
  List<Instrument> instruments();

  /**
   * An instrument of the run by symbol.
   *
   * @param symbol the symbol
   * @return the instrument
   * @throws IllegalArgumentException if the run has no such instrument
   */
  Instrument instrument(String symbol);

  /**
   * Whether the instrument has a bar stamped with the current time.
   *
   * @param symbol the symbol
   * @return true if its bar closed now
   * @throws IllegalArgumentException if the run has no such instrument
   */
  boolean hasBar(String symbol);

  /**
   * The number of bars of an instrument seen so far, the current one included.
   *
   * @param symbol the symbol
   * @return the count, {@code >= 0}
   * @throws IllegalArgumentException if the run has no such instrument
   */
  int barCount(String symbol);

  /**
   * The instrument's current bar (its latest, see the class description).
   *
   * @param symbol the symbol
   * @return the bar (allocates; hot paths use {@link #close(String)} and the like)
   * @throws IllegalArgumentException if the run has no such instrument
   * @throws IllegalStateException if the instrument has no bar yet
   */
  Bar bar(String symbol);

  /**
   * The current bar's open.
   *
   * @param symbol the symbol
   * @return the open
   * @throws IllegalArgumentException if the run has no such instrument
   * @throws IllegalStateException if the instrument has no bar yet
   */
  double open(String symbol);

  /**
   * The current bar's high.
   *
   * @param symbol the symbol
   * @return the high
   * @throws IllegalArgumentException if the run has no such instrument
   * @throws IllegalStateException if the instrument has no bar yet
   */
  double high(String symbol);

  /**
   * The current bar's low.
   *
   * @param symbol the symbol
   * @return the low
   * @throws IllegalArgumentException if the run has no such instrument
   * @throws IllegalStateException if the instrument has no bar yet
   */
  double low(String symbol);

  /**
   * The current bar's close.
   *
   * @param symbol the symbol
   * @return the close
   * @throws IllegalArgumentException if the run has no such instrument
   * @throws IllegalStateException if the instrument has no bar yet
   */
  double close(String symbol);

  /**
   * The current bar's volume.
   *
   * @param symbol the symbol
   * @return the volume
   * @throws IllegalArgumentException if the run has no such instrument
   * @throws IllegalStateException if the instrument has no bar yet
   */
  double volume(String symbol);

  /**
   * The close of an earlier bar of the instrument: 0 is the current bar, 1 the one before.
   *
   * @param symbol the symbol
   * @param barsAgo how many of the instrument's bars back, {@code >= 0}
   * @return the close
   * @throws IllegalArgumentException if the run has no such instrument or {@code barsAgo < 0} (a future
   *     bar)
   * @throws IndexOutOfBoundsException if the instrument has fewer than {@code barsAgo + 1} bars so far
   */
  double close(String symbol, int barsAgo);

  /**
   * The instrument's mark: the price the portfolio values it at now (the latest close, or for an option
   * marked by an {@link OptionMarker}, the marker's price).
   *
   * @param symbol the symbol
   * @return the mark, {@code NaN} if the instrument has none yet
   * @throws IllegalArgumentException if the run has no such instrument
   */
  double mark(String symbol);

  /**
   * The instrument's bars from the first to the current one. The series ends at the current bar: no
   * method of it reaches a later bar.
   *
   * @param symbol the symbol
   * @return the history (empty before the instrument's first bar)
   * @throws IllegalArgumentException if the run has no such instrument
   */
  BarSeries history(String symbol);

  /**
   * Registers a higher time frame: the engine resamples every instrument's bars with the resampler and
   * calls {@link Strategy#onBar(StrategyContext, TimeFrame)} when a bar of it completes. Only during
   * {@link Strategy#onStart}.
   *
   * @param resampler the resampler to the higher time frame
   * @throws IllegalArgumentException if its time frame is already registered
   * @throws IllegalStateException if called after {@link Strategy#onStart}
   */
  void subscribe(Resampler resampler);

  /**
   * The completed bars of a registered time frame, up to the latest one completed by now (never a bar
   * still forming; see {@link io.quantor.core.series.MultiTimeFrameView} for when a bar completes).
   *
   * @param symbol the symbol
   * @param timeFrame a registered time frame
   * @return the completed higher bars
   * @throws IllegalArgumentException if the instrument or the time frame is unknown
   */
  BarSeries history(String symbol, TimeFrame timeFrame);

  /**
   * Whether a bar of the time frame completed for the instrument at the current timestamp.
   *
   * @param symbol the symbol
   * @param timeFrame a registered time frame
   * @return true if one completed now
   * @throws IllegalArgumentException if the instrument or the time frame is unknown
   */
  boolean hasBar(String symbol, TimeFrame timeFrame);

  /**
   * The read-only portfolio: cash, equity and positions as booked up to now.
   *
   * @return the view
   */
  PortfolioView portfolio();

  /**
   * Submits an order. It fills no earlier than the next bar of its instrument.
   *
   * @param order the order; its instrument must be one of the run's and its client order id new
   * @return the order's state after submission (ACCEPTED, or REJECTED if the executor refused it)
   * @throws IllegalArgumentException if the instrument is not the run's or the id was used before
   * @throws IllegalStateException outside {@link Strategy#onBar} and {@link Strategy#onFinish}
   * @throws io.quantor.broker.BrokerException if a broker could not be reached (PAPER and LIVE)
   */
  OrderState submit(OrderRequest order);

  /**
   * Asks to cancel a working order.
   *
   * @param clientOrderId the order's id
   * @return the order's state after the request (CANCELED, or its terminal state if it had finished)
   * @throws IllegalArgumentException if the id is not one of this run's orders
   * @throws io.quantor.broker.BrokerException if a broker could not be reached (PAPER and LIVE)
   */
  OrderState cancel(String clientOrderId);

  /**
   * The run's orders that can still fill, in submission order.
   *
   * @return an unmodifiable list
   */
  List<OrderState> openOrders();

  /**
   * One of the run's orders, as last reported.
   *
   * @param clientOrderId the id
   * @return the state, or empty if the run never submitted it
   */
  Optional<OrderState> order(String clientOrderId);

  /**
   * A new client order id: the engine's prefix, a dash and a counter ({@code "sma-1"}, {@code "sma-2"},
   * ...), the same in every run of the same configuration.
   *
   * @return the id
   */
  String nextOrderId();

  /**
   * Records a decision about an instrument, with its reason codes, in the engine's {@link DecisionSink}
   * (the journal) if one is configured; otherwise only validates it.
   *
   * @param symbol the instrument decided about
   * @param decision what was decided, for people (such as {@code "enter long"} or {@code "HOLD"})
   * @param reasonCodes why, as stable codes (such as {@code "SMA_CROSS_UP"})
   * @throws IllegalArgumentException if the symbol is not the run's, {@code decision} is blank or a code is
   *     null or blank
   * @throws IllegalStateException in {@link Strategy#onStart} (there is no bar yet)
   */
  void record(String symbol, String decision, String... reasonCodes);

  /**
   * Records the decision that led to an order (or to not sending it), with the model's confidence.
   *
   * @param order the order decided on (gives the symbol and the client order id)
   * @param decision what was decided, such as {@code "BUY 100"} or {@code "REJECT"}
   * @param confidence the model's confidence in {@code [0, 1]}, or {@code NaN}
   * @param reasonCodes why
   * @throws IllegalArgumentException if an argument is invalid
   * @throws IllegalStateException in {@link Strategy#onStart}
   */
  void record(OrderRequest order, String decision, double confidence, List<String> reasonCodes);
}
