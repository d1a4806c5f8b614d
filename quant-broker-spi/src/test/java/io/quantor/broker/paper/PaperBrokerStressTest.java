package io.quantor.broker.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.BrokerConfig;
import io.quantor.broker.BrokerException;
import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.Subscription;
import io.quantor.broker.journal.FillRecorded;
import io.quantor.broker.journal.FsyncPolicy;
import io.quantor.broker.journal.Journal;
import io.quantor.broker.journal.JournalRecord;
import io.quantor.broker.journal.JournalReplay;
import io.quantor.broker.journal.OrderReplaced;
import io.quantor.broker.journal.OrderSubmitted;
import io.quantor.broker.journal.StatusChanged;
import io.quantor.core.series.Bar;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.PortfolioSnapshot;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads submit 100,000 orders in total (market and limit, buy and sell, DAY, GTC and IOC, random
 * quantities, with random cancels and replacements) while another thread pushes bars of four symbols
 * (a seeded random walk, thin enough that the 5 % participation cap fills orders in parts, ten minutes
 * apart so DAY orders expire). Afterwards:
 * <ul>
 *   <li>every event was delivered once, in order: the listener saw sequence numbers 1, 2, 3, ... with no
 *       gap;</li>
 *   <li>no fill was lost or duplicated: the fills the listener saw are exactly the fills the broker
 *       booked, and each order's filled quantity is the sum of its fills;</li>
 *   <li>cash and positions are conserved: cash is the initial cash plus the fills' cash flows (to 1e-9
 *       of the turnover, since the portfolio sums with compensation), each position the sum of its
 *       signed fills (exactly: whole quantities);</li>
 *   <li>the final state equals a single-threaded replay of the event log: re-applying every event in
 *       sequence order through {@link OrderState}'s transitions and a fresh {@link Portfolio} gives every
 *       event's order state, every final order state, the cash, the fees and every position exactly;</li>
 *   <li>the crash-safe {@link Journal} kept the same session: a journal listener on the broker, and the
 *       traders themselves with write-ahead {@link OrderSubmitted} records (appended concurrently from
 *       the eight threads, as a live session journals an order before sending it), wrote it to a file.
 *       Read back on one thread, the file is clean, holds every event once and in sequence order, and
 *       its replay gives the broker's fills, every order's final state, the cash, the fees, the
 *       realized P&amp;L and every position exactly.</li>
 * </ul>
 * The random choices are seeded; the interleaving of threads is not, so each run checks another one.
 */
class PaperBrokerStressTest {

  private static final int THREADS = 8;
  private static final int ORDERS = 100_000;
  private static final double INITIAL_CASH = 100_000_000;
  private static final List<String> SYMBOLS = List.of("AAA", "BBB", "CCC", "DDD");
  private static final Instant START = Instant.parse("2024-06-03T13:30:00Z");
  private static final Duration BAR_STEP = Duration.ofMinutes(10);
  /** Orders each trader submits between two bar rounds. */
  private static final int BATCH = 25;
  /** Orders the bar pusher waits for before the next round (about the eight traders' batches). */
  private static final int ORDERS_PER_ROUND = 150;

  /** The bar pusher: a random walk per symbol, bars one step apart. */
  private static final class Market {
    final SplittableRandom random = new SplittableRandom(20240603);
    final double[] price = {50, 100, 150, 200};
    Instant time = START;
    volatile int rounds;
    // Orders submitted since the last round: the pusher paces itself by them.
    final AtomicInteger submitted = new AtomicInteger();

    void round(PaperBroker broker) {
      time = time.plus(BAR_STEP);
      for (int s = 0; s < SYMBOLS.size(); s++) {
        double open = price[s];
        double close = open * (1 + 0.004 * (random.nextDouble() - 0.5) * 2);
        double high = Math.max(open, close) * (1 + 0.002 * random.nextDouble());
        double low = Math.min(open, close) * (1 - 0.002 * random.nextDouble());
        double volume = 200 + random.nextInt(4_000);
        broker.onBar(SYMBOLS.get(s), Bar.of(time, open, high, low, close, volume));
        price[s] = close;
      }
      submitted.set(0);
      rounds++;
    }
  }

  @Test
  void concurrentTradingLosesNothingAndReplaysExactly(@TempDir Path dir) throws Exception {
    PaperBroker broker = PaperBroker.create(BrokerConfig.of(Map.of("initialCash", "100000000",
        "participationCap", "0.05", "slippageBps", "1", "commissionPerShare", "0.005",
        "commissionMinimum", "1")));
    List<ExecutionEvent> log = new ArrayList<>(400_000);
    // Delivery is never concurrent, but happens on many threads: synchronise for visibility.
    broker.subscribe(e -> {
      synchronized (log) {
        log.add(e);
      }
    });
    Path journalFile = dir.resolve("stress.jsonl");
    Market market = new Market();
    List<ExecutionEvent> events;
    long journaled;
    // Group commit, as a live session would use it: the background force then races the appenders too.
    try (Journal journal = Journal.open(journalFile, FsyncPolicy.batch(4_096, Duration.ofMillis(20)));
        Subscription journaling = broker.subscribe(journal.asListener("paper"))) {
      market.round(broker);

      AtomicBoolean submitting = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<int[]>> traders = new ArrayList<>();
      try {
        Future<?> pusher = pool.submit(() -> {
          start.await();
          while (submitting.get()) {
            market.round(broker);
            // Wait for about a round's worth of orders (or 2 ms), so that bars and orders interleave.
            long deadline = System.nanoTime() + 2_000_000;
            while (submitting.get() && market.submitted.get() < ORDERS_PER_ROUND
                && System.nanoTime() < deadline) {
              LockSupport.parkNanos(20_000);
            }
          }
          return null;
        });
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          traders.add(pool.submit(() -> {
            start.await();
            return trade(broker, journal, market, thread, ORDERS / THREADS);
          }));
        }
        start.countDown();
        int rejected = 0;
        for (Future<int[]> f : traders) {
          rejected += f.get(60, TimeUnit.SECONDS)[0];
        }
        submitting.set(false);
        pusher.get(60, TimeUnit.SECONDS);
        assertTrue(rejected < ORDERS / 10, "too many refusals for a meaningful test: " + rejected);
      } finally {
        pool.shutdownNow();
      }
      // Let working market orders finish.
      for (int i = 0; i < 5; i++) {
        market.round(broker);
      }
      synchronized (log) {
        events = List.copyOf(log);
      }
      journaled = journal.lastSequence();
    }
    assertTrue(market.rounds > 150, "bars should span a trading day change, rounds " + market.rounds);

    // 1. Every event once, in order, no gap.
    for (int i = 0; i < events.size(); i++) {
      assertEquals(i + 1, events.get(i).sequence());
    }

    // 2. No fill lost or duplicated.
    List<Fill> seen = new ArrayList<>();
    Map<String, Double> filledByOrder = new HashMap<>();
    for (ExecutionEvent e : events) {
      if (e.lastFill() != null) {
        seen.add(e.lastFill());
        filledByOrder.merge(e.clientOrderId(), e.lastFill().quantity(), Double::sum);
      }
    }
    assertEquals(broker.fills(), seen);
    Set<String> ids = new HashSet<>();
    for (ExecutionEvent e : events) {
      ids.add(e.clientOrderId());
    }
    for (String id : ids) {
      OrderState s = broker.order(id).orElseThrow();
      assertEquals(filledByOrder.getOrDefault(id, 0.0), s.filledQuantity(), id);
      assertTrue(s.filledQuantity() <= s.request().quantity(), () -> "over-filled " + s);
    }

    // 3. Conservation of cash and positions.
    double cashFlows = 0;
    double turnover = 0;
    Map<String, Double> signed = new HashMap<>();
    for (Fill f : seen) {
      cashFlows += f.cashFlow();
      turnover += f.notional();
      signed.merge(f.instrument().symbol(), f.signedQuantity(), Double::sum);
    }
    PortfolioSnapshot book = broker.snapshot();
    assertEquals(INITIAL_CASH + cashFlows, book.cash(), 1e-9 * (INITIAL_CASH + turnover));
    for (String symbol : SYMBOLS) {
      assertEquals(signed.getOrDefault(symbol, 0.0), book.quantity(symbol), symbol);
    }

    // 4. A single-threaded replay of the log gives the same states and books, exactly.
    Map<String, OrderState> replayed = new HashMap<>();
    Portfolio portfolio = Portfolio.create(INITIAL_CASH);
    Map<OrderStatus, Integer> reached = new EnumMap<>(OrderStatus.class);
    int replacements = 0;
    for (ExecutionEvent e : events) {
      OrderState before = replayed.get(e.clientOrderId());
      assertEquals(before == null ? OrderStatus.NEW : before.status(), e.previousStatus(), e::toString);
      OrderState after = replay(before, e);
      if (before != null && e.lastFill() == null && after.status() == before.status()) {
        replacements++;
      }
      if (e.lastFill() != null) {
        portfolio.apply(e.lastFill());
      }
      assertEquals(e.order(), after, e::toString);
      replayed.put(e.clientOrderId(), after);
      reached.merge(after.status(), 1, Integer::sum);
    }
    for (Map.Entry<String, OrderState> r : replayed.entrySet()) {
      assertEquals(r.getValue(), broker.order(r.getKey()).orElseThrow(), r::getKey);
    }
    Set<OrderState> working = new HashSet<>();
    for (OrderState s : replayed.values()) {
      if (s.status().isWorking()) {
        working.add(s);
      }
    }
    assertEquals(working, new HashSet<>(broker.openOrders()));
    PortfolioSnapshot replayBook = portfolio.snapshot();
    assertEquals(replayBook.cash(), book.cash(), 0.0);
    assertEquals(replayBook.fees(), book.fees(), 0.0);
    assertEquals(replayBook.positions(), book.positions());
    assertEquals(ORDERS, replayed.size());

    // The session reached every outcome the test is about.
    for (OrderStatus s : List.of(OrderStatus.ACCEPTED, OrderStatus.PARTIALLY_FILLED, OrderStatus.FILLED,
        OrderStatus.CANCELED, OrderStatus.EXPIRED)) {
      assertTrue(reached.getOrDefault(s, 0) > 0, "no event reached " + s + ": " + reached);
    }
    assertTrue(replacements > 0, "no replacement");

    // 5. The journal, read back on one thread, holds the same session and replays to the same state.
    JournalReplay journalReplay = Journal.read(journalFile);
    assertEquals(List.of(), journalReplay.problems());
    assertTrue(journalReplay.isClean());
    assertEquals(journaled, journalReplay.lastSequence());
    // Per order the trader's write-ahead record and the listener's (an idempotent repeat); each event once.
    assertEquals(2L * ORDERS + events.size(), journalReplay.entries().size());
    List<JournalRecord> eventRecords = new ArrayList<>(events.size());
    int submitted = 0;
    for (JournalRecord r : journalReplay.records()) {
      if (r instanceof OrderSubmitted) {
        submitted++;
      } else {
        assertTrue(r instanceof StatusChanged || r instanceof FillRecorded || r instanceof OrderReplaced,
            r::toString);
        eventRecords.add(r);
      }
    }
    assertEquals(2 * ORDERS, submitted);
    // Delivery is serialised, so the listener's records follow the broker's sequence exactly.
    assertEquals(events.size(), eventRecords.size());
    for (int i = 0; i < events.size(); i++) {
      assertEquals(JournalRecord.of("paper", events.get(i)), eventRecords.get(i));
    }
    assertEquals(broker.fills(), journalReplay.fills());
    Map<String, OrderState> journaledOrders = journalReplay.orders();
    assertEquals(replayed.keySet(), journaledOrders.keySet());
    for (Map.Entry<String, OrderState> o : journaledOrders.entrySet()) {
      assertEquals(broker.order(o.getKey()).orElseThrow(), o.getValue(), o::getKey);
    }
    // The journal has no marks (the replayed book marks each symbol at its first fill), so compare only
    // what does not depend on them: cash, fees, realized P&L and the positions (quantity, average cost
    // and realized P&L each); not equity, market value, exposure, high-water mark or drawdown.
    PortfolioSnapshot journalBook = journalReplay.portfolio(INITIAL_CASH).snapshot();
    assertEquals(book.cash(), journalBook.cash());
    assertEquals(book.fees(), journalBook.fees());
    assertEquals(book.positions(), journalBook.positions());
    assertEquals(realizedInSymbolOrder(book), realizedInSymbolOrder(journalBook));
    // Snapshots sum their positions in symbol order, so the totals agree to the bit although the broker
    // met the symbols at its first bars and the replay at the first fills.
    assertEquals(book.realizedPnl(), journalBook.realizedPnl());
  }

  /** The total realized P&amp;L summed in symbol order, so that two books' totals compare exactly. */
  private static double realizedInSymbolOrder(PortfolioSnapshot book) {
    double sum = 0;
    for (String symbol : SYMBOLS) {
      sum += book.position(symbol).map(Position::realizedPnl).orElse(0.0);
    }
    return sum;
  }

  /** One trader: its own seeded choices; returns {refused submissions}. */
  private static int[] trade(PaperBroker broker, Journal journal, Market market, int thread, int orders) {
    SplittableRandom random = new SplittableRandom(1_000 + thread);
    String[] recent = new String[16];
    int refused = 0;
    for (int i = 0; i < orders; i++) {
      if (i % BATCH == 0) {
        // Trade in batches between bars, as a strategy reacting to bars would.
        int seen = market.rounds;
        while (market.rounds == seen) {
          LockSupport.parkNanos(20_000);
        }
      }
      String symbol = SYMBOLS.get(random.nextInt(SYMBOLS.size()));
      Instrument instrument = Instrument.stock(symbol);
      Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
      double quantity = 1 + random.nextInt(100);
      String id = "t" + thread + "-" + i;
      double last = broker.lastPrice(symbol).orElseThrow();
      OrderRequest order;
      if (random.nextInt(10) < 5) {
        order = OrderRequest.market(id, instrument, side, quantity, START);
      } else {
        // Within 1 % of the market, on the patient side.
        double offset = 0.01 * random.nextDouble();
        double limit = Math.round(last * (side == Side.BUY ? 1 - offset : 1 + offset) * 100) / 100.0;
        order = OrderRequest.limit(id, instrument, side, quantity, limit, START);
      }
      int tif = random.nextInt(10);
      order = order.withTimeInForce(tif < 6 ? TimeInForce.DAY : tif < 9 ? TimeInForce.GTC : TimeInForce.IOC);
      // Write-ahead: journaled before the broker sees it, from this thread, concurrently with the others.
      journal.append(new OrderSubmitted("paper", order));
      try {
        broker.submit(order);
      } catch (BrokerException e) {
        refused++;
      }
      market.submitted.incrementAndGet();
      recent[i % recent.length] = id;
      int action = random.nextInt(100);
      String target = recent[random.nextInt(Math.min(i + 1, recent.length))];
      if (action < 20) {
        broker.cancel(target);
      } else if (action < 25) {
        OrderState s = broker.order(target).orElseThrow();
        if (s.status().isWorking() && s.request().type() == OrderType.LIMIT) {
          try {
            broker.replace(s.request().withQuantity(s.filledQuantity() + 1 + random.nextInt(50)));
          } catch (BrokerException e) {
            // It filled or finished meanwhile, or the new size was refused: a valid outcome.
          }
        }
      }
    }
    return new int[] {refused};
  }

  /** Applies one event to the replayed state through the state machine's own transitions. */
  private static OrderState replay(OrderState before, ExecutionEvent e) {
    OrderState reported = e.order();
    if (before == null) {
      OrderState created = OrderState.created(reported.request());
      return reported.status() == OrderStatus.REJECTED
          ? created.reject(reported.reason(), reported.updatedAt())
          : created.accept(reported.brokerOrderId(), reported.updatedAt());
    }
    if (e.lastFill() != null) {
      return before.fill(e.lastFill());
    }
    switch (reported.status()) {
      case CANCELED:
        return before.cancel(reported.reason(), reported.updatedAt());
      case EXPIRED:
        return before.expire(reported.reason(), reported.updatedAt());
      case REJECTED:
        return before.reject(reported.reason(), reported.updatedAt());
      default:
        return before.replace(reported.request(), reported.updatedAt());
    }
  }
}
