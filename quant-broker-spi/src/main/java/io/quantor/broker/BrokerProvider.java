package io.quantor.broker;

/**
 * Opens brokers of one kind. Implementations are found with {@link java.util.ServiceLoader}: list the
 * class in {@code META-INF/services/io.quantor.broker.BrokerProvider} and give it a public no-argument
 * constructor. {@link Brokers#open(String, BrokerConfig)} picks the provider by {@link #name()}.
 *
 * <pre>{@code
 * public final class MyBrokerProvider implements BrokerProvider {
 *   public String name() { return "mybroker"; }
 *   public Broker open(BrokerConfig config) { return new MyBroker(config); }
 * }
 * }</pre>
 */
public interface BrokerProvider {

  /**
   * The name brokers of this kind are opened by; unique among providers.
   *
   * @return the name, for example {@code "paper"}
   */
  String name();

  /**
   * Opens a broker.
   *
   * @param config the settings and credentials
   * @return the connected broker
   * @throws BrokerException if it cannot connect (UNAVAILABLE, AUTH)
   * @throws IllegalArgumentException if a setting is invalid
   */
  Broker open(BrokerConfig config);
}
