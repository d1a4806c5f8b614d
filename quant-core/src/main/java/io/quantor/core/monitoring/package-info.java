/**
 * Model monitoring: drift of each input feature (PSI and KL divergence against a reference window, via
 * {@link io.quantor.core.analytics.FeatureDrift}), drift of the prediction confidences (PSI and the shift of
 * the mean), and a health score in [0, 1] mapped to OK / WARN / ALERT.
 *
 * <p>Defaults ({@link io.quantor.core.monitoring.MonitorConfig}): 10 quantile bins of the reference; PSI
 * WARN from 0.1, ALERT from 0.25; mean-confidence shift WARN from 0.05, ALERT from 0.10; health
 * {@code 1 - (0.5 D_F + 0.5 D_C)} with {@code D_F} the worst feature's and {@code D_C} the confidences'
 * normalized drift (0.5 at the WARN threshold, 1 from the ALERT threshold); OK above 0.75, ALERT at or
 * below 0.5.
 *
 * <pre>{@code
 * ModelMonitor monitor = ModelMonitor.of(Map.of("momentum", trainMomentum), trainConfidence,
 *     MonitorConfig.defaults());
 * ModelHealthReport report = monitor.evaluate(Map.of("momentum", liveMomentum), liveConfidence);
 * report.health();                          // 1.0 when nothing drifted
 * report.status();                          // OK, WARN or ALERT
 * report.feature("momentum").get().psi();   // that feature's PSI
 * report.confidence().meanShift();          // negative: the model has become less sure
 * }</pre>
 */
package io.quantor.core.monitoring;
