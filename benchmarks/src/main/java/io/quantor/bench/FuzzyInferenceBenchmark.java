package io.quantor.bench;

import io.quantor.core.fuzzy.Condition;
import io.quantor.core.fuzzy.Defuzzification;
import io.quantor.core.fuzzy.FuzzyEvaluator;
import io.quantor.core.fuzzy.FuzzySystem;
import io.quantor.core.fuzzy.LinguisticVariable;
import io.quantor.core.fuzzy.MembershipFunction;
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
 * One evaluation of a 2-input, 9-rule Mamdani system with a 1,001-point output universe, in nanoseconds.
 *
 * <p>Inputs {@code x} and {@code y} on [0, 10] with triangular terms low, mid, high; output {@code z} on
 * [0, 100] with five triangular terms; rule {@code (i, j)} concludes term {@code i + j} (a monotone rule
 * base). Classic operators (min, max, min, max), centroid over 1001 inclusive grid points with sample
 * sums ({@link Defuzzification#centroid()}). The evaluator is built once (terms precomputed over the
 * grid); each invocation evaluates the next of 1024 seeded random input pairs into the evaluator's own
 * result, so nothing is allocated and nothing is constant-folded.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class FuzzyInferenceBenchmark {

  private FuzzyEvaluator evaluator;
  private double[][] inputs;
  private int next;

  /**
   * The benchmark's system.
   *
   * @return a 2-input, 9-rule Mamdani system with a 1001-point output grid
   */
  public static FuzzySystem nineRuleSystem() {
    String[] in = {"low", "mid", "high"};
    String[] out = {"veryLow", "low", "mid", "high", "veryHigh"};
    LinguisticVariable x = threeTerms("x");
    LinguisticVariable y = threeTerms("y");
    LinguisticVariable.Builder z = LinguisticVariable.builder("z", 0, 100);
    for (int k = 0; k < out.length; k++) {
      z.term(out[k], MembershipFunction.triangular(Math.max(0, 25 * (k - 1)), 25 * k,
          Math.min(100, 25 * (k + 1))));
    }
    FuzzySystem.Builder b = FuzzySystem.builder().input(x).input(y)
        .output(z.build(), Defuzzification.centroid());
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        b.rule(Condition.is("x", in[i]).and("y", in[j]), "z", out[i + j]);
      }
    }
    return b.build();
  }

  private static LinguisticVariable threeTerms(String name) {
    return LinguisticVariable.builder(name, 0, 10)
        .term("low", MembershipFunction.triangular(0, 0, 5))
        .term("mid", MembershipFunction.triangular(0, 5, 10))
        .term("high", MembershipFunction.triangular(5, 10, 10))
        .build();
  }

  /** Builds the evaluator and the seeded inputs once per trial. */
  @Setup
  public void setUp() {
    evaluator = nineRuleSystem().evaluator();
    SplittableRandom random = new SplittableRandom(42);
    inputs = new double[1024][];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = new double[] {random.nextDouble(0, 10), random.nextDouble(0, 10)};
    }
  }

  /**
   * One evaluation.
   *
   * @return the defuzzified output
   */
  @Benchmark
  public double evaluate() {
    double[] in = inputs[next];
    next = (next + 1) & 1023;
    return evaluator.evaluate(in).output(0);
  }
}
