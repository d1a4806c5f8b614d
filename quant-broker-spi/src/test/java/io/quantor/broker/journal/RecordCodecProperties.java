package io.quantor.broker.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.broker.OrderStatus;
import io.quantor.core.trade.AssetClass;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** The line format round-trips every value exactly and detects every single-byte change. */
class RecordCodecProperties {

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");

  private static JournalEntry roundTrip(long sequence, Instant time, JournalRecord record) throws Exception {
    byte[] line = RecordCodec.encodeLine(sequence, time, record);
    assertEquals('\n', line[line.length - 1]);
    for (int i = 0; i < line.length - 1; i++) {
      assertNotEquals('\n', line[i], "a record never contains a raw newline");
    }
    return RecordCodec.decodeLine(line, line.length - 1);
  }

  /** Any finite double: random bit patterns plus the edge cases (signed zero, subnormals, extremes). */
  @Provide
  Arbitrary<Double> finiteDoubles() {
    Arbitrary<Double> bits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    Arbitrary<Double> edges = Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1e23,
        0.1 + 0.2, 1.0 / 3, 120.1 + 0.2, 9007199254740993.0, 2.2250738585072012e-308);
    return Arbitraries.frequencyOf(Tuple.of(4, bits), Tuple.of(1, edges));
  }

  @Property(tries = 200)
  void doublesRoundTripBitForBit(@ForAll("finiteDoubles") double fees, @ForAll("finiteDoubles") double p,
      @ForAll("finiteDoubles") double q) throws Exception {
    double price = Math.abs(p) > 0 ? Math.abs(p) : Double.MIN_VALUE;
    double quantity = Math.abs(q) > 0 ? Math.abs(q) : Double.MIN_VALUE;
    Instrument instrument = new Instrument("X", AssetClass.FUTURE, price, "Y");
    Fill fill = new Fill("o-1", instrument, Side.SELL, quantity, price, fees, T0);
    Fill back = ((FillRecorded) roundTrip(7, T0, new FillRecorded("b", 3, fill)).record()).fill();
    assertEquals(Double.doubleToRawLongBits(fees), Double.doubleToRawLongBits(back.fees()));
    assertEquals(Double.doubleToRawLongBits(price), Double.doubleToRawLongBits(back.price()));
    assertEquals(Double.doubleToRawLongBits(quantity), Double.doubleToRawLongBits(back.quantity()));
    assertEquals(Double.doubleToRawLongBits(price),
        Double.doubleToRawLongBits(back.instrument().multiplier()));
  }

  /** Text with the characters JSON must escape and the checksum marker itself. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.of("", "a\"b", "back\\slash", "line\nbreak", "\u0000nul", ",\"crc\":\"00000000\"}",
            "\u00e9t\u00e9 \u2013 \ud83d\udcc8", "\u2028sep"));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L)
        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Provide
  Arbitrary<OrderRequest> orders() {
    Arbitrary<Instrument> instruments = Arbitraries.of(Instrument.stock("ORCL"),
        Instrument.option("ORCL  241220C00170000", "ORCL"), Instrument.future("ESZ4", "SPX", 50),
        new Instrument("EUR/USD", AssetClass.FOREX, 1, null));
    Arbitrary<Double> positive = Arbitraries.oneOf(Arbitraries.doubles().between(1e-6, 1e7).ofScale(6),
        finiteDoubles().map(Math::abs).filter(d -> d > 0));
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), instruments,
        Arbitraries.of(Side.class), positive, Arbitraries.of(OrderType.class), positive, positive,
        Arbitraries.of(TimeInForce.class)).flatAs((id, instrument, side, quantity, type, limit, stop, tif) ->
        instants().map(created -> new OrderRequest(id, instrument, side, quantity, type,
            type.hasLimitPrice() ? limit : Double.NaN, type.hasStopPrice() ? stop : Double.NaN, tif, "strat",
            created)));
  }

  @Provide
  Arbitrary<JournalRecord> records() {
    Arbitrary<JournalRecord> decisions = Combinators.combine(texts(), texts().list().ofMaxSize(4),
        Arbitraries.oneOf(Arbitraries.doubles().between(0, 1).ofScale(6), Arbitraries.just(Double.NaN)),
        instants(),
        Arbitraries.integers().between(0, 2), texts())
        .as((action, codes, confidence, time, review, why) -> {
          List<String> reasons = codes.stream().map(c -> "R" + c).toList();
          Decision d = new Decision("strat", "ORCL", "o-" + review, "A" + action, reasons, confidence, time,
              null);
          return review == 0 ? d : d.withReview(new HumanReview("who" + why, review == 1, why, time));
        });
    Arbitrary<JournalRecord> submitted = Combinators.combine(texts(), orders()).as(OrderSubmitted::new);
    Arbitrary<JournalRecord> replaced = Combinators.combine(orders(), instants(),
        Arbitraries.longs().between(0, Long.MAX_VALUE)).as((o, t, s) -> new OrderReplaced("b", s, o, t));
    Arbitrary<JournalRecord> changed = Combinators.combine(Arbitraries.of(OrderStatus.class),
        Arbitraries.of(OrderStatus.class), texts(), Arbitraries.doubles().between(0, 1e6).ofScale(6),
        instants())
        .as((from, to, reason, filled, time) -> new StatusChanged("b", 9, "o-1", from, to, reason, "B-1",
            filled, filled > 0 ? filled : Double.NaN, time));
    Arbitrary<JournalRecord> fills = Combinators.combine(orders(),
        Arbitraries.doubles().between(1e-6, 1e6).ofScale(6),
        Arbitraries.doubles().between(-10, 10).ofScale(6), instants())
        .as((o, px, fee, t) -> new FillRecorded("b", 1, Fill.of(o, o.quantity(), px, fee, t)));
    Arbitrary<JournalRecord> notes = texts().map(Note::new);
    return Arbitraries.oneOf(decisions, submitted, replaced, changed, fills, notes);
  }

  @Property(tries = 200)
  void everyRecordRoundTrips(@ForAll("records") JournalRecord record, @ForAll("instants") Instant time)
      throws Exception {
    JournalEntry entry = roundTrip(42, time, record);
    assertEquals(new JournalEntry(42, time, record), entry);
  }

  @Property(tries = 200)
  void everySingleByteChangeIsDetected(@ForAll("records") JournalRecord record,
      @ForAll @IntRange(min = 0, max = 1_000_000) int where,
      @ForAll @IntRange(min = 1, max = 255) int delta) {
    byte[] line = RecordCodec.encodeLine(5, T0, record);
    byte[] damaged = Arrays.copyOf(line, line.length - 1);
    int at = where % damaged.length;
    damaged[at] = (byte) (damaged[at] + delta);
    // CRC32C detects every error burst of up to 32 bits, so a one-byte change can never pass.
    assertThrows(RecordCodec.MalformedLineException.class, () -> RecordCodec.decodeLine(damaged,
        damaged.length));
  }
}
