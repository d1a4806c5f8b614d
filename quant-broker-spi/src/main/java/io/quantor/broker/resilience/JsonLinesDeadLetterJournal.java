package io.quantor.broker.resilience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantor.broker.BrokerException;
import io.quantor.core.io.DataFormatException;
import io.quantor.core.trade.AssetClass;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A dead-letter journal in a file, one JSON object a line (JSON Lines, UTF-8), appended to and never
 * rewritten. Each entry is written and flushed to the operating system at once (dead letters are rare;
 * losing one in a crash would be worse than the cost); the file is not forced to disk ({@code fsync}).
 * Thread-safe.
 *
 * <p><b>Format</b> (one line per entry, fields in this order; prices a type does not use are
 * {@code null}, as is a missing underlying; times are ISO-8601 UTC text):
 * <pre>{@code
 * {"time":"2024-06-03T14:00:05Z","code":"UNAVAILABLE","attempts":4,"message":"UNAVAILABLE: timeout",
 *  "order":{"clientOrderId":"o-1","symbol":"ORCL","assetClass":"STOCK","multiplier":1.0,
 *  "underlying":null,"side":"BUY","quantity":100.0,"type":"LIMIT","limitPrice":41.2,"stopPrice":null,
 *  "timeInForce":"DAY","strategyId":"default","createdAt":"2024-06-03T14:00:00Z"}}
 * }</pre>
 * (shown wrapped; in the file each entry is one line). Unknown fields are ignored when reading, so a later
 * version may add some.
 *
 * <pre>{@code
 * try (JsonLinesDeadLetterJournal letters = JsonLinesDeadLetterJournal.open(Path.of("dead-letters.jsonl"))) {
 *   Broker broker = ResilientBroker.builder(delegate).deadLetters(letters).build();
 *   ...
 * }
 * List<DeadLetter> failed = JsonLinesDeadLetterJournal.readAll(Path.of("dead-letters.jsonl"));
 * }</pre>
 */
public final class JsonLinesDeadLetterJournal implements DeadLetterJournal, AutoCloseable {

  private final Path file;
  private final ObjectMapper mapper = new ObjectMapper();
  // Guarded by "this".
  private BufferedWriter out;

  private JsonLinesDeadLetterJournal(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  /**
   * Opens a journal file for appending, creating it (not its folder) if missing.
   *
   * @param file the file
   * @return the journal
   * @throws UncheckedIOException if the file cannot be opened
   * @throws IllegalArgumentException if {@code file} is null
   */
  public static JsonLinesDeadLetterJournal open(Path file) {
    Arguments.notNull(file, "file");
    try {
      return new JsonLinesDeadLetterJournal(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open dead-letter journal " + file, e);
    }
  }

  /**
   * The journal's file.
   *
   * @return the path
   */
  public Path file() {
    return file;
  }

  /**
   * Writes one line and flushes it.
   *
   * @param letter the entry, not null
   * @throws UncheckedIOException if writing fails
   * @throws IllegalStateException if the journal is closed
   */
  @Override
  public synchronized void append(DeadLetter letter) {
    Arguments.notNull(letter, "letter");
    if (out == null) {
      throw new IllegalStateException("dead-letter journal " + file + " is closed");
    }
    try {
      out.write(mapper.writeValueAsString(toJson(mapper, letter)));
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write dead-letter journal " + file, e);
    }
  }

  /**
   * Flushes (entries are flushed as they are appended, so this has nothing left to do unless a write
   * failed half-way). Does nothing once closed.
   *
   * @throws IOException if flushing fails
   */
  @Override
  public synchronized void flush() throws IOException {
    if (out != null) {
      out.flush();
    }
  }

  /**
   * Closes the file. Idempotent.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public synchronized void close() {
    if (out == null) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close dead-letter journal " + file, e);
    } finally {
      out = null;
    }
  }

  /**
   * Reads every entry of a journal file. Blank lines are skipped; anything else that is not a complete
   * entry fails the whole read (nothing is returned half-loaded), including a line cut short by a crash.
   *
   * @param file the file
   * @return the entries in file order
   * @throws DataFormatException naming the file, the line and the field if an entry is malformed
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<DeadLetter> readAll(Path file) {
    Arguments.notNull(file, "file");
    ObjectMapper mapper = new ObjectMapper();
    List<DeadLetter> letters = new ArrayList<>();
    String source = file.toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (!line.isBlank()) {
          letters.add(parse(mapper, line, source, lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dead-letter journal " + file, e);
    }
    return List.copyOf(letters);
  }

  private static ObjectNode toJson(ObjectMapper mapper, DeadLetter letter) {
    ObjectNode root = mapper.createObjectNode();
    root.put("time", letter.time().toString());
    root.put("code", letter.code().name());
    root.put("attempts", letter.attempts());
    root.put("message", letter.message());
    OrderRequest o = letter.order();
    ObjectNode order = root.putObject("order");
    order.put("clientOrderId", o.clientOrderId());
    order.put("symbol", o.instrument().symbol());
    order.put("assetClass", o.instrument().assetClass().name());
    order.put("multiplier", o.instrument().multiplier());
    order.put("underlying", o.instrument().underlying());
    order.put("side", o.side().name());
    order.put("quantity", o.quantity());
    order.put("type", o.type().name());
    putPrice(order, "limitPrice", o.limitPrice());
    putPrice(order, "stopPrice", o.stopPrice());
    order.put("timeInForce", o.timeInForce().name());
    order.put("strategyId", o.strategyId());
    order.put("createdAt", o.createdAt().toString());
    return root;
  }

  private static void putPrice(ObjectNode node, String name, double price) {
    if (Double.isNaN(price)) {
      node.putNull(name);
    } else {
      node.put(name, price);
    }
  }

  private static DeadLetter parse(ObjectMapper mapper, String line, String source, long lineNumber) {
    JsonNode root;
    try {
      root = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new DataFormatException(source, lineNumber, null, "not a JSON object: "
          + e.getOriginalMessage(), e);
    }
    Fields f = new Fields(source, lineNumber);
    if (root == null || !root.isObject()) {
      throw new DataFormatException(source, lineNumber, null, "not a JSON object");
    }
    JsonNode order = root.get("order");
    if (order == null || !order.isObject()) {
      throw new DataFormatException(source, lineNumber, "order", "missing or not an object");
    }
    try {
      Instrument instrument = new Instrument(f.text(order, "symbol"),
          f.enumValue(order, "assetClass", AssetClass.class), f.number(order, "multiplier"),
          f.optionalText(order, "underlying"));
      OrderRequest request = new OrderRequest(f.text(order, "clientOrderId"), instrument,
          f.enumValue(order, "side", Side.class), f.number(order, "quantity"),
          f.enumValue(order, "type", OrderType.class), f.price(order, "limitPrice"),
          f.price(order, "stopPrice"), f.enumValue(order, "timeInForce", TimeInForce.class),
          f.text(order, "strategyId"), f.instant(order, "createdAt"));
      JsonNode attempts = root.get("attempts");
      if (attempts == null || !attempts.canConvertToInt() || !attempts.isIntegralNumber()) {
        throw new DataFormatException(source, lineNumber, "attempts", "missing or not an integer");
      }
      return new DeadLetter(request, f.enumValue(root, "code", BrokerException.Code.class),
          f.text(root, "message"), attempts.intValue(), f.instant(root, "time"));
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(source, lineNumber, null, "invalid entry: " + e.getMessage(), e);
    }
  }

  /** Reads typed fields of one line, failing with the line and field name. */
  private static final class Fields {
    private final String source;
    private final long line;

    Fields(String source, long line) {
      this.source = source;
      this.line = line;
    }

    String text(JsonNode node, String name) {
      JsonNode v = node.get(name);
      if (v == null || !v.isTextual()) {
        throw new DataFormatException(source, line, name, "missing or not a string");
      }
      return v.textValue();
    }

    String optionalText(JsonNode node, String name) {
      JsonNode v = node.get(name);
      return v == null || v.isNull() ? null : text(node, name);
    }

    double number(JsonNode node, String name) {
      JsonNode v = node.get(name);
      if (v == null || !v.isNumber()) {
        throw new DataFormatException(source, line, name, "missing or not a number");
      }
      return v.doubleValue();
    }

    double price(JsonNode node, String name) {
      JsonNode v = node.get(name);
      if (v == null) {
        throw new DataFormatException(source, line, name, "missing (null for none)");
      }
      return v.isNull() ? Double.NaN : number(node, name);
    }

    Instant instant(JsonNode node, String name) {
      String t = text(node, name);
      try {
        return Instant.parse(t);
      } catch (DateTimeParseException e) {
        throw new DataFormatException(source, line, name, "not an ISO-8601 instant: '" + t + "'", e);
      }
    }

    <E extends Enum<E>> E enumValue(JsonNode node, String name, Class<E> type) {
      String t = text(node, name);
      try {
        return Enum.valueOf(type, t);
      } catch (IllegalArgumentException e) {
        throw new DataFormatException(source, line, name, "unknown " + type.getSimpleName() + " '" + t + "'",
            e);
      }
    }
  }
}
