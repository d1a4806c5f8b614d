package io.quantor.broker.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.BrokerException;
import io.quantor.broker.BrokerException.Code;
import io.quantor.core.io.DataFormatException;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterJournalTest {

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");

  @TempDir
  Path dir;

  private static final OrderRequest LIMIT = OrderRequest.limit("o-1", Instrument.stock("ORCL"), Side.BUY,
      100, 41.2, T0);
  private static final OrderRequest STOP_LIMIT = OrderRequest.stopLimit("o-2",
      Instrument.option("ORCL  241220C00170000", "ORCL"), Side.SELL, 3, 2.5, 2.4, T0.plusSeconds(1))
      .withTimeInForce(TimeInForce.GTC).withStrategyId("hedge");
  private static final OrderRequest MARKET = OrderRequest.market("o-3", Instrument.future("ESZ4", "SPX", 50),
      Side.BUY, 0.5, T0.plusMillis(1500));

  @Test
  void writesOneDocumentedLinePerEntry() throws IOException {
    Path file = dir.resolve("dead.jsonl");
    try (JsonLinesDeadLetterJournal j = JsonLinesDeadLetterJournal.open(file)) {
      j.append(new DeadLetter(LIMIT, Code.UNAVAILABLE, "UNAVAILABLE: timeout", 4, T0.plusSeconds(5)));
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(List.of("{\"time\":\"2024-06-03T14:00:05Z\",\"code\":\"UNAVAILABLE\",\"attempts\":4,"
        + "\"message\":\"UNAVAILABLE: timeout\",\"order\":{\"clientOrderId\":\"o-1\",\"symbol\":\"ORCL\","
        + "\"assetClass\":\"STOCK\",\"multiplier\":1.0,\"underlying\":null,\"side\":\"BUY\","
        + "\"quantity\":100.0,\"type\":\"LIMIT\",\"limitPrice\":41.2,\"stopPrice\":null,"
        + "\"timeInForce\":\"DAY\",\"strategyId\":\"default\",\"createdAt\":\"2024-06-03T14:00:00Z\"}}"),
        lines);
  }

  @Test
  void roundTripsEveryOrderShapeAndAppendsAcrossReopening() {
    Path file = dir.resolve("dead.jsonl");
    DeadLetter a = new DeadLetter(LIMIT, Code.UNAVAILABLE, "UNAVAILABLE: timeout", 4, T0.plusSeconds(5));
    DeadLetter b = new DeadLetter(STOP_LIMIT, Code.REJECTED, "REJECTED: \"no\"\nsecond line \u00e9", 1,
        T0.plusSeconds(6));
    DeadLetter c = DeadLetter.of(MARKET, new IllegalStateException("adapter bug"), 0, T0.plusNanos(7));
    try (JsonLinesDeadLetterJournal j = JsonLinesDeadLetterJournal.open(file)) {
      j.append(a);
      j.append(b);
    }
    try (JsonLinesDeadLetterJournal j = JsonLinesDeadLetterJournal.open(file)) {
      j.append(c);
    }
    List<DeadLetter> read = JsonLinesDeadLetterJournal.readAll(file);
    assertEquals(List.of(a, b, c), read);
    assertEquals(Code.UNKNOWN, read.get(2).code());
    assertEquals("java.lang.IllegalStateException: adapter bug", read.get(2).message());
  }

  @Test
  void deadLetterOfABrokerExceptionKeepsCodeAndMessage() {
    DeadLetter d = DeadLetter.of(LIMIT, new BrokerException(Code.AUTH, "key revoked"), 1, T0);
    assertEquals(Code.AUTH, d.code());
    assertEquals("AUTH: key revoked", d.message());
  }

  @Test
  void skipsBlankLinesAndIgnoresUnknownFields() throws IOException {
    Path file = dir.resolve("dead.jsonl");
    DeadLetter a = new DeadLetter(LIMIT, Code.UNAVAILABLE, "m", 2, T0);
    try (JsonLinesDeadLetterJournal j = JsonLinesDeadLetterJournal.open(file)) {
      j.append(a);
    }
    String line = Files.readAllLines(file).get(0).replace("{\"time\"", "{\"extra\":[1,2],\"time\"");
    Files.writeString(file, "\n" + line + "\n   \n");
    assertEquals(List.of(a), JsonLinesDeadLetterJournal.readAll(file));
  }

  @Test
  void malformedEntriesNameTheLineAndField() throws IOException {
    Path file = dir.resolve("dead.jsonl");
    try (JsonLinesDeadLetterJournal j = JsonLinesDeadLetterJournal.open(file)) {
      j.append(new DeadLetter(LIMIT, Code.UNAVAILABLE, "m", 2, T0));
    }
    String good = Files.readAllLines(file).get(0);
    assertReadFails(file, good + "\n" + good.replace("\"BUY\"", "\"HOLD\""),
        "line 2, column 'side': unknown Side 'HOLD'");
    assertReadFails(file, good.replace("\"attempts\":2", "\"attempts\":2.5"),
        "line 1, column 'attempts': missing or not an integer");
    assertReadFails(file, good.replace("\"2024-06-03T14:00:00Z\"}}", "\"yesterday\"}}"),
        "line 1, column 'createdAt': not an ISO-8601 instant: 'yesterday'");
    assertReadFails(file, good.replace("\"quantity\":100.0", "\"quantity\":-1"),
        "line 1: invalid entry: quantity must be finite and > 0, was -1.0");
    assertReadFails(file, good.substring(0, good.length() / 2), "line 1: not a JSON object");
    assertReadFails(file, "[1]", "line 1: not a JSON object");
  }

  private static void assertReadFails(Path file, String content, String expected) throws IOException {
    Files.writeString(file, content);
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> JsonLinesDeadLetterJournal.readAll(file));
    assertTrue(e.getMessage().startsWith(file + ": " + expected), e.getMessage());
  }

  @Test
  void closedJournalRefusesEntriesAndClosesOnce() {
    JsonLinesDeadLetterJournal j = JsonLinesDeadLetterJournal.open(dir.resolve("x.jsonl"));
    j.close();
    j.close();
    assertThrows(IllegalStateException.class, () -> j.append(new DeadLetter(LIMIT, Code.AUTH, "m", 1, T0)));
  }

  @Test
  void inMemoryKeepsOrder() {
    InMemoryDeadLetterJournal j = new InMemoryDeadLetterJournal();
    DeadLetter a = new DeadLetter(LIMIT, Code.UNAVAILABLE, "a", 1, T0);
    DeadLetter b = new DeadLetter(MARKET, Code.REJECTED, "b", 1, T0);
    j.append(a);
    j.append(b);
    j.flush();
    assertEquals(List.of(a, b), j.entries());
  }

  @Test
  void rejectsInvalidEntries() {
    RetryPolicyTest.assertMessage("attempts must be >= 0, was -1",
        () -> new DeadLetter(LIMIT, Code.AUTH, "m", -1, T0));
    RetryPolicyTest.assertMessage("order must not be null",
        () -> new DeadLetter(null, Code.AUTH, "m", 1, T0));
  }
}
