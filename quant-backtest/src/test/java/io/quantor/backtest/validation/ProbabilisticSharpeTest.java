package io.quantor.backtest.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.core.testing.ReferenceTable;
import io.quantor.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Reference values of the probabilistic Sharpe ratio and the minimum track record length.
 *
 * <p><b>Sources.</b> The inputs of {@link #sharpeRatioEfficientFrontierExample()} and
 * {@link #minimumTrackRecordLengthFigure8Cases()} are those of the test suite of pypbo
 * (github.com/esvhd/pypbo, {@code pypbo/tests/pbo_tests.py}: "Example from The Sharpe Ratio Efficient
 * Frontier", "Based on Figure 8 of The Sharpe Ratio Efficient Frontier"); the paper's own printed
 * figures could not be retrieved, so the expected values are not the paper's. They were computed
 * independently of this code with mpmath at 40 significant digits from the formulas of Bailey and López
 * de Prado (2012) and agree with the values pypbo asserts (0.91323430688486018, 2.7311878017281761,
 * 2.8288335869452368, 27.352920196040301) to 1e-16. Tolerance 1e-12 absolute: commons-statistics'
 * normal CDF and quantile are accurate to a few ulps, and the formulas add no cancellation at these
 * inputs.
 */
class ProbabilisticSharpeTest {

  private static final double TOL = 1e-12;

  @Test
  void sharpeRatioEfficientFrontierExample() {
    // annualized SR 1.585 from 24 monthly returns, skewness -2.448, kurtosis 10.164, benchmark 0
    double psr = ProbabilisticSharpe.psr(1.585 / Math.sqrt(12), 0, 24, -2.448, 10.164);
    assertEquals(0.9132343068848602, psr, TOL);
  }

  @Test
  void minimumTrackRecordLengthFigure8Cases() {
    // annualized SR 2 against a true 1, normal returns, 95 %: in years of 250 days and of 52 weeks
    double daily = ProbabilisticSharpe.minimumTrackRecordLength(2 / Math.sqrt(250), 1 / Math.sqrt(250), 0, 3,
        0.95);
    assertEquals(2.731187801728178, daily / 250, TOL);
    double weekly = ProbabilisticSharpe.minimumTrackRecordLength(2 / Math.sqrt(52), 1 / Math.sqrt(52), 0, 3,
        0.95);
    assertEquals(2.828833586945238, weekly / 52, TOL);
    // monthly, non-normal: SR 3 against 2.5, skewness -0.72, kurtosis 5.78
    double monthly = ProbabilisticSharpe.minimumTrackRecordLength(3 / Math.sqrt(12), 2.5 / Math.sqrt(12),
        -0.72, 5.78, 0.95);
    assertEquals(27.35292019604031, monthly / 12, 1e-11);
  }

  @Test
  void normalReturnsHandComputed() {
    // z = 0.05 sqrt(1000) / sqrt(1 + 2/4 * 0.0025) = 1.580152..., Phi(z) by mpmath
    assertEquals(0.9429639171774525, ProbabilisticSharpe.psr(0.05, 0, 1001, 0, 3), TOL);
    // the estimate equal to the benchmark: exactly one half
    assertEquals(0.5, ProbabilisticSharpe.psr(0.3, 0.3, 50, -1, 9));
    // standard error sqrt((1 + 0.5 * 0.05^2) / 1000)
    assertEquals(Math.sqrt(1.00125 / 1000), ProbabilisticSharpe.sharpeStandardError(0.05, 1001, 0, 3), 1e-15);
  }

  @Test
  void fromReturnsUsesSampleSharpeAndPopulationMoments() {
    // r = {0.01, -0.02, 0.03, 0, 0.01}: mean 0.006, std(ddof=1) 0.018166, SR 0.33028912953790818,
    // skewness -0.17904216869721125, kurtosis 2.2685950413223140 (mpmath, exact decimal inputs)
    double[] r = {0.01, -0.02, 0.03, 0.0, 0.01};
    assertEquals(0.7361883814551732, ProbabilisticSharpe.psr(r, 0), TOL);
    assertEquals(0.6701764054061890, ProbabilisticSharpe.psr(r, 0.1), TOL);
    assertEquals(28.12548785852803, ProbabilisticSharpe.minimumTrackRecordLength(r, 0, 0.95), 1e-10);
  }

  /**
   * ORCL daily returns 1996-2014 ({@code shared/reference/metrics}): the moments taken from the returns
   * must be the reference's Sharpe ratio (0.5403303687623338 annualized with sqrt(252), rf 0), skewness
   * (0.37503275516049095) and excess kurtosis (10.222374933301204), computed with numpy/scipy and
   * cross-checked in R to 2.7e-12. Tolerance 1e-9: the reference moments carry about 1e-13 relative error
   * through a PSR whose z is about 2.3.
   */
  @Test
  void fromReturnsMatchesReferenceMomentsOfOracle() {
    double[] orcl = ReferenceTable.read(SharedData.file("reference/metrics/returns.csv"))
        .column("orcl_return");
    assertEquals(4712, orcl.length);
    double sr = 0.5403303687623338 / Math.sqrt(252);
    double skew = 0.37503275516049095;
    double kurt = 10.222374933301204 + 3;
    assertEquals(ProbabilisticSharpe.psr(sr, 0, 4712, skew, kurt), ProbabilisticSharpe.psr(orcl, 0), 1e-9);
    assertEquals(ProbabilisticSharpe.minimumTrackRecordLength(sr, 0, skew, kurt, 0.99),
        ProbabilisticSharpe.minimumTrackRecordLength(orcl, 0, 0.99), 1e-6);
  }

  @Test
  void rejectsMisuse() {
    assertMessage("observations must be >= 2, was 1", () -> ProbabilisticSharpe.psr(0.1, 0, 1, 0, 3));
    assertMessage("kurtosis must be >= 1 + skewness^2 = 5.0 (non-excess kurtosis), was 4.0",
        () -> ProbabilisticSharpe.psr(0.1, 0, 10, -2, 4));
    assertMessage("sharpe must be finite, was NaN", () -> ProbabilisticSharpe.psr(Double.NaN, 0, 10, 0, 3));
    assertMessage("benchmark must be finite, was Infinity",
        () -> ProbabilisticSharpe.psr(0.1, Double.POSITIVE_INFINITY, 10, 0, 3));
    assertMessage("sharpe must be > benchmark (0.2), was 0.1",
        () -> ProbabilisticSharpe.minimumTrackRecordLength(0.1, 0.2, 0, 3, 0.95));
    assertMessage("confidence must be in (0, 1), was 1.0",
        () -> ProbabilisticSharpe.minimumTrackRecordLength(0.3, 0.2, 0, 3, 1));
    assertMessage("returns must hold at least 2 values, had 1",
        () -> ProbabilisticSharpe.psr(new double[] {1}, 0));
    assertMessage("returns must not be constant, all were 0.01",
        () -> ProbabilisticSharpe.psr(new double[] {0.01, 0.01, 0.01}, 0));
    assertMessage("returns must be finite, was NaN at index 1",
        () -> ProbabilisticSharpe.psr(new double[] {0.01, Double.NaN}, 0));
  }

  @Test
  void twoPointDistributionOnPearsonsBound() {
    // kurtosis 1 + skew^2 and SR = 2 / skew: the variance factor (1 - skew SR / 2)^2 is 0
    assertEquals(1.0, ProbabilisticSharpe.psr(2, 1, 10, 1, 2));
    assertEquals(0.0, ProbabilisticSharpe.psr(2, 3, 10, 1, 2));
    assertEquals(0.5, ProbabilisticSharpe.psr(2, 2, 10, 1, 2));
  }

  static void assertMessage(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }
}
