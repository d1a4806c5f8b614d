package io.quantor.backtest.validation;

import static io.quantor.backtest.validation.ProbabilisticSharpeTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The deflated Sharpe ratio against the worked example of Bailey and López de Prado (2014), "The
 * Deflated Sharpe Ratio", <i>J. Portfolio Management</i> 40(5), SSRN 2460551, section "A numerical
 * example".
 *
 * <p><b>The example.</b> A strategist reports an annualized Sharpe ratio of 2.5 from {@code T = 1250}
 * daily returns (250 a year) after {@code N = 100} independent trials whose annualized Sharpe ratios had
 * variance {@code V = 1/2}; the returns have skewness -3 and kurtosis 10. Per day:
 * {@code SR = 2.5 / sqrt(250)}, {@code V = 0.5 / 250}. The paper prints {@code E[max SR_n] ~ 0.1132} and
 * {@code DSR ~ 0.9004}, and that with {@code N = 46} trials the DSR would have been {@code 0.9505}.
 * These printed values were not read from the paper itself (its text was not retrievable) but from
 * independent reproductions that quote it: several test suites found by code search quote
 * {@code E[max] = 0.1132} and {@code DSR = 0.9004}, one of them also {@code 0.9505} for {@code N = 46};
 * pypbo (github.com/esvhd/pypbo, {@code pypbo/tests/pbo_tests.py}, "Example from The Deflated Sharpe
 * Ratio") asserts {@code DSR = 0.90039683444939034} for these inputs.
 *
 * <p><b>Tolerances.</b> Against the printed 4-decimal values: 5e-5 (half a unit in the last printed
 * place). Against a high-precision hand calculation, labelled as such: 1e-12. That calculation used
 * mpmath at 40 digits ({@code E[max] = 0.11317200186513202887}, {@code DSR = 0.90039683444939096},
 * {@code N = 46: 0.95050170687557859}, the bracket {@code (1-gamma) Phi^-1(1-1/N) + gamma
 * Phi^-1(1-1/(N e)) = 2.5306028932016820} for {@code N = 100}), independently of this code.
 */
class DeflatedSharpeTest {

  private static final double SR = 2.5 / Math.sqrt(250);
  private static final double V = 0.5 / 250;

  @Test
  void expectedMaximumOfTheWorkedExample() {
    double sr0 = DeflatedSharpe.expectedMaximumSharpe(100, V);
    assertEquals(0.1132, sr0, 5e-5);                         // printed in the paper
    assertEquals(0.11317200186513203, sr0, 1e-12);           // mpmath hand calculation
    assertEquals(2.530602893201682, DeflatedSharpe.expectedMaximumSharpe(100, 1), 1e-12);
  }

  @Test
  void deflatedSharpeOfTheWorkedExample() {
    double dsr = DeflatedSharpe.dsr(SR, 100, V, 1250, -3, 10);
    assertEquals(0.9004, dsr, 5e-5);                         // printed in the paper
    assertEquals(0.9003968344493910, dsr, 1e-12);            // mpmath hand calculation
  }

  @Test
  void fewerTrialsWouldHavePassed() {
    double dsr = DeflatedSharpe.dsr(SR, 46, V, 1250, -3, 10);
    assertEquals(0.9505, dsr, 5e-5);                         // printed in the paper
    assertEquals(0.9505017068755786, dsr, 1e-12);            // mpmath hand calculation
  }

  @Test
  void oneTrialHasNoSelectionBias() {
    assertEquals(0.0, DeflatedSharpe.expectedMaximumSharpe(1, 0.3));
    assertEquals(ProbabilisticSharpe.psr(SR, 0, 1250, -3, 10), DeflatedSharpe.dsr(SR, 1, V, 1250, -3, 10));
    // N = 2: Phi^-1(1/2) = 0, so E[max] = gamma Phi^-1(1 - 1/(2e)) sqrt(V) (mpmath: 0.51975534428059392)
    assertEquals(0.5197553442805939, DeflatedSharpe.expectedMaximumSharpe(2, 1), 1e-12);
  }

  @Test
  void trialSharpesGiveTheirCountAndSampleVariance() {
    // {-0.5, 0, 0.5, 1}: mean 0.25, squared deviations 0.5625 + 0.0625 + 0.0625 + 0.5625 = 1.25, / 3
    double[] trials = {-0.5, 0, 0.5, 1};
    assertEquals(DeflatedSharpe.dsr(0.9, 4, 1.25 / 3, 500, -0.5, 4),
        DeflatedSharpe.dsr(0.9, trials, 500, -0.5, 4), 1e-15);
    double[] r = {0.01, -0.02, 0.03, 0.0, 0.01};
    // moments of r as in ProbabilisticSharpeTest: SR 0.33028912953790818, skew -0.17904216869721125,
    // kurtosis 2.2685950413223140
    assertEquals(DeflatedSharpe.dsr(0.33028912953790818, trials, 5, -0.17904216869721125, 2.268595041322314),
        DeflatedSharpe.dsr(r, trials), 1e-12);
  }

  @Test
  void rejectsMisuse() {
    assertMessage("trials must be >= 1, was 0", () -> DeflatedSharpe.expectedMaximumSharpe(0, 1));
    assertMessage("trialSharpeVariance must be finite and >= 0, was -1.0",
        () -> DeflatedSharpe.expectedMaximumSharpe(10, -1));
    assertMessage("trialSharpes must hold at least 2 values, had 1",
        () -> DeflatedSharpe.dsr(0.1, new double[] {0.1}, 100, 0, 3));
    assertMessage("trialSharpes must be finite, was Infinity at index 1",
        () -> DeflatedSharpe.dsr(0.1, new double[] {0.1, Double.POSITIVE_INFINITY}, 100, 0, 3));
    assertMessage("trialSharpes must not be null", () -> DeflatedSharpe.dsr(0.1, null, 100, 0, 3));
  }
}
