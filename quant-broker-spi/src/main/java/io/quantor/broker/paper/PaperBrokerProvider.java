package io.quantor.broker.paper;

import io.quantor.broker.Broker;
import io.quantor.broker.BrokerConfig;
import io.quantor.broker.BrokerProvider;

/**
 * Opens {@link PaperBroker}s by the name {@value PaperBroker#NAME}; registered for
 * {@link java.util.ServiceLoader} in {@code META-INF/services/io.quantor.broker.BrokerProvider}. The
 * settings are those of {@link PaperBrokerSettings#of(BrokerConfig)}.
 *
 * <pre>{@code
 * Broker paper = Brokers.open("paper", BrokerConfig.of(Map.of("initialCash", "250000")));
 * }</pre>
 */
public final class PaperBrokerProvider implements BrokerProvider {

  /** The public no-argument constructor {@link java.util.ServiceLoader} needs. */
  public PaperBrokerProvider() {
  }

  @Override
  public String name() {
    return PaperBroker.NAME;
  }

  /**
   * Opens a paper broker.
   *
   * @param config the settings
   * @return a new {@link PaperBroker}
   * @throws IllegalArgumentException if a setting is unknown or invalid
   */
  @Override
  public Broker open(BrokerConfig config) {
    return PaperBroker.create(config);
  }
}
