package io.quantor.bench;

import io.quantor.risk.portfolio.CovarianceMatrix;
import io.quantor.risk.portfolio.GroupConstraint;
import io.quantor.risk.portfolio.MinimumCvar;
import io.quantor.risk.portfolio.MinimumVariance;
import io.quantor.risk.portfolio.OptimizationResult;
import io.quantor.risk.portfolio.PortfolioConstraints;
import io.quantor.risk.portfolio.ReturnScenarios;
import io.quantor.risk.portfolio.RiskParity;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Portfolio optimizers on seeded one-factor data, in milliseconds per solve (weights returned).
 *
 * <p>Returns {@code r_ti = mu_i + beta_i f_t + s_i e_ti} with normal {@code f} (sd 1 %) and {@code e},
 * {@code mu_i} in [2, 8] bp, {@code beta_i} in [0.5, 1.5], {@code s_i} in [0.5 %, 2.5 %] (seed 2016).
 *
 * <ul>
 *   <li>{@code minimumCvar100x10000}: minimum CVaR at 95 %, 100 assets, 10,000 scenarios, long-only
 *       (interior point on the dual with scenario generation). Target: at most 3 s.</li>
 *   <li>{@code minimumVariance500}: long-only minimum variance, 500 assets, covariance of 1,000 periods
 *       (active-set method). Target: at most 0.5 s.</li>
 *   <li>{@code minimumVariance500OjAlgo}: the same problem sent to ojAlgo's convex solver (a group cap of 1
 *       on every asset, which cannot bind, routes it there), for comparison.</li>
 *   <li>{@code riskParity500}: equal risk contribution, 500 assets (Newton's method).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class PortfolioOptimizationBenchmark {

  private ReturnScenarios scenarios;
  private PortfolioConstraints longOnly100;
  private CovarianceMatrix covariance500;
  private PortfolioConstraints longOnly500;
  private PortfolioConstraints longOnly500ViaOjAlgo;

  /** Generates the seeded data once. */
  @Setup
  public void setUp() {
    scenarios = ReturnScenarios.of(factorReturns(10_000, 100, 2016));
    longOnly100 = PortfolioConstraints.longOnly(100);
    covariance500 = CovarianceMatrix.sample(factorReturns(1_000, 500, 2016));
    longOnly500 = PortfolioConstraints.longOnly(500);
    int[] all = new int[500];
    for (int i = 0; i < 500; i++) {
      all[i] = i;
    }
    longOnly500ViaOjAlgo = longOnly500.withGroup(GroupConstraint.cap("all", all, 1.0));
  }

  /**
   * Minimum CVaR, 100 assets x 10,000 scenarios.
   *
   * @return the result (weights inside)
   */
  @Benchmark
  public OptimizationResult minimumCvar100x10000() {
    return check(MinimumCvar.optimize(scenarios, 0.95, longOnly100));
  }

  /**
   * Long-only minimum variance, 500 assets, active-set method.
   *
   * @return the result
   */
  @Benchmark
  public OptimizationResult minimumVariance500() {
    return check(MinimumVariance.optimize(covariance500, longOnly500));
  }

  /**
   * Long-only minimum variance, 500 assets, ojAlgo's convex solver.
   *
   * @return the result
   */
  @Benchmark
  public OptimizationResult minimumVariance500OjAlgo() {
    return check(MinimumVariance.optimize(covariance500, longOnly500ViaOjAlgo));
  }

  /**
   * Equal risk contribution, 500 assets.
   *
   * @return the result
   */
  @Benchmark
  public OptimizationResult riskParity500() {
    return check(RiskParity.equalRiskContribution(covariance500));
  }

  private static OptimizationResult check(OptimizationResult r) {
    if (!r.isOptimal()) {
      throw new IllegalStateException(r.message());
    }
    return r;
  }

  static double[][] factorReturns(int periods, int assets, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] mu = new double[assets];
    double[] beta = new double[assets];
    double[] s = new double[assets];
    for (int i = 0; i < assets; i++) {
      mu[i] = 0.0002 + 0.0006 * rnd.nextDouble();
      beta[i] = 0.5 + rnd.nextDouble();
      s[i] = 0.005 + 0.02 * rnd.nextDouble();
    }
    double[][] r = new double[periods][assets];
    for (int t = 0; t < periods; t++) {
      double f = 0.01 * gaussian(rnd);
      for (int i = 0; i < assets; i++) {
        r[t][i] = mu[i] + beta[i] * f + s[i] * gaussian(rnd);
      }
    }
    return r;
  }

  private static double gaussian(SplittableRandom rnd) {
    // Marsaglia's polar method: seeded and dependency-free.
    while (true) {
      double u = 2 * rnd.nextDouble() - 1;
      double v = 2 * rnd.nextDouble() - 1;
      double q = u * u + v * v;
      if (q > 0 && q < 1) {
        return u * Math.sqrt(-2 * Math.log(q) / q);
      }
    }
  }
}
