package io.quantor.risk.portfolio;

/** Textbook closed forms, computed independently of the code under test (Gauss-Jordan inversion). */
final class ClosedForms {

  private ClosedForms() {
  }

  static double[][] inverse(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n + i] = 1;
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int i = c + 1; i < n; i++) {
        if (Math.abs(m[i][c]) > Math.abs(m[p][c])) {
          p = i;
        }
      }
      double[] t = m[p];
      m[p] = m[c];
      m[c] = t;
      double d = m[c][c];
      for (int j = 0; j < 2 * n; j++) {
        m[c][j] /= d;
      }
      for (int i = 0; i < n; i++) {
        if (i != c) {
          double f = m[i][c];
          for (int j = 0; j < 2 * n; j++) {
            m[i][j] -= f * m[c][j];
          }
        }
      }
    }
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], n, inv[i], 0, n);
    }
    return inv;
  }

  /** {@code Sigma^-1 1 / (1' Sigma^-1 1)}. */
  static double[] minimumVariance(double[][] cov) {
    double[][] inv = inverse(cov);
    int n = cov.length;
    double[] w = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        w[i] += inv[i][j];
      }
      total += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= total;
    }
    return w;
  }
}
