package io.quantor.broker;

import java.util.Objects;

/**
 * A broker operation failed. The {@link #code()} says why in machine-readable form and
 * {@link #isRetryable()} whether trying the same call again can help: a retry policy (see
 * {@code io.quantor.broker.resilience}) retries only those. Messages never contain credentials.
 *
 * <pre>{@code
 * try {
 *   broker.submit(order);
 * } catch (BrokerException e) {
 *   if (e.code() == BrokerException.Code.REJECTED) { ... }   // the order itself is refused
 * }
 * }</pre>
 */
public final class BrokerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a broker call failed. */
  public enum Code {
    /** The broker refused the request (bad order, unsupported type, no buying power). Not retryable. */
    REJECTED(false),
    /** The broker could not be reached or is down. Retryable. */
    UNAVAILABLE(true),
    /** Too many requests; slow down. Retryable. */
    RATE_LIMITED(true),
    /** Authentication or permission failed. Not retryable. */
    AUTH(false),
    /** Anything else. Not retryable unless the broker says otherwise. */
    UNKNOWN(false);

    private final boolean retryable;

    Code(boolean retryable) {
      this.retryable = retryable;
    }

    /**
     * Whether failures of this kind are retryable by default.
     *
     * @return the default for {@link BrokerException#isRetryable()}
     */
    public boolean isRetryableByDefault() {
      return retryable;
    }
  }

  /** Why the call failed. */
  private final Code code;
  /** Whether retrying can help. */
  private final boolean retryable;

  /**
   * A failure whose retryability is the code's default.
   *
   * @param code why, not null
   * @param message what happened, for people
   */
  public BrokerException(Code code, String message) {
    this(code, message, Objects.requireNonNull(code, "code").isRetryableByDefault(), null);
  }

  /**
   * A failure with an explicit retryability and cause.
   *
   * @param code why, not null
   * @param message what happened, for people
   * @param retryable whether retrying the same call can help
   * @param cause the underlying failure, or null
   */
  public BrokerException(Code code, String message, boolean retryable, Throwable cause) {
    super(code + ": " + message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.retryable = retryable;
  }

  /**
   * Why the call failed.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }

  /**
   * Whether trying the same call again can help.
   *
   * @return true for transient failures
   */
  public boolean isRetryable() {
    return retryable;
  }
}
