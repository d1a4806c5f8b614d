package io.quantor.broker.algo;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A large order to be worked in slices over a time window: the order (its id, instrument, side, total
 * quantity, and a limit price if it is a limit order), the window {@code (start, end]} and the
 * participation cap. Immutable.
 *
 * <p>The window is half-open like Quantor's bar stamps (a bar stamped {@code t} covers the time just
 * before {@code t}): bars stamped after {@code start} and up to {@code end} belong to it. The schedule
 * divides it into equal intervals, as many as the schedule has slices (one per bar for a bar-count
 * schedule).
 *
 * <p>A limit parent ({@link OrderType#LIMIT}) never trades through its limit: every child is a limit
 * order at that price. A market parent sends market children. Stop types are refused (a stop is a
 * trigger, not a working instruction).
 *
 * <pre>{@code
 * OrderRequest order = OrderRequest.market("big-1", Instrument.stock("ORCL"), Side.BUY, 50_000, now);
 * ParentOrder parent = ParentOrder.of(order, Instant.parse("2024-06-03T14:00:00Z"),
 *     Instant.parse("2024-06-03T16:00:00Z"), 0.10)          // at most 10 % of each bar's volume
 *     .withLimitPrice(125.00);                               // and never above 125
 * }</pre>
 *
 * @param order the whole order: MARKET or LIMIT; its client order id prefixes the children's ids
 * @param start the window's start (exclusive)
 * @param end the window's end (inclusive), after {@code start}
 * @param participationCap the largest fraction of a bar's volume one child may take, in {@code (0, 1]}
 */
public record ParentOrder(OrderRequest order, Instant start, Instant end, double participationCap) {

  /**
   * Validates the parent.
   *
   * @param order not null, MARKET or LIMIT
   * @param start not null
   * @param end not null, after {@code start}
   * @param participationCap in {@code (0, 1]}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public ParentOrder {
    Args.notNull(order, "order");
    if (order.type() != OrderType.MARKET && order.type() != OrderType.LIMIT) {
      throw new IllegalArgumentException("a parent order must be MARKET or LIMIT, was " + order.type());
    }
    Args.notNull(start, "start");
    Args.notNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start " + start + ", was " + end);
    }
    if (!(participationCap > 0 && participationCap <= 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "participationCap must be in (0, 1], was %s", participationCap));
    }
  }

  /**
   * A parent order.
   *
   * @param order the whole order, MARKET or LIMIT
   * @param start the window's start (exclusive)
   * @param end the window's end (inclusive)
   * @param participationCap the largest fraction of a bar's volume per child, in {@code (0, 1]}
   * @return the parent
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static ParentOrder of(OrderRequest order, Instant start, Instant end, double participationCap) {
    return new ParentOrder(order, start, end, participationCap);
  }

  /**
   * This parent with a limit price: the order becomes a LIMIT order at that price.
   *
   * @param limitPrice the worst acceptable price, finite and {@code > 0}
   * @return the new parent
   * @throws IllegalArgumentException if {@code limitPrice} is invalid
   */
  public ParentOrder withLimitPrice(double limitPrice) {
    OrderRequest limited = new OrderRequest(order.clientOrderId(), order.instrument(), order.side(),
        order.quantity(), OrderType.LIMIT, limitPrice, Double.NaN, order.timeInForce(), order.strategyId(),
        order.createdAt());
    return new ParentOrder(limited, start, end, participationCap);
  }

  /**
   * The parent's client order id.
   *
   * @return {@code order().clientOrderId()}
   */
  public String id() {
    return order.clientOrderId();
  }

  /**
   * The total quantity to work.
   *
   * @return {@code order().quantity()}
   */
  public double quantity() {
    return order.quantity();
  }

  /**
   * Whether the parent has a limit price.
   *
   * @return true for a LIMIT parent
   */
  public boolean hasLimit() {
    return order.type() == OrderType.LIMIT;
  }

  /**
   * The limit price.
   *
   * @return the limit, or {@code NaN} for a market parent
   */
  public double limitPrice() {
    return order.limitPrice();
  }

  /**
   * The window's length.
   *
   * @return {@code end - start}
   */
  public Duration duration() {
    return Duration.between(start, end);
  }
}
