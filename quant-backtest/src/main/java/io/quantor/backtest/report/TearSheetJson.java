package io.quantor.backtest.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quantor.backtest.metrics.Trade;
import io.quantor.backtest.validation.BootstrapInterval;
import io.quantor.backtest.walkforward.WalkForwardResult;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Writes a {@link TearSheet}'s results as JSON with Jackson. Records of the metrics package are written
 * component by component; {@code NaN} and infinite doubles become {@code null} and an {@link Optional}
 * its value or {@code null}, so the output is strict JSON that any parser reads.
 */
final class TearSheetJson {

  /** Configured once and never changed afterwards; Jackson mappers are thread-safe for writing. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new SimpleModule("quantor-report")
          .addSerializer(Double.class, new FiniteOrNull(Double.class))
          .addSerializer(double.class, new FiniteOrNull(double.class))
          .addSerializer(new OptionalOrNull()))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .addMixIn(Trade.class, TradeProperties.class)
      .build();

  private TearSheetJson() {
  }

  static String write(TearSheet sheet) {
    ObjectNode root = MAPPER.createObjectNode();
    DailyReturns daily = sheet.daily();
    root.put("title", sheet.title());
    root.put("zone", sheet.zone().getId());
    root.put("periodsPerYear", sheet.periodsPerYear());
    root.put("riskFreePerPeriod", 0.0);
    root.put("baseDate", sheet.baseDate().toString());
    root.put("firstDate", daily.dates()[0].toString());
    root.put("lastDate", daily.dates()[daily.size() - 1].toString());
    root.put("bars", daily.bars());
    root.put("returns", daily.size());
    root.put("benchmark", sheet.benchmarkName().orElse(null));
    root.set("metrics", tree(sheet.metrics()));
    root.set("benchmarkMetrics", tree(sheet.benchmarkMetrics()));
    ObjectNode years = root.putObject("years");
    sheet.years().forEach((year, m) -> years.set(Integer.toString(year), tree(m)));
    root.set("monthlyReturns", monthly(sheet.monthly()));
    root.set("benchmarkMonthlyReturns", sheet.benchmarkMonthly().map(TearSheetJson::monthly)
        .orElse(null));
    ArrayNode drawdowns = root.putArray("drawdowns");
    for (DatedDrawdown d : sheet.drawdowns()) {
      ObjectNode node = (ObjectNode) tree(d.drawdown());
      node.put("peakDate", d.peakDate().toString());
      node.put("troughDate", d.troughDate().toString());
      node.put("recoveryDate", d.recoveryDate().map(Object::toString).orElse(null));
      node.put("durationBars", d.drawdown().durationBars());
      drawdowns.add(node);
    }
    root.set("walkForward", sheet.walkForward().map(TearSheetJson::walkForward).orElse(null));
    root.set("tradeStatistics", tree(sheet.tradeStatistics()));
    root.set("trades", tree(sheet.trades()));
    root.set("validation", sheet.validation().map(TearSheetJson::validation).orElse(null));
    ArrayNode sections = root.putArray("sections");
    for (TextSection s : sheet.sections()) {
      sections.addObject().put("heading", s.heading()).put("text", s.text());
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the tear sheet as JSON", e);
    }
  }

  private static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  private static JsonNode monthly(NavigableMap<YearMonth, Double> months) {
    ObjectNode node = MAPPER.createObjectNode();
    for (Map.Entry<YearMonth, Double> e : months.entrySet()) {
      node.set(e.getKey().toString(), tree(e.getValue()));
    }
    return node;
  }

  /** The walk-forward result in its own JSON format, so {@link WalkForwardResult#fromJson} reads it. */
  private static JsonNode walkForward(WalkForwardResult result) {
    try {
      return MAPPER.readTree(result.toJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read the walk-forward result's JSON", e);
    }
  }

  private static JsonNode validation(ValidationSummary v) {
    ObjectNode node = MAPPER.createObjectNode();
    node.set("probabilisticSharpe", tree(v.probabilisticSharpe()));
    node.set("deflatedSharpe", tree(v.deflatedSharpe()));
    node.put("trials", v.trials());
    node.set("pbo", tree(v.pbo()));
    // The interval without its bootstrap distribution (thousands of numbers the page does not show).
    Optional<BootstrapInterval> ci = v.sharpeInterval();
    node.set("sharpeInterval", ci.map(i -> (JsonNode) MAPPER.createObjectNode()
        .<ObjectNode>set("estimate", tree(i.estimate()))
        .<ObjectNode>set("lower", tree(i.lower()))
        .<ObjectNode>set("upper", tree(i.upper()))
        .put("confidence", i.confidence())
        .put("resamples", i.resamples())
        .<ObjectNode>set("standardError", tree(i.standardError()))).orElse(null));
    return node;
  }

  /** Leaves out {@link Trade#isLong()}, which Jackson would take for a property next to {@code side}. */
  @JsonIgnoreProperties({"long"})
  private abstract static class TradeProperties {
  }

  /** Writes a finite double as a number and NaN or an infinity as {@code null}. */
  private static final class FiniteOrNull extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    FiniteOrNull(Class<Double> type) {
      super(type);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (Double.isFinite(value)) {
        gen.writeNumber(value);
      } else {
        gen.writeNull();
      }
    }
  }

  /** Writes an {@link Optional}'s value, or {@code null} when it is empty. */
  @SuppressWarnings("rawtypes")
  private static final class OptionalOrNull extends StdSerializer<Optional> {
    private static final long serialVersionUID = 1L;

    OptionalOrNull() {
      super(Optional.class);
    }

    @Override
    public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isPresent()) {
        provider.defaultSerializeValue(value.get(), gen);
      } else {
        gen.writeNull();
      }
    }
  }
}
