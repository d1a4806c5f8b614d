package io.quantor.backtest.engine;

import io.quantor.broker.Broker;
import io.quantor.broker.paper.PaperBroker;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.core.internal.Args;
import io.quantor.core.series.BarSeries;
import io.quantor.core.series.SessionCalendar;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one {@link Strategy} over bars in a {@link RunMode}: {@link RunMode#BACKTEST} on historical bars
 * with the broker module's execution simulator, {@link RunMode#PAPER} with the paper broker, or
 * {@link RunMode#LIVE} with any {@link Broker}. The strategy's code is the same in every mode. Build one
 * with {@link #builder()}; the engine is immutable and each {@link #run()} or {@link #live()} starts a new
 * session (the strategy object resets itself in {@link Strategy#onStart}).
 *
 * <p><b>One bar.</b> At each timestamp of the run the engine, in this order: (1) lets the executor fill
 * orders against the bars that just closed (only orders submitted at an earlier timestamp: an order placed
 * on bar {@code t} fills no earlier than bar {@code t + 1} of its instrument); (2) marks instruments
 * without bars through their {@link OptionMarker} and fills their orders at that mark; (3) books the fills
 * and marks every position at its instrument's latest close; (4) records cash and equity; (5) calls
 * {@link Strategy#onBar(StrategyContext)}, then the higher-time-frame callbacks.
 *
 * <p><b>Threads.</b> The engine is immutable, but a run uses its strategy object (and, in PAPER mode, its
 * paper broker): run one session at a time per strategy. A run calls the strategy on the calling thread
 * ({@link #run()}) or on the thread that pushes bars ({@link LiveSession}).
 *
 * <p><b>Cost.</b> With no order placed, a BACKTEST bar allocates nothing: instruments are indexed once,
 * positions and marks are primitive arrays reconciled with the core {@code Portfolio} at fills (see
 * {@link PortfolioView#snapshot()}), and the curves are preallocated.
 *
 * <pre>{@code
 * BacktestResult r = TradingEngine.builder()
 *     .mode(RunMode.BACKTEST)
 *     .bars(spy)
 *     .initialCash(100_000)
 *     .simulator(ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(2)).build())
 *     .strategy(new SmaCrossover("SPY", 10, 50))
 *     .build()
 *     .run();
 * }</pre>
 */
public final class TradingEngine {

  private final RunMode mode;
  private final BarFeed feed;
  private final List<Instrument> declared;
  private final List<Instrument> options;
  private final List<OptionMarker> optionMarkers;
  final double initialCash;
  private final ExecutionSimulator simulator;
  private final SessionCalendar calendar;
  private final Broker broker;
  final DecisionSink sink;
  final Strategy strategy;
  final String strategyId;
  final String orderIdPrefix;

  private TradingEngine(Builder b, BarFeed feed) {
    this.mode = b.mode;
    this.feed = feed;
    this.declared = List.copyOf(b.instruments);
    this.options = List.copyOf(b.options.keySet());
    this.optionMarkers = List.copyOf(b.options.values());
    this.initialCash = Double.isNaN(b.initialCash) && b.broker instanceof PaperBroker
        ? ((PaperBroker) b.broker).settings().initialCash() : b.initialCash;
    this.simulator = b.simulator;
    this.calendar = b.calendar;
    this.broker = b.broker;
    this.sink = b.sink;
    this.strategy = b.strategy;
    this.strategyId = b.strategyId;
    this.orderIdPrefix = b.orderIdPrefix == null ? b.strategyId : b.orderIdPrefix;
  }

  /**
   * Starts a builder: mode BACKTEST, strategy id {@value OrderRequest#DEFAULT_STRATEGY}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The run mode.
   *
   * @return the mode
   */
  public RunMode mode() {
    return mode;
  }

  /**
   * The instruments of a run, in the engine's order: those with bars (or declared for a live session),
   * then those marked by an {@link OptionMarker}.
   *
   * @return an unmodifiable list
   */
  public List<Instrument> instruments() {
    List<Instrument> out = new ArrayList<>(feed == null ? declared : feed.instruments());
    out.addAll(options);
    return List.copyOf(out);
  }

  /**
   * Runs the strategy over the engine's bars, from the first timestamp to the last.
   *
   * @return the result
   * @throws IllegalStateException in {@link RunMode#LIVE} (which has no history: use {@link #live()}) or if
   *     the engine was built without bars
   */
  public BacktestResult run() {
    if (mode == RunMode.LIVE) {
      throw new IllegalStateException("LIVE mode cannot pull history: push bars into live()");
    }
    if (feed == null) {
      throw new IllegalStateException("run() needs bars: build the engine with bars(...)");
    }
    int n = feed.size();
    Track[] tracks = new Track[n + options.size()];
    for (int k = 0; k < n; k++) {
      tracks[k] = new Track.OfSeries(feed.instrument(k), feed.series(k));
    }
    // One series: its bars are the timeline, and the result reads its times from it.
    Session s = newSession(tracks, n, feed.timestampCount(), n == 1 ? feed.series(0) : null);
    s.start();
    boolean[] updated = s.updated;
    if (n == 1) {
      BarSeries series = feed.series(0);
      Track t = tracks[0];
      updated[0] = true;
      for (int i = 0, m = series.size(); i < m; i++) {
        t.count = i + 1;
        // Session.step, spelled out (see Session.advance).
        s.advance(series.epochMillis(i));
        if (s.hasWork()) {
          s.execute();
        }
        s.close();
      }
      return s.finish();
    }
    BarFeed.Cursor c = feed.cursor();
    while (c.advance()) {
      for (int k = 0; k < n; k++) {
        boolean h = c.hasBar(k);
        updated[k] = h;
        if (h) {
          tracks[k].count = c.index(k) + 1;
        }
      }
      s.step(c.epochMillis());
    }
    return s.finish();
  }

  /**
   * Starts a session into which the caller's feed pushes bars as they close. Works in every mode; it is
   * the only way to run in {@link RunMode#LIVE}. The session calls {@link Strategy#onStart} now.
   *
   * @return the session
   */
  public LiveSession live() {
    List<Instrument> base = feed == null ? declared : feed.instruments();
    Track.OfBuffer[] tracks = new Track.OfBuffer[base.size() + options.size()];
    for (int k = 0; k < base.size(); k++) {
      tracks[k] = new Track.OfBuffer(base.get(k));
    }
    Session s = newSession(tracks, base.size(), 256, null);
    return new LiveSession(s, tracks);
  }

  private Session newSession(Track[] tracks, int barred, int expectedBars, BarSeries timeline) {
    OptionMarker[] markers = new OptionMarker[tracks.length];
    for (int j = 0; j < options.size(); j++) {
      tracks[barred + j] = new Track.OfBuffer(options.get(j));
      markers[barred + j] = optionMarkers.get(j);
    }
    return new Session(this, tracks, barred, markers, executor(), expectedBars, timeline);
  }

  private Executor executor() {
    switch (mode) {
      case BACKTEST:
        return new SimExecutor(simulator, calendar);
      case PAPER:
        return new PaperExecutor((PaperBroker) broker);
      default:
        return new BrokerExecutor(broker);
    }
  }

  @Override
  public String toString() {
    return "TradingEngine[" + mode + ", " + instruments().size() + " instruments, strategy " + strategyId
        + "]";
  }

  /** Configures a {@link TradingEngine}; {@link #build()} checks that the parts fit the mode. */
  public static final class Builder {

    private RunMode mode = RunMode.BACKTEST;
    private final BarFeed.Builder bars = BarFeed.builder();
    private int barCount;
    private BarFeed feed;
    private final List<Instrument> instruments = new ArrayList<>();
    private final Map<Instrument, OptionMarker> options = new LinkedHashMap<>();
    private double initialCash = Double.NaN;
    private ExecutionSimulator simulator;
    private SessionCalendar calendar = SessionCalendar.of(ZoneOffset.UTC);
    private Broker broker;
    private DecisionSink sink;
    private Strategy strategy;
    private String strategyId = OrderRequest.DEFAULT_STRATEGY;
    private String orderIdPrefix;

    private Builder() {
    }

    /**
     * The run mode (default BACKTEST).
     *
     * @param runMode the mode
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder mode(RunMode runMode) {
      this.mode = Args.notNull(runMode, "mode");
      return this;
    }

    /**
     * Adds stocks with their bars, each named by its series' symbol.
     *
     * @param series the series, none empty, symbols unique
     * @return this builder
     * @throws IllegalArgumentException if a series is null, empty or repeats a symbol
     */
    public Builder bars(BarSeries... series) {
      for (BarSeries s : Args.notNull(series, "series")) {
        bars.add(s);
        barCount++;
      }
      return this;
    }

    /**
     * Adds an instrument with its bars.
     *
     * @param instrument the instrument
     * @param series its bars, not empty
     * @return this builder
     * @throws IllegalArgumentException if an argument is null, the series empty or the symbol taken
     */
    public Builder bars(Instrument instrument, BarSeries series) {
      bars.add(instrument, series);
      barCount++;
      return this;
    }

    /**
     * Uses a ready feed (instead of {@code bars}).
     *
     * @param barFeed the feed
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder feed(BarFeed barFeed) {
      this.feed = Args.notNull(barFeed, "feed");
      return this;
    }

    /**
     * Declares the instruments of a {@link LiveSession} whose bars the caller will push (instead of
     * {@code bars}).
     *
     * @param list the instruments, symbols unique
     * @return this builder
     * @throws IllegalArgumentException if null or holding null
     */
    public Builder instruments(Instrument... list) {
      for (Instrument i : Args.notNull(list, "instruments")) {
        instruments.add(Args.notNull(i, "instruments element"));
      }
      return this;
    }

    /**
     * Adds instruments without bars, typically options, marked and filled at an {@link OptionMarker}'s
     * price at each timestamp. Each needs an underlying that is an instrument with bars in the run. An
     * option that has bars of its own is added with {@link #bars(Instrument, BarSeries)} instead and is
     * marked to them like any instrument.
     *
     * @param marker the marker
     * @param list the instruments
     * @return this builder
     * @throws IllegalArgumentException if an argument is null, an instrument has no underlying or is added
     *     twice
     */
    public Builder options(OptionMarker marker, Instrument... list) {
      Args.notNull(marker, "marker");
      for (Instrument i : Args.notNull(list, "options")) {
        Args.notNull(i, "options element");
        if (i.underlying() == null) {
          throw new IllegalArgumentException("option " + i.symbol() + " must name an underlying");
        }
        if (options.putIfAbsent(i, marker) != null) {
          throw new IllegalArgumentException("option " + i.symbol() + " was added twice");
        }
      }
      return this;
    }

    /**
     * The starting cash (required, except in PAPER mode, where it defaults to the paper broker's and must
     * equal it).
     *
     * @param cash finite and {@code > 0}
     * @return this builder
     * @throws IllegalArgumentException if not finite and positive
     */
    public Builder initialCash(double cash) {
      this.initialCash = Args.positive(cash, "initialCash");
      return this;
    }

    /**
     * The execution simulator of a BACKTEST (required there, not allowed in the other modes: the paper
     * broker brings its own).
     *
     * @param sim the simulator
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder simulator(ExecutionSimulator sim) {
      this.simulator = Args.notNull(sim, "simulator");
      return this;
    }

    /**
     * The trading-day convention by which a BACKTEST expires DAY orders (default: calendar dates in UTC,
     * right for daily bars stamped at midnight UTC); see
     * {@link ExecutionSimulator#expireIfDayEnded(io.quantor.broker.sim.SimulatedOrder, java.time.Instant,
     * SessionCalendar)}.
     *
     * @param sessionCalendar the calendar
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder calendar(SessionCalendar sessionCalendar) {
      this.calendar = Args.notNull(sessionCalendar, "calendar");
      return this;
    }

    /**
     * The broker: a {@code PaperBroker} in PAPER mode, any broker in LIVE mode; none in BACKTEST.
     *
     * @param b the broker
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder broker(Broker b) {
      this.broker = Args.notNull(b, "broker");
      return this;
    }

    /**
     * Where decisions, orders and execution events go (optional).
     *
     * @param decisionSink the sink, such as a {@link JournalDecisionSink}
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder journal(DecisionSink decisionSink) {
      this.sink = Args.notNull(decisionSink, "journal");
      return this;
    }

    /**
     * The strategy (required).
     *
     * @param s the strategy
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder strategy(Strategy s) {
      this.strategy = Args.notNull(s, "strategy");
      return this;
    }

    /**
     * The strategy's id in decisions and the default order-id prefix (default
     * {@value OrderRequest#DEFAULT_STRATEGY}).
     *
     * @param id not blank
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder strategyId(String id) {
      this.strategyId = DecisionRecord.notBlank(id, "strategyId");
      return this;
    }

    /**
     * The prefix of {@link StrategyContext#nextOrderId()} (default: the strategy id). Required in LIVE
     * mode, where it must differ between sessions: brokers treat client order ids as idempotency keys, so a
     * reused id would return an old order instead of placing a new one.
     *
     * @param prefix not blank
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder orderIdPrefix(String prefix) {
      this.orderIdPrefix = DecisionRecord.notBlank(prefix, "orderIdPrefix");
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     * @throws IllegalArgumentException if a required part is missing, a part does not fit the mode, or the
     *     instruments clash
     */
    public TradingEngine build() {
      if (strategy == null) {
        throw new IllegalArgumentException("strategy must be set");
      }
      if (Double.isNaN(initialCash) && mode != RunMode.PAPER) {
        throw new IllegalArgumentException("initialCash must be set");
      }
      BarFeed f = feed;
      if (barCount > 0) {
        if (f != null) {
          throw new IllegalArgumentException("give bars(...) or feed(...), not both");
        }
        f = bars.build();
      }
      if (f != null && !instruments.isEmpty()) {
        throw new IllegalArgumentException("give bars or instruments(...) for a live session, not both");
      }
      if (f == null && instruments.isEmpty()) {
        throw new IllegalArgumentException("the engine needs bars, or instruments(...) for a live session");
      }
      checkMode(f);
      checkInstruments(f == null ? instruments : f.instruments());
      return new TradingEngine(this, f);
    }

    private void checkMode(BarFeed f) {
      switch (mode) {
        case BACKTEST:
          if (simulator == null) {
            throw new IllegalArgumentException("BACKTEST mode needs a simulator(...)");
          }
          if (broker != null) {
            throw new IllegalArgumentException("BACKTEST mode takes no broker: orders fill in the simulator");
          }
          break;
        case PAPER:
          if (!(broker instanceof PaperBroker)) {
            throw new IllegalArgumentException("PAPER mode needs a PaperBroker, was "
                + (broker == null ? "none" : broker.getClass().getName()));
          }
          if (simulator != null) {
            throw new IllegalArgumentException("PAPER mode takes no simulator: the paper broker's settings "
                + "hold it");
          }
          double paperCash = ((PaperBroker) broker).settings().initialCash();
          if (!Double.isNaN(initialCash) && initialCash != paperCash) {
            throw new IllegalArgumentException("initialCash " + initialCash + " must equal the paper "
                + "broker's " + paperCash + " (or be left unset)");
          }
          break;
        case LIVE:
          if (simulator != null) {
            throw new IllegalArgumentException("LIVE mode takes no simulator: the broker executes");
          }
          if (broker == null) {
            throw new IllegalArgumentException("LIVE mode needs a broker");
          }
          if (f != null) {
            throw new IllegalArgumentException("LIVE mode takes no history: declare instruments(...) and "
                + "push bars into live()");
          }
          if (orderIdPrefix == null) {
            throw new IllegalArgumentException("LIVE mode needs an orderIdPrefix unique to the session");
          }
          break;
        default:
          throw new IllegalStateException("unknown mode " + mode);
      }
    }

    private void checkInstruments(List<Instrument> base) {
      Set<String> symbols = new HashSet<>();
      for (Instrument i : base) {
        if (!symbols.add(i.symbol())) {
          throw new IllegalArgumentException("symbol " + i.symbol() + " appears twice");
        }
      }
      for (Instrument o : options.keySet()) {
        if (!symbols.contains(o.underlying())) {
          throw new IllegalArgumentException("option " + o.symbol() + ": its underlying " + o.underlying()
              + " must be an instrument with bars in the run");
        }
      }
      for (Instrument o : options.keySet()) {
        if (!symbols.add(o.symbol())) {
          throw new IllegalArgumentException("symbol " + o.symbol() + " appears twice");
        }
      }
    }
  }
}
