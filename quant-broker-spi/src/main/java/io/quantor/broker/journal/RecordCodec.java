package io.quantor.broker.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quantor.broker.OrderStatus;
import io.quantor.core.trade.AssetClass;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The journal's line format, mapped by hand between records and Jackson trees so the file format is
 * written down here and does not change with a record's shape or a Jackson default.
 *
 * <p>A line is {@code {"seq":N,"time":"ISO-8601","kind":"KIND","payload":{...},"crc":"xxxxxxxx"}} and a
 * newline. The checksum is the CRC32C of the line's UTF-8 bytes before {@code ,"crc":} (the record
 * without its checksum member and closing brace), as eight lower-case hex digits: the bytes as written,
 * so checking it never depends on re-serialising.
 *
 * <p>Doubles are written by Jackson as the shortest decimal that {@link Double#parseDouble} maps back to
 * the same value ({@link Double#toString(double)}), so they round-trip bit for bit; a price or average
 * that is {@code NaN} (a market order's limit price, an unfilled order's average) is written as
 * {@code null}. Instants are ISO-8601 text ({@link Instant#toString()}), exact to the nanosecond.
 */
final class RecordCodec {

  /** The bytes between the record and its checksum's hex digits. */
  private static final byte[] CRC_PREFIX = ",\"crc\":\"".getBytes(StandardCharsets.US_ASCII);
  /** {@code ,"crc":"} + 8 hex digits + {@code "}}. */
  private static final int CRC_SUFFIX_LENGTH = CRC_PREFIX.length + 8 + 2;

  // ObjectReader and ObjectWriter are immutable and thread-safe.
  private static final ObjectReader READER;
  private static final ObjectWriter WRITER;

  static {
    JsonMapper mapper = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    READER = mapper.reader();
    WRITER = mapper.writer();
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RecordCodec() {
  }

  /** A line that cannot be read; {@link #sequence} is what it claims if that could be read, else -1. */
  static final class MalformedLineException extends Exception {
    private static final long serialVersionUID = 1L;
    final long sequence;

    MalformedLineException(String message, long sequence) {
      super(message);
      this.sequence = sequence;
    }
  }

  /** Encodes a record as one line, newline included. */
  static byte[] encodeLine(long sequence, Instant time, JournalRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    ascii(out, "{\"seq\":" + sequence + ",\"time\":\"" + time + "\",\"kind\":\"" + record.kind().name()
        + "\",\"payload\":");
    try {
      out.write(WRITER.writeValueAsBytes(payload(record)));
    } catch (IOException e) {
      // Writing a tree of strings and numbers into memory cannot fail.
      throw new IllegalStateException("cannot serialise " + record.kind(), e);
    }
    CRC32C crc = new CRC32C();
    crc.update(out.toByteArray());
    ascii(out, ",\"crc\":\"" + hex(crc.getValue()) + "\"}\n");
    return out.toByteArray();
  }

  private static void ascii(ByteArrayOutputStream out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
  }

  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

  /** Eight lower-case hex digits; by hand, since String.format costs more than the checksum. */
  private static String hex(long crc) {
    byte[] digits = new byte[8];
    for (int i = 7; i >= 0; i--) {
      digits[i] = HEX_DIGITS[(int) (crc & 0xf)];
      crc >>>= 4;
    }
    return new String(digits, StandardCharsets.ISO_8859_1);
  }

  private static boolean isLowerHex(String text) {
    if (text.length() != 8) {
      return false;
    }
    for (int i = 0; i < 8; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes one line, without its newline.
   *
   * @throws MalformedLineException if the checksum, the JSON or a record's fields are wrong
   */
  static JournalEntry decodeLine(byte[] bytes, int length) throws MalformedLineException {
    if (length < CRC_SUFFIX_LENGTH + 2) {
      throw new MalformedLineException("line too short (" + length + " bytes)", claimedSequence(bytes,
          length));
    }
    int crcStart = length - CRC_SUFFIX_LENGTH;
    for (int i = 0; i < CRC_PREFIX.length; i++) {
      if (bytes[crcStart + i] != CRC_PREFIX[i]) {
        throw new MalformedLineException("no checksum at the end of the line",
            claimedSequence(bytes, length));
      }
    }
    String written = new String(bytes, crcStart + CRC_PREFIX.length, 8, StandardCharsets.ISO_8859_1);
    if (bytes[length - 2] != '"' || bytes[length - 1] != '}' || !isLowerHex(written)) {
      throw new MalformedLineException("malformed checksum", claimedSequence(bytes, length));
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, crcStart);
    String computed = hex(crc.getValue());
    if (!computed.equals(written)) {
      throw new MalformedLineException("checksum mismatch: line says " + written + ", bytes give "
          + computed, claimedSequence(bytes, length));
    }
    JsonNode root;
    try {
      root = READER.readTree(bytes, 0, length);
    } catch (IOException e) {
      throw new MalformedLineException("not JSON: " + firstLine(e), -1);
    }
    long sequence = -1;
    try {
      Node line = Node.of(root, "line");
      if (root.size() != 5) {
        throw new IllegalArgumentException("line must have the members seq, time, kind, payload and crc");
      }
      sequence = line.integer("seq");
      Instant time = line.instant("time");
      JournalRecord.Kind kind = line.enumValue("kind", JournalRecord.Kind.class);
      JournalRecord record = record(kind, line.object("payload"));
      if (!written.equals(line.text("crc"))) {
        throw new IllegalArgumentException("crc member differs from the checksum");
      }
      return new JournalEntry(sequence, time, record);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new MalformedLineException("bad record: " + e.getMessage(), sequence);
    }
  }

  private static String firstLine(IOException e) {
    String message = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
        : e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }

  /** The sequence number a damaged line claims, for the problem report, or -1. */
  static long claimedSequence(byte[] bytes, int length) {
    byte[] prefix = "{\"seq\":".getBytes(StandardCharsets.US_ASCII);
    if (length < prefix.length + 1) {
      return -1;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return -1;
      }
    }
    long value = 0;
    int i = prefix.length;
    while (i < length && i < prefix.length + 18 && bytes[i] >= '0' && bytes[i] <= '9') {
      value = value * 10 + (bytes[i] - '0');
      i++;
    }
    return i > prefix.length && i < length && bytes[i] == ',' ? value : -1;
  }

  // ---- records to trees ----

  static ObjectNode payload(JournalRecord record) {
    ObjectNode n = NODES.objectNode();
    if (record instanceof Decision) {
      Decision d = (Decision) record;
      n.put("strategyId", d.strategyId());
      n.put("symbol", d.symbol());
      n.put("clientOrderId", d.clientOrderId());
      n.put("action", d.action());
      ArrayNode codes = n.putArray("reasonCodes");
      d.reasonCodes().forEach(codes::add);
      putNullable(n, "confidence", d.confidence());
      n.put("time", d.time().toString());
      if (d.humanReview() == null) {
        n.putNull("review");
      } else {
        HumanReview r = d.humanReview();
        ObjectNode review = n.putObject("review");
        review.put("who", r.who());
        review.put("approved", r.approved());
        review.put("why", r.why());
        review.put("time", r.time().toString());
      }
    } else if (record instanceof OrderSubmitted) {
      OrderSubmitted s = (OrderSubmitted) record;
      n.put("broker", s.broker());
      n.set("order", order(s.order()));
    } else if (record instanceof StatusChanged) {
      StatusChanged c = (StatusChanged) record;
      n.put("broker", c.broker());
      n.put("brokerSeq", c.brokerSequence());
      n.put("clientOrderId", c.clientOrderId());
      n.put("from", c.from().name());
      n.put("to", c.to().name());
      n.put("reason", c.reason());
      n.put("brokerOrderId", c.brokerOrderId());
      n.put("filledQuantity", c.filledQuantity());
      putNullable(n, "averageFillPrice", c.averageFillPrice());
      n.put("time", c.time().toString());
    } else if (record instanceof FillRecorded) {
      FillRecorded f = (FillRecorded) record;
      n.put("broker", f.broker());
      n.put("brokerSeq", f.brokerSequence());
      n.set("fill", fill(f.fill()));
    } else if (record instanceof OrderReplaced) {
      OrderReplaced r = (OrderReplaced) record;
      n.put("broker", r.broker());
      n.put("brokerSeq", r.brokerSequence());
      n.set("replacement", order(r.replacement()));
      n.put("time", r.time().toString());
    } else {
      n.put("text", ((Note) record).text());
    }
    return n;
  }

  static ObjectNode instrument(Instrument i) {
    ObjectNode n = NODES.objectNode();
    n.put("symbol", i.symbol());
    n.put("assetClass", i.assetClass().name());
    n.put("multiplier", i.multiplier());
    if (i.underlying() == null) {
      n.putNull("underlying");
    } else {
      n.put("underlying", i.underlying());
    }
    return n;
  }

  static ObjectNode order(OrderRequest o) {
    ObjectNode n = NODES.objectNode();
    n.put("clientOrderId", o.clientOrderId());
    n.set("instrument", instrument(o.instrument()));
    n.put("side", o.side().name());
    n.put("quantity", o.quantity());
    n.put("type", o.type().name());
    putNullable(n, "limitPrice", o.limitPrice());
    putNullable(n, "stopPrice", o.stopPrice());
    n.put("timeInForce", o.timeInForce().name());
    n.put("strategyId", o.strategyId());
    n.put("createdAt", o.createdAt().toString());
    return n;
  }

  static ObjectNode fill(Fill f) {
    ObjectNode n = NODES.objectNode();
    n.put("orderId", f.orderId());
    n.set("instrument", instrument(f.instrument()));
    n.put("side", f.side().name());
    n.put("quantity", f.quantity());
    n.put("price", f.price());
    n.put("fees", f.fees());
    n.put("time", f.time().toString());
    return n;
  }

  private static void putNullable(ObjectNode n, String name, double value) {
    if (Double.isNaN(value)) {
      n.putNull(name);
    } else {
      n.put(name, value);
    }
  }

  // ---- trees to records ----

  static JournalRecord record(JournalRecord.Kind kind, Node p) {
    switch (kind) {
      case DECISION: {
        List<String> codes = new ArrayList<>();
        for (Iterator<JsonNode> it = p.array("reasonCodes"); it.hasNext(); ) {
          JsonNode code = it.next();
          if (!code.isTextual()) {
            throw new IllegalArgumentException("reasonCodes must hold strings, found " + code.getNodeType());
          }
          codes.add(code.textValue());
        }
        HumanReview review = null;
        if (!p.isNull("review")) {
          Node r = p.object("review");
          review = new HumanReview(r.text("who"), r.bool("approved"), r.text("why"), r.instant("time"));
        }
        return new Decision(p.text("strategyId"), p.text("symbol"), p.text("clientOrderId"),
            p.text("action"), codes, p.nullableNumber("confidence"), p.instant("time"), review);
      }
      case ORDER_SUBMITTED:
        return new OrderSubmitted(p.text("broker"), order(p.object("order")));
      case STATUS_CHANGED:
        return new StatusChanged(p.text("broker"), p.integer("brokerSeq"), p.text("clientOrderId"),
            p.enumValue("from", OrderStatus.class), p.enumValue("to", OrderStatus.class), p.text("reason"),
            p.text("brokerOrderId"), p.number("filledQuantity"), p.nullableNumber("averageFillPrice"),
            p.instant("time"));
      case FILL:
        return new FillRecorded(p.text("broker"), p.integer("brokerSeq"), fill(p.object("fill")));
      case ORDER_REPLACED:
        return new OrderReplaced(p.text("broker"), p.integer("brokerSeq"), order(p.object("replacement")),
            p.instant("time"));
      default:
        return new Note(p.text("text"));
    }
  }

  static Instrument instrument(Node n) {
    return new Instrument(n.text("symbol"), n.enumValue("assetClass", AssetClass.class),
        n.number("multiplier"), n.isNull("underlying") ? null : n.text("underlying"));
  }

  static OrderRequest order(Node n) {
    return new OrderRequest(n.text("clientOrderId"), instrument(n.object("instrument")),
        n.enumValue("side", Side.class), n.number("quantity"), n.enumValue("type", OrderType.class),
        n.nullableNumber("limitPrice"), n.nullableNumber("stopPrice"),
        n.enumValue("timeInForce", TimeInForce.class), n.text("strategyId"), n.instant("createdAt"));
  }

  static Fill fill(Node n) {
    return new Fill(n.text("orderId"), instrument(n.object("instrument")), n.enumValue("side", Side.class),
        n.number("quantity"), n.number("price"), n.number("fees"), n.instant("time"));
  }

  /** Reads required members of one JSON object, failing with the member's path. */
  static final class Node {
    private final JsonNode node;
    private final String path;

    private Node(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    static Node of(JsonNode node, String path) {
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException(path + " must be an object");
      }
      return new Node(node, path);
    }

    private JsonNode member(String name) {
      JsonNode value = node.get(name);
      if (value == null) {
        throw new IllegalArgumentException(path + "." + name + " is missing");
      }
      return value;
    }

    private IllegalArgumentException wrong(String name, String expected, JsonNode value) {
      return new IllegalArgumentException(path + "." + name + " must be " + expected + ", was "
          + value.getNodeType());
    }

    boolean isNull(String name) {
      return member(name).isNull();
    }

    Node object(String name) {
      return of(member(name), path + "." + name);
    }

    Iterator<JsonNode> array(String name) {
      JsonNode value = member(name);
      if (!value.isArray()) {
        throw wrong(name, "an array", value);
      }
      return value.elements();
    }

    String text(String name) {
      JsonNode value = member(name);
      if (!value.isTextual()) {
        throw wrong(name, "a string", value);
      }
      return value.textValue();
    }

    boolean bool(String name) {
      JsonNode value = member(name);
      if (!value.isBoolean()) {
        throw wrong(name, "a boolean", value);
      }
      return value.booleanValue();
    }

    double number(String name) {
      JsonNode value = member(name);
      if (!value.isNumber()) {
        throw wrong(name, "a number", value);
      }
      return value.doubleValue();
    }

    double nullableNumber(String name) {
      return isNull(name) ? Double.NaN : number(name);
    }

    long integer(String name) {
      JsonNode value = member(name);
      if (!value.isIntegralNumber() || !value.canConvertToLong()) {
        throw wrong(name, "an integer", value);
      }
      return value.longValue();
    }

    Instant instant(String name) {
      return Instant.parse(text(name));
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
      String text = text(name);
      try {
        return Enum.valueOf(type, text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + "." + name + " is not a " + type.getSimpleName() + ": "
            + text, e);
      }
    }
  }
}
