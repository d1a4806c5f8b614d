package io.quantor.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Finds {@link BrokerProvider}s with {@link ServiceLoader} and opens brokers by name.
 *
 * <pre>{@code
 * Broker paper = Brokers.open("paper", BrokerConfig.of(Map.of("initialCash", "100000")));
 * Brokers.names();   // [paper, ...]
 * }</pre>
 */
public final class Brokers {

  private Brokers() {
  }

  /**
   * Opens the broker whose provider has this name, looking providers up with the thread's context class
   * loader.
   *
   * @param name the provider's name
   * @param config the settings
   * @return the broker
   * @throws IllegalArgumentException if no provider has the name (the message lists those found)
   * @throws BrokerException if the provider cannot connect
   */
  public static Broker open(String name, BrokerConfig config) {
    return open(name, config, Thread.currentThread().getContextClassLoader());
  }

  /**
   * Opens the broker whose provider has this name, looking providers up with a given class loader.
   *
   * @param name the provider's name
   * @param config the settings
   * @param loader where to look for providers
   * @return the broker
   * @throws IllegalArgumentException if no provider has the name
   */
  public static Broker open(String name, BrokerConfig config, ClassLoader loader) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(config, "config");
    for (BrokerProvider provider : ServiceLoader.load(BrokerProvider.class, loader)) {
      if (provider.name().equals(name)) {
        return provider.open(config);
      }
    }
    throw new IllegalArgumentException("no broker provider named '" + name + "'; found " + names(loader));
  }

  /**
   * The names of the providers found with the thread's context class loader.
   *
   * @return the names, in discovery order
   */
  public static List<String> names() {
    return names(Thread.currentThread().getContextClassLoader());
  }

  private static List<String> names(ClassLoader loader) {
    List<String> names = new ArrayList<>();
    for (BrokerProvider provider : ServiceLoader.load(BrokerProvider.class, loader)) {
      names.add(provider.name());
    }
    return names;
  }
}
