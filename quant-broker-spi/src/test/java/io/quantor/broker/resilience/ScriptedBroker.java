package io.quantor.broker.resilience;

import io.quantor.broker.Account;
import io.quantor.broker.Broker;
import io.quantor.broker.BrokerCapabilities;
import io.quantor.broker.BrokerException;
import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.ExecutionListener;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.Subscription;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Position;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test broker whose remote calls succeed or fail as a script says: every call to {@code account},
 * {@code positions}, {@code openOrders}, {@code order}, {@code submit}, {@code cancel} or {@code replace}
 * takes the next step (once the script is used up, calls succeed). A step fails before the call has any
 * effect, or after it (the order was placed, then the connection dropped: the case idempotent submission
 * exists for). Orders are kept in memory with the real state machine; submission is idempotent on the
 * client order id. Records the calls it received, in order. Thread-safe.
 */
public final class ScriptedBroker implements Broker {

  /** One scripted outcome. */
  public static final class Step {
    final BrokerException.Code code;
    final boolean retryable;
    final boolean afterEffect;

    private Step(BrokerException.Code code, boolean retryable, boolean afterEffect) {
      this.code = code;
      this.retryable = retryable;
      this.afterEffect = afterEffect;
    }

    /**
     * The call succeeds.
     *
     * @return the step
     */
    public static Step ok() {
      return new Step(null, false, false);
    }

    /**
     * The call fails before any effect with this code and its default retryability.
     *
     * @param code the failure
     * @return the step
     */
    public static Step fail(BrokerException.Code code) {
      return new Step(code, code.isRetryableByDefault(), false);
    }

    /**
     * The call fails before any effect with this code and retryability.
     *
     * @param code the failure
     * @param retryable whether the exception says it is retryable
     * @return the step
     */
    public static Step fail(BrokerException.Code code, boolean retryable) {
      return new Step(code, retryable, false);
    }

    /**
     * The call takes effect, then fails with this code (a timeout after the broker acted).
     *
     * @param code the failure
     * @return the step
     */
    public static Step failAfterEffect(BrokerException.Code code) {
      return new Step(code, code.isRetryableByDefault(), true);
    }
  }

  private final String name;
  private final Clock clock;
  private final String messageContext;
  private final Deque<Step> script = new ArrayDeque<>();
  private final List<String> calls = new ArrayList<>();
  private final Map<String, OrderState> orders = new LinkedHashMap<>();
  private final List<ExecutionListener> listeners = new CopyOnWriteArrayList<>();
  private long sequence;
  private int submissionsPlaced;
  private int closeCount;

  private ScriptedBroker(String name, Clock clock, String messageContext) {
    this.name = name;
    this.clock = clock;
    this.messageContext = messageContext;
  }

  /**
   * A scripted broker.
   *
   * @param name its name
   * @param clock stamps order states
   * @param steps the script
   * @return the broker
   */
  public static ScriptedBroker of(String name, Clock clock, Step... steps) {
    return withContext(name, clock, "", steps);
  }

  /**
   * A scripted broker whose failure messages end with a context text, like an adapter that describes
   * its connection (host, config) in its errors.
   *
   * @param name its name
   * @param clock stamps order states
   * @param context appended to every failure message
   * @param steps the script
   * @return the broker
   */
  public static ScriptedBroker withContext(String name, Clock clock, String context, Step... steps) {
    ScriptedBroker b = new ScriptedBroker(name, clock, context);
    b.then(steps);
    return b;
  }

  /**
   * Appends steps to the script.
   *
   * @param steps the steps
   */
  public synchronized void then(Step... steps) {
    script.addAll(List.of(steps));
  }

  /**
   * The calls received, such as {@code "submit o-1"}, in order.
   *
   * @return a copy
   */
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  /**
   * How many distinct orders were placed (idempotent resubmissions not counted).
   *
   * @return the count
   */
  public synchronized int submissionsPlaced() {
    return submissionsPlaced;
  }

  /**
   * How often {@link #close()} was called.
   *
   * @return the count
   */
  public synchronized int closeCount() {
    return closeCount;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public BrokerCapabilities capabilities() {
    return BrokerCapabilities.all();
  }

  @Override
  public Account account() {
    Step step = begin("account");
    return finish(step, new Account("ACC-1", 100_000, 100_000, 100_000, clock.instant()));
  }

  @Override
  public List<Position> positions() {
    Step step = begin("positions");
    return finish(step, List.of());
  }

  @Override
  public List<OrderState> openOrders() {
    Step step = begin("openOrders");
    List<OrderState> open = new ArrayList<>();
    synchronized (this) {
      for (OrderState s : orders.values()) {
        if (!s.isTerminal()) {
          open.add(s);
        }
      }
    }
    return finish(step, List.copyOf(open));
  }

  @Override
  public Optional<OrderState> order(String clientOrderId) {
    Step step = begin("order " + clientOrderId);
    synchronized (this) {
      return finish(step, Optional.ofNullable(orders.get(clientOrderId)));
    }
  }

  @Override
  public OrderState submit(OrderRequest order) {
    Step step = begin("submit " + order.clientOrderId());
    OrderState state;
    ExecutionEvent event = null;
    synchronized (this) {
      state = orders.get(order.clientOrderId());
      if (state == null) {
        state = OrderState.created(order).accept("B-" + (orders.size() + 1), clock.instant());
        orders.put(order.clientOrderId(), state);
        submissionsPlaced++;
        event = new ExecutionEvent(++sequence, state, OrderStatus.NEW, null);
      }
    }
    publish(event);
    return finish(step, state);
  }

  @Override
  public OrderState cancel(String clientOrderId) {
    Step step = begin("cancel " + clientOrderId);
    OrderState state;
    ExecutionEvent event = null;
    synchronized (this) {
      OrderState before = orders.get(clientOrderId);
      if (before == null) {
        throw new BrokerException(BrokerException.Code.REJECTED, "unknown order " + clientOrderId);
      }
      state = before;
      if (!before.isTerminal()) {
        state = before.cancel("cancelled by client", clock.instant());
        orders.put(clientOrderId, state);
        event = new ExecutionEvent(++sequence, state, before.status(), null);
      }
    }
    publish(event);
    return finish(step, state);
  }

  @Override
  public OrderState replace(OrderRequest replacement) {
    Step step = begin("replace " + replacement.clientOrderId());
    synchronized (this) {
      OrderState before = orders.get(replacement.clientOrderId());
      if (before == null || before.isTerminal()) {
        throw new BrokerException(BrokerException.Code.REJECTED, "cannot replace "
            + replacement.clientOrderId());
      }
      OrderState state = before.replace(replacement, clock.instant());
      orders.put(replacement.clientOrderId(), state);
      return finish(step, state);
    }
  }

  @Override
  public Subscription subscribe(ExecutionListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public synchronized void close() {
    closeCount++;
    calls.add("close");
  }

  private synchronized Step begin(String call) {
    calls.add(call);
    Step step = script.isEmpty() ? Step.ok() : script.removeFirst();
    if (step.code != null && !step.afterEffect) {
      throw failure(step, call);
    }
    return step;
  }

  private <T> T finish(Step step, T result) {
    if (step.code != null) {
      throw failure(step, "after effect");
    }
    return result;
  }

  private BrokerException failure(Step step, String call) {
    String message = "scripted " + step.code + " on " + call + (messageContext.isEmpty() ? ""
        : " (" + messageContext + ")");
    return new BrokerException(step.code, message, step.retryable, null);
  }

  private void publish(ExecutionEvent event) {
    if (event != null) {
      for (ExecutionListener l : listeners) {
        l.onEvent(event);
      }
    }
  }
}
