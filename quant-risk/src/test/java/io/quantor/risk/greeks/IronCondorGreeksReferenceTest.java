package io.quantor.risk.greeks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Aggregate Greeks of iron condors against {@code shared/reference/options/iron_condor.csv}: the file's
 * {@code net_value, delta, gamma, vega, theta, theta_per_day} are signed sums of the four legs' QuantLib
 * 1.29 analytic values. Tolerance {@code 1e-12 S} for value, vega and theta, {@code 1e-12} for delta and
 * {@code 1e-12 / S} for gamma (Black-Scholes in quant-options matches QuantLib to about 1e-13 of these
 * units), on all 60 rows.
 */
class IronCondorGreeksReferenceTest {

  @Test
  void aggregateGreeksMatchQuantLibSums() {
    IronCondors file = IronCondors.read();
    assertEquals(60, file.rows());
    for (int row = 0; row < file.rows(); row++) {
      double s = file.get("S", row);
      PortfolioGreeks g = PortfolioGreeks.of(file.legs(row, 1), file.market(row));
      GreeksExposure e = g.total();
      String at = "row " + row + ": ";
      assertEquals(file.get("net_value", row), g.marketValue(), 1e-12 * s, at + "net_value");
      assertEquals(file.get("delta", row), e.delta(), 1e-12, at + "delta");
      assertEquals(file.get("gamma", row), e.gamma(), 1e-12 / s, at + "gamma");
      assertEquals(file.get("vega", row), e.vega(), 1e-12 * s, at + "vega");
      assertEquals(file.get("theta", row), e.theta(), 1e-12 * s, at + "theta");
      assertEquals(file.get("theta_per_day", row), e.thetaPerDay(), 1e-12 * s / 365, at + "theta_per_day");
      // the dollar figures are the same sums scaled by the spot
      assertEquals(file.get("delta", row) * s, e.dollarDelta(), 1e-12 * s, at + "dollarDelta");
      assertEquals(file.get("gamma", row) * s * s / 100, e.dollarGamma(), 1e-12 * s / 100,
          at + "dollarGamma");
      assertEquals(file.get("vega", row) / 100, e.vegaPerPoint(), 1e-12 * s / 100, at + "vegaPerPoint");
    }
  }

  /** Multiplier 100 and ten condors scale every sum by 1,000. */
  @Test
  void contractsScaleTheSums() {
    IronCondors file = IronCondors.read();
    int row = 4; // S = 100, 30 days, sigma = 0.15, condor 90/95/105/110
    PortfolioGreeks one = PortfolioGreeks.of(file.legs(row, 1), file.market(row));
    java.util.List<RiskPosition> ten = new java.util.ArrayList<>();
    for (RiskPosition p : file.legs(row, 10)) {
      ten.add(((OptionPosition) p).withMultiplier(100));
    }
    PortfolioGreeks g = PortfolioGreeks.of(ten, file.market(row));
    assertEquals(1000 * one.total().vega(), g.total().vega(), 1e-9);
    assertEquals(1000 * file.get("vega", row), g.total().vega(), 1e-9);
    assertEquals(1000 * file.get("theta", row), g.total().theta(), 1e-9);
  }
}
