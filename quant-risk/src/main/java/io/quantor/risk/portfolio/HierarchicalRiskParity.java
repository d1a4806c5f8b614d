package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Hierarchical risk parity (Lopez de Prado 2016, "Building diversified portfolios that outperform out of
 * sample", Journal of Portfolio Management 42(4), 59-69): long-only weights from a cluster tree, with no
 * matrix inversion, so they exist for singular covariances too.
 *
 * <ol>
 *   <li><b>Distance.</b> {@code d_ij = sqrt((1 - rho_ij) / 2)} from the correlations, then, as in the paper
 *       (and its code, which passes the distance matrix to SciPy's {@code linkage} as observations), the
 *       Euclidean distance between columns of {@code d}: {@code D_ij = sqrt(sum_k (d_ki - d_kj)^2)}.</li>
 *   <li><b>Tree clustering.</b> Single linkage on {@code D} (merges in the order of the minimum spanning
 *       tree's edges, Kruskal); a merge joins the cluster of smaller id (left) with the larger (right), ids
 *       numbered as SciPy does (leaves {@code 0..n-1}, the k-th merge {@code n+k}).</li>
 *   <li><b>Quasi-diagonalisation.</b> The leaves in the order of a left-to-right walk of the tree.</li>
 *   <li><b>Recursive bisection.</b> Starting with weight 1 on the ordered list, split every list in two
 *       halves (by position, the first {@code len / 2} items left); each half's variance is that of its
 *       inverse-variance portfolio; the left half's weights are multiplied by {@code 1 - V_left / (V_left +
 *       V_right)}, the right half's by {@code 1 - V_right / (V_left + V_right)}.</li>
 * </ol>
 *
 * <p>Note: PyPortfolioOpt clusters on {@code d} itself rather than on {@code D}; the two can give different
 * trees. {@link OptimizationResult#objective()} is the portfolio volatility.
 */
public final class HierarchicalRiskParity {

  private HierarchicalRiskParity() {
  }

  /**
   * The HRP weights (fully invested, long-only).
   *
   * @param covariance the covariance of the returns; every variance must be positive
   * @return the result (always OPTIMAL for valid input: HRP is an allocation rule, not an optimization)
   * @throws IllegalArgumentException if the covariance is null or has a zero variance
   */
  public static OptimizationResult optimize(CovarianceMatrix covariance) {
    Args.notNull(covariance, "covariance");
    int n = covariance.size();
    for (int i = 0; i < n; i++) {
      Args.positive(covariance.get(i, i), "variance of asset " + i);
    }
    int[] order = order(covariance);
    double[] w = bisect(covariance, order);
    return OptimizationResult.optimal(w, Math.sqrt(covariance.variance(w)),
        covariance.riskContributions(w), 0, "hierarchical risk parity (single linkage, recursive bisection)");
  }

  /**
   * The single-linkage merges on the paper's distance {@code D}, as SciPy's {@code linkage} returns them:
   * one row per merge with the two cluster ids (smaller first), the distance and the new cluster's size.
   *
   * @param covariance the covariance of the returns
   * @return {@code n - 1} rows {@code {left, right, distance, size}}
   * @throws IllegalArgumentException if the covariance is null
   */
  public static double[][] linkage(CovarianceMatrix covariance) {
    Args.notNull(covariance, "covariance");
    return singleLinkage(distanceOfDistances(covariance.correlation()));
  }

  /**
   * The quasi-diagonal order of the assets: the leaves of the single-linkage tree from left to right.
   *
   * @param covariance the covariance of the returns
   * @return the asset indices in quasi-diagonal order
   * @throws IllegalArgumentException if the covariance is null
   */
  public static int[] order(CovarianceMatrix covariance) {
    double[][] link = linkage(covariance);
    int n = covariance.size();
    if (n == 1) {
      return new int[] {0};
    }
    int[] out = new int[n];
    int p = 0;
    Deque<Integer> stack = new ArrayDeque<>();
    stack.push(2 * n - 2);
    while (!stack.isEmpty()) {
      int id = stack.pop();
      if (id < n) {
        out[p++] = id;
      } else {
        double[] row = link[id - n];
        stack.push((int) row[1]);
        stack.push((int) row[0]);
      }
    }
    return out;
  }

  static double[][] distanceOfDistances(double[][] rho) {
    int n = rho.length;
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        d[i][j] = Math.sqrt(Math.max(0.0, 0.5 * (1 - rho[i][j])));
      }
    }
    double[][] dd = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          double t = d[k][i] - d[k][j];
          s += t * t;
        }
        dd[i][j] = Math.sqrt(s);
        dd[j][i] = dd[i][j];
      }
    }
    return dd;
  }

  /** Single linkage via Prim's minimum spanning tree, merges in edge order (ties: Prim's discovery order). */
  static double[][] singleLinkage(double[][] dist) {
    int n = dist.length;
    double[][] out = new double[Math.max(0, n - 1)][];
    if (n < 2) {
      return out;
    }
    boolean[] inTree = new boolean[n];
    double[] best = new double[n];
    int[] from = new int[n];
    Arrays.fill(best, Double.POSITIVE_INFINITY);
    int cur = 0;
    inTree[0] = true;
    double[][] edges = new double[n - 1][];
    for (int e = 0; e < n - 1; e++) {
      int next = -1;
      for (int j = 0; j < n; j++) {
        if (inTree[j]) {
          continue;
        }
        if (dist[cur][j] < best[j]) {
          best[j] = dist[cur][j];
          from[j] = cur;
        }
        if (next < 0 || best[j] < best[next]) {
          next = j;
        }
      }
      edges[e] = new double[] {from[next], next, best[next], e};
      inTree[next] = true;
      cur = next;
    }
    Arrays.sort(edges, (p, q) -> p[2] != q[2] ? Double.compare(p[2], q[2]) : Double.compare(p[3], q[3]));
    int[] parent = new int[n];
    int[] clusterId = new int[n];
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      clusterId[i] = i;
      size[i] = 1;
    }
    for (int e = 0; e < n - 1; e++) {
      int ra = find(parent, (int) edges[e][0]);
      int rb = find(parent, (int) edges[e][1]);
      int ia = clusterId[ra];
      int ib = clusterId[rb];
      parent[rb] = ra;
      size[ra] += size[rb];
      clusterId[ra] = n + e;
      out[e] = new double[] {Math.min(ia, ib), Math.max(ia, ib), edges[e][2], size[ra]};
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static double[] bisect(CovarianceMatrix cov, int[] order) {
    int n = order.length;
    double[] w = new double[n];
    Arrays.fill(w, 1.0);
    List<int[]> clusters = new ArrayList<>();
    clusters.add(order);
    while (!clusters.isEmpty()) {
      List<int[]> next = new ArrayList<>();
      for (int[] c : clusters) {
        if (c.length < 2) {
          continue;
        }
        int half = c.length / 2;
        int[] left = Arrays.copyOfRange(c, 0, half);
        int[] right = Arrays.copyOfRange(c, half, c.length);
        double vl = clusterVariance(cov, left);
        double vr = clusterVariance(cov, right);
        double alpha = 1 - vl / (vl + vr);
        for (int i : left) {
          w[i] *= alpha;
        }
        for (int i : right) {
          w[i] *= 1 - alpha;
        }
        next.add(left);
        next.add(right);
      }
      clusters = next;
    }
    return w;
  }

  /** Variance of the inverse-variance portfolio of a cluster. */
  private static double clusterVariance(CovarianceMatrix cov, int[] items) {
    double[] ivp = new double[items.length];
    double total = 0;
    for (int k = 0; k < items.length; k++) {
      ivp[k] = 1 / cov.get(items[k], items[k]);
      total += ivp[k];
    }
    double v = 0;
    for (int p = 0; p < items.length; p++) {
      for (int q = 0; q < items.length; q++) {
        v += ivp[p] * ivp[q] * cov.get(items[p], items[q]);
      }
    }
    return v / (total * total);
  }
}
