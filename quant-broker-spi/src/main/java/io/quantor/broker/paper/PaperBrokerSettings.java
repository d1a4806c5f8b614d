package io.quantor.broker.paper;

import io.quantor.broker.BrokerCapabilities;
import io.quantor.broker.BrokerConfig;
import io.quantor.broker.sim.CommissionModel;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.LimitFillRule;
import io.quantor.broker.sim.ParticipationCapScope;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.series.SessionCalendar;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.TimeInForce;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a {@link PaperBroker} behaves: its account, its capabilities, its trading-day convention and the
 * {@link ExecutionSimulator} that fills its orders. Immutable. Build it from string settings with
 * {@link #of(BrokerConfig)} (the keys are listed there and in the package documentation), or with the
 * canonical constructor to pass a simulator of one's own (the one a backtest uses, say).
 *
 * <pre>{@code
 * PaperBrokerSettings s = PaperBrokerSettings.of(BrokerConfig.of(Map.of(
 *     "initialCash", "50000", "slippageBps", "2", "commissionPerShare", "0.005",
 *     "commissionMinimum", "1", "shorting", "false")));
 * PaperBroker broker = PaperBroker.create(s);
 * }</pre>
 *
 * @param accountId the account id reported in {@link io.quantor.broker.Account}, not blank
 * @param initialCash the starting cash, finite and {@code > 0}
 * @param leverage the multiple of equity that gross exposure (plus working orders) may reach, finite and
 *     {@code > 0}; 1 is a cash account
 * @param calendar the trading-day convention that ends DAY orders
 * @param capabilities what the broker accepts
 * @param simulator the execution simulator
 */
public record PaperBrokerSettings(String accountId, double initialCash, double leverage,
    SessionCalendar calendar, BrokerCapabilities capabilities, ExecutionSimulator simulator) {

  /** The setting keys {@link #of(BrokerConfig)} understands. */
  private static final Set<String> KEYS = Set.of("accountId", "initialCash", "leverage", "zone",
      "sessionRollover", "shorting", "fractionalQuantities", "options", "orderTypes", "timesInForce",
      "slippageBps", "commissionPerShare", "commissionMinimum", "commissionBps", "participationCap",
      "participationCapScope", "limitFillRule");

  /** The zone whose calendar dates are trading days by default: {@value}. */
  public static final String DEFAULT_ZONE = "America/New_York";

  /** The starting cash by default: {@value}. */
  public static final double DEFAULT_INITIAL_CASH = 100_000;

  /**
   * Validates the settings.
   *
   * @param accountId not null or blank
   * @param initialCash finite and {@code > 0}
   * @param leverage finite and {@code > 0}
   * @param calendar not null
   * @param capabilities not null
   * @param simulator not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public PaperBrokerSettings {
    Objects.requireNonNull(accountId, "accountId");
    if (accountId.isBlank()) {
      throw new IllegalArgumentException("accountId must not be blank, was '" + accountId + "'");
    }
    positive(initialCash, "initialCash");
    positive(leverage, "leverage");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(capabilities, "capabilities");
    Objects.requireNonNull(simulator, "simulator");
  }

  /**
   * The defaults: account {@code "paper"}, 100,000 cash, leverage 1, trading days of America/New_York,
   * every capability, and the frictionless {@link ExecutionSimulator#defaults()}.
   *
   * @return the default settings
   */
  public static PaperBrokerSettings defaults() {
    return of(BrokerConfig.empty());
  }

  /**
   * Settings from string key-value pairs. Every key is optional; an unknown key is an error (so that a
   * misspelt setting is not silently ignored).
   * <table class="striped">
   *   <caption>Keys</caption>
   *   <thead>
   *     <tr><th scope="col">key</th><th scope="col">default</th><th scope="col">meaning</th></tr>
   *   </thead>
   *   <tbody>
   *     <tr><td>accountId</td><td>paper</td><td>the account id</td></tr>
   *     <tr><td>initialCash</td><td>100000</td><td>starting cash, {@code > 0}</td></tr>
   *     <tr><td>leverage</td><td>1</td><td>buying power is {@code equity * leverage - gross exposure -
   *       reserved}, {@code > 0}</td></tr>
   *     <tr><td>zone</td><td>America/New_York</td><td>DAY orders end with the calendar date in this
   *       zone</td></tr>
   *     <tr><td>sessionRollover</td><td>(none)</td><td>a local time {@code HH:mm} at which the trading
   *       day rolls, for sessions crossing midnight ({@link SessionCalendar#rollingAt})</td></tr>
   *     <tr><td>shorting</td><td>true</td><td>whether selling more than is held is allowed</td></tr>
   *     <tr><td>fractionalQuantities</td><td>true</td><td>whether quantities may be fractional</td></tr>
   *     <tr><td>options</td><td>true</td><td>whether options may be traded</td></tr>
   *     <tr><td>orderTypes</td><td>all</td><td>comma-separated {@link OrderType} names accepted</td></tr>
   *     <tr><td>timesInForce</td><td>all</td><td>comma-separated {@link TimeInForce} names
   *       accepted</td></tr>
   *     <tr><td>slippageBps</td><td>0</td><td>fixed slippage against every fill, in basis points
   *       ({@link SlippageModel#fixedBps})</td></tr>
   *     <tr><td>commissionPerShare</td><td>0</td><td>commission per unit of quantity</td></tr>
   *     <tr><td>commissionMinimum</td><td>0</td><td>minimum commission per order, with
   *       commissionPerShare ({@link CommissionModel#perShare})</td></tr>
   *     <tr><td>commissionBps</td><td>0</td><td>commission in basis points of the notional, added to
   *       the per-share commission ({@link CommissionModel#bps})</td></tr>
   *     <tr><td>participationCap</td><td>1</td><td>largest fraction of a bar's volume one order takes
   *       per bar, in {@code (0, 1]}; 1 means no cap</td></tr>
   *     <tr><td>participationCapScope</td><td>PER_ORDER</td><td>PER_ORDER, or AGGREGATE for a cap on the
   *       symbol's working orders together, shared in acceptance order
   *       ({@link ParticipationCapScope})</td></tr>
   *     <tr><td>limitFillRule</td><td>TOUCH</td><td>TOUCH or TRADE_THROUGH
   *       ({@link LimitFillRule})</td></tr>
   *   </tbody>
   * </table>
   *
   * @param config the settings (credentials are ignored: a paper account needs none)
   * @return the settings
   * @throws IllegalArgumentException if a key is unknown or a value invalid, naming the key and value
   */
  public static PaperBrokerSettings of(BrokerConfig config) {
    Objects.requireNonNull(config, "config");
    Set<String> unknown = new TreeSet<>(config.settings().keySet());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown paper broker setting(s) " + unknown + "; known: "
          + new TreeSet<>(KEYS));
    }
    String accountId = config.getString("accountId", "paper");
    double initialCash = config.getDouble("initialCash", DEFAULT_INITIAL_CASH);
    double leverage = config.getDouble("leverage", 1);
    SessionCalendar calendar = calendar(config);
    BrokerCapabilities capabilities = new BrokerCapabilities(
        enums(config, "orderTypes", OrderType.class), enums(config, "timesInForce", TimeInForce.class),
        config.getBoolean("shorting", true), config.getBoolean("fractionalQuantities", true),
        config.getBoolean("options", true));
    ExecutionSimulator simulator = ExecutionSimulator.builder()
        .slippage(SlippageModel.fixedBps(config.getDouble("slippageBps", 0)))
        .commission(commission(config))
        .limitFillRule(enumValue(config, "limitFillRule", LimitFillRule.class, LimitFillRule.TOUCH))
        .participationCap(config.getDouble("participationCap", 1))
        .participationCapScope(enumValue(config, "participationCapScope", ParticipationCapScope.class,
            ParticipationCapScope.PER_ORDER))
        .build();
    return new PaperBrokerSettings(accountId, initialCash, leverage, calendar, capabilities, simulator);
  }

  /**
   * These settings with another simulator.
   *
   * @param newSimulator the simulator
   * @return the new settings
   */
  public PaperBrokerSettings withSimulator(ExecutionSimulator newSimulator) {
    return new PaperBrokerSettings(accountId, initialCash, leverage, calendar, capabilities, newSimulator);
  }

  /**
   * These settings with other capabilities.
   *
   * @param newCapabilities the capabilities
   * @return the new settings
   */
  public PaperBrokerSettings withCapabilities(BrokerCapabilities newCapabilities) {
    return new PaperBrokerSettings(accountId, initialCash, leverage, calendar, newCapabilities, simulator);
  }

  private static SessionCalendar calendar(BrokerConfig config) {
    String zoneText = config.getString("zone", DEFAULT_ZONE);
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneText.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("setting zone must be a time zone id, was '" + zoneText + "'", e);
    }
    String rollover = config.getString("sessionRollover", null);
    if (rollover == null) {
      return SessionCalendar.of(zone);
    }
    try {
      return SessionCalendar.rollingAt(zone, LocalTime.parse(rollover.trim()));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("setting sessionRollover must be a local time like 17:00, was '"
          + rollover + "'", e);
    }
  }

  private static CommissionModel commission(BrokerConfig config) {
    double perShare = config.getDouble("commissionPerShare", 0);
    double minimum = config.getDouble("commissionMinimum", 0);
    double bps = config.getDouble("commissionBps", 0);
    CommissionModel shares = CommissionModel.perShare(perShare, minimum, Double.POSITIVE_INFINITY);
    if (bps == 0) {
      return shares;
    }
    CommissionModel notional = CommissionModel.bps(bps);
    if (perShare == 0 && minimum == 0) {
      return notional;
    }
    return (instrument, quantity, price, firstFill) -> shares.commission(instrument, quantity, price,
        firstFill) + notional.commission(instrument, quantity, price, firstFill);
  }

  private static <E extends Enum<E>> Set<E> enums(BrokerConfig config, String key, Class<E> type) {
    String text = config.getString(key, null);
    if (text == null) {
      return EnumSet.allOf(type);
    }
    Set<E> out = EnumSet.noneOf(type);
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        out.add(parse(type, key, part, text));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("setting " + key + " must name at least one of "
          + EnumSet.allOf(type) + ", was '" + text + "'");
    }
    return out;
  }

  private static <E extends Enum<E>> E enumValue(BrokerConfig config, String key, Class<E> type,
      E defaultValue) {
    String text = config.getString(key, null);
    return text == null ? defaultValue : parse(type, key, text, text);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String key, String part, String whole) {
    try {
      return Enum.valueOf(type, part.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("setting " + key + " must be among " + EnumSet.allOf(type)
          + ", was '" + whole + "'", e);
    }
  }

  private static void positive(double value, String name) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
    }
  }
}
