package io.quantor.core.sizing;

import io.quantor.core.fuzzy.FclParser;
import io.quantor.core.fuzzy.FuzzyResult;
import io.quantor.core.fuzzy.FuzzySystem;
import io.quantor.core.internal.Args;
import io.quantor.core.regime.TrendRegime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Sizes with a fuzzy rule base that reads the signal's confidence, the IV rank, the realized volatility
 * and the trend regime and answers with the fraction of a risk budget to commit:
 * <pre>q = direction * fraction * budget * equity / price</pre>
 * with {@code fraction} in [0, 1] from the rule base and {@code budget} the notional, as a fraction of
 * equity, of a full-size position.
 *
 * <p><b>Inputs to the rule base</b> (named so in its FCL): {@code confidence} = {@code |signal|};
 * {@code ivRank} = the request's IV rank; {@code volatility} = its annualized realized volatility;
 * {@code trend} = +1 when the signal goes with the regime (long in {@link TrendRegime#BULL}, short in
 * {@link TrendRegime#BEAR}), -1 against it, 0 in {@link TrendRegime#SIDEWAYS}. Output: {@code fraction}
 * (clamped to [0, 1]; 0 when no rule fires). A request without IV rank, realized volatility or regime
 * gets a zero position with {@link SizingConstraint#MISSING_INPUT}. The signal's magnitude enters only
 * through the rule base (not linearly); a zero signal gives a zero position.
 *
 * <p><b>Default rule base</b> ({@link #defaultRules()}, the resource
 * {@code io/quantor/core/sizing/default-sizer.fcl}): a zero-order Sugeno system of 27 rules in three
 * tables, confidence crossed with volatility, with IV rank and with trend alignment. With low confidence
 * the fraction is 0; with high confidence it reaches 1 in low volatility, low IV rank and an aligned
 * trend, and is cut toward a quarter or a half against the trend, in high volatility or at a high IV
 * rank. Every input's terms sum to 1 and each table is non-decreasing in confidence, so the fraction
 * never falls when confidence rises (tested as a property). Replace it with any FCL text that has the
 * same input and output names ({@link #fromFcl(String, double)}), Mamdani or Sugeno.
 *
 * <p><b>Explanation.</b> The result lists the inputs, every fired rule with its firing strength
 * (strongest first), the fraction and the resulting quantity, then the shared constraint steps.
 *
 * <p>Immutable and thread safe: each call evaluates with its own evaluator (the allocation is small for
 * the Sugeno default; evaluate a {@link FuzzySystem} directly where allocation matters).
 */
public final class FuzzyPositionSizer implements PositionSizer {

  /** The names a rule base must use for its inputs, in this order of the fuzzy input array. */
  private static final String[] INPUTS = {"confidence", "ivRank", "volatility", "trend"};
  private static final String OUTPUT = "fraction";
  private static final String DEFAULT_RESOURCE = "default-sizer.fcl";

  private final FuzzySystem system;
  private final double budget;
  private final int[] inputIndex;
  private final int outputIndex;

  /**
   * A sizer over a rule base.
   *
   * @param system the rule base: inputs {@code confidence}, {@code ivRank}, {@code volatility},
   *     {@code trend} (any order, no others) and an output {@code fraction}
   * @param budget the notional of a full-size position as a fraction of equity, finite and {@code > 0}
   * @throws IllegalArgumentException if the system lacks a required name or has other inputs, or the
   *     budget is out of range
   */
  public FuzzyPositionSizer(FuzzySystem system, double budget) {
    Args.notNull(system, "system");
    this.budget = Args.positive(budget, "budget");
    if (system.inputs().size() != INPUTS.length) {
      throw new IllegalArgumentException("system must have exactly the inputs confidence, ivRank, "
          + "volatility, trend, had " + system.inputs().size() + " inputs");
    }
    inputIndex = new int[INPUTS.length];
    for (int i = 0; i < INPUTS.length; i++) {
      inputIndex[i] = system.inputIndex(INPUTS[i]);
      if (inputIndex[i] < 0) {
        throw new IllegalArgumentException("system must have an input named '" + INPUTS[i] + "'");
      }
    }
    outputIndex = system.outputIndex(OUTPUT);
    if (outputIndex < 0) {
      throw new IllegalArgumentException("system must have an output named '" + OUTPUT + "'");
    }
    this.system = system;
  }

  /**
   * A sizer with the default rule base.
   *
   * @param budget the notional of a full-size position as a fraction of equity, finite and {@code > 0}
   * @return the sizer
   */
  public static FuzzyPositionSizer withDefaultRules(double budget) {
    return new FuzzyPositionSizer(FclParser.parse(defaultRules(), DEFAULT_RESOURCE), budget);
  }

  /**
   * A sizer with a rule base written in FCL.
   *
   * @param fcl the FCL text, with the input and output names this class reads
   * @param budget the notional of a full-size position as a fraction of equity
   * @return the sizer
   * @throws io.quantor.core.fuzzy.FclParseException if the text is not valid FCL
   */
  public static FuzzyPositionSizer fromFcl(String fcl, double budget) {
    return new FuzzyPositionSizer(FclParser.parse(fcl, "sizer FCL"), budget);
  }

  /**
   * The default rule base's FCL text, to read or to start a custom one from.
   *
   * @return the text
   */
  public static String defaultRules() {
    try (InputStream in = FuzzyPositionSizer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rule base.
   *
   * @return the system
   */
  public FuzzySystem system() {
    return system;
  }

  /**
   * The notional of a full-size position as a fraction of equity.
   *
   * @return the budget
   */
  public double budget() {
    return budget;
  }

  /**
   * The fraction of the budget the rule base gives, with its explanation, without building a position.
   *
   * @param confidence the signal's confidence in [0, 1]
   * @param ivRank the IV rank in [0, 1]
   * @param volatility the annualized realized volatility, finite and {@code >= 0}
   * @param trend the trend alignment in [-1, 1] (+1 with the regime, -1 against, 0 sideways)
   * @return the evaluation; {@code fraction()} reads the output clamped to [0, 1]
   * @throws IllegalArgumentException if an input is out of range
   */
  public Evaluation evaluate(double confidence, double ivRank, double volatility, double trend) {
    Args.inRange(confidence, 0.0, 1.0, "confidence");
    Args.inRange(ivRank, 0.0, 1.0, "ivRank");
    Args.atLeast(Args.finite(volatility, "volatility"), 0.0, "volatility");
    Args.inRange(trend, -1.0, 1.0, "trend");
    double[] in = new double[INPUTS.length];
    double[] given = {confidence, ivRank, volatility, trend};
    for (int i = 0; i < INPUTS.length; i++) {
      in[inputIndex[i]] = given[i];
    }
    FuzzyResult r = system.evaluate(in);
    double raw = r.output(outputIndex);
    double fraction = Double.isNaN(raw) ? 0.0 : Math.max(0.0, Math.min(1.0, raw));
    return new Evaluation(fraction, r);
  }

  /**
   * One evaluation of the rule base.
   *
   * @param fraction the fraction of the budget, in [0, 1] (0 when no rule fired)
   * @param result the fuzzy result: the raw output and every rule's firing strength
   */
  public record Evaluation(double fraction, FuzzyResult result) {

    /**
     * Validates the evaluation.
     *
     * @param fraction the fraction in [0, 1]
     * @param result the fuzzy result, not null
     * @throws IllegalArgumentException if a value is out of range
     */
    public Evaluation {
      Args.inRange(fraction, 0.0, 1.0, "fraction");
      Args.notNull(result, "result");
    }
  }

  @Override
  public SizingResult size(SizingRequest request) {
    Args.notNull(request, "request");
    List<String> steps = new ArrayList<>();
    steps.add("fuzzy sizer: budget " + SizingResult.num(budget) + " of equity, rule base "
        + system.name() + " (" + system.rules().size() + " rules)");
    if (request.ivRank().isEmpty()) {
      return SizingResult.missingInput(request, "ivRank", steps);
    }
    if (request.realizedVolatility().isEmpty()) {
      return SizingResult.missingInput(request, "realizedVolatility", steps);
    }
    if (request.regime().isEmpty()) {
      return SizingResult.missingInput(request, "regime", steps);
    }
    TrendRegime regime = request.regime().get();
    int direction = request.direction();
    int regimeSign = regime == TrendRegime.BULL ? 1 : regime == TrendRegime.BEAR ? -1 : 0;
    double trend = direction * regimeSign;
    double volatility = request.realizedVolatility().getAsDouble();
    Evaluation e = evaluate(request.confidence(), request.ivRank().getAsDouble(), volatility, trend);
    steps.add("inputs: confidence " + SizingResult.num(request.confidence()) + ", ivRank "
        + SizingResult.num(request.ivRank().getAsDouble()) + ", volatility " + SizingResult.num(volatility)
        + ", trend " + SizingResult.num(trend) + " (direction " + direction + " in " + regime + ")");
    for (FuzzyResult.FiredRule f : e.result().firedRules()) {
      steps.add("fired " + f.rule().label() + " (" + SizingResult.num(f.strength()) + "): "
          + f.rule().text());
    }
    double units = e.fraction() * budget * request.equity() / request.price();
    double q = direction * units;
    steps.add("fraction " + SizingResult.num(e.fraction())
        + (e.result().isDefault(outputIndex) ? " (no rule fired)" : "") + " x budget "
        + SizingResult.num(budget) + " x equity " + SizingResult.num(request.equity()) + " / price "
        + SizingResult.num(request.price()) + " = " + SizingResult.num(units) + " units, direction "
        + direction + ": " + SizingResult.num(q));
    return SizingResult.constrain(request, q, steps);
  }
}
