package io.quantor.broker.algo;

import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.TimeInForce;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Works a {@link ParentOrder} along a {@link SliceSchedule}, bar by bar: for each bar it proposes at most
 * one child order, and it is told what the child filled. Mutable and not thread-safe: one driver per
 * parent, fed from one thread (the backtest's loop or a live bar handler).
 *
 * <p><b>Target.</b> The window {@code (start, end]} is cut into {@code n = schedule.slices()} equal
 * intervals, and slice {@code k} is worked during interval {@code k}: at a bar stamped {@code t} in
 * interval {@code k} the target is the cumulative schedule through that slice, {@code T(t) = C_k}. So
 * executed quantity stays between {@code C_{k-1}} and {@code C_k} while liquidity allows (within one
 * slice of the schedule), and each slice has its whole interval to be worked, the last one included. For
 * smooth pacing use finer slices (one per bar gives a linear schedule).
 *
 * <p><b>Child size.</b> {@code min(T(t) - executed, participationCap * barVolume, remaining)}, rounded down
 * to a whole unit for whole-unit schedules; no child if that is not positive. Quantity not executed
 * (capped, or not filled) stays in the gap between target and executed, so it is carried forward and
 * caught up in later bars (each still capped). The driver never goes beyond the current interval's
 * cumulative target.
 *
 * <p><b>Children.</b> Client order ids {@code <parent id>-1}, {@code -2}, ... in the order sent (ids are
 * not used for bars without a child); same instrument, side and strategy id as the parent; time in force
 * IOC: a child works in its bar only, and whatever it did not fill is gone when the next bar comes
 * (report its fill with {@link #onFill(Fill)} before the next {@link #onBar}). A market parent sends
 * market children. <b>A limit parent sends limit children at the parent's limit</b>, so no child can
 * execute through the limit whatever the market does: in a bar that trades only beyond the limit the child
 * fills nothing and the quantity carries forward. (The alternative, sending no child when the market is
 * beyond the limit, needs a price the driver would have to guess before the bar; the limit order lets the
 * venue or simulator decide with the actual prices.)
 *
 * <p><b>The bar's volume.</b> The cap uses the volume of the bar the child will trade in. In a backtest
 * that bar is known when the simulator matches the child against it (the cap is the venue's participation
 * rule, like the simulator's own); live, pass a forecast (for example the profile's share of the expected
 * daily volume) to {@link #onBar(Instant, double)}. Prices of the bar are never used.
 *
 * <p><b>End.</b> The driver is {@linkplain #isDone() done} when the whole quantity executed, or once a bar
 * at or after the window's end was seen (a bar stamped exactly {@code end} still gets its child). Then
 * {@link #summary()} reports what remains unfilled.
 *
 * <pre>{@code
 * ExecutionAlgo algo = ExecutionAlgo.of(parent, Vwap.schedule(parent, weights, true));
 * for (Bar bar : bars) {
 *   Optional<OrderRequest> child = algo.onBar(bar);
 *   if (child.isPresent()) {
 *     algo.onFill(simulator.match(SimulatedOrder.of(child.get()), bar));   // null: nothing filled
 *   }
 *   if (algo.isDone()) {
 *     break;
 *   }
 * }
 * ExecutionSummary s = algo.summary();   // executed, unfilled, average price
 * }</pre>
 */
public final class ExecutionAlgo {

  /** Relative allowance when rounding quantities down to whole units. */
  private static final double WHOLE_ALLOWANCE = 1e-9;

  private final ParentOrder parent;
  private final SliceSchedule schedule;
  private final long startNanos;
  private final long spanNanos;

  private double executed;
  private double notional;
  private double fees;
  private int children;
  private OrderRequest lastChild;
  private double lastChildFilled;
  private boolean windowOver;

  private ExecutionAlgo(ParentOrder parent, SliceSchedule schedule) {
    this.parent = parent;
    this.schedule = schedule;
    this.startNanos = nanos(parent.start());
    this.spanNanos = nanos(parent.end()) - startNanos;
  }

  /**
   * A driver for one parent order.
   *
   * @param parent the parent order
   * @param schedule its schedule, whose total must equal the parent's quantity
   * @return the driver, with nothing executed
   * @throws IllegalArgumentException if an argument is null or the totals differ
   */
  public static ExecutionAlgo of(ParentOrder parent, SliceSchedule schedule) {
    Args.notNull(parent, "parent");
    Args.notNull(schedule, "schedule");
    if (schedule.total() != parent.quantity()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "schedule total %s must equal the parent quantity %s", schedule.total(), parent.quantity()));
    }
    return new ExecutionAlgo(parent, schedule);
  }

  /**
   * The parent order.
   *
   * @return the parent
   */
  public ParentOrder parent() {
    return parent;
  }

  /**
   * The schedule.
   *
   * @return the schedule
   */
  public SliceSchedule schedule() {
    return schedule;
  }

  /**
   * The child for a bar, from its time and volume.
   *
   * @param bar the bar the child will trade in (prices unused)
   * @return the child order, or empty (before the window, done, capped to nothing, or on schedule within
   *     a relative 1e-9)
   * @throws IllegalArgumentException if {@code bar} is null
   */
  public Optional<OrderRequest> onBar(Bar bar) {
    Args.notNull(bar, "bar");
    return onBar(bar.timestamp(), bar.volume());
  }

  /**
   * The child for a bar stamped {@code barTime} with (expected) volume {@code barVolume}.
   *
   * @param barTime the bar's timestamp (its close time)
   * @param barVolume the bar's volume, finite and {@code >= 0}
   * @return the child order, or empty
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Optional<OrderRequest> onBar(Instant barTime, double barVolume) {
    Args.notNull(barTime, "barTime");
    if (!(barVolume >= 0) || barVolume == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("barVolume must be finite and >= 0, was " + barVolume);
    }
    lastChild = null;
    if (isDone() || !barTime.isAfter(parent.start())) {
      return Optional.empty();
    }
    if (barTime.isAfter(parent.end())) {
      windowOver = true;
      return Optional.empty();
    }
    if (barTime.equals(parent.end())) {
      windowOver = true;   // the last bar of the window: it still gets its child
    }
    double want = target(barTime) - executed;
    double cap = parent.participationCap() * barVolume;
    double quantity = Math.min(Math.min(want, cap), remainingQuantity());
    if (schedule.wholeUnits()) {
      quantity = Math.floor(quantity * (1 + WHOLE_ALLOWANCE));
    }
    // Below the completion tolerance the shortfall is rounding residue of the sums, not a child order.
    if (!(quantity > parent.quantity() * WHOLE_ALLOWANCE)) {
      return Optional.empty();
    }
    children++;
    OrderRequest order = parent.order();
    lastChild = new OrderRequest(parent.id() + "-" + children, order.instrument(), order.side(), quantity,
        order.type(), parent.hasLimit() ? parent.limitPrice() : Double.NaN, Double.NaN, TimeInForce.IOC,
        order.strategyId(), barTime);
    lastChildFilled = 0;
    return Optional.of(lastChild);
  }

  /**
   * Reports what the latest child filled.
   *
   * @param fill a fill of the latest child, or {@code null} if it filled nothing
   * @throws IllegalArgumentException if the fill is not for the latest child (another id, instrument or
   *     side, or no child is working in this bar) or would over-fill it
   */
  public void onFill(Fill fill) {
    if (fill == null) {
      return;
    }
    if (lastChild == null || !fill.orderId().equals(lastChild.clientOrderId())
        || !fill.instrument().equals(lastChild.instrument()) || fill.side() != lastChild.side()) {
      throw new IllegalArgumentException("fill of " + fill.orderId() + " is not for the working child "
          + (lastChild == null ? "(none)" : lastChild.clientOrderId()));
    }
    if (lastChildFilled + fill.quantity() > lastChild.quantity() * (1 + WHOLE_ALLOWANCE)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "fill of %s would over-fill child %s of %s (%s already filled)", fill.quantity(),
          lastChild.clientOrderId(), lastChild.quantity(), lastChildFilled));
    }
    lastChildFilled += fill.quantity();
    executed += fill.quantity();
    notional += fill.quantity() * fill.price();
    fees += fill.fees();
  }

  /**
   * The schedule's cumulative target at a time: 0 up to the start, and {@code C_k} in interval {@code k}
   * ({@code (start + k L, start + (k + 1) L]} with {@code L = (end - start) / n}), so the whole quantity
   * from the last interval on.
   *
   * @param time the time
   * @return the quantity that should have executed by the end of the current interval
   * @throws IllegalArgumentException if {@code time} is null
   */
  public double target(Instant time) {
    Args.notNull(time, "time");
    if (!time.isAfter(parent.start())) {
      return 0;
    }
    int n = schedule.slices();
    long elapsed = nanos(time) - startNanos;
    if (elapsed >= spanNanos) {
      return schedule.total();
    }
    // Interval k holds elapsed in (k L, (k + 1) L], L = span / n: k = ceil(elapsed n / span) - 1, in exact
    // integer arithmetic so that a bar stamped on an interval's end is never put in the next one.
    long k;
    try {
      k = (Math.multiplyExact(elapsed, (long) n) - 1) / spanNanos;
    } catch (ArithmeticException overflow) {
      k = BigInteger.valueOf(elapsed).multiply(BigInteger.valueOf(n)).subtract(BigInteger.ONE)
          .divide(BigInteger.valueOf(spanNanos)).longValueExact();
    }
    return schedule.cumulative((int) k);
  }

  /**
   * The quantity executed so far.
   *
   * @return the sum of the reported fills
   */
  public double executedQuantity() {
    return executed;
  }

  /**
   * The quantity still to execute.
   *
   * @return {@code parent quantity - executed}, {@code >= 0}
   */
  public double remainingQuantity() {
    return Math.max(0, parent.quantity() - executed);
  }

  /**
   * Whether the whole quantity executed.
   *
   * @return true when nothing remains (within a relative {@code 1e-9})
   */
  public boolean isComplete() {
    return executed >= parent.quantity() * (1 - WHOLE_ALLOWANCE);
  }

  /**
   * Whether the driver has finished: the quantity is complete or the window has ended.
   *
   * @return true if no further child will be sent
   */
  public boolean isDone() {
    return isComplete() || windowOver;
  }

  /**
   * What happened so far.
   *
   * @return the summary
   */
  public ExecutionSummary summary() {
    return new ExecutionSummary(parent.id(), parent.quantity(), executed, remainingQuantity(),
        executed > 0 ? notional / executed : Double.NaN, fees, children, isComplete());
  }

  private static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  @Override
  public String toString() {
    return "ExecutionAlgo[" + parent.id() + ", " + summary() + "]";
  }
}
