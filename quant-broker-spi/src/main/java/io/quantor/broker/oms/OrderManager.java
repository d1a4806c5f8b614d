package io.quantor.broker.oms;

import io.quantor.broker.Broker;
import io.quantor.broker.BrokerException;
import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.Subscription;
import io.quantor.broker.journal.Journal;
import io.quantor.broker.journal.JournalRecord;
import io.quantor.broker.journal.JournalReplay;
import io.quantor.broker.journal.JournaledOrder;
import io.quantor.broker.journal.Note;
import io.quantor.broker.journal.OrderSubmitted;
import io.quantor.broker.journal.StatusChanged;
import io.quantor.core.trade.OrderRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks orders across several brokers, by client order id, from the brokers' execution events; places
 * each client order id once; optionally journals every submission and event; and can be rebuilt from a
 * journal after a restart.
 *
 * <p><b>Idempotency.</b> A client order id names one order across all brokers. Submitting an id the
 * manager knows returns the order's known state and does not call any broker, even while the first
 * submission is still in flight on another thread. Submitting a known id with <em>different</em> terms
 * (any component but the creation time differs, or another broker) is a caller error and throws
 * {@link IllegalArgumentException}: reusing an id for another order is a bug, not something a broker
 * refused. One exception keeps retries safe: if the broker call failed in a way that leaves it unknown
 * whether the order was placed (a {@link BrokerException} other than {@code REJECTED}), or the manager
 * was restored from a journal that shows the submission but no answer, the order is <em>unconfirmed</em>
 * and the next submission of the same id calls the broker again; the broker's own idempotency on the id
 * makes that safe.
 *
 * <p><b>State.</b> An order's state changes only through its broker's events (applied in sequence order;
 * an event whose sequence is not above the last one seen from that broker is a duplicate and ignored), and
 * through a rejection on submission ({@link BrokerException.Code#REJECTED}), which the manager records as
 * a REJECTED state because brokers report it by exception, not by event. {@link #submit} returns the
 * broker's answer; {@link #order} shows the event-tracked state, which for a broker that delivers events
 * asynchronously may lag the answer for a moment. Events of orders the manager did not submit are logged
 * and ignored (a {@link Reconciler} reports such orders as unexpected).
 *
 * <p><b>Journal.</b> With a journal, the manager appends an {@link OrderSubmitted} before it calls the
 * broker (write-ahead, so a crash never hides an order that may have been placed), then one record per
 * applied event, and a {@link StatusChanged} for a rejection on submission. The journal's replay
 * therefore rebuilds exactly the states this manager holds ({@link #restore}). If an event cannot be
 * journaled the manager still applies it (its view stays right), logs an error and the journal refuses
 * further appends, so the next submission fails loudly.
 *
 * <p>Thread-safe. The manager never holds its lock while calling a broker.
 *
 * <pre>{@code
 * OrderManager oms = OrderManager.create(Clock.systemUTC(), journal);
 * oms.addBroker("paper", paper);
 * oms.addBroker("ibkr", live);
 * oms.submit("paper", order);          // ACCEPTED (or further)
 * oms.submit("paper", order);          // same id: the known state, the broker is not called again
 * oms.openOrders();                    // working orders at every broker
 * oms.cancel(order.clientOrderId());
 *
 * // after a restart
 * OrderManager again = OrderManager.restore(Journal.read(path), Clock.systemUTC(), reopenedJournal);
 * again.addBroker("paper", reconnectedPaper);
 * }</pre>
 */
public final class OrderManager implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OrderManager.class);

  private final Object lock = new Object();
  private final Clock clock;
  private final Journal journal;
  // Guarded by lock; insertion order keeps listings in order of registration and submission.
  private final Map<String, Registration> brokers = new LinkedHashMap<>();
  private final Map<String, Tracked> orders = new LinkedHashMap<>();
  private boolean closed;

  /** A broker with its subscription and the last event sequence applied from it. */
  private static final class Registration {
    final String name;
    final Broker broker;
    Subscription subscription;
    long lastSequence;

    Registration(String name, Broker broker) {
      this.name = name;
      this.broker = broker;
    }
  }

  /** One order: where it went, as first submitted, its state, whether the broker confirmed it. */
  private static final class Tracked {
    final String broker;
    final OrderRequest submitted;
    OrderState state;
    boolean unconfirmed;
    boolean inFlight;

    Tracked(String broker, OrderRequest submitted, OrderState state) {
      this.broker = broker;
      this.submitted = submitted;
      this.state = state;
    }
  }

  private OrderManager(Clock clock, Journal journal) {
    this.clock = clock;
    this.journal = journal;
  }

  /**
   * A manager with the system UTC clock and no journal.
   *
   * @return the manager
   */
  public static OrderManager create() {
    return create(Clock.systemUTC(), null);
  }

  /**
   * A manager.
   *
   * @param clock stamps rejections on submission, not null
   * @param journal where to record submissions and events, or {@code null} for none; the caller keeps
   *     ownership (closing the manager does not close it)
   * @return the manager
   * @throws IllegalArgumentException if {@code clock} is null
   */
  public static OrderManager create(Clock clock, Journal journal) {
    if (clock == null) {
      throw new IllegalArgumentException("clock must not be null");
    }
    return new OrderManager(clock, journal);
  }

  /**
   * A manager that continues from a journal: it knows every journaled order with its broker, its first
   * submitted request and its rebuilt state. Orders the journal shows as submitted but never answered
   * (still NEW) are unconfirmed: submitting their id again asks the broker. Register the brokers again
   * with {@link #addBroker}; event sequences start afresh with each registration.
   *
   * @param replay the journal's replay, intact
   * @param clock the clock, not null
   * @param journal where to record from now on (typically the same file, reopened), or {@code null}
   * @return the manager
   * @throws IllegalStateException if the replay cannot rebuild the orders (see
   *     {@link JournalReplay#journaledOrders()})
   * @throws IllegalArgumentException if {@code replay} or {@code clock} is null
   */
  public static OrderManager restore(JournalReplay replay, Clock clock, Journal journal) {
    if (replay == null) {
      throw new IllegalArgumentException("replay must not be null");
    }
    OrderManager manager = create(clock, journal);
    Map<String, JournaledOrder> journaled = replay.journaledOrders();
    for (JournaledOrder o : journaled.values()) {
      Tracked t = new Tracked(o.broker(), o.submitted(), o.state());
      t.unconfirmed = o.state().status() == OrderStatus.NEW;
      manager.orders.put(o.submitted().clientOrderId(), t);
    }
    if (journal != null) {
      journal.append(new Note("order manager restored " + journaled.size() + " orders from "
          + replay.file().getFileName() + " up to sequence " + replay.lastSequence()));
    }
    return manager;
  }

  /**
   * Registers a broker under a name and starts tracking its events.
   *
   * @param name the name orders are submitted to, not blank, not yet registered
   * @param broker the broker
   * @throws IllegalArgumentException if the name is blank or taken, or {@code broker} is null
   * @throws IllegalStateException if the manager is closed
   */
  public void addBroker(String name, Broker broker) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
    }
    if (broker == null) {
      throw new IllegalArgumentException("broker must not be null");
    }
    Registration registration = new Registration(name, broker);
    synchronized (lock) {
      ensureOpen();
      if (brokers.containsKey(name)) {
        throw new IllegalArgumentException("a broker named '" + name + "' is already registered");
      }
      brokers.put(name, registration);
    }
    // Subscribed outside the lock: a broker may deliver an event at once, on this thread.
    Subscription subscription = broker.subscribe(event -> onEvent(registration, event));
    boolean closedMeanwhile;
    synchronized (lock) {
      registration.subscription = subscription;
      closedMeanwhile = closed;
    }
    // close() ran while this subscribed and could not see the subscription: close it here.
    if (closedMeanwhile) {
      subscription.close();
    }
  }

  /**
   * The names of the registered brokers.
   *
   * @return an unmodifiable set, in order of registration
   */
  public Set<String> brokerNames() {
    synchronized (lock) {
      return Collections.unmodifiableSet(new LinkedHashSet<>(brokers.keySet()));
    }
  }

  /**
   * Places an order with a broker, once per client order id (see the class description).
   *
   * @param brokerName the registered broker
   * @param order the order
   * @return the broker's answer; the known state for a known id; a REJECTED state if the broker refused
   *     the order on submission
   * @throws IllegalArgumentException if the broker is not registered, or the id is known with different
   *     terms or for another broker
   * @throws BrokerException if the broker failed otherwise (the order stays unconfirmed: submit it again)
   * @throws IllegalStateException if the manager is closed
   * @throws java.io.UncheckedIOException if the journal cannot record the submission (nothing is placed)
   */
  public OrderState submit(String brokerName, OrderRequest order) {
    if (order == null) {
      throw new IllegalArgumentException("order must not be null");
    }
    String id = order.clientOrderId();
    Registration registration;
    Tracked tracked;
    synchronized (lock) {
      ensureOpen();
      tracked = orders.get(id);
      if (tracked != null) {
        if (!tracked.broker.equals(brokerName) || !tracked.submitted.sameTermsAs(order)) {
          throw new IllegalArgumentException("client order id " + id + " is already used for "
              + tracked.submitted + " at broker '" + tracked.broker + "'; refusing " + order
              + " at broker '" + brokerName + "'");
        }
        if (!tracked.unconfirmed || tracked.inFlight) {
          return tracked.state;
        }
        registration = registration(brokerName);
      } else {
        registration = registration(brokerName);
        if (journal != null) {
          journal.append(new OrderSubmitted(brokerName, order));
        }
        tracked = new Tracked(brokerName, order, OrderState.created(order));
        tracked.unconfirmed = true;
        orders.put(id, tracked);
      }
      tracked.inFlight = true;
    }
    OrderState answer;
    try {
      answer = registration.broker.submit(order);
    } catch (BrokerException e) {
      synchronized (lock) {
        tracked.inFlight = false;
        if (e.code() != BrokerException.Code.REJECTED) {
          throw e;
        }
        tracked.unconfirmed = false;
        if (tracked.state.status() == OrderStatus.NEW) {
          OrderState rejected = tracked.state.reject(e.getMessage(), clock.instant());
          record(StatusChanged.of(brokerName, 0, OrderStatus.NEW, rejected));
          tracked.state = rejected;
        }
        return tracked.state;
      }
    } catch (RuntimeException | Error e) {
      // No verdict: the order stays unconfirmed, and no longer in flight, so that a retry asks again.
      synchronized (lock) {
        tracked.inFlight = false;
      }
      throw e;
    }
    synchronized (lock) {
      tracked.inFlight = false;
      tracked.unconfirmed = false;
    }
    return answer;
  }

  /**
   * Asks the order's broker to cancel it.
   *
   * @param clientOrderId the order
   * @return the broker's answer
   * @throws BrokerException REJECTED if the id is unknown to this manager, or the broker's failure
   * @throws IllegalArgumentException if the order's broker is no longer registered
   * @throws IllegalStateException if the manager is closed
   */
  public OrderState cancel(String clientOrderId) {
    return brokerFor(clientOrderId).cancel(clientOrderId);
  }

  /**
   * Asks the order's broker to modify it (same id, instrument, side and type).
   *
   * @param replacement the new terms
   * @return the broker's answer
   * @throws BrokerException REJECTED if the id is unknown to this manager, or the broker's failure
   * @throws IllegalArgumentException if {@code replacement} is null or the broker is not registered
   * @throws IllegalStateException if the manager is closed
   */
  public OrderState replace(OrderRequest replacement) {
    if (replacement == null) {
      throw new IllegalArgumentException("replacement must not be null");
    }
    return brokerFor(replacement.clientOrderId()).replace(replacement);
  }

  private Broker brokerFor(String clientOrderId) {
    synchronized (lock) {
      ensureOpen();
      Tracked tracked = orders.get(clientOrderId);
      if (tracked == null) {
        throw new BrokerException(BrokerException.Code.REJECTED, "unknown client order id "
            + clientOrderId);
      }
      return registration(tracked.broker).broker;
    }
  }

  /**
   * One order's tracked state.
   *
   * @param clientOrderId the id
   * @return the state, or empty if unknown
   */
  public Optional<OrderState> order(String clientOrderId) {
    synchronized (lock) {
      Tracked tracked = orders.get(clientOrderId);
      return tracked == null ? Optional.empty() : Optional.of(tracked.state);
    }
  }

  /**
   * The broker an order went to.
   *
   * @param clientOrderId the id
   * @return the broker's name, or empty if unknown
   */
  public Optional<String> brokerOf(String clientOrderId) {
    synchronized (lock) {
      Tracked tracked = orders.get(clientOrderId);
      return tracked == null ? Optional.empty() : Optional.of(tracked.broker);
    }
  }

  /**
   * Every order's state, in order of submission.
   *
   * @return an unmodifiable list
   */
  public List<OrderState> orders() {
    synchronized (lock) {
      List<OrderState> out = new ArrayList<>(orders.size());
      for (Tracked t : orders.values()) {
        out.add(t.state);
      }
      return List.copyOf(out);
    }
  }

  /**
   * The states of the orders sent to one broker, in order of submission: what to reconcile with it.
   *
   * @param brokerName the broker's name
   * @return an unmodifiable list, empty for an unknown name
   */
  public List<OrderState> orders(String brokerName) {
    synchronized (lock) {
      List<OrderState> out = new ArrayList<>();
      for (Tracked t : orders.values()) {
        if (t.broker.equals(brokerName)) {
          out.add(t.state);
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * The orders that are not terminal (NEW, ACCEPTED, PARTIALLY_FILLED), at every broker.
   *
   * @return an unmodifiable list, in order of submission
   */
  public List<OrderState> openOrders() {
    synchronized (lock) {
      List<OrderState> out = new ArrayList<>();
      for (Tracked t : orders.values()) {
        if (!t.state.isTerminal()) {
          out.add(t.state);
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * The orders whose placement is not confirmed: the broker call failed without a verdict, or a restored
   * journal shows the submission but no answer. Submit them again (same id) to find out.
   *
   * @return an unmodifiable list of their states (all NEW), in order of submission
   */
  public List<OrderState> unconfirmedOrders() {
    synchronized (lock) {
      List<OrderState> out = new ArrayList<>();
      for (Tracked t : orders.values()) {
        if (t.unconfirmed && !t.inFlight) {
          out.add(t.state);
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * Stops tracking: closes the subscriptions. Brokers and the journal stay open (the caller owns them).
   * Idempotent.
   */
  @Override
  public void close() {
    List<Subscription> subscriptions = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      for (Registration r : brokers.values()) {
        if (r.subscription != null) {
          subscriptions.add(r.subscription);
        }
      }
    }
    for (Subscription s : subscriptions) {
      s.close();
    }
  }

  private void onEvent(Registration registration, ExecutionEvent event) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      long last = registration.lastSequence;
      if (event.sequence() <= last) {
        LOG.debug("broker {}: duplicate event {} ignored", registration.name, event.sequence());
        return;
      }
      if (last != 0 && event.sequence() != last + 1) {
        LOG.warn("broker {}: events {} to {} missing", registration.name, last + 1, event.sequence() - 1);
      }
      registration.lastSequence = event.sequence();
      Tracked tracked = orders.get(event.clientOrderId());
      if (tracked == null || !tracked.broker.equals(registration.name)) {
        LOG.warn("broker {}: event {} for order {} not submitted through this manager, ignored",
            registration.name, event.sequence(), event.clientOrderId());
        return;
      }
      record(JournalRecord.of(registration.name, event));
      tracked.state = event.order();
    }
  }

  private void record(JournalRecord record) {
    if (journal == null) {
      return;
    }
    try {
      journal.append(record);
    } catch (RuntimeException e) {
      LOG.error("cannot journal {}; the order manager goes on, the journal refuses further appends",
          record, e);
    }
  }

  private Registration registration(String brokerName) {
    Registration r = brokers.get(brokerName);
    if (r == null) {
      throw new IllegalArgumentException("no broker named '" + brokerName + "'; registered: "
          + brokers.keySet());
    }
    return r;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("order manager is closed");
    }
  }
}
