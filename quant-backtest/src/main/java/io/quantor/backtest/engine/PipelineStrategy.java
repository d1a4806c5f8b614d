package io.quantor.backtest.engine;

import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;
import io.quantor.core.signal.AlphaModel;
import io.quantor.core.signal.EnsembleVote;
import io.quantor.core.signal.Signal;
import io.quantor.core.signal.SignalEngine;
import io.quantor.core.sizing.PositionSizer;
import io.quantor.core.sizing.SizingConstraint;
import io.quantor.core.sizing.SizingRequest;
import io.quantor.core.sizing.SizingResult;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.Side;
import io.quantor.risk.gate.Decision;
import io.quantor.risk.gate.GateOutcome;
import io.quantor.risk.gate.GatePipeline;
import io.quantor.risk.gate.GateState;
import io.quantor.risk.gate.MarketContext;
import io.quantor.risk.gate.ReasonCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The architecture's trading pipeline as a ready-made {@link Strategy}: alpha models, a
 * {@link SignalEngine} vote, a {@link PositionSizer}, the risk {@link GatePipeline}, then the order,
 * with every decision and its reason codes recorded to the engine's journal. Build one with
 * {@link #builder()}; it trades every instrument of the run that has bars (or the symbols given), from
 * its first bar on.
 *
 * <p><b>One bar of one instrument.</b>
 * <ol>
 *   <li>Each alpha model is fed the bar ({@link AlphaModel#update(String, Bar)}); the engine votes
 *       ({@link SignalEngine#vote(List)}).</li>
 *   <li>If the vote abstains the position is kept (or closed, with {@link Builder#flatOnAbstain()}).
 *       Otherwise the sizer gets the signal {@code direction * confidence}, the close as price, the equity,
 *       the cash (not below 0) as available capital, the current position, the lot size and the optional
 *       maximum fraction, plus what {@link SizingInputs} adds (volatility, ATR, ...).</li>
 *   <li>The sizer's order quantity ({@code target - current}), if not 0 and no order of the instrument is
 *       still working, becomes a market order for the next bar. Without gates it is sent as it is;
 *       with gates the pipeline evaluates it against the portfolio snapshot and a {@link MarketContext}
 *       (by default the bar's time and close and the lot size; {@link MarketInputs} can add data quality,
 *       scenarios, Greeks, ...), and the approved (possibly scaled) order is sent.</li>
 *   <li>Each proposed order is recorded as a decision with the order, the vote's confidence and the reason
 *       codes {@code SIGNAL_BUY}/{@code SIGNAL_SELL}/{@code SIGNAL_ABSTAIN}, {@code SIZING_<constraint>}
 *       when a sizing limit bound, and the gate pipeline's {@link ReasonCode}s; the decision text is
 *       {@code "<verdict> <side> <quantity>"} (with {@code "-> <scaled>"} for a scaling).</li>
 *   <li>When a position closes, its realized P&amp;L (before fees) since it opened is reported to the
 *       pipeline's circuit breaker ({@link GatePipeline#recordTrade}).</li>
 * </ol>
 * Models are created per run and per instrument from their factories, so one pipeline object runs in
 * every mode and every run starts fresh.
 *
 * <pre>{@code
 * Strategy pipeline = PipelineStrategy.builder()
 *     .model(EmaCrossover::new, 1.0)
 *     .model(() -> new RsiReversion(), 0.5)
 *     .minConfidence(0.2)
 *     .sizer(FixedFractionalSizer.allocation(0.5))
 *     .gates(GatePipeline.of(new KillSwitchGate(), new MaxPositionGate(0.25, BreachPolicy.SCALE)))
 *     .build();
 * BacktestResult r = TradingEngine.builder().bars(spy).initialCash(100_000).simulator(sim)
 *     .journal(JournalDecisionSink.of(journal, "backtest")).strategy(pipeline).build().run();
 * }</pre>
 */
public final class PipelineStrategy implements Strategy {

  private final List<Supplier<? extends AlphaModel>> factories;
  private final SignalEngine signalEngine;
  private final PositionSizer sizer;
  private final GatePipeline gates;
  private final GateState initialGateState;
  private final List<String> symbols;
  private final double lotSize;
  private final double maxFraction;
  private final boolean flatOnAbstain;
  private final SizingInputs sizingInputs;
  private final MarketInputs marketInputs;

  private final Map<String, PerInstrument> state = new LinkedHashMap<>();
  private GateState gateState;

  private PipelineStrategy(Builder b, SignalEngine signalEngine) {
    this.factories = List.copyOf(b.factories);
    this.signalEngine = signalEngine;
    this.sizer = b.sizer;
    this.gates = b.gates;
    this.initialGateState = b.initialGateState;
    this.symbols = List.copyOf(b.symbols);
    this.lotSize = b.lotSize;
    this.maxFraction = b.maxFraction;
    this.flatOnAbstain = b.flatOnAbstain;
    this.sizingInputs = b.sizingInputs;
    this.marketInputs = b.marketInputs;
  }

  /**
   * Starts a builder: no models yet, no gates, lot size 1, no maximum fraction, hold on abstain.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The signal engine that votes (its models are the registered factories' names and weights).
   *
   * @return the engine
   */
  public SignalEngine signalEngine() {
    return signalEngine;
  }

  @Override
  public void onStart(StrategyContext ctx) {
    state.clear();
    gateState = initialGateState;
    for (String s : symbols) {
      ctx.instrument(s);
    }
  }

  @Override
  public void onBar(StrategyContext ctx) {
    for (Instrument i : ctx.instruments()) {
      String symbol = i.symbol();
      if (!ctx.hasBar(symbol) || !symbols.isEmpty() && !symbols.contains(symbol)) {
        continue;
      }
      PerInstrument p = state.get(symbol);
      if (p == null) {
        List<AlphaModel> models = new ArrayList<>(factories.size());
        for (Supplier<? extends AlphaModel> f : factories) {
          models.add(f.get());
        }
        p = new PerInstrument(models);
        state.put(symbol, p);
      }
      step(ctx, symbol, p);
    }
  }

  private void step(StrategyContext ctx, String symbol, PerInstrument s) {
    reportClosedTrade(ctx, symbol, s);
    Bar bar = ctx.bar(symbol);
    List<Signal> signals = new ArrayList<>(s.models.size());
    for (AlphaModel m : s.models) {
      signals.add(m.update(symbol, bar));
    }
    EnsembleVote vote = signalEngine.vote(signals);
    Signal signal = vote.signal();
    double held = ctx.portfolio().quantity(symbol);
    double strength;
    if (signal.isActionable()) {
      strength = signal.direction().sign() * signal.confidence();
    } else if (flatOnAbstain && held != 0) {
      strength = 0;
    } else {
      return;
    }
    if (hasWorkingOrder(ctx, symbol)) {
      return;
    }
    double equity = ctx.portfolio().equity();
    if (!(equity > 0)) {
      return;
    }
    SizingRequest.Builder rb = SizingRequest.builder(symbol).price(bar.close()).signal(strength)
        .equity(equity).availableCapital(Math.max(0, ctx.portfolio().cash())).currentPosition(held)
        .lotSize(lotSize);
    if (!Double.isNaN(maxFraction)) {
      rb.maxFraction(maxFraction);
    }
    sizingInputs.addTo(rb, ctx, symbol);
    SizingResult size = sizer.size(rb.build());
    double delta = size.orderQuantity();
    if (delta == 0) {
      return;
    }
    Side side = Side.of(delta);
    OrderRequest order = OrderRequest.market(ctx.nextOrderId(), ctx.instrument(symbol), side,
        Math.abs(delta), ctx.time()).withStrategyId(ctx.strategyId());
    List<String> codes = new ArrayList<>();
    codes.add("SIGNAL_" + signal.direction());
    if (size.binding() != SizingConstraint.NONE) {
      codes.add("SIZING_" + size.binding());
    }
    double confidence = signal.confidence();
    if (gates == null) {
      ctx.record(order, String.format(Locale.ROOT, "APPROVE %s %s", side, order.quantity()), confidence,
          codes);
      ctx.submit(order);
      return;
    }
    MarketContext market = marketInputs.context(ctx, symbol, order);
    GateOutcome out = gates.evaluate(order, ctx.portfolio().snapshot(), market, gateState);
    gateState = out.state();
    Decision d = out.decision();
    for (ReasonCode r : d.reasons()) {
      codes.add(r.name());
    }
    String text = String.format(Locale.ROOT, "%s %s %s", d.verdict(), side, order.quantity());
    if (d.quantity() != order.quantity() && d.allows()) {
      text += String.format(Locale.ROOT, " -> %s", d.quantity());
    }
    ctx.record(order, text, confidence, codes);
    d.approvedOrder().ifPresent(ctx::submit);
  }

  private static boolean hasWorkingOrder(StrategyContext ctx, String symbol) {
    for (var o : ctx.openOrders()) {
      if (o.request().instrument().symbol().equals(symbol)) {
        return true;
      }
    }
    return false;
  }

  /** Tells the circuit breaker about a position that closed since the last bar. */
  private void reportClosedTrade(StrategyContext ctx, String symbol, PerInstrument s) {
    Position p = ctx.portfolio().position(symbol);
    if (s.wasOpen && p.isFlat()) {
      if (gates != null) {
        gateState = gates.recordTrade(gateState, p.realizedPnl() - s.realizedAtOpen, ctx.time());
      }
      s.wasOpen = false;
    } else if (!s.wasOpen && !p.isFlat()) {
      s.wasOpen = true;
      s.realizedAtOpen = p.realizedPnl();
    }
  }

  @Override
  public String toString() {
    return "PipelineStrategy[" + signalEngine.weights().keySet() + ", sizer " + sizer + ", gates "
        + (gates == null ? "none" : gates.gates().size()) + "]";
  }

  /** Adds optional inputs (volatility, ATR, stop distance, regime, limits) to a sizing request. */
  @FunctionalInterface
  public interface SizingInputs {

    /**
     * Adds inputs for one instrument at the current bar.
     *
     * @param request the request being built (price, signal, account, position and lot size are set)
     * @param ctx the context
     * @param symbol the instrument
     */
    void addTo(SizingRequest.Builder request, StrategyContext ctx, String symbol);
  }

  /** Builds the market context the gates judge an order in. */
  @FunctionalInterface
  public interface MarketInputs {

    /**
     * The context for one order.
     *
     * @param ctx the strategy context
     * @param symbol the instrument
     * @param order the order to judge
     * @return the market context
     */
    MarketContext context(StrategyContext ctx, String symbol, OrderRequest order);
  }

  /** Per-instrument models and trade bookkeeping. */
  private static final class PerInstrument {

    final List<AlphaModel> models;
    boolean wasOpen;
    double realizedAtOpen;

    PerInstrument(List<AlphaModel> models) {
      this.models = models;
    }
  }

  /** Configures a {@link PipelineStrategy}; setters validate their argument. */
  public static final class Builder {

    private final List<Supplier<? extends AlphaModel>> factories = new ArrayList<>();
    private final SignalEngine.Builder engine = SignalEngine.builder();
    private PositionSizer sizer;
    private GatePipeline gates;
    private GateState initialGateState = GateState.initial();
    private final List<String> symbols = new ArrayList<>();
    private double lotSize = 1;
    private double maxFraction = Double.NaN;
    private boolean flatOnAbstain;
    private SizingInputs sizingInputs = (request, ctx, symbol) -> { };
    private MarketInputs marketInputs;

    private Builder() {
    }

    /**
     * Adds an alpha model that votes at any confidence.
     *
     * @param factory makes a fresh model (one per instrument and run)
     * @param weight the model's weight in the vote, finite and {@code > 0}
     * @return this builder
     * @throws IllegalArgumentException if an argument is invalid or a model of that name is registered
     */
    public Builder model(Supplier<? extends AlphaModel> factory, double weight) {
      return model(factory, weight, 0);
    }

    /**
     * Adds an alpha model with a minimum confidence for its vote.
     *
     * @param factory makes a fresh model (one per instrument and run)
     * @param weight the model's weight, finite and {@code > 0}
     * @param minConfidence the confidence below which the model abstains, in {@code [0, 1]}
     * @return this builder
     * @throws IllegalArgumentException if an argument is invalid or a model of that name is registered
     */
    public Builder model(Supplier<? extends AlphaModel> factory, double weight, double minConfidence) {
      Args.notNull(factory, "factory");
      AlphaModel probe = Args.notNull(factory.get(), "factory result");
      engine.model(probe.name(), weight, minConfidence);
      factories.add(factory);
      return this;
    }

    /**
     * The vote's global minimum confidence (default 0).
     *
     * @param threshold in {@code [0, 1]}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder minConfidence(double threshold) {
      engine.minConfidence(threshold);
      return this;
    }

    /**
     * The position sizer (required).
     *
     * @param positionSizer the sizer
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder sizer(PositionSizer positionSizer) {
      this.sizer = Args.notNull(positionSizer, "sizer");
      return this;
    }

    /**
     * The risk gates (optional; without them every sized order is sent).
     *
     * @param pipeline the gates
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder gates(GatePipeline pipeline) {
      this.gates = Args.notNull(pipeline, "gates");
      return this;
    }

    /**
     * The gate state at the start of each run (default {@link GateState#initial()}), such as one with a
     * kill switch on.
     *
     * @param gateState the state
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder initialGateState(GateState gateState) {
      this.initialGateState = Args.notNull(gateState, "initialGateState");
      return this;
    }

    /**
     * The symbols to trade (default: every instrument of the run that has bars).
     *
     * @param traded the symbols
     * @return this builder
     * @throws IllegalArgumentException if null or holding a blank symbol
     */
    public Builder symbols(String... traded) {
      for (String s : Args.notNull(traded, "symbols")) {
        symbols.add(DecisionRecord.notBlank(s, "symbols element"));
      }
      return this;
    }

    /**
     * The trading unit (default 1).
     *
     * @param lot finite and {@code > 0}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder lotSize(double lot) {
      this.lotSize = Args.positive(lot, "lotSize");
      return this;
    }

    /**
     * The largest position notional as a fraction of equity, for the sizer (default: none).
     *
     * @param fraction finite and {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxFraction(double fraction) {
      this.maxFraction = Args.finite(Args.atLeast(fraction, 0.0, "maxFraction"), "maxFraction");
      return this;
    }

    /**
     * Closes the position when the vote abstains (default: keep it).
     *
     * @return this builder
     */
    public Builder flatOnAbstain() {
      this.flatOnAbstain = true;
      return this;
    }

    /**
     * Adds inputs to each sizing request (default: none).
     *
     * @param inputs the hook
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder sizingInputs(SizingInputs inputs) {
      this.sizingInputs = Args.notNull(inputs, "sizingInputs");
      return this;
    }

    /**
     * Builds the market context for the gates (default: the bar's time and close, the lot size).
     *
     * @param inputs the hook
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder marketInputs(MarketInputs inputs) {
      this.marketInputs = Args.notNull(inputs, "marketInputs");
      return this;
    }

    /**
     * Builds the strategy.
     *
     * @return the strategy
     * @throws IllegalArgumentException if no model or no sizer was given
     */
    public PipelineStrategy build() {
      if (factories.isEmpty()) {
        throw new IllegalArgumentException("at least one model must be added");
      }
      if (sizer == null) {
        throw new IllegalArgumentException("sizer must be set");
      }
      if (marketInputs == null) {
        double lot = lotSize;
        marketInputs = (ctx, symbol, order) -> MarketContext.builder(ctx.time(), ctx.close(symbol))
            .lotSize(lot).build();
      }
      return new PipelineStrategy(this, engine.build());
    }
  }
}
