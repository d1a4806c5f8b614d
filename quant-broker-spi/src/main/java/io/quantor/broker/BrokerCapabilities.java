package io.quantor.broker;

import io.quantor.core.trade.AssetClass;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.TimeInForce;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a broker accepts. A caller checks an order with {@link #check(OrderRequest)} before it submits, and
 * a broker rejects an unsupported order with {@link BrokerException.Code#REJECTED} and the same reason.
 *
 * <pre>{@code
 * BrokerCapabilities caps = BrokerCapabilities.all();
 * caps.check(order).ifPresent(reason -> { throw new IllegalArgumentException(reason); });
 * }</pre>
 *
 * @param orderTypes the order types accepted, copied into an unmodifiable set
 * @param timesInForce the times in force accepted, copied into an unmodifiable set
 * @param shorting whether selling short (selling more than is held) is allowed
 * @param fractionalQuantities whether quantities need not be whole numbers
 * @param options whether option contracts can be traded
 */
public record BrokerCapabilities(Set<OrderType> orderTypes, Set<TimeInForce> timesInForce, boolean shorting,
    boolean fractionalQuantities, boolean options) {

  /**
   * Validates and copies.
   *
   * @param orderTypes not null or empty
   * @param timesInForce not null or empty
   * @param shorting whether shorting is allowed
   * @param fractionalQuantities whether fractions are allowed
   * @param options whether options are allowed
   * @throws IllegalArgumentException if a set is empty
   */
  public BrokerCapabilities {
    Objects.requireNonNull(orderTypes, "orderTypes");
    Objects.requireNonNull(timesInForce, "timesInForce");
    if (orderTypes.isEmpty() || timesInForce.isEmpty()) {
      throw new IllegalArgumentException("a broker supports at least one order type and time in force");
    }
    orderTypes = Set.copyOf(EnumSet.copyOf(orderTypes));
    timesInForce = Set.copyOf(EnumSet.copyOf(timesInForce));
  }

  /**
   * Everything: every order type and time in force, shorting, fractions and options.
   *
   * @return the capabilities of a broker with no restrictions (the paper broker's default)
   */
  public static BrokerCapabilities all() {
    return new BrokerCapabilities(EnumSet.allOf(OrderType.class), EnumSet.allOf(TimeInForce.class), true,
        true, true);
  }

  /**
   * Why a broker with these capabilities would refuse the order's form. Shorting cannot be judged from
   * the order alone (it depends on the position) and is checked by the broker.
   *
   * @param order the order
   * @return the reason, or empty if the order's form is supported
   */
  public Optional<String> check(OrderRequest order) {
    Objects.requireNonNull(order, "order");
    if (!orderTypes.contains(order.type())) {
      return Optional.of("order type " + order.type() + " is not supported");
    }
    if (!timesInForce.contains(order.timeInForce())) {
      return Optional.of("time in force " + order.timeInForce() + " is not supported");
    }
    if (!fractionalQuantities && order.quantity() != Math.rint(order.quantity())) {
      return Optional.of("fractional quantity " + order.quantity() + " is not supported");
    }
    if (!options && order.instrument().assetClass() == AssetClass.OPTION) {
      return Optional.of("options are not supported");
    }
    return Optional.empty();
  }
}
