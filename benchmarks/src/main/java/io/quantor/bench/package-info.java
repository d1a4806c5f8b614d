/**
 * JMH benchmarks of Quantor against ta4j 0.17 ({@code DoubleNum}), and a heap footprint comparison.
 *
 * <p>Input: one million daily bars of the synthetic market ({@link io.quantor.bench.BenchmarkData}, fixed
 * seed), generated once per trial. Results are in nanoseconds per bar: batch benchmarks process the whole
 * series per invocation ({@code @OperationsPerInvocation}), streaming ones update one bar at a time
 * through the whole series. Methods are named {@code batch<Indicator>} and {@code stream<Indicator>} in
 * every class, so a regular expression on the indicator selects Quantor and ta4j side by side.
 *
 * <pre>
 * # build (from the project root)
 * ./mvnw -B -o -q -pl quant-core,benchmarks package -DskipTests
 *
 * # everything, with the defaults (1 fork, 3 x 2 s warm-up, 5 x 2 s measurement)
 * java -jar benchmarks/target/benchmarks.jar -rf json -rff jmh-result.json
 *
 * # one indicator, Quantor and ta4j together
 * java -jar benchmarks/target/benchmarks.jar 'Sma'
 * java -jar benchmarks/target/benchmarks.jar 'Stochastic'
 *
 * # only Quantor, or only ta4j, or only the batch forms
 * java -jar benchmarks/target/benchmarks.jar 'Quantor'
 * java -jar benchmarks/target/benchmarks.jar 'Ta4j'
 * java -jar benchmarks/target/benchmarks.jar '\.batch'
 *
 * # a quick smoke run
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 1 -i 1 -w 1s -r 1s 'Sma'
 *
 * # the generator
 * java -jar benchmarks/target/benchmarks.jar SyntheticMarket
 *
 * # retained heap of one million bars, Quantor BarSeries vs ta4j BaseBarSeries
 * java -Djdk.attach.allowAttachSelf -Xmx4g -cp benchmarks/target/benchmarks.jar \
 *     io.quantor.bench.HeapFootprint
 * </pre>
 *
 * <p>ta4j's Stochastic %K is quadratic in the series length, so its benchmarks run on
 * {@value io.quantor.bench.Ta4jIndicatorBenchmark#STOCH_BARS} bars; see
 * {@link io.quantor.bench.Ta4jIndicatorBenchmark}.
 *
 * <p>Options: {@link io.quantor.bench.OptionPricingBenchmark} times Black-Scholes-Merton price and Greeks
 * and implied volatility of Quantor, OpenGamma Strata and finmath-lib on one million random options
 * ({@link io.quantor.bench.OptionBenchmarkData}), in ns per option; {@link
 * io.quantor.bench.OptionAccuracyComparison} prints their errors and failures as Markdown.
 * <pre>
 * ./mvnw -B -o -q -pl quant-core,quant-options,benchmarks package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar 'Option'
 * java -jar benchmarks/target/benchmarks.jar 'PriceAndGreeks'
 * java -jar benchmarks/target/benchmarks.jar 'ImpliedVolatility'
 * java -cp benchmarks/target/benchmarks.jar io.quantor.bench.OptionAccuracyComparison \
 *     ../shared/reference/options
 * </pre>
 */
package io.quantor.bench;
