package io.quantor.risk.greeks;

import io.quantor.core.testing.ReferenceTable;
import io.quantor.core.testing.SharedData;
import io.quantor.options.pricing.OptionType;
import java.util.List;

/**
 * The iron condors of {@code shared/reference/options/iron_condor.csv} (QuantLib 1.29) as positions:
 * long put Kp1, short put Kp2, short call Kc1, long call Kc2, one unit each (multiplier 1 so the sums are
 * the file's columns).
 */
public final class IronCondors {

  private final ReferenceTable table;

  private IronCondors(ReferenceTable table) {
    this.table = table;
  }

  /** Reads the file (skipping or failing the test when the shared folder is missing). */
  public static IronCondors read() {
    return new IronCondors(ReferenceTable.read(SharedData.file("reference/options/iron_condor.csv")));
  }

  /** The number of rows. */
  public int rows() {
    return table.rows();
  }

  /** A numeric cell. */
  public double get(String column, int row) {
    return table.column(column)[row];
  }

  /** The market of a row, underlying "XYZ". */
  public MarketSnapshot market(int row) {
    return MarketSnapshot.of(get("r", row), Underlying.of("XYZ", get("S", row), get("q", row), 1));
  }

  /** The four legs of a row at its sigma, times {@code units} (multiplier 1). */
  public List<RiskPosition> legs(int row, double units) {
    double t = get("T", row);
    double sigma = get("sigma", row);
    return List.of(
        leg(OptionType.PUT, get("Kp1", row), t, units, sigma),
        leg(OptionType.PUT, get("Kp2", row), t, -units, sigma),
        leg(OptionType.CALL, get("Kc1", row), t, -units, sigma),
        leg(OptionType.CALL, get("Kc2", row), t, units, sigma));
  }

  private static RiskPosition leg(OptionType type, double strike, double t, double quantity, double sigma) {
    return RiskPosition.option("XYZ", type, strike, t, quantity, sigma).withMultiplier(1);
  }
}
