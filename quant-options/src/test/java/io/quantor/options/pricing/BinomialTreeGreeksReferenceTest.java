package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Tree Greeks against independent values.
 *
 * <ul>
 *   <li>European exercise, {@code shared/reference/options/european.csv} (QuantLib's analytic
 *       {@code AnalyticEuropeanEngine} delta, gamma, theta), rows with {@code sigma sqrt(T) >= 0.1} (below
 *       that an 801-step tree resolves the kink of the payoff poorly): delta within 3e-3, gamma within
 *       {@code 3e-3 / (S sigma sqrt T)}, theta within {@code 2e-3 S sigma sqrt(T) / T} (the natural
 *       scales of each Greek).</li>
 *   <li>American exercise, {@code shared/reference/options/american.csv}: delta against {@code fd_delta}
 *       (QuantLib's finite-difference engine, 4000x2000 grid) within 1e-3 on every row; gamma against
 *       {@code fd_gamma} within {@code 1e-2 / (S sigma sqrt T)} and theta against the Black-Scholes PDE
 *       identity {@code r V - (r - q) S delta - sigma^2 S^2 gamma / 2} evaluated with {@code accurate},
 *       {@code fd_delta}, {@code fd_gamma} within {@code 1e-2 S sigma sqrt(T) / T}, on the rows whose time
 *       value exceeds 0.5% of S. Nearer the exercise boundary gamma jumps and the PDE does not hold, and
 *       tree Greeks read from nodes two steps apart straddle the boundary.</li>
 * </ul>
 * Both lattices: Leisen-Reimer 801 steps, Cox-Ross-Rubinstein 801 steps.
 */
class BinomialTreeGreeksReferenceTest {

  private static final BinomialTree[] TREES = {BinomialTree.leisenReimer(801), BinomialTree.crr(801)};

  @Test
  void europeanTreeGreeksMatchAnalyticGreeks() {
    OptionsCsv csv = OptionsCsv.read("european.csv");
    List<String> problems = new ArrayList<>();
    double[] worst = new double[3];
    int rows = 0;
    for (int i = 0; i < csv.size(); i++) {
      double s = csv.number(i, "S");
      double t = csv.number(i, "T");
      double sigma = csv.number(i, "sigma");
      double sd = sigma * Math.sqrt(t);
      if (sd < 0.1) {
        continue;
      }
      rows++;
      for (BinomialTree tree : TREES) {
        TreeGreeks g = tree.greeks(csv.type(i), ExerciseStyle.EUROPEAN, s, csv.number(i, "K"), t,
            csv.number(i, "r"), csv.number(i, "q"), sigma);
        double[] scaled = {
            Math.abs(g.delta() - csv.number(i, "delta")),
            Math.abs(g.gamma() - csv.number(i, "gamma")) * s * sd,
            Math.abs(g.theta() - csv.number(i, "theta")) * t / (s * sd)};
        check(problems, worst, scaled, new double[] {3e-3, 3e-3, 2e-3}, tree, csv.text(i, "id"));
      }
    }
    System.out.printf(Locale.ROOT, "european.csv tree Greeks (%d rows): max delta error %.3g, scaled gamma"
        + " %.3g, scaled theta %.3g%n", rows, worst[0], worst[1], worst[2]);
    assertTrue(rows > 300, "rows compared: " + rows);
    if (!problems.isEmpty()) {
      fail(problems.size() + " mismatches: " + problems.subList(0, Math.min(6, problems.size())));
    }
  }

  @Test
  void americanTreeGreeksMatchFiniteDifferenceGreeks() {
    OptionsCsv csv = OptionsCsv.read("american.csv");
    List<String> problems = new ArrayList<>();
    double[] worst = new double[3];
    int interior = 0;
    for (int i = 0; i < csv.size(); i++) {
      OptionType type = csv.type(i);
      double s = csv.number(i, "S");
      double k = csv.number(i, "K");
      double t = csv.number(i, "T");
      double r = csv.number(i, "r");
      double q = csv.number(i, "q");
      double sigma = csv.number(i, "sigma");
      double sd = sigma * Math.sqrt(t);
      double accurate = csv.number(i, "accurate");
      double fdDelta = csv.number(i, "fd_delta");
      double fdGamma = csv.number(i, "fd_gamma");
      boolean continuation = accurate - type.payoff(s, k) > 0.005 * s;
      interior += continuation ? 1 : 0;
      double pdeTheta = r * accurate - (r - q) * s * fdDelta - 0.5 * sigma * sigma * s * s * fdGamma;
      for (BinomialTree tree : TREES) {
        TreeGreeks g = tree.greeks(type, ExerciseStyle.AMERICAN, s, k, t, r, q, sigma);
        double[] scaled = {
            Math.abs(g.delta() - fdDelta),
            continuation ? Math.abs(g.gamma() - fdGamma) * s * sd : 0,
            continuation ? Math.abs(g.theta() - pdeTheta) * t / (s * sd) : 0};
        check(problems, worst, scaled, new double[] {1e-3, 1e-2, 1e-2}, tree, csv.text(i, "id"));
      }
    }
    System.out.printf(Locale.ROOT, "american.csv tree Greeks (%d rows, %d in the continuation region): max"
        + " delta error %.3g, scaled gamma %.3g, scaled theta %.3g%n", csv.size(), interior, worst[0],
        worst[1], worst[2]);
    assertTrue(interior > 300, "continuation rows: " + interior);
    if (!problems.isEmpty()) {
      fail(problems.size() + " mismatches: " + problems.subList(0, Math.min(6, problems.size())));
    }
  }

  private static void check(List<String> problems, double[] worst, double[] scaled, double[] tol,
      BinomialTree tree, String id) {
    String[] names = {"delta", "gamma", "theta"};
    for (int m = 0; m < 3; m++) {
      worst[m] = Math.max(worst[m], scaled[m]);
      if (!(scaled[m] <= tol[m])) {
        problems.add(String.format(Locale.ROOT, "id %s %s %s: scaled error %.3g", id, tree, names[m],
            scaled[m]));
      }
    }
  }
}
