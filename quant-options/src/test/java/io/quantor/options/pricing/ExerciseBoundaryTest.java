package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.pricing.AndersenLakeOffengenden.Scheme;
import org.junit.jupiter.api.Test;

/** {@link ExerciseBoundary}: limits, exercise region, pricing from the boundary, nodes. */
class ExerciseBoundaryTest {

  /** B(0+) = K min(1, r/q) for a put and K max(1, r/q) for a call (ALO 2016, section 2). */
  @Test
  void limitAtExpiry() {
    assertEquals(100.0, put(0.05, 0.0).at(0.0), 1e-12);
    assertEquals(50.0, put(0.05, 0.10).at(0.0), 1e-12);
    assertEquals(100.0, put(0.10, 0.05).at(0.0), 1e-12);
    assertEquals(200.0, call(0.10, 0.05).at(0.0), 1e-12);
    assertEquals(100.0, call(0.05, 0.10).at(0.0), 1e-12);
  }

  @Test
  void putBoundaryLiesBelowTheStrikeAndCallBoundaryAbove() {
    ExerciseBoundary put = put(0.05, 0.02);
    ExerciseBoundary call = call(0.02, 0.05);
    for (int k = 1; k <= 10; k++) {
      double tau = k / 10.0;
      assertTrue(put.at(tau) < 100.0 && put.at(tau) > 50.0, "put at " + tau + ": " + put.at(tau));
      assertTrue(call.at(tau) > 100.0 && call.at(tau) < 250.0, "call at " + tau + ": " + call.at(tau));
    }
  }

  /** Inside the region the price is the intrinsic value; just outside it is above. */
  @Test
  void exerciseRegionAndPrice() {
    ExerciseBoundary put = put(0.06, 0.01);
    double critical = put.at(1.0);
    assertTrue(put.isExercised(critical * 0.999, 1.0));
    assertFalse(put.isExercised(critical * 1.001, 1.0));
    assertEquals(100.0 - critical * 0.999, put.price(critical * 0.999), 1e-12);
    assertTrue(put.price(critical * 1.001) > 100.0 - critical * 1.001);
    assertTrue(put.isExercised(99.0, 0.0));
    assertFalse(put.isExercised(101.0, 0.0));

    ExerciseBoundary call = call(0.01, 0.06);
    double callCritical = call.at(1.0);
    assertTrue(call.isExercised(callCritical * 1.001, 1.0));
    assertFalse(call.isExercised(callCritical * 0.999, 1.0));
  }

  @Test
  void boundaryPricesAgreeWithTheDirectPrice() {
    ExerciseBoundary boundary = AndersenLakeOffengenden.exerciseBoundary(OptionType.CALL, 100, 0.75, 0.03,
        0.07, 0.35);
    for (double spot : new double[] {60, 90, 100, 115, 150, 400}) {
      double direct = AndersenLakeOffengenden.price(OptionType.CALL, spot, 100, 0.75, 0.03, 0.07, 0.35);
      assertEquals(direct, boundary.price(spot), 0.0, "spot " + spot);
      double european = BlackScholes.price(OptionType.CALL, spot, 100, 0.75, 0.03, 0.07, 0.35);
      assertEquals(direct - european, boundary.earlyExercisePremium(spot), 1e-12 * (spot + 100));
    }
  }

  @Test
  void nodesRunFromZeroToExpiry() {
    ExerciseBoundary boundary = AndersenLakeOffengenden.exerciseBoundary(Scheme.FAST, OptionType.PUT, 100, 2,
        0.05, 0.0, 0.3);
    double[] times = boundary.nodeTimes();
    double[] values = boundary.nodeBoundary();
    assertEquals(Scheme.FAST.collocationNodes() + 1, times.length);
    assertEquals(0.0, times[0]);
    assertEquals(2.0, times[times.length - 1], 1e-15);
    for (int i = 0; i < times.length; i++) {
      assertEquals(boundary.at(times[i]), values[i], 1e-12 * values[i]);
      assertTrue(i == 0 || times[i] > times[i - 1]);
    }
    // The arrays are copies.
    times[1] = -1;
    assertTrue(boundary.nodeTimes()[1] > 0);
  }

  @Test
  void describesItsOption() {
    ExerciseBoundary boundary = AndersenLakeOffengenden.exerciseBoundary(Scheme.FAST, OptionType.PUT, 90, 0.5,
        0.04, 0.01, 0.25);
    assertEquals(OptionType.PUT, boundary.type());
    assertEquals(90.0, boundary.strike());
    assertEquals(0.5, boundary.timeToExpiry());
    assertEquals(0.04, boundary.rate());
    assertEquals(0.01, boundary.dividendYield());
    assertEquals(0.25, boundary.volatility());
    assertEquals(Scheme.FAST, boundary.scheme());
    assertTrue(boundary.exercisesEarly());
    assertTrue(boundary.toString().startsWith("ExerciseBoundary[PUT K=90.0 t=0.5"), boundary.toString());
  }

  @Test
  void timesOutsideTheRangeAreRejected() {
    ExerciseBoundary boundary = put(0.05, 0.0);
    assertThrows(IllegalArgumentException.class, () -> boundary.at(-0.01));
    assertThrows(IllegalArgumentException.class, () -> boundary.at(1.01));
    assertThrows(IllegalArgumentException.class, () -> boundary.at(Double.NaN));
    // Rounding above t is tolerated.
    assertEquals(boundary.at(1.0), boundary.at(Math.nextUp(1.0)));
    assertThrows(IllegalArgumentException.class, () -> boundary.price(-1));
  }

  /** Without diffusion the boundary is the constant B(0+), and prices follow the deterministic value. */
  @Test
  void zeroVolatilityBoundaryIsFlat() {
    ExerciseBoundary boundary = AndersenLakeOffengenden.exerciseBoundary(OptionType.PUT, 100, 1, 0.05, 0.10,
        0.0);
    assertEquals(50.0, boundary.at(0.0), 1e-12);
    assertEquals(50.0, boundary.at(1.0), 1e-12);
    assertEquals(AndersenLakeOffengenden.price(OptionType.PUT, 70, 100, 1, 0.05, 0.10, 0.0),
        boundary.price(70));
  }

  private static ExerciseBoundary put(double r, double q) {
    return AndersenLakeOffengenden.exerciseBoundary(OptionType.PUT, 100, 1, r, q, 0.3);
  }

  private static ExerciseBoundary call(double r, double q) {
    return AndersenLakeOffengenden.exerciseBoundary(OptionType.CALL, 100, 1, r, q, 0.3);
  }
}
