package io.quantor.backtest.engine;

import io.quantor.broker.OrderState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A run's orders: the latest state of each, in submission order, found by client order id, and the ones
 * still working, in submission order. Replaces two linked hash maps: an order costs an array slot and a
 * few ints instead of two map entries, and finding the working orders costs nothing when there are none.
 *
 * <p>The id index is an open-addressing table (linear probing, at most half full) of positions in the
 * order list, with each order's id hash kept beside it, so probing and growing never touch the id strings
 * except to confirm a match.
 */
final class OrderTable {

  private final ArrayList<OrderState> states = new ArrayList<>();
  private String[] ids = new String[16];
  private int[] hashes = new int[16];
  /** Position + 1 of an order in {@link #states}, 0 for an empty slot; the length is a power of two. */
  private int[] slots = new int[32];
  /** {@code 32 - log2(slots.length)}: a hash's top bits after {@link #slot} pick its first slot. */
  private int shift = 27;
  /** Positions of the working orders, in submission order. */
  private int[] working = new int[4];
  private int workingCount;
  /**
   * The id and position last added or found: an order's id string travels from submission to every
   * state update, so most lookups are of that very string and skip the table.
   */
  private String lastId;
  private int lastPosition = -1;

  /** The position of an order, or -1 if the run has no order with this id. */
  int find(String clientOrderId) {
    if (clientOrderId == lastId) {
      return lastPosition;
    }
    int h = clientOrderId.hashCode();
    int mask = slots.length - 1;
    for (int s = slot(h); ; s = (s + 1) & mask) {
      int p = slots[s] - 1;
      if (p < 0) {
        return -1;
      }
      if (hashes[p] == h && ids[p].equals(clientOrderId)) {
        lastId = clientOrderId;
        lastPosition = p;
        return p;
      }
    }
  }

  /** The latest state of the order at a position. */
  OrderState get(int position) {
    return states.get(position);
  }

  /** The latest state of an order, or null. */
  OrderState get(String clientOrderId) {
    int p = find(clientOrderId);
    return p < 0 ? null : states.get(p);
  }

  /** Records a state: a new order goes last, a known one keeps its place; working orders are tracked. */
  void put(OrderState state) {
    String id = state.clientOrderId();
    int p = find(id);
    if (p < 0) {
      p = add(id, state);
      if (!state.isTerminal()) {
        addWorking(p);
      }
      return;
    }
    boolean was = !states.get(p).isTerminal();
    boolean is = !state.isTerminal();
    states.set(p, state);
    if (was && !is) {
      removeWorking(p);
    } else if (is && !was) {
      addWorking(p);
    }
  }

  private int add(String id, OrderState state) {
    int p = states.size();
    if (p == ids.length) {
      ids = Arrays.copyOf(ids, p * 2);
      hashes = Arrays.copyOf(hashes, p * 2);
    }
    if (2 * (p + 1) > slots.length) {
      rehash();
    }
    int h = id.hashCode();
    states.add(state);
    ids[p] = id;
    hashes[p] = h;
    insert(h, p);
    lastId = id;
    lastPosition = p;
    return p;
  }

  private void insert(int h, int p) {
    int mask = slots.length - 1;
    int s = slot(h);
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = p + 1;
  }

  /** Doubles the slots and inserts every order again. */
  private void rehash() {
    slots = new int[slots.length * 2];
    shift--;
    for (int p = 0, n = states.size(); p < n; p++) {
      insert(hashes[p], p);
    }
  }

  /**
   * The first slot of a hash: Fibonacci hashing (Knuth, TAOCP vol. 3, 6.4), the top bits of the hash
   * times 2^32 / phi. Sequential ids ("sma-1", "sma-2", ...) have consecutive string hashes, which
   * would fill runs of adjacent slots under a plain mask and make linear probing slow.
   */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  private void addWorking(int p) {
    if (workingCount == working.length) {
      working = Arrays.copyOf(working, workingCount * 2);
    }
    working[workingCount++] = p;
  }

  private void removeWorking(int p) {
    for (int j = 0; j < workingCount; j++) {
      if (working[j] == p) {
        System.arraycopy(working, j + 1, working, j, workingCount - j - 1);
        workingCount--;
        return;
      }
    }
  }

  /** Whether no order is working. */
  boolean noneWorking() {
    return workingCount == 0;
  }

  /** The working orders' latest states, in submission order, as an unmodifiable list. */
  List<OrderState> workingStates() {
    if (workingCount == 0) {
      return List.of();
    }
    OrderState[] out = new OrderState[workingCount];
    for (int j = 0; j < workingCount; j++) {
      out[j] = states.get(working[j]);
    }
    return List.of(out);
  }

  /** Every order's latest state, in submission order (the live list: callers copy it). */
  List<OrderState> all() {
    return states;
  }
}
