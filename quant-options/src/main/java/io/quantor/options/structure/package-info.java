/**
 * Multi-leg option structures: legs and structures, builders that pick strikes from a chain by delta with
 * IV-rank-dependent wings, a validator that reports every violation as a value, expiry and risk analytics,
 * and trading costs.
 *
 * <ul>
 *   <li>{@link io.quantor.options.structure.Leg} (signed quantity, price per unit) and
 *       {@link io.quantor.options.structure.OptionStructure}; cash amounts scale by
 *       {@code quantity * multiplier}.</li>
 *   <li>{@link io.quantor.options.structure.StructureBuilder}: verticals, iron condors, calendars,
 *       broken-wing butterflies, straddles and strangles from an
 *       {@link io.quantor.options.chain.OptionChain};
 *       {@link io.quantor.options.structure.WingWidthRule}.</li>
 *   <li>{@link io.quantor.options.structure.StructureValidator}: a list of
 *       {@link io.quantor.options.structure.Violation}s, never an exception.</li>
 *   <li>{@link io.quantor.options.structure.ExpiryProfile} (max profit, max loss, breakevens, premium
 *       carried or not), {@link io.quantor.options.structure.StructurePricer} (aggregate Greeks),
 *       {@link io.quantor.options.structure.ProbabilityOfProfit} and
 *       {@link io.quantor.options.structure.ProbabilityOfTouch} (closed forms).</li>
 *   <li>{@link io.quantor.options.structure.CostModel}: commission with a per-order minimum and fills at
 *       mid plus a fraction of the half-spread.</li>
 * </ul>
 *
 * <pre>{@code
 * StructureBuilder builder = StructureBuilder.of(chain);
 * OptionStructure condor = builder
 *     .ironCondor(expiry, -0.16, 0.16, WingWidthRule.step(5, 10, 0.5), ivRank, 1)
 *     .orElseThrow();
 * List<Violation> problems = StructureValidator.validate(condor);     // empty
 *
 * double t = chain.yearsToExpiry(expiry);
 * Greeks greeks = StructurePricer.greeks(condor, chain.spot(), t, 0.05, 0.013, 0.18);
 * ExpiryProfile profile = ExpiryProfile.of(condor);
 * double maxLoss = profile.maxLoss().orElseThrow();
 * double pop = ProbabilityOfProfit.of(profile, chain.spot(), t, 0.05, 0.013, 0.18);
 * double touch = ProbabilityOfTouch.of(chain.spot(), profile.breakevens().get(0), t, 0.05, 0.013, 0.18);
 *
 * StructureFill fill = CostModel.of(0.65, 1.00, 0.5).fill(condor, chain).orElseThrow();
 * }</pre>
 */
package io.quantor.options.structure;
