/**
 * Runnable examples.
 *
 * <ul>
 *   <li>{@link io.quantor.examples.WalkForwardApp}, the README's "run it" command and the default main
 *       class: an ensemble strategy (three alpha models, the signal engine's vote, a volatility-target
 *       sizer, drawdown-halt and exposure gates) validated walk-forward on seeded synthetic bars or a
 *       daily CSV file; it prints the fold table, the verdict, PSR, DSR, PBO, a bootstrap interval and the
 *       regret against cash, buy-and-hold and random entry, and writes a tear sheet, the result as JSON
 *       and the decision journal.</li>
 *   <li>{@link io.quantor.examples.QuickStart}: indicators in batch and streaming form.</li>
 * </ul>
 *
 * <pre>{@code
 * ./mvnw -B -q -pl examples -am compile exec:java                     # WalkForwardApp, synthetic data
 * ./mvnw -B -q -pl examples exec:java \
 *     -Dexec.args="--data ../shared/data/orcl_daily_1995_2014.csv --out target/orcl"
 * ./mvnw -B -q -pl examples exec:java -Dexamples.mainClass=io.quantor.examples.QuickStart
 *
 * // or from code: the exit code, everything printed to the stream
 * int code = WalkForwardApp.run(new String[] {"--years", "6", "--out", "/tmp/wf"}, System.out);
 * }</pre>
 */
package io.quantor.examples;
