package io.quantor.broker.oms;

import io.quantor.broker.Broker;
import io.quantor.broker.OrderState;
import io.quantor.core.internal.Args;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the internal books (orders and positions) with a broker's and lists every difference, typed
 * ({@link Difference.Kind}) and readable ({@link ReconciliationReport#render()}). Immutable and
 * thread-safe.
 *
 * <p><b>Orders</b> are matched by client order id. An internal order that is not terminal must be at the
 * broker ({@link Difference.Kind#MISSING_AT_BROKER} otherwise); a terminal one may be absent (brokers
 * forget finished orders). An order the broker has that is not known internally is
 * {@link Difference.Kind#UNEXPECTED_AT_BROKER}. For an order on both sides the status
 * ({@code STATUS_MISMATCH}), the ordered and filled quantities ({@code QUANTITY_MISMATCH}) and the average
 * fill, limit and stop prices ({@code PRICE_MISMATCH}) are compared.
 *
 * <p><b>Positions</b> are matched by symbol; flat positions count as absent. Missing and unexpected
 * positions are reported as for orders; for a position on both sides the signed quantity and the average
 * cost are compared.
 *
 * <p><b>Tolerances.</b> Quantities agree when {@code |broker - internal| <= quantityTolerance}; prices
 * when {@code |broker - internal| <= priceTolerance * max(|broker|, |internal|)} (relative, because a
 * broker may compute average cost with another rounding or lot method); two {@code NaN} prices (nothing
 * filled, no limit) agree. {@link #exact()} allows no difference at all.
 *
 * <pre>{@code
 * Reconciler reconciler = Reconciler.withTolerances(1e-9, 1e-6);
 * ReconciliationReport report = reconciler.reconcile(oms.orders("paper"), book.openPositions(), paper);
 * report.isClean();
 * System.out.println(report);        // a table, one row per difference
 * }</pre>
 */
public final class Reconciler {

  private static final String ABSENT = "-";

  private final double quantityTolerance;
  private final double priceTolerance;

  private Reconciler(double quantityTolerance, double priceTolerance) {
    this.quantityTolerance = quantityTolerance;
    this.priceTolerance = priceTolerance;
  }

  /**
   * A reconciler that allows no difference.
   *
   * @return the reconciler
   */
  public static Reconciler exact() {
    return new Reconciler(0, 0);
  }

  /**
   * A reconciler with tolerances.
   *
   * @param quantityTolerance the largest absolute quantity difference that still agrees, finite and
   *     {@code >= 0}
   * @param priceTolerance the largest relative price difference that still agrees, finite and
   *     {@code >= 0} (1e-6 = one part in a million)
   * @return the reconciler
   * @throws IllegalArgumentException if a tolerance is negative, NaN or infinite
   */
  public static Reconciler withTolerances(double quantityTolerance, double priceTolerance) {
    if (!(quantityTolerance >= 0) || quantityTolerance == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("quantityTolerance must be finite and >= 0, was "
          + quantityTolerance);
    }
    if (!(priceTolerance >= 0) || priceTolerance == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("priceTolerance must be finite and >= 0, was " + priceTolerance);
    }
    return new Reconciler(quantityTolerance, priceTolerance);
  }

  /**
   * Reconciles with a live broker: asks it for its open orders, for the state of every internal order
   * that is not terminal, and for its positions.
   *
   * @param internalOrders the internal orders (for example {@code OrderManager.orders("paper")})
   * @param internalPositions the internal positions (flat ones are ignored)
   * @param broker the broker
   * @return the report, named after {@code broker.name()}
   * @throws io.quantor.broker.BrokerException if the broker cannot answer
   * @throws IllegalArgumentException if an argument is null
   */
  public ReconciliationReport reconcile(Collection<OrderState> internalOrders,
      List<Position> internalPositions, Broker broker) {
    Args.notNull(internalOrders, "internalOrders");
    Args.notNull(internalPositions, "internalPositions");
    Args.notNull(broker, "broker");
    Map<String, OrderState> brokerOrders = new LinkedHashMap<>();
    for (OrderState o : broker.openOrders()) {
      brokerOrders.put(o.clientOrderId(), o);
    }
    for (OrderState o : internalOrders) {
      if (!o.isTerminal() && !brokerOrders.containsKey(o.clientOrderId())) {
        Optional<OrderState> there = broker.order(o.clientOrderId());
        there.ifPresent(s -> brokerOrders.put(s.clientOrderId(), s));
      }
    }
    return reconcile(broker.name(), internalOrders, internalPositions, brokerOrders.values(),
        broker.positions());
  }

  /**
   * Reconciles two snapshots.
   *
   * @param source the name of the other side, for the report
   * @param internalOrders the internal orders
   * @param internalPositions the internal positions (flat ones are ignored)
   * @param brokerOrders the broker's orders: its open orders and any others it still knows
   * @param brokerPositions the broker's positions (flat ones are ignored)
   * @return the report
   * @throws IllegalArgumentException if an argument is null, or a side lists one client order id or symbol
   *     twice
   */
  public ReconciliationReport reconcile(String source, Collection<OrderState> internalOrders,
      List<Position> internalPositions, Collection<OrderState> brokerOrders, List<Position> brokerPositions) {
    Args.notNull(source, "source");
    Map<String, OrderState> mine = byId(internalOrders, "internalOrders");
    Map<String, OrderState> theirs = byId(brokerOrders, "brokerOrders");
    List<Difference> differences = new ArrayList<>();
    Set<String> orderIds = new LinkedHashSet<>(mine.keySet());
    orderIds.addAll(theirs.keySet());
    for (String id : orderIds) {
      compareOrder(id, mine.get(id), theirs.get(id), differences);
    }
    Map<String, Position> myPositions = bySymbol(internalPositions, "internalPositions");
    Map<String, Position> theirPositions = bySymbol(brokerPositions, "brokerPositions");
    Set<String> symbols = new LinkedHashSet<>(myPositions.keySet());
    symbols.addAll(theirPositions.keySet());
    for (String symbol : symbols) {
      comparePosition(symbol, myPositions.get(symbol), theirPositions.get(symbol), differences);
    }
    return new ReconciliationReport(source, differences, orderIds.size(), symbols.size());
  }

  private void compareOrder(String id, OrderState mine, OrderState theirs, List<Difference> out) {
    if (theirs == null) {
      if (!mine.isTerminal()) {
        out.add(new Difference(Difference.Subject.ORDER, Difference.Kind.MISSING_AT_BROKER, id, ABSENT,
            mine.status().name(), ABSENT, Double.NaN));
      }
      return;
    }
    if (mine == null) {
      out.add(new Difference(Difference.Subject.ORDER, Difference.Kind.UNEXPECTED_AT_BROKER, id, ABSENT,
          ABSENT, theirs.status().name(), Double.NaN));
      return;
    }
    if (mine.status() != theirs.status()) {
      out.add(new Difference(Difference.Subject.ORDER, Difference.Kind.STATUS_MISMATCH, id, "status",
          mine.status().name(), theirs.status().name(), Double.NaN));
    }
    OrderRequest a = mine.request();
    OrderRequest b = theirs.request();
    quantity(Difference.Subject.ORDER, id, "quantity", a.quantity(), b.quantity(), out);
    quantity(Difference.Subject.ORDER, id, "filledQuantity", mine.filledQuantity(), theirs.filledQuantity(),
        out);
    price(Difference.Subject.ORDER, id, "averageFillPrice", mine.averageFillPrice(),
        theirs.averageFillPrice(), out);
    price(Difference.Subject.ORDER, id, "limitPrice", a.limitPrice(), b.limitPrice(), out);
    price(Difference.Subject.ORDER, id, "stopPrice", a.stopPrice(), b.stopPrice(), out);
  }

  private void comparePosition(String symbol, Position mine, Position theirs, List<Difference> out) {
    if (theirs == null) {
      out.add(new Difference(Difference.Subject.POSITION, Difference.Kind.MISSING_AT_BROKER, symbol, ABSENT,
          ReconciliationReport.number(mine.quantity()), ABSENT, Double.NaN));
      return;
    }
    if (mine == null) {
      out.add(new Difference(Difference.Subject.POSITION, Difference.Kind.UNEXPECTED_AT_BROKER, symbol,
          ABSENT, ABSENT, ReconciliationReport.number(theirs.quantity()), Double.NaN));
      return;
    }
    quantity(Difference.Subject.POSITION, symbol, "quantity", mine.quantity(), theirs.quantity(), out);
    price(Difference.Subject.POSITION, symbol, "averageCost", mine.averageCost(), theirs.averageCost(), out);
  }

  private void quantity(Difference.Subject subject, String id, String field, double mine, double theirs,
      List<Difference> out) {
    if (!(Math.abs(theirs - mine) <= quantityTolerance)) {
      out.add(new Difference(subject, Difference.Kind.QUANTITY_MISMATCH, id, field,
          ReconciliationReport.number(mine), ReconciliationReport.number(theirs), theirs - mine));
    }
  }

  private void price(Difference.Subject subject, String id, String field, double mine, double theirs,
      List<Difference> out) {
    if (Double.isNaN(mine) && Double.isNaN(theirs)) {
      return;
    }
    if (!(Math.abs(theirs - mine) <= priceTolerance * Math.max(Math.abs(mine), Math.abs(theirs)))) {
      out.add(new Difference(subject, Difference.Kind.PRICE_MISMATCH, id, field,
          ReconciliationReport.number(mine), ReconciliationReport.number(theirs), theirs - mine));
    }
  }

  private static Map<String, OrderState> byId(Collection<OrderState> orders, String name) {
    Map<String, OrderState> out = new LinkedHashMap<>();
    for (OrderState o : Args.notNull(orders, name)) {
      if (out.put(o.clientOrderId(), o) != null) {
        throw new IllegalArgumentException(name + " lists order " + o.clientOrderId() + " twice");
      }
    }
    return out;
  }

  private static Map<String, Position> bySymbol(List<Position> positions, String name) {
    Map<String, Position> out = new LinkedHashMap<>();
    for (Position p : Args.notNull(positions, name)) {
      if (!p.isFlat() && out.put(p.symbol(), p) != null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s lists symbol %s twice", name,
            p.symbol()));
      }
    }
    return out;
  }
}
