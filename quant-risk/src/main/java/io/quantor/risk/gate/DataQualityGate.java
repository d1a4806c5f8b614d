package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Rejects orders whose market data scores below a minimum quality ({@link ReasonCode#DATA_QUALITY});
 * the default minimum is 0.6 and a score equal to it passes. The score, in [0, 1], comes from the market
 * context (for example a data monitor's blend of staleness, gaps and outliers); without one the gate
 * rejects with {@link ReasonCode#MISSING_INPUT}. All orders are judged, exits included: bad data
 * misleads exits as much as entries.
 *
 * <pre>{@code
 * PreTradeGate quality = DataQualityGate.defaults();   // minimum 0.6
 * }</pre>
 */
public final class DataQualityGate implements PreTradeGate {

  /** The gate's name: {@value}. */
  public static final String NAME = "data-quality";
  /** The default minimum quality: {@value}. */
  public static final double DEFAULT_MIN_QUALITY = 0.6;

  private static final DataQualityGate DEFAULTS = new DataQualityGate(DEFAULT_MIN_QUALITY);

  private final double minQuality;

  /**
   * Creates the gate.
   *
   * @param minQuality the lowest score that passes, in [0, 1]
   * @throws IllegalArgumentException if {@code minQuality} is not in [0, 1]
   */
  public DataQualityGate(double minQuality) {
    this.minQuality = Args.inRange(minQuality, 0.0, 1.0, "minQuality");
  }

  /**
   * The gate with the default minimum 0.6.
   *
   * @return the gate
   */
  public static DataQualityGate defaults() {
    return DEFAULTS;
  }

  @Override
  public GateCheck check(GateInput input) {
    Args.notNull(input, "input");
    if (input.market().dataQuality().isEmpty()) {
      return GateCheck.reject(NAME, ReasonCode.MISSING_INPUT, "no data quality score in the market context");
    }
    double q = input.market().dataQuality().getAsDouble();
    String detail = String.format(Locale.ROOT, "data quality %s, minimum %s", q, minQuality);
    return q >= minQuality ? GateCheck.approve(NAME, input.order().quantity(), detail)
        : GateCheck.reject(NAME, ReasonCode.DATA_QUALITY, detail);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The minimum.
   *
   * @return the lowest passing score
   */
  public double minQuality() {
    return minQuality;
  }
}
