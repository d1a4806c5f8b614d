package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.PortfolioSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Runs every pre-trade gate on an order and combines their checks into one {@link Decision}. Every gate
 * runs (the decision lists every reason, not only the first). The combination:
 * <ul>
 *   <li>any gate rejects: {@link Verdict#REJECT}, with the rejecting gates' codes;</li>
 *   <li>else any gate scales: {@link Verdict#SCALE} to the smallest allowed quantity, with
 *       {@link ReasonCode#POSITION_SCALED}. Each limit gate allows a range of quantities from zero up, so
 *       the smallest allowance satisfies every gate;</li>
 *   <li>else {@link Verdict#APPROVE}, with {@link ReasonCode#APPROVED}.</li>
 * </ul>
 * Pure: the gate state comes in and goes out with the decision ({@link GateOutcome}); before the gates
 * run, a circuit-breaker halt whose cool-down has ended at the context's time is cleared.
 *
 * <pre>{@code
 * GatePipeline pipeline = GatePipeline.of(List.of(
 *     new KillSwitchGate(), new CircuitBreakerGate(3, Duration.ofHours(24)),
 *     MaxPositionGate.defaults(), ExposureGate.gross(2.0, BreachPolicy.REJECT),
 *     new CvarGate(0.975, 0.02, BreachPolicy.SCALE)));
 * GateOutcome out = pipeline.evaluate(order, book.snapshot(), market, state);
 * state = out.state();
 * out.decision().approvedOrder().ifPresent(broker::submit);
 * }</pre>
 */
public final class GatePipeline {

  private final List<PreTradeGate> gates;
  private final CircuitBreakerGate breaker;

  private GatePipeline(List<PreTradeGate> gates, CircuitBreakerGate breaker) {
    this.gates = gates;
    this.breaker = breaker;
  }

  /**
   * A pipeline of gates, run in this order.
   *
   * @param gates the gates, not null, no null element, at most one {@link CircuitBreakerGate} (the state
   *     holds one loss count)
   * @return the pipeline
   * @throws IllegalArgumentException if {@code gates} is null, holds null, or holds two circuit breakers
   */
  public static GatePipeline of(List<? extends PreTradeGate> gates) {
    CircuitBreakerGate breaker = null;
    for (PreTradeGate g : Args.notNull(gates, "gates")) {
      Args.notNull(g, "gates element");
      if (g instanceof CircuitBreakerGate b) {
        if (breaker != null) {
          throw new IllegalArgumentException("gates must hold at most one CircuitBreakerGate, was two");
        }
        breaker = b;
      }
    }
    return new GatePipeline(List.copyOf(gates), breaker);
  }

  /**
   * A pipeline of gates, run in this order.
   *
   * @param gates the gates
   * @return the pipeline
   * @throws IllegalArgumentException if {@code gates} is null, holds null, or holds two circuit breakers
   */
  public static GatePipeline of(PreTradeGate... gates) {
    return of(List.of(Args.notNull(gates, "gates")));
  }

  /**
   * Evaluates an order.
   *
   * @param order the order
   * @param portfolio the portfolio now
   * @param market the market context
   * @param state the gate state now
   * @return the decision and the state to use next
   * @throws IllegalArgumentException if an argument is null or the portfolio holds the order's symbol as
   *     another instrument
   */
  public GateOutcome evaluate(OrderRequest order, PortfolioSnapshot portfolio, MarketContext market,
      GateState state) {
    GateState current = Args.notNull(state, "state").expire(Args.notNull(market, "market").time());
    GateInput input = GateInput.of(order, portfolio, market, current);
    List<GateCheck> checks = new ArrayList<>(gates.size());
    for (PreTradeGate g : gates) {
      checks.add(Args.notNull(g.check(input), "check of " + g.name()));
    }
    return new GateOutcome(combine(order, checks), current);
  }

  private static Decision combine(OrderRequest order, List<GateCheck> checks) {
    LinkedHashSet<ReasonCode> rejections = new LinkedHashSet<>();
    double quantity = order.quantity();
    for (GateCheck c : checks) {
      if (c.verdict() == Verdict.REJECT) {
        rejections.add(c.reason());
      } else if (c.verdict() == Verdict.SCALE) {
        quantity = Math.min(quantity, c.allowedQuantity());
      }
    }
    if (!rejections.isEmpty()) {
      return new Decision(Verdict.REJECT, order, 0, List.copyOf(rejections), checks);
    }
    if (quantity < order.quantity()) {
      return new Decision(Verdict.SCALE, order, quantity, List.of(ReasonCode.POSITION_SCALED), checks);
    }
    return new Decision(Verdict.APPROVE, order, order.quantity(), List.of(ReasonCode.APPROVED), checks);
  }

  /**
   * Reports a closed trade to the pipeline's circuit breaker (see
   * {@link CircuitBreakerGate#recordTrade(GateState, double, Instant)}).
   *
   * @param state the gate state now
   * @param pnl the trade's P&amp;L (negative for a loss)
   * @param time when the trade closed
   * @return the new state; {@code state} itself if the pipeline has no circuit breaker
   * @throws IllegalArgumentException if an argument is null or {@code pnl} is NaN
   */
  public GateState recordTrade(GateState state, double pnl, Instant time) {
    Args.notNull(state, "state");
    Args.notNull(time, "time");
    if (Double.isNaN(pnl)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "pnl must not be NaN, was %s", pnl));
    }
    return breaker == null ? state : breaker.recordTrade(state, pnl, time);
  }

  /**
   * The gates, in order.
   *
   * @return the gates
   */
  public List<PreTradeGate> gates() {
    return gates;
  }
}
