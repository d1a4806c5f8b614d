package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Caps the portfolio's gross exposure (sum of absolute market values,
 * {@link ReasonCode#MAX_GROSS_EXPOSURE}) or the absolute value of its net exposure (long minus short,
 * {@link ReasonCode#MAX_NET_EXPOSURE}) at a multiple of equity: 2.0 allows gross leverage of 200 %. The
 * order passes when the exposure after it is within the cap, or no larger than before.
 *
 * <p>Closed forms, with {@code u = price * multiplier}, {@code q0} the current position, {@code d} the
 * direction and {@code C = max(cap * equity, exposure now)}: gross,
 * {@code max = (C - (gross - |q0| u)) / u - d q0}; net, {@code max = (C - d * net) / u}.
 *
 * <pre>{@code
 * PreTradeGate gross = ExposureGate.gross(2.0, BreachPolicy.SCALE);
 * PreTradeGate net = ExposureGate.net(1.0, BreachPolicy.REJECT);
 * }</pre>
 */
public final class ExposureGate implements PreTradeGate {

  /** The gross gate's name: {@value}. */
  public static final String GROSS = "max-gross-exposure";
  /** The net gate's name: {@value}. */
  public static final String NET = "max-net-exposure";

  private final boolean gross;
  private final double maxMultiple;
  private final BreachPolicy policy;

  private ExposureGate(boolean gross, double maxMultiple, BreachPolicy policy) {
    this.gross = gross;
    this.maxMultiple = Args.positive(maxMultiple, "maxMultiple");
    this.policy = Args.notNull(policy, "policy");
  }

  /**
   * A cap on gross exposure.
   *
   * @param maxMultiple the largest gross exposure as a multiple of equity, finite and {@code > 0}
   * @param policy reject or scale an order that does not fit
   * @return the gate
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static ExposureGate gross(double maxMultiple, BreachPolicy policy) {
    return new ExposureGate(true, maxMultiple, policy);
  }

  /**
   * A cap on the absolute net exposure.
   *
   * @param maxMultiple the largest |net exposure| as a multiple of equity, finite and {@code > 0}
   * @param policy reject or scale an order that does not fit
   * @return the gate
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static ExposureGate net(double maxMultiple, BreachPolicy policy) {
    return new ExposureGate(false, maxMultiple, policy);
  }

  @Override
  public GateCheck check(GateInput input) {
    Args.notNull(input, "input");
    double u = input.unitValue();
    double q0 = input.currentQuantity();
    int d = input.direction();
    double equity = input.equity();
    double cap = maxMultiple * equity;
    double max;
    double now;
    double after;
    if (gross) {
      now = input.portfolio().grossExposure();
      double others = now - Math.abs(q0) * u;
      double c = Math.max(cap, now);
      max = (c - others) / u - d * q0;
      after = others + Math.abs(q0 + input.order().signedQuantity()) * u;
    } else {
      now = input.portfolio().netExposure();
      double c = Math.max(cap, Math.abs(now));
      max = (c - d * now) / u;
      after = now + input.order().signedQuantity() * u;
    }
    String detail = String.format(Locale.ROOT,
        "%s exposure %.2f now, %.2f after the order, cap %.2f = %s x equity %.2f", gross ? "gross" : "net",
        now, after, cap, maxMultiple, equity);
    ReasonCode reason = gross ? ReasonCode.MAX_GROSS_EXPOSURE : ReasonCode.MAX_NET_EXPOSURE;
    return input.limit(name(), max, policy, reason, detail);
  }

  @Override
  public String name() {
    return gross ? GROSS : NET;
  }

  /**
   * The cap.
   *
   * @return the largest exposure as a multiple of equity
   */
  public double maxMultiple() {
    return maxMultiple;
  }

  /**
   * Whether the gate caps gross (true) or net (false) exposure.
   *
   * @return true for gross
   */
  public boolean isGross() {
    return gross;
  }
}
