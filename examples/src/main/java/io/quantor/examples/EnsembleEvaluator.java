package io.quantor.examples;

import io.quantor.backtest.engine.BacktestResult;
import io.quantor.backtest.engine.DecisionSink;
import io.quantor.backtest.engine.PipelineStrategy;
import io.quantor.backtest.engine.RunMode;
import io.quantor.backtest.engine.StrategyContext;
import io.quantor.backtest.engine.TradingEngine;
import io.quantor.backtest.metrics.Trade;
import io.quantor.backtest.walkforward.Evaluation;
import io.quantor.backtest.walkforward.Parameters;
import io.quantor.backtest.walkforward.StrategyEvaluator;
import io.quantor.broker.sim.CommissionModel;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.series.BarSeries;
import io.quantor.core.signal.EmaCrossover;
import io.quantor.core.signal.ReturnsMomentum;
import io.quantor.core.signal.RsiReversion;
import io.quantor.core.sizing.VolatilityTargetSizer;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.Side;
import io.quantor.risk.gate.BreachPolicy;
import io.quantor.risk.gate.DrawdownHaltGate;
import io.quantor.risk.gate.ExposureGate;
import io.quantor.risk.gate.GatePipeline;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The example's strategy and how one parameter set is run over one window of the history.
 *
 * <p><b>Strategy</b> ({@link PipelineStrategy}): three alpha models vote in the
 * {@link io.quantor.core.signal.SignalEngine} (EMA crossover {@code emaFast/emaSlow} with ATR 14, weight
 * 1; returns momentum over 126 bars skipping 5, weight 1; RSI(14) 30/70 reversion, weight 0.5) with the
 * global threshold {@code minConfidence}; the position is closed when the vote abstains. The sizer
 * targets 15 % annualized volatility (20-bar close-to-close realized volatility) times the vote's signed
 * confidence, at most 100 % of equity, inside a 25 % no-trade band ({@link RebalanceBandSizer}). The risk
 * gates: a drawdown halt at 15 % and a gross-exposure cap of 1.0 times equity (orders scaled to fit).
 * Orders are market orders filled at the next open with 2 bp slippage and a 1 bp commission.
 *
 * <p><b>Time axis.</b> The walk-forward's bar {@code k} is the series' bar {@code axisStart + k}; the
 * {@code axisStart} bars before it (at least {@link #WARM_UP_BARS}) are history only. A window
 * {@code [from, to)} of the axis is run on the series' bars
 * {@code [axisStart + from - WARM_UP_BARS, axisStart + to)}: the models warm up on the first
 * {@value #WARM_UP_BARS} bars and nothing at or after {@code to} is read. The account stays flat until the
 * window opens at the close of the bar before its first bar: until then the sizing inputs leave the
 * realized volatility out, so the volatility-target sizer targets no position (its documented
 * {@code MISSING_INPUT} outcome) and no order or decision is made. An order decided at that close fills
 * at the window's first open, so the position is held from the window's first bar on, as it would be by
 * a strategy that had been trading all along. Each call builds its own strategy and engine, so the
 * evaluator is thread-safe.
 */
final class EnsembleEvaluator implements StrategyEvaluator {

  /** Bars of history each run reads before its window: covers every model's warm-up (at most 131). */
  static final int WARM_UP_BARS = 160;
  /** Starting cash of every run. */
  static final double INITIAL_CASH = 100_000;
  /** Slippage in basis points of the fill price. */
  static final double SLIPPAGE_BPS = 2;
  /** Commission in basis points of the notional. */
  static final double COMMISSION_BPS = 1;
  /** The cost per unit of turnover the baselines pay, the engine's slippage plus commission. */
  static final double COST_BPS = SLIPPAGE_BPS + COMMISSION_BPS;
  /** The annualized volatility the sizer targets. */
  static final double TARGET_VOLATILITY = 0.15;
  /** The realized-volatility window of the sizer, in bars. */
  static final int VOLATILITY_WINDOW = 20;
  /** The drawdown above which the gate halts new risk. */
  static final double MAX_DRAWDOWN = 0.15;
  /** The strategy id in decisions and orders. */
  static final String STRATEGY_ID = "ensemble";

  private final BarSeries series;
  private final int axisStart;
  private final ExecutionSimulator simulator;
  private final DecisionSink observer;

  /**
   * An evaluator over a series.
   *
   * @param series the bars, one instrument
   * @param axisStart the series index of the walk-forward's bar 0, {@code >= WARM_UP_BARS}
   */
  EnsembleEvaluator(BarSeries series, int axisStart) {
    this(series, axisStart, null);
  }

  /**
   * An evaluator over a series whose {@link #evaluate} runs report their decisions to an observer.
   *
   * @param series the bars, one instrument
   * @param axisStart the series index of the walk-forward's bar 0, {@code >= WARM_UP_BARS}
   * @param observer a thread-safe sink told of every decision of every evaluation, or null
   */
  EnsembleEvaluator(BarSeries series, int axisStart, DecisionSink observer) {
    if (axisStart < WARM_UP_BARS || axisStart >= series.size()) {
      throw new IllegalArgumentException("axisStart must be in [" + WARM_UP_BARS + ", " + series.size()
          + "), was " + axisStart);
    }
    this.series = series;
    this.axisStart = axisStart;
    this.observer = observer;
    this.simulator = ExecutionSimulator.builder()
        .slippage(SlippageModel.fixedBps(SLIPPAGE_BPS))
        .commission(CommissionModel.bps(COMMISSION_BPS))
        .build();
  }

  /**
   * The parameters the walk-forward searches: 3 x 3 x 2 = 18 sets.
   *
   * @return the candidate values per parameter
   */
  static Map<String, double[]> parameterGrid() {
    Map<String, double[]> grid = new LinkedHashMap<>();
    grid.put("minConfidence", new double[] {0.1, 0.2, 0.3});
    grid.put("emaFast", new double[] {5, 10, 20});
    grid.put("emaSlow", new double[] {50, 100});
    return grid;
  }

  /**
   * The first series index at which a walk-forward over {@code series} may start: the first bar of a
   * calendar month (in {@code zone}) with at least {@link #WARM_UP_BARS} bars before it.
   *
   * @param series the bars
   * @param zone the zone of the calendar months
   * @return the index, or {@code series.size()} if there is none
   */
  static int axisStart(BarSeries series, ZoneId zone) {
    for (int i = Math.max(1, WARM_UP_BARS); i < series.size(); i++) {
      if (!month(series, i - 1, zone).equals(month(series, i, zone))) {
        return i;
      }
    }
    return series.size();
  }

  private static java.time.YearMonth month(BarSeries s, int i, ZoneId zone) {
    return java.time.YearMonth.from(s.time(i).atZone(zone));
  }

  /**
   * The series index of the walk-forward's bar 0.
   *
   * @return the axis start
   */
  int axisStart() {
    return axisStart;
  }

  /**
   * The walk-forward's time axis: the series' times from {@link #axisStart()} on.
   *
   * @return epoch milliseconds
   */
  long[] axis() {
    long[] all = series.epochMillis();
    long[] out = new long[all.length - axisStart];
    System.arraycopy(all, axisStart, out, 0, out.length);
    return out;
  }

  /**
   * The asset's close-to-close returns over axis bars {@code [from, to)}.
   *
   * @param from the first axis bar
   * @param to the end axis bar, exclusive
   * @return {@code close(t) / close(t - 1) - 1} per bar
   */
  double[] assetReturns(int from, int to) {
    double[] r = new double[to - from];
    for (int k = from; k < to; k++) {
      int i = axisStart + k;
      r[k - from] = series.close(i) / series.close(i - 1) - 1;
    }
    return r;
  }

  @Override
  public Evaluation evaluate(Parameters parameters, int from, int to) {
    return run(parameters, from, to, observer, STRATEGY_ID).evaluation();
  }

  /**
   * Runs one parameter set over axis bars {@code [from, to)} after its warm-up.
   *
   * @param parameters the parameter set
   * @param from the first axis bar of the window
   * @param to the end of the window, exclusive
   * @param sink where the run's decisions, orders and executions go, or null
   * @param orderIdPrefix the prefix of the run's client order ids
   * @return the run
   */
  WindowRun run(Parameters parameters, int from, int to, DecisionSink sink, String orderIdPrefix) {
    int windowStart = axisStart + from;
    int runStart = windowStart - WARM_UP_BARS;
    BarSeries bars = series.slice(runStart, axisStart + to);
    Instant opensAt = series.time(windowStart - 1);
    TradingEngine.Builder engine = TradingEngine.builder()
        .mode(RunMode.BACKTEST)
        .bars(bars)
        .initialCash(INITIAL_CASH)
        .simulator(simulator)
        .strategyId(STRATEGY_ID)
        .orderIdPrefix(orderIdPrefix)
        .strategy(strategy(parameters, opensAt));
    if (sink != null) {
      engine.journal(sink);
    }
    return new WindowRun(engine.build().run(), bars, WARM_UP_BARS);
  }

  /**
   * The strategy with one parameter set.
   *
   * @param p the parameters {@code minConfidence}, {@code emaFast}, {@code emaSlow}
   * @param opensAt the bar time from which the strategy may hold a position
   * @return a fresh strategy
   */
  static PipelineStrategy strategy(Parameters p, Instant opensAt) {
    int fast = p.getInt("emaFast");
    int slow = p.getInt("emaSlow");
    return PipelineStrategy.builder()
        .model(() -> new EmaCrossover(fast, slow, 14, 1.0, 1), 1.0)
        .model(() -> new ReturnsMomentum(126, 5, 2.0, 1), 1.0)
        .model(() -> new RsiReversion(14, 30, 70, 1), 0.5)
        .minConfidence(p.get("minConfidence"))
        .flatOnAbstain()
        .sizer(new RebalanceBandSizer(new VolatilityTargetSizer(TARGET_VOLATILITY), 0.25))
        .maxFraction(1.0)
        .sizingInputs((request, ctx, symbol) -> {
          if (!ctx.time().isBefore(opensAt)) {
            addVolatility(request, ctx, symbol);
          }
        })
        .gates(GatePipeline.of(new DrawdownHaltGate(MAX_DRAWDOWN, BreachPolicy.REJECT),
            ExposureGate.gross(1.0, BreachPolicy.SCALE)))
        .build();
  }

  /**
   * Adds the annualized close-to-close volatility of the last {@value #VOLATILITY_WINDOW} log returns
   * (sample deviation, divisor {@code n - 1}, times {@code sqrt(252)}); nothing before that many returns
   * exist, so the sizer reports the missing input and targets flat.
   */
  private static void addVolatility(io.quantor.core.sizing.SizingRequest.Builder request,
      StrategyContext ctx, String symbol) {
    if (ctx.barCount(symbol) <= VOLATILITY_WINDOW) {
      return;
    }
    double sum = 0;
    double sumSq = 0;
    for (int k = 0; k < VOLATILITY_WINDOW; k++) {
      double r = Math.log(ctx.close(symbol, k) / ctx.close(symbol, k + 1));
      sum += r;
      sumSq += r * r;
    }
    double mean = sum / VOLATILITY_WINDOW;
    double variance = (sumSq - VOLATILITY_WINDOW * mean * mean) / (VOLATILITY_WINDOW - 1);
    double sigma = Math.sqrt(Math.max(0, variance) * 252);
    if (sigma > 0) {
      request.realizedVolatility(sigma);
    }
  }

  /**
   * One run over a window after its warm-up.
   *
   * @param result the engine's result over warm-up and window
   * @param bars the bars of the run
   * @param windowStart the index of the window's first bar in the run
   */
  record WindowRun(BacktestResult result, BarSeries bars, int windowStart) {

    /**
     * The returns of the window's bars.
     *
     * @return one simple return per window bar
     */
    double[] returns() {
      double[] r = new double[result.size() - windowStart];
      for (int i = 0; i < r.length; i++) {
        r[i] = result.returns(windowStart + i);
      }
      return r;
    }

    /**
     * The position at each window bar's close as a fraction of equity: the exposure that
     * {@link io.quantor.backtest.baseline.VariantReturns} and random entry take.
     *
     * @return signed market value over equity, per window bar
     */
    double[] exposure() {
      double[] e = new double[result.size() - windowStart];
      List<Fill> fills = result.fills();
      double quantity = 0;
      int j = 0;
      for (int i = 0; i < result.size(); i++) {
        while (j < fills.size() && result.fillBar(j) == i) {
          Fill f = fills.get(j);
          quantity += f.side() == Side.BUY ? f.quantity() : -f.quantity();
          j++;
        }
        if (i >= windowStart) {
          e[i - windowStart] = quantity * bars.close(i) / result.equity(i);
        }
      }
      return e;
    }

    /**
     * The round trips closed in the window (nothing is opened before it opens).
     *
     * @return the trades
     */
    List<Trade> trades() {
      Instant start = bars.time(windowStart);
      List<Trade> out = new ArrayList<>();
      for (Trade t : result.trades()) {
        if (!t.exitTime().isBefore(start)) {
          out.add(t);
        }
      }
      return out;
    }

    /**
     * The window's returns and trades for the walk-forward. A position still open at the window's end
     * counts as one more trade, won if its unrealized P&amp;L at the last close is positive: otherwise a
     * trend follower that holds for months would show only the trades that reversed quickly, the
     * losers.
     *
     * @return the evaluation
     */
    Evaluation evaluation() {
      List<Trade> closed = trades();
      int trades = closed.size();
      int won = 0;
      for (Trade t : closed) {
        if (t.netPnl() > 0) {
          won++;
        }
      }
      for (Position p : result.finalPortfolio().positions().values()) {
        if (!p.isFlat()) {
          trades++;
          double mark = bars.close(bars.size() - 1);
          if (p.unrealizedPnl(mark) > 0) {
            won++;
          }
        }
      }
      return new Evaluation(returns(), trades, won);
    }
  }
}
