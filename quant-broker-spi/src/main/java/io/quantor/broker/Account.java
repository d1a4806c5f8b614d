package io.quantor.broker;

import java.time.Instant;
import java.util.Objects;

/**
 * A broker account's money at one moment, in the account currency.
 *
 * @param accountId the broker's account id, not blank
 * @param cash the cash balance (negative when borrowing)
 * @param equity cash plus the market value of all positions
 * @param buyingPower what can be spent on new positions now, {@code >= 0}
 * @param time when the broker reported these figures
 */
public record Account(String accountId, double cash, double equity, double buyingPower, Instant time) {

  /**
   * Validates the account.
   *
   * @param accountId not null or blank
   * @param cash finite
   * @param equity finite
   * @param buyingPower finite and {@code >= 0}
   * @param time not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Account {
    Objects.requireNonNull(accountId, "accountId");
    if (accountId.isBlank()) {
      throw new IllegalArgumentException("accountId must not be blank");
    }
    if (!Double.isFinite(cash) || !Double.isFinite(equity)) {
      throw new IllegalArgumentException("cash and equity must be finite, were " + cash + ", " + equity);
    }
    if (!(buyingPower >= 0) || buyingPower == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("buyingPower must be finite and >= 0, was " + buyingPower);
    }
    Objects.requireNonNull(time, "time");
  }
}
