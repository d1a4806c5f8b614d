package io.quantor.broker;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Settings for opening a broker: string key-value pairs (as read from a properties file or environment)
 * and optional {@link Credentials}. Immutable. {@link #toString()} masks the credentials and the value of
 * any key that looks secret (containing "secret", "password", "token" or "key"), so a config can be
 * logged.
 *
 * <pre>{@code
 * BrokerConfig config = BrokerConfig.of(Map.of("initialCash", "250000", "commissionPerShare", "0.005"))
 *     .withCredentials(Credentials.of("AK123", secret));
 * double cash = config.getDouble("initialCash", 100_000);
 * }</pre>
 */
public final class BrokerConfig {

  private static final Pattern SENSITIVE = Pattern.compile("(?i).*(secret|password|token|key).*");

  private final Map<String, String> settings;
  private final Credentials credentials;

  private BrokerConfig(Map<String, String> settings, Credentials credentials) {
    this.settings = settings;
    this.credentials = credentials;
  }

  /**
   * A config with no settings and no credentials.
   *
   * @return the empty config
   */
  public static BrokerConfig empty() {
    return new BrokerConfig(Map.of(), null);
  }

  /**
   * A config from settings.
   *
   * @param settings the key-value pairs, copied; no null keys or values
   * @return the config
   */
  public static BrokerConfig of(Map<String, String> settings) {
    Objects.requireNonNull(settings, "settings");
    return new BrokerConfig(Map.copyOf(settings), null);
  }

  /**
   * This config with credentials.
   *
   * @param newCredentials the credentials, not null
   * @return the new config
   */
  public BrokerConfig withCredentials(Credentials newCredentials) {
    return new BrokerConfig(settings, Objects.requireNonNull(newCredentials, "credentials"));
  }

  /**
   * This config with one more (or a changed) setting.
   *
   * @param key the key, not null
   * @param value the value, not null
   * @return the new config
   */
  public BrokerConfig with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(settings);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new BrokerConfig(Map.copyOf(copy), credentials);
  }

  /**
   * All settings.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> settings() {
    return settings;
  }

  /**
   * The credentials, if any.
   *
   * @return the credentials
   */
  public Optional<Credentials> credentials() {
    return Optional.ofNullable(credentials);
  }

  /**
   * One setting.
   *
   * @param key the key
   * @return the value, or empty
   */
  public Optional<String> get(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  /**
   * A setting as text, with a default.
   *
   * @param key the key
   * @param defaultValue returned when the key is absent
   * @return the value
   */
  public String getString(String key, String defaultValue) {
    return settings.getOrDefault(key, defaultValue);
  }

  /**
   * A setting as a number, with a default.
   *
   * @param key the key
   * @param defaultValue returned when the key is absent
   * @return the value
   * @throws IllegalArgumentException if the value is not a finite number
   */
  public double getDouble(String key, double defaultValue) {
    String text = settings.get(key);
    if (text == null) {
      return defaultValue;
    }
    try {
      double value = Double.parseDouble(text.trim());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the key's name
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "setting %s must be a finite number, was '%s'", key, masked(key, text)));
  }

  /**
   * A setting as a boolean ({@code true}/{@code false}, any case), with a default.
   *
   * @param key the key
   * @param defaultValue returned when the key is absent
   * @return the value
   * @throws IllegalArgumentException if the value is neither true nor false
   */
  public boolean getBoolean(String key, boolean defaultValue) {
    String text = settings.get(key);
    if (text == null) {
      return defaultValue;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("true") || t.equals("false")) {
      return t.equals("true");
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "setting %s must be true or false, was '%s'", key, masked(key, text)));
  }

  private static String masked(String key, String value) {
    return SENSITIVE.matcher(key).matches() ? "***" : value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BrokerConfig && settings.equals(((BrokerConfig) other).settings)
        && Objects.equals(credentials, ((BrokerConfig) other).credentials);
  }

  @Override
  public int hashCode() {
    return settings.hashCode();
  }

  /**
   * The settings in key order, secrets masked.
   *
   * @return a loggable description
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("BrokerConfig{");
    String separator = "";
    for (Map.Entry<String, String> e : new TreeMap<>(settings).entrySet()) {
      text.append(separator).append(e.getKey()).append('=').append(masked(e.getKey(), e.getValue()));
      separator = ", ";
    }
    if (credentials != null) {
      text.append(separator).append(credentials);
    }
    return text.append('}').toString();
  }
}
