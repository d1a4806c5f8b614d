package io.quantor.broker.journal;

import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Portfolio;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Journal#read(Path)} found in a journal: the valid entries in order, the problems, and the
 * state those entries rebuild: order states ({@link #orders()}), the portfolio ({@link #portfolio}) and,
 * through {@code io.quantor.broker.oms.OrderManager.restore}, an order manager. Immutable.
 *
 * <p><b>Rebuilding.</b> Orders: an {@link OrderSubmitted} creates the order with
 * {@link OrderState#created}; each later {@link StatusChanged}, {@link FillRecorded} and
 * {@link OrderReplaced} goes through {@link OrderState}'s transition methods ({@code accept},
 * {@code fill}, {@code cancel}, {@code reject}, {@code expire}, {@code replace}), and a status change is
 * checked against what the broker reported (previous status, filled quantity, average price, broker order
 * id). Portfolio: every fill, in journal order, into a fresh {@link Portfolio}. Both use the same arithmetic
 * as the live session in the same order, so a replay equals the live state exactly, not to a tolerance.
 *
 * <p><b>Duplicates.</b> An event journaled twice (by the order manager and by a journal listener on the
 * same broker) has the same broker name, broker sequence ({@code > 0}) and content, and is applied once. A
 * second {@link OrderSubmitted} for a known client order id with the same terms (all but the creation
 * time) is an idempotent resubmission and ignored.
 *
 * <p><b>Strictness.</b> State is rebuilt only from an intact journal ({@link #isIntact()}: no problem but a
 * torn tail); otherwise the rebuild methods throw {@link IllegalStateException}, since a missing or damaged
 * record would silently give a wrong book. A journaled record that the state machine refuses (a fill for
 * an unknown order, a status change that contradicts the order's state) also throws, naming the sequence.
 *
 * <pre>{@code
 * JournalReplay replay = Journal.read(path);
 * replay.problems().forEach(p -> log.warn("{}", p));        // a torn tail after a crash, reported
 * Map<String, OrderState> orders = replay.orders();
 * Portfolio book = replay.portfolio(100_000);
 * List<Decision> decisions = replay.records(Decision.class);
 * }</pre>
 */
public final class JournalReplay {

  private final Path file;
  private final List<JournalEntry> entries;
  private final List<JournalProblem> problems;
  private final long lastSequence;

  JournalReplay(Path file, List<JournalEntry> entries, List<JournalProblem> problems, long lastSequence) {
    this.file = file;
    this.entries = List.copyOf(entries);
    this.problems = List.copyOf(problems);
    this.lastSequence = lastSequence;
  }

  /**
   * The file read.
   *
   * @return the path
   */
  public Path file() {
    return file;
  }

  /**
   * The valid entries, in file order (strictly increasing sequence numbers).
   *
   * @return an unmodifiable list
   */
  public List<JournalEntry> entries() {
    return entries;
  }

  /**
   * The valid records, in file order.
   *
   * @return an unmodifiable list
   */
  public List<JournalRecord> records() {
    List<JournalRecord> out = new ArrayList<>(entries.size());
    for (JournalEntry e : entries) {
      out.add(e.record());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The valid records of one type, in file order.
   *
   * @param <T> the record type
   * @param type the record class, for example {@code Decision.class}
   * @return an unmodifiable list
   */
  public <T extends JournalRecord> List<T> records(Class<T> type) {
    Objects.requireNonNull(type, "type");
    List<T> out = new ArrayList<>();
    for (JournalEntry e : entries) {
      if (type.isInstance(e.record())) {
        out.add(type.cast(e.record()));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * What was wrong with the file, in file order.
   *
   * @return an unmodifiable list, empty for a clean file
   */
  public List<JournalProblem> problems() {
    return problems;
  }

  /**
   * Whether the file had no problem at all.
   *
   * @return true if {@link #problems()} is empty
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * Whether the file is whole apart from, possibly, a torn last line (the normal state after a crash).
   *
   * @return true if every problem is a {@link JournalProblem.Kind#TORN_TAIL}
   */
  public boolean isIntact() {
    for (JournalProblem p : problems) {
      if (p.kind() != JournalProblem.Kind.TORN_TAIL) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sequence number of the last valid entry.
   *
   * @return the sequence, 0 if there is none
   */
  public long lastSequence() {
    return lastSequence;
  }

  /**
   * The fills, in journal order, each broker event once.
   *
   * @return an unmodifiable list
   * @throws IllegalStateException if the journal is not {@linkplain #isIntact() intact}
   */
  public List<Fill> fills() {
    requireIntact();
    List<Fill> out = new ArrayList<>();
    for (JournalEntry e : withoutDuplicateEvents()) {
      if (e.record() instanceof FillRecorded) {
        out.add(((FillRecorded) e.record()).fill());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A fresh portfolio with every journaled fill applied in order. Marks are not journaled: each symbol's
   * mark is the price of its first fill, as {@link Portfolio#apply} sets it.
   *
   * @param initialCash the starting cash, finite and {@code > 0}
   * @return the portfolio
   * @throws IllegalStateException if the journal is not intact
   * @throws IllegalArgumentException if {@code initialCash} is invalid, or two fills give one symbol
   *     different instruments
   */
  public Portfolio portfolio(double initialCash) {
    List<Fill> fills = fills();
    Portfolio portfolio = Portfolio.create(initialCash);
    for (Fill f : fills) {
      portfolio.apply(f);
    }
    return portfolio;
  }

  /**
   * The orders' states, rebuilt through the state machine, by client order id in order of submission.
   *
   * @return an unmodifiable map
   * @throws IllegalStateException if the journal is not intact or a record cannot be applied
   */
  public Map<String, OrderState> orders() {
    Map<String, OrderState> out = new LinkedHashMap<>();
    for (Map.Entry<String, JournaledOrder> e : journaledOrders().entrySet()) {
      out.put(e.getKey(), e.getValue().state());
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The orders with their broker and first submitted request, rebuilt as {@link #orders()}: what an order
   * manager needs to continue after a restart.
   *
   * @return an unmodifiable map by client order id, in order of submission
   * @throws IllegalStateException if the journal is not intact or a record cannot be applied
   */
  public Map<String, JournaledOrder> journaledOrders() {
    requireIntact();
    Map<String, JournaledOrder> orders = new LinkedHashMap<>();
    for (JournalEntry e : withoutDuplicateEvents()) {
      try {
        apply(orders, e.record());
      } catch (IllegalStateException | IllegalArgumentException ex) {
        throw new IllegalStateException("journal " + file + " record " + e.sequence() + " ("
            + e.record().kind() + ") cannot be applied: " + ex.getMessage(), ex);
      }
    }
    return Collections.unmodifiableMap(orders);
  }

  private static void apply(Map<String, JournaledOrder> orders, JournalRecord record) {
    if (record instanceof OrderSubmitted) {
      OrderSubmitted s = (OrderSubmitted) record;
      JournaledOrder known = orders.get(s.order().clientOrderId());
      if (known == null) {
        orders.put(s.order().clientOrderId(),
            new JournaledOrder(s.broker(), s.order(), OrderState.created(s.order())));
      } else if (!known.submitted().sameTermsAs(s.order())) {
        throw new IllegalStateException("order " + s.order().clientOrderId()
            + " was submitted again with different terms");
      }
    } else if (record instanceof StatusChanged) {
      StatusChanged c = (StatusChanged) record;
      JournaledOrder o = known(orders, c.clientOrderId());
      OrderState before = o.state();
      if (before.status() != c.from()) {
        throw new IllegalStateException("order " + c.clientOrderId() + " is " + before.status()
            + " but the record changes it from " + c.from());
      }
      OrderState after = transition(before, c);
      if (Double.compare(after.filledQuantity(), c.filledQuantity()) != 0
          || Double.compare(after.averageFillPrice(), c.averageFillPrice()) != 0
          || !after.brokerOrderId().equals(c.brokerOrderId())) {
        throw new IllegalStateException("order " + c.clientOrderId() + " rebuilt as " + after
            + " contradicts the reported filled quantity " + c.filledQuantity() + ", average price "
            + c.averageFillPrice() + " and broker order id '" + c.brokerOrderId() + "'");
      }
      orders.put(c.clientOrderId(), new JournaledOrder(o.broker(), o.submitted(), after));
    } else if (record instanceof FillRecorded) {
      Fill fill = ((FillRecorded) record).fill();
      JournaledOrder o = known(orders, fill.orderId());
      orders.put(fill.orderId(), new JournaledOrder(o.broker(), o.submitted(), o.state().fill(fill)));
    } else if (record instanceof OrderReplaced) {
      OrderReplaced r = (OrderReplaced) record;
      JournaledOrder o = known(orders, r.clientOrderId());
      orders.put(r.clientOrderId(), new JournaledOrder(o.broker(), o.submitted(),
          o.state().replace(r.replacement(), r.time())));
    }
    // Decisions and notes do not change orders.
  }

  private static OrderState transition(OrderState before, StatusChanged c) {
    switch (c.to()) {
      case ACCEPTED:
        return before.accept(c.brokerOrderId(), c.time());
      case CANCELED:
        return before.cancel(c.reason(), c.time());
      case REJECTED:
        return before.reject(c.reason(), c.time());
      case EXPIRED:
        return before.expire(c.reason(), c.time());
      default:
        throw new IllegalStateException("a change to " + c.to() + " must come with a fill"
            + (c.to() == OrderStatus.NEW ? " (NEW is only the start)" : ""));
    }
  }

  private static JournaledOrder known(Map<String, JournaledOrder> orders, String clientOrderId) {
    JournaledOrder o = orders.get(clientOrderId);
    if (o == null) {
      throw new IllegalStateException("order " + clientOrderId + " was never submitted in this journal");
    }
    return o;
  }


  private List<JournalEntry> withoutDuplicateEvents() {
    Map<EventKey, JournalRecord> seen = new HashMap<>();
    List<JournalEntry> out = new ArrayList<>(entries.size());
    for (JournalEntry e : entries) {
      EventKey key = EventKey.of(e.record());
      if (key != null) {
        JournalRecord earlier = seen.put(key, e.record());
        if (e.record().equals(earlier)) {
          continue;
        }
      }
      out.add(e);
    }
    return out;
  }

  private void requireIntact() {
    if (!isIntact()) {
      throw new IllegalStateException("journal " + file + " is damaged, state cannot be rebuilt: "
          + problems);
    }
  }

  /** A broker event's identity: broker name and broker sequence ({@code > 0}). */
  private record EventKey(String broker, long sequence) {

    static EventKey of(JournalRecord r) {
      if (r instanceof StatusChanged c) {
        return of(c.broker(), c.brokerSequence());
      } else if (r instanceof FillRecorded f) {
        return of(f.broker(), f.brokerSequence());
      } else if (r instanceof OrderReplaced o) {
        return of(o.broker(), o.brokerSequence());
      }
      return null;
    }

    private static EventKey of(String broker, long sequence) {
      return sequence > 0 ? new EventKey(broker, sequence) : null;
    }
  }
}
