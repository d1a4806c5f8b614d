/**
 * Portfolio construction: minimum variance, mean-variance (target return or risk aversion), maximum
 * Sharpe, minimum CVaR on scenarios, risk parity (equal risk contribution and risk budgets), hierarchical
 * risk parity, Black-Litterman returns and Ledoit-Wolf shrinkage.
 *
 * <p>Inputs are immutable values ({@link io.quantor.risk.portfolio.CovarianceMatrix},
 * {@link io.quantor.risk.portfolio.ReturnScenarios}, {@link io.quantor.risk.portfolio.PortfolioConstraints});
 * every optimizer is a static method that returns an immutable
 * {@link io.quantor.risk.portfolio.OptimizationResult}. A result carries weights only when its status is
 * {@code OPTIMAL}; an infeasible problem says which constraints conflict, with the numbers, instead of a bare
 * "infeasible". Weights are fractions of capital; returns, covariances and risk numbers are per period of the
 * input data; CVaR is a positive number for a loss.
 *
 * <p>Solvers: budget-and-bounds quadratic programs (long-only included) use a primal active-set method with
 * updated Cholesky factors; group limits and turnover go to ojAlgo's convex solver (the ojAlgo model never
 * leaves this package); minimum CVaR uses an interior-point method on the dual of the Rockafellar-Uryasev
 * linear program with scenario generation.
 *
 * <pre>{@code
 * CovarianceMatrix cov = LedoitWolf.estimate(returns, ShrinkageTarget.CONSTANT_CORRELATION).covariance();
 * PortfolioConstraints limits = PortfolioConstraints.longOnly(cov.size())
 *     .withBounds(0.0, 0.25)
 *     .withGroup(GroupConstraint.cap("tech", new int[] {0, 1, 2}, 0.40))
 *     .withTurnover(currentWeights, 0.30);
 * OptimizationResult mv = MinimumVariance.optimize(cov, limits);
 *
 * ReturnScenarios scenarios = ReturnScenarios.of(returns);
 * OptimizationResult cvar = MinimumCvar.optimize(scenarios, 0.95, limits);
 * if (cvar.isOptimal()) {
 *   double[] w = cvar.weights();          // fractions of capital, adding up to 1
 *   double expectedShortfall = cvar.objective();
 * } else {
 *   // e.g. "budget + bounds: the lower bounds add up to 1.20000, above the budget 1.00000"
 *   cvar.conflicts().forEach(System.out::println);
 * }
 * }</pre>
 */
package io.quantor.risk.portfolio;
