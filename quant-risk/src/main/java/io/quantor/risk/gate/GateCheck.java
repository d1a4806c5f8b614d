package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * One gate's verdict on an order: approve, scale to an allowed quantity, or reject, with a reason code
 * and a readable detail holding the figures behind the verdict.
 *
 * @param gate the name of the gate, not blank
 * @param verdict the verdict
 * @param reason {@link ReasonCode#APPROVED} for an approval, {@link ReasonCode#POSITION_SCALED} for a
 *     scaling, any other code for a rejection
 * @param allowedQuantity the largest quantity the gate allows: the order's quantity when approving,
 *     the scaled quantity ({@code > 0}) when scaling, 0 when rejecting
 * @param detail the explanation, not null
 */
public record GateCheck(String gate, Verdict verdict, ReasonCode reason, double allowedQuantity,
    String detail) {

  /**
   * Validates the check.
   *
   * @param gate the gate name, not null or blank
   * @param verdict the verdict, not null
   * @param reason the reason, consistent with the verdict
   * @param allowedQuantity the allowed quantity, consistent with the verdict
   * @param detail the explanation, not null
   * @throws IllegalArgumentException if an argument is invalid or inconsistent
   */
  public GateCheck {
    if (Args.notNull(gate, "gate").isBlank()) {
      throw new IllegalArgumentException("gate must not be blank");
    }
    Args.notNull(verdict, "verdict");
    Args.notNull(reason, "reason");
    Args.notNull(detail, "detail");
    boolean consistent = switch (verdict) {
      case APPROVE -> reason == ReasonCode.APPROVED && allowedQuantity > 0
          && allowedQuantity < Double.POSITIVE_INFINITY;
      case SCALE -> reason == ReasonCode.POSITION_SCALED && allowedQuantity > 0
          && allowedQuantity < Double.POSITIVE_INFINITY;
      case REJECT -> reason != ReasonCode.APPROVED && reason != ReasonCode.POSITION_SCALED
          && allowedQuantity == 0;
    };
    if (!consistent) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "reason and allowedQuantity must fit the verdict %s, were %s and %s", verdict, reason,
          allowedQuantity));
    }
    allowedQuantity += 0.0;
  }

  /**
   * An approval.
   *
   * @param gate the gate name
   * @param quantity the order's quantity
   * @param detail the explanation
   * @return the check
   */
  public static GateCheck approve(String gate, double quantity, String detail) {
    return new GateCheck(gate, Verdict.APPROVE, ReasonCode.APPROVED, quantity, detail);
  }

  /**
   * A scaling.
   *
   * @param gate the gate name
   * @param quantity the allowed quantity, {@code > 0}
   * @param detail the explanation
   * @return the check
   */
  public static GateCheck scale(String gate, double quantity, String detail) {
    return new GateCheck(gate, Verdict.SCALE, ReasonCode.POSITION_SCALED, quantity, detail);
  }

  /**
   * A rejection.
   *
   * @param gate the gate name
   * @param reason why
   * @param detail the explanation
   * @return the check
   */
  public static GateCheck reject(String gate, ReasonCode reason, String detail) {
    return new GateCheck(gate, Verdict.REJECT, reason, 0, detail);
  }

  /**
   * Whether the gate let the order through (possibly scaled).
   *
   * @return true unless rejected
   */
  public boolean allows() {
    return verdict != Verdict.REJECT;
  }
}
