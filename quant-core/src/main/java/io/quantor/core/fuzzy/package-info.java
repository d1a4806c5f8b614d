/**
 * Fuzzy inference: linguistic variables, membership functions, rule bases written with a fluent API or
 * read from IEC 61131-7 Fuzzy Control Language (FCL), and Mamdani and Sugeno inference that explains
 * which rules fired.
 *
 * <p><b>Pieces.</b> {@link io.quantor.core.fuzzy.MembershipFunction} (triangular, trapezoidal, Gaussian,
 * generalized bell, sigmoid, piecewise linear), {@link io.quantor.core.fuzzy.LinguisticVariable},
 * {@link io.quantor.core.fuzzy.Condition} and {@link io.quantor.core.fuzzy.Rule} (with weights),
 * {@link io.quantor.core.fuzzy.FuzzySystem} (immutable), {@link io.quantor.core.fuzzy.FclParser}.
 * Operators: {@link io.quantor.core.fuzzy.InferenceOptions} (AND min/product, OR max/probabilistic sum,
 * implication min/product, aggregation max/bounded sum). Mamdani outputs are defuzzified per
 * {@link io.quantor.core.fuzzy.Defuzzification} (centroid, bisector, mean/smallest/largest of maximum, on
 * a discrete grid); Sugeno outputs ({@link io.quantor.core.fuzzy.SugenoTerm}, zero and first order) are
 * firing-strength-weighted averages.
 *
 * <p><b>Speed.</b> {@link io.quantor.core.fuzzy.FuzzyEvaluator} precomputes every output term over its
 * grid and preallocates its buffers; an evaluation then allocates nothing and writes into a reusable
 * {@link io.quantor.core.fuzzy.FuzzyResult} (copy it to keep it). One evaluator per thread.
 *
 * <p><b>Validated</b> against scikit-fuzzy's tipping problem (19.8476 for quality 6.5 and service 9.8)
 * and jFuzzyLogic's {@code tipper.fcl} over its published 11 x 11 grid, both within 1e-3.
 *
 * <pre>{@code
 * // Fluent API
 * LinguisticVariable service = LinguisticVariable.builder("service", 0, 10)
 *     .term("poor", MembershipFunction.triangular(0, 0, 5))
 *     .term("average", MembershipFunction.triangular(0, 5, 10))
 *     .term("good", MembershipFunction.triangular(5, 10, 10))
 *     .build();
 * LinguisticVariable quality = ...; // the same three terms
 * LinguisticVariable tip = LinguisticVariable.builder("tip", 0, 25)
 *     .term("low", MembershipFunction.triangular(0, 0, 13))
 *     .term("medium", MembershipFunction.triangular(0, 13, 25))
 *     .term("high", MembershipFunction.triangular(13, 25, 25))
 *     .build();
 * FuzzySystem tipping = FuzzySystem.builder()
 *     .input(quality).input(service)
 *     .output(tip, Defuzzification.centroid())
 *     .rule(Condition.is("quality", "poor").or("service", "poor"), "tip", "low")
 *     .rule(Condition.is("service", "average"), "tip", "medium")
 *     .rule(Condition.is("service", "good").or("quality", "good"), "tip", "high")
 *     .build();
 * FuzzyEvaluator evaluator = tipping.evaluator();        // once per thread
 * FuzzyResult result = evaluator.evaluate(new double[] {6.5, 9.8});
 * double percent = result.output("tip");
 * result.firedRules().forEach(System.out::println);     // the explanation
 *
 * // FCL, as written for jFuzzyLogic
 * FuzzySystem tipper = FclParser.parse(Path.of("tipper.fcl"));
 * FuzzyInputs in = tipper.newInputs().set("service", 3).set("food", 7);
 * double tipValue = tipper.evaluator().evaluate(in).output("tip");   // 11.7016
 * }</pre>
 */
package io.quantor.core.fuzzy;
