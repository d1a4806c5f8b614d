/**
 * Trading signals: streaming alpha models, the weighted-voting {@link io.quantor.core.signal.SignalEngine}
 * with confidence thresholds and regime multipliers, Platt calibration with reliability tables, and the
 * unit-root and cointegration tests behind pairs trading.
 *
 * <p><b>Signals.</b> A {@link io.quantor.core.signal.Signal} carries a direction (BUY, SELL, ABSTAIN), a
 * score in {@code [-1, 1]} (signed strength), a confidence in {@code [0, 1]}, a horizon in bars and its
 * source. Models of one instrument implement {@link io.quantor.core.signal.AlphaModel}
 * ({@link io.quantor.core.signal.RsiReversion}, {@link io.quantor.core.signal.EmaCrossover},
 * {@link io.quantor.core.signal.MacdCrossover}, {@link io.quantor.core.signal.BollingerReversion},
 * {@link io.quantor.core.signal.ReturnsMomentum}); pair models implement
 * {@link io.quantor.core.signal.PairAlphaModel} ({@link io.quantor.core.signal.PairsTrading}). Models are
 * fed one bar at a time, abstain during their documented warm-up, and map their statistic linearly to a
 * score that saturates at a documented level.
 *
 * <p><b>Statistics.</b> {@link io.quantor.core.signal.AugmentedDickeyFuller} (checked against R's
 * {@code tseries::adf.test}), {@link io.quantor.core.signal.EngleGranger} and
 * {@link io.quantor.core.signal.MacKinnon} p-values and critical values (checked against statsmodels);
 * {@link io.quantor.core.signal.PlattScaling} with {@link io.quantor.core.signal.ReliabilityTable}.
 *
 * <pre>{@code
 * BarSeries orcl = BarCsvReader.daily().withSymbol("ORCL").read(Path.of("orcl_daily_1995_2014.csv"));
 * List<AlphaModel> models = List.of(new RsiReversion(), new EmaCrossover(), new MacdCrossover());
 * SignalEngine.Builder b = SignalEngine.builder().minConfidence(0.25);
 * models.forEach(m -> b.model(m.name(), 1.0));
 * SignalEngine engine = b.build();
 * for (int i = 0; i < orcl.size(); i++) {
 *   List<Signal> signals = new ArrayList<>();
 *   for (AlphaModel m : models) {
 *     signals.add(m.update(orcl, i));
 *   }
 *   EnsembleVote vote = engine.vote(signals, TrendRegime.SIDEWAYS);   // confidence x 0.7
 *   if (vote.signal().isActionable() && vote.disagreement() < 0.5) {
 *     // size and send an order
 *   }
 * }
 * CointegrationResult eg = EngleGranger.test(logOrcl, logYhoo);   // hedge ratio, tau, p-value
 * PlattCalibration cal = PlattScaling.defaults().fit(pastScores, pastWentUp);
 * }</pre>
 */
package io.quantor.core.signal;
