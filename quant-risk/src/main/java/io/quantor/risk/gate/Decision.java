package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.OrderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pipeline's answer for one order: {@link Verdict#APPROVE} (unchanged), {@link Verdict#SCALE} (with
 * the new, smaller quantity) or {@link Verdict#REJECT}, with the reason codes and every gate's check.
 *
 * <p>Reasons: {@code [APPROVED]} for an approval; the distinct codes of the rejecting gates for a
 * rejection; {@code [POSITION_SCALED]} for a scaling (the checks name the gates whose limits bound).
 *
 * @param verdict the verdict
 * @param order the order as requested
 * @param quantity the quantity that may go ahead: the order's for an approval, less for a scaling, 0 for
 *     a rejection
 * @param reasons the reason codes, at least one
 * @param checks every gate's check, in the pipeline's order
 */
public record Decision(Verdict verdict, OrderRequest order, double quantity, List<ReasonCode> reasons,
    List<GateCheck> checks) {

  /**
   * Validates and copies.
   *
   * @param verdict the verdict, not null
   * @param order the order, not null
   * @param quantity the quantity, consistent with the verdict
   * @param reasons the reasons, not empty, no null element
   * @param checks the checks, not null, no null element
   * @throws IllegalArgumentException if an argument is invalid or inconsistent
   */
  public Decision {
    Args.notNull(verdict, "verdict");
    Args.notNull(order, "order");
    for (ReasonCode r : Args.notNull(reasons, "reasons")) {
      Args.notNull(r, "reasons element");
    }
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons must not be empty");
    }
    for (GateCheck c : Args.notNull(checks, "checks")) {
      Args.notNull(c, "checks element");
    }
    boolean consistent = switch (verdict) {
      case APPROVE -> quantity == order.quantity();
      case SCALE -> quantity > 0 && quantity < order.quantity();
      case REJECT -> quantity == 0;
    };
    if (!consistent) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "quantity must fit the verdict %s for an order of %s, was %s", verdict, order.quantity(),
          quantity));
    }
    quantity += 0.0;
    reasons = List.copyOf(reasons);
    checks = List.copyOf(checks);
  }

  /**
   * Whether the order may go ahead (approved or scaled).
   *
   * @return true unless rejected
   */
  public boolean allows() {
    return verdict != Verdict.REJECT;
  }

  /**
   * The order to send on: the request itself if approved, with the new quantity if scaled.
   *
   * @return the order, or empty if rejected
   */
  public Optional<OrderRequest> approvedOrder() {
    return switch (verdict) {
      case APPROVE -> Optional.of(order);
      case SCALE -> Optional.of(order.withQuantity(quantity));
      case REJECT -> Optional.empty();
    };
  }

  /**
   * The checks that did not approve: rejections and scalings, in the pipeline's order.
   *
   * @return the findings
   */
  public List<GateCheck> findings() {
    List<GateCheck> out = new ArrayList<>();
    for (GateCheck c : checks) {
      if (c.verdict() != Verdict.APPROVE) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A readable account: the verdict, then one line per gate.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s %s %s %s: %s %s", order.clientOrderId(), order.side(),
        order.quantity(), order.instrument().symbol(), verdict, reasons));
    if (verdict == Verdict.SCALE) {
      sb.append(String.format(Locale.ROOT, " to %s", quantity));
    }
    for (GateCheck c : checks) {
      sb.append(System.lineSeparator()).append("  ").append(c.gate()).append(": ").append(c.verdict())
          .append(' ').append(c.reason()).append(" - ").append(c.detail());
    }
    return sb.toString();
  }
}
