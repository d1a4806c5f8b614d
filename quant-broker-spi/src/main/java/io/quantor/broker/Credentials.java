package io.quantor.broker;

import java.util.Arrays;
import java.util.Objects;

/**
 * A key id and secret for a broker account. The secret never appears in {@link #toString()}, in
 * exceptions or in logs: only {@link #revealSecret()} gives it out, to the adapter that signs requests.
 * Not a record on purpose: a record's generated {@code toString} would print the secret.
 *
 * <pre>{@code
 * Credentials creds = Credentials.of("AK123", System.getenv("BROKER_SECRET"));
 * log.info("connecting with {}", creds);   // Credentials[keyId=AK123, secret=***]
 * }</pre>
 */
public final class Credentials {

  private final String keyId;
  private final char[] secret;

  private Credentials(String keyId, char[] secret) {
    this.keyId = keyId;
    this.secret = secret;
  }

  /**
   * Credentials from a key id and a secret.
   *
   * @param keyId the public key id or user name, not null (may be empty)
   * @param secret the secret, not null or empty
   * @return the credentials
   * @throws IllegalArgumentException if the secret is empty (the message does not contain it)
   */
  public static Credentials of(String keyId, String secret) {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(secret, "secret");
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("secret must not be empty");
    }
    return new Credentials(keyId, secret.toCharArray());
  }

  /**
   * The public key id or user name; not secret.
   *
   * @return the key id
   */
  public String keyId() {
    return keyId;
  }

  /**
   * The secret, for the adapter that authenticates. Never log or print it.
   *
   * @return a copy of the secret
   */
  public char[] revealSecret() {
    return secret.clone();
  }

  /**
   * Equal when both the key id and the secret are equal.
   *
   * @param other another object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Credentials
        && keyId.equals(((Credentials) other).keyId)
        && Arrays.equals(secret, ((Credentials) other).secret);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode();
  }

  /**
   * The key id with the secret masked.
   *
   * @return {@code Credentials[keyId=..., secret=***]}
   */
  @Override
  public String toString() {
    return "Credentials[keyId=" + keyId + ", secret=***]";
  }
}
