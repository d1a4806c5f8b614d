package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quantor.broker.OrderState;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The order table behaves exactly like the two linked hash maps it replaced (all orders by id in
 * submission order; working ones by id, re-added at the end), over random sequences of state updates
 * that reuse ids, grow the table past several rehashes, and include ids with equal string hashes.
 */
class OrderTableProperties {

  /** "Aa" and "BB" have the same {@code String.hashCode}, and so do their concatenations. */
  private static final String[] COLLIDING = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};
  private static final Instrument X = Instrument.stock("X");

  private static String id(int k) {
    return k < COLLIDING.length ? COLLIDING[k] : "sma-" + k;
  }

  private static OrderState state(String id, boolean terminal) {
    OrderState accepted = OrderState.created(OrderRequest.market(id, X, Side.BUY, 10, Instant.EPOCH))
        .accept("", Instant.EPOCH);
    return terminal ? accepted.cancel("cancelled", Instant.EPOCH) : accepted;
  }

  /**
   * Each code {@code c} puts the state of order {@code c / 2}, terminal when {@code c} is odd; after each
   * put, every lookup, the working list and the full list equal the maps' (states compared by identity).
   */
  @Property(tries = 150)
  void behavesLikeTheLinkedMaps(
      @ForAll @Size(min = 40, max = 300) List<@IntRange(min = 0, max = 399) Integer> codes) {
    OrderTable table = new OrderTable();
    Map<String, OrderState> orders = new LinkedHashMap<>();
    Map<String, OrderState> working = new LinkedHashMap<>();
    for (int code : codes) {
      // A fresh string for each put, as a broker would report it, besides the identical one.
      String id = new String(id(code / 2));
      OrderState s = state(id, code % 2 == 1);
      table.put(s);
      orders.put(id, s);
      if (s.isTerminal()) {
        working.remove(id);
      } else {
        working.put(id, s);
      }
      for (int k = 0; k < 200; k++) {
        String probe = id(k);
        assertSame(orders.get(probe), table.get(probe), probe);
        assertEquals(orders.containsKey(probe), table.find(probe) >= 0, probe);
      }
      assertEquals(List.copyOf(working.values()), table.workingStates());
      assertEquals(working.isEmpty(), table.noneWorking());
    }
    assertEquals(new ArrayList<>(orders.values()), table.all());
    for (Map.Entry<String, OrderState> e : orders.entrySet()) {
      assertSame(e.getValue(), table.get(table.find(e.getKey())));
    }
  }
}
