package io.quantor.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.backtest.validation.Bootstrap;
import io.quantor.backtest.validation.BootstrapInterval;
import io.quantor.backtest.validation.DeflatedSharpe;
import io.quantor.backtest.validation.ProbabilisticSharpe;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationSummaryTest {

  @Test
  void computesThePsrAgainstZeroAndTheDsrOverTheTrials() {
    double[] returns = TearSheetInputTest.returns(500, 11);
    double[] trials = {0.02, 0.035, -0.01, 0.05};
    BootstrapInterval ci = Bootstrap.iid(3).withResamples(200).sharpe(returns);
    ValidationSummary v = ValidationSummary.of(returns, trials, null, ci);
    assertEquals(ProbabilisticSharpe.psr(returns, 0), v.probabilisticSharpe());
    assertEquals(DeflatedSharpe.dsr(returns, trials), v.deflatedSharpe());
    assertEquals(4, v.trials());
    assertTrue(Double.isNaN(v.pbo()));
    assertEquals(Optional.of(ci), v.sharpeInterval());
  }

  @Test
  void acceptsNotComputedChecksAsNaN() {
    ValidationSummary v = ValidationSummary.of(Double.NaN, Double.NaN, 1, Double.NaN, null);
    assertEquals(Optional.empty(), v.sharpeInterval());
  }

  @Test
  void rejectsProbabilitiesOutsideTheUnitIntervalAndNoTrials() {
    IllegalArgumentException psr = assertThrows(IllegalArgumentException.class,
        () -> ValidationSummary.of(1.5, 0.5, 2, 0.1, null));
    assertEquals("probabilisticSharpe must be in [0, 1] or NaN, was 1.5", psr.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ValidationSummary.of(0.5, -0.1, 2, 0.1, null));
    assertThrows(IllegalArgumentException.class,
        () -> ValidationSummary.of(0.5, 0.5, 2, Double.POSITIVE_INFINITY, null));
    assertEquals("trials must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
        () -> ValidationSummary.of(0.5, 0.5, 0, 0.1, null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ValidationSummary(0.5, 0.5, 1, 0.1, null));
    assertThrows(IllegalArgumentException.class,
        () -> ValidationSummary.of(new double[] {0.01, 0.02}, null, null, null));
  }
}
