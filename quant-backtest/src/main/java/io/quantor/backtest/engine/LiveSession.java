package io.quantor.backtest.engine;

import io.quantor.broker.OrderState;
import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A run fed by the caller: the caller's feed pushes each bar as it closes, and the engine runs the same
 * steps as {@link TradingEngine#run()} (fills, marks, equity, {@link Strategy#onBar(StrategyContext)}) for
 * it. This is how {@link RunMode#LIVE} runs, and it works in the other modes too (a paper run on a live
 * feed, a streaming backtest). Obtain one with {@link TradingEngine#live()}.
 *
 * <p>Timestamps must increase strictly from one push to the next; bars of several instruments that close
 * at the same time go in one {@link #onBars} call, so the strategy sees them together. In LIVE mode the
 * broker's execution events (from any thread) are applied at the start of the next push and in
 * {@link #finish()}. Not thread-safe: push from one thread.
 *
 * <pre>{@code
 * LiveSession session = TradingEngine.builder()
 *     .mode(RunMode.LIVE).broker(broker).instruments(Instrument.etf("SPY"))
 *     .initialCash(100_000).orderIdPrefix("sma-2024-06-03").strategy(new SmaCrossover("SPY", 10, 50))
 *     .build()
 *     .live();
 * feed.onBarClose(bar -> session.onBar("SPY", bar));
 * ...
 * BacktestResult today = session.finish();
 * }</pre>
 */
public final class LiveSession {

  private final Session session;
  private final Track.OfBuffer[] tracks;
  private long last = Long.MIN_VALUE;
  private boolean finished;

  LiveSession(Session session, Track.OfBuffer[] tracks) {
    this.session = session;
    this.tracks = tracks;
    session.start();
  }

  /**
   * Pushes the bar of one instrument, alone at its timestamp.
   *
   * @param symbol the instrument's symbol
   * @param bar the bar that just closed
   * @throws IllegalArgumentException if the symbol is not an instrument with bars, or the bar is not later
   *     than the previous push
   * @throws IllegalStateException if the session has finished
   */
  public void onBar(String symbol, Bar bar) {
    Args.notNull(bar, "bar");
    int k = checkPush(symbol, bar.timestamp());
    clearUpdated();
    append(k, bar);
    session.step(last);
  }

  /**
   * Pushes the bars of several instruments that closed at the same time.
   *
   * @param bars the bars by symbol, not empty, all with one timestamp later than the previous push
   * @throws IllegalArgumentException if a symbol is unknown, the timestamps differ or are not later than
   *     the previous push
   * @throws IllegalStateException if the session has finished
   */
  public void onBars(Map<String, Bar> bars) {
    Args.notNull(bars, "bars");
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("bars must not be empty");
    }
    Instant time = null;
    int[] ks = new int[bars.size()];
    int j = 0;
    for (Map.Entry<String, Bar> e : bars.entrySet()) {
      Bar b = Args.notNull(e.getValue(), "bars[" + e.getKey() + "]");
      if (time == null) {
        time = b.timestamp();
        checkPush(e.getKey(), time);
      } else if (!time.equals(b.timestamp())) {
        throw new IllegalArgumentException("bars must share one timestamp, " + e.getKey() + " was at "
            + b.timestamp() + " and others at " + time);
      }
      ks[j++] = barredIndex(e.getKey());
    }
    clearUpdated();
    j = 0;
    for (Bar b : bars.values()) {
      append(ks[j++], b);
    }
    session.step(last);
  }

  private int checkPush(String symbol, Instant time) {
    if (finished) {
      throw new IllegalStateException("the session has finished");
    }
    int k = barredIndex(symbol);
    long t = time.toEpochMilli();
    if (t <= last) {
      throw new IllegalArgumentException("bar time must be later than the previous push "
          + Instant.ofEpochMilli(last) + ", was " + time);
    }
    return k;
  }

  private int barredIndex(String symbol) {
    int k = session.indexOf(symbol);
    if (k >= session.barred) {
      throw new IllegalArgumentException(symbol + " is marked by an OptionMarker and takes no bars");
    }
    return k;
  }

  private void clearUpdated() {
    Arrays.fill(session.updated, false);
  }

  private void append(int k, Bar b) {
    tracks[k].append(b.timestamp().toEpochMilli(), b.open(), b.high(), b.low(), b.close(), b.volume());
    session.updated[k] = true;
    last = b.timestamp().toEpochMilli();
  }

  /**
   * The portfolio as booked so far (broker events are applied at each push).
   *
   * @return the read-only view
   */
  public PortfolioView portfolio() {
    return session.portfolio();
  }

  /**
   * The session's orders that can still fill.
   *
   * @return an unmodifiable list
   */
  public List<OrderState> openOrders() {
    return session.openOrders();
  }

  /**
   * Whether {@link #finish()} was called.
   *
   * @return true once finished
   */
  public boolean isFinished() {
    return finished;
  }

  /**
   * Ends the session: applies the broker's pending events, calls {@link Strategy#onFinish}, stops
   * listening to the broker, and returns the result of the bars pushed so far.
   *
   * @return the result
   * @throws IllegalStateException if already finished
   */
  public BacktestResult finish() {
    if (finished) {
      throw new IllegalStateException("the session has finished");
    }
    finished = true;
    return session.finish();
  }

  @Override
  public String toString() {
    return "LiveSession[" + session.mode() + ", " + (finished ? "finished" : "running") + ", last bar "
        + (last == Long.MIN_VALUE ? "none" : Instant.ofEpochMilli(last).toString()) + "]";
  }
}
