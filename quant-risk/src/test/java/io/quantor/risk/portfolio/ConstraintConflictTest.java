package io.quantor.risk.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Infeasible problems return INFEASIBLE and name the constraints that conflict, with the numbers. */
class ConstraintConflictTest {

  private static final CovarianceMatrix COV = CovarianceMatrix.sample(TestData.factorReturns(200, 4, 31));

  @Test
  void lowerBoundsAboveBudget() {
    PortfolioConstraints c = PortfolioConstraints.longOnly(4).withBounds(0.3, 1.0);
    OptimizationResult r = MinimumVariance.optimize(COV, c);
    assertEquals(OptimizationStatus.INFEASIBLE, r.status());
    ConstraintConflict k = r.conflicts().get(0);
    assertEquals(List.of("budget", "bounds"), k.constraints());
    assertTrue(k.explanation().contains("1.20000"), k.explanation());
    assertThrows(IllegalStateException.class, r::weights);
  }

  @Test
  void upperBoundsBelowBudget() {
    OptimizationResult r =
        MinimumVariance.optimize(COV, PortfolioConstraints.longOnly(4).withBounds(0.0, 0.2));
    assertEquals(List.of("budget", "bounds"), r.conflicts().get(0).constraints());
  }

  @Test
  void groupCapBelowItsLowerBounds() {
    PortfolioConstraints c = PortfolioConstraints.longOnly(4).withBounds(0.1, 1.0)
        .withGroup(GroupConstraint.cap("tech", new int[] {0, 1, 2}, 0.25));
    assertEquals(List.of("group 'tech'", "bounds"), c.conflicts().get(0).constraints());
  }

  @Test
  void groupCapWithBudgetAndBounds() {
    PortfolioConstraints c = PortfolioConstraints.longOnly(4).withBounds(0.0, 0.3)
        .withGroup(GroupConstraint.cap("tech", new int[] {0, 1}, 0.3));
    List<ConstraintConflict> k = c.conflicts();
    assertEquals(List.of("budget", "group 'tech'", "bounds"), k.get(0).constraints());
  }

  @Test
  void turnoverAgainstBoundsAndBudget() {
    double[] current = {0.7, 0.1, 0.1, 0.1};
    PortfolioConstraints bounds =
        PortfolioConstraints.longOnly(4).withBounds(0.0, 0.4).withTurnover(current, 0.2);
    assertEquals(List.of("turnover", "bounds"), bounds.conflicts().get(0).constraints());
    double[] half = {0.2, 0.1, 0.1, 0.1};
    PortfolioConstraints budget = PortfolioConstraints.longOnly(4).withTurnover(half, 0.3);
    assertEquals(List.of("turnover", "budget"), budget.conflicts().get(0).constraints());
  }

  /**
   * Two caps that are each satisfiable but not together: found by the linear program and the deletion filter,
   * which leaves out the cap that plays no part. (Without the bounds the caps alone would hold: weights could
   * go negative.)
   */
  @Test
  void overlappingGroupsFoundByDeletionFilter() {
    PortfolioConstraints c = PortfolioConstraints.longOnly(3)
        .withGroup(GroupConstraint.cap("a", new int[] {0, 1}, 0.3))
        .withGroup(GroupConstraint.cap("b", new int[] {1, 2}, 0.3))
        .withGroup(GroupConstraint.cap("loose", new int[] {0, 2}, 2.0));
    OptimizationResult r = MinimumVariance.optimize(CovarianceMatrix.of(new double[][] {
        {0.04, 0, 0}, {0, 0.04, 0}, {0, 0, 0.04}}), c);
    assertEquals(OptimizationStatus.INFEASIBLE, r.status());
    assertEquals(List.of("budget", "bounds", "group 'a'", "group 'b'"), r.conflicts().get(0).constraints());
  }

  @Test
  void unreachableTargetReturn() {
    double[] mu = {0.01, 0.02, 0.03, 0.04};
    OptimizationResult r = MeanVariance.forTargetReturn(mu, COV, 0.05, PortfolioConstraints.longOnly(4));
    assertEquals(OptimizationStatus.INFEASIBLE, r.status());
    assertEquals(List.of("target return", "budget", "bounds"), r.conflicts().get(0).constraints());
    assertTrue(r.conflicts().get(0).explanation().contains("0.0400000"), r.message());
  }

  @Test
  void noPositiveExcessReturn() {
    double[] mu = {0.01, 0.02, 0.03, 0.04};
    OptimizationResult r = MaximumSharpe.optimize(mu, COV, 0.05, PortfolioConstraints.longOnly(4));
    assertEquals(OptimizationStatus.INFEASIBLE, r.status());
    assertEquals("positive excess return", r.conflicts().get(0).constraints().get(0));
  }

  @Test
  void minimumCvarReportsConflictsToo() {
    ReturnScenarios s = ReturnScenarios.of(TestData.factorReturns(100, 4, 32));
    OptimizationResult r =
        MinimumCvar.optimize(s, 0.95, PortfolioConstraints.longOnly(4).withBounds(0.3, 1.0));
    assertEquals(OptimizationStatus.INFEASIBLE, r.status());
    assertEquals(List.of("budget", "bounds"), r.conflicts().get(0).constraints());
  }

  @Test
  void malformedBoundsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> PortfolioConstraints.longOnly(2).withBounds(new double[] {0, 0.5}, new double[] {1, 0.4}));
    assertThrows(IllegalArgumentException.class, () -> GroupConstraint.of("x", new int[] {0}, 0.5, 0.4));
  }
}
