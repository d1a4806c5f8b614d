package io.quantor.core.signal;

import io.quantor.core.internal.Args;

/**
 * MacKinnon's response-surface approximations to the distribution of Dickey-Fuller and Engle-Granger
 * {@code tau} statistics: p-values (MacKinnon 1994) and finite-sample critical values (MacKinnon 2010).
 *
 * <p><b>P-values.</b> J. G. MacKinnon, "Approximate asymptotic distribution functions for unit-root and
 * cointegration tests", <i>Journal of Business &amp; Economic Statistics</i> 12(2), 1994, 167-176:
 * {@code p = Phi(g0 + g1 tau + g2 tau^2)} below the cut-off {@code tau*} (the left tail) and
 * {@code p = Phi(g0 + g1 tau + g2 tau^2 + g3 tau^3)} above it, with the paper's coefficients for
 * {@code N = 1..6} integrated series (N = 1: the ADF test; N = number of variables of the cointegrating
 * regression for Engle-Granger) and the deterministic terms of the regression ({@code nc}, {@code c},
 * {@code ct}). Below the smallest tabulated statistic the p-value is 0, above the largest it is 1. These
 * are asymptotic p-values, the numbers statsmodels' {@code mackinnonp} returns (the tests check them
 * against statsmodels 0.13.5 to {@code 1e-12}).
 *
 * <p><b>Critical values.</b> J. G. MacKinnon, "Critical values for cointegration tests", Queen's
 * University Economics Working Paper 1227, 2010, Table 2: {@code c(T) = b_inf + b1/T + b2/T^2 + b3/T^3} for
 * sample size {@code T}. The no-constant case ({@link DeterministicTerms#NONE}) has values for {@code N = 1}
 * only (from MacKinnon 1996, as the 2010 paper gives none).
 *
 * <p>Note: R's {@code tseries::adf.test} reports a different p-value, interpolated in the Banerjee et al.
 * (1993) table of critical values and truncated to {@code [0.01, 0.99]}; only its statistic is comparable.
 */
public final class MacKinnon {

  /** The largest number of integrated series covered by the tables. */
  public static final int MAX_VARIABLES = 6;

  // MacKinnon (1994), Tables 3 and 4, by deterministic terms (nc, c, ct) and N = 1..6.
  private static final double[][] TAU_STAR = {
      {-1.04, -1.53, -2.68, -3.09, -3.07, -3.77},
      {-1.61, -2.62, -3.13, -3.47, -3.78, -3.93},
      {-2.89, -3.19, -3.50, -3.65, -3.80, -4.36}};
  private static final double[][] TAU_MIN = {
      {-19.04, -19.62, -21.21, -23.25, -21.63, -25.74},
      {-18.83, -18.86, -23.48, -28.07, -25.96, -23.27},
      {-16.18, -21.15, -25.37, -26.63, -26.53, -26.18}};
  private static final double[][] TAU_MAX = {
      {Double.POSITIVE_INFINITY, 1.51, 0.86, 0.88, 1.05, 1.24},
      {2.74, 0.92, 0.55, 0.61, 0.79, 1.0},
      {0.7, 0.63, 0.71, 0.93, 1.19, 1.42}};
  /** Left-tail coefficients g0, g1, g2 as printed (g2 in units of 1e-2). */
  private static final double[][][] SMALL_P = {
      {{0.6344, 1.2378, 3.2496}, {1.9129, 1.3857, 3.5322}, {2.7648, 1.4502, 3.4186},
          {3.4336, 1.4835, 3.19}, {4.0999, 1.5533, 3.59}, {4.5388, 1.5344, 2.9807}},
      {{2.1659, 1.4412, 3.8269}, {2.92, 1.5012, 3.9796}, {3.4699, 1.4856, 3.164},
          {3.9673, 1.4777, 2.6315}, {4.5509, 1.5338, 2.9545}, {5.1399, 1.6036, 3.4445}},
      {{3.2512, 1.6047, 4.9588}, {3.6646, 1.5419, 3.6448}, {4.0983, 1.5173, 2.9898},
          {4.5844, 1.5338, 2.8796}, {5.0722, 1.5634, 2.9472}, {5.53, 1.5914, 3.0392}}};
  private static final double[] SMALL_P_UNITS = {1, 1, 1e-2};
  /** Right-part coefficients g0..g3 as printed (g1, g2 in units of 1e-1, g3 in units of 1e-2). */
  private static final double[][][] LARGE_P = {
      {{0.4797, 9.3557, -0.6999, 3.3066}, {1.5578, 8.558, -2.083, -3.3549},
          {2.2268, 6.8093, -3.2362, -5.4448}, {2.7654, 6.4502, -3.0811, -4.4946},
          {3.2684, 6.8051, -2.6778, -3.4972}, {3.7268, 7.167, -2.3648, -2.8288}},
      {{1.7339, 9.3202, -1.2745, -1.0368}, {2.1945, 6.4695, -2.9198, -4.2377},
          {2.5893, 4.5168, -3.6529, -5.0074}, {3.0387, 4.5452, -3.3666, -4.1921},
          {3.5049, 5.2098, -2.9158, -3.3468}, {3.9489, 5.8933, -2.5359, -2.721}},
      {{2.5261, 6.1654, -3.7956, -6.0285}, {2.85, 5.272, -3.6622, -5.1695},
          {3.221, 5.255, -3.2685, -4.1501}, {3.652, 5.9758, -2.7483, -3.2081},
          {4.0712, 6.6428, -2.3464, -2.546}, {4.4735, 7.1757, -2.0681, -2.1196}}};
  private static final double[] LARGE_P_UNITS = {1, 1e-1, 1e-1, 1e-2};

  // MacKinnon (2010), Table 2: per N, rows 1 %, 5 %, 10 %, columns b_inf, b1, b2, b3.
  private static final double[][][] CRITICAL_NONE = {
      {{-2.56574, -2.2358, -3.627, 0}, {-1.94100, -0.2686, -3.365, 31.223},
          {-1.61682, 0.2656, -2.714, 25.364}}};
  private static final double[][][] CRITICAL_CONSTANT = {
      {{-3.43035, -6.5393, -16.786, -79.433}, {-2.86154, -2.8903, -4.234, -40.040},
          {-2.56677, -1.5384, -2.809, 0}},
      {{-3.89644, -10.9519, -33.527, 0}, {-3.33613, -6.1101, -6.823, 0}, {-3.04445, -4.2412, -2.720, 0}},
      {{-4.29374, -14.4354, -33.195, 47.433}, {-3.74066, -8.5632, -10.852, 27.982},
          {-3.45218, -6.2143, -3.718, 0}},
      {{-4.64332, -18.1031, -37.972, 0}, {-4.09600, -11.2349, -11.175, 0}, {-3.81020, -8.3931, -4.137, 0}},
      {{-4.95756, -21.8883, -45.142, 0}, {-4.41519, -14.0405, -12.575, 0}, {-4.13157, -10.7417, -3.784, 0}},
      {{-5.24568, -25.6688, -57.737, 88.639}, {-4.70693, -16.9178, -17.492, 60.007},
          {-4.42501, -13.1875, -5.104, 27.877}}};
  private static final double[][][] CRITICAL_CONSTANT_TREND = {
      {{-3.95877, -9.0531, -28.428, -134.155}, {-3.41049, -4.3904, -9.036, -45.374},
          {-3.12705, -2.5856, -3.925, -22.380}},
      {{-4.32762, -15.4387, -35.679, 0}, {-3.78057, -9.5106, -12.074, 0},
          {-3.49631, -7.0815, -7.538, 21.892}},
      {{-4.66305, -18.7688, -49.793, 104.244}, {-4.11890, -11.8922, -19.031, 77.332},
          {-3.83511, -9.0723, -8.504, 35.403}},
      {{-4.96940, -22.4694, -52.599, 51.314}, {-4.42871, -14.5876, -18.228, 39.647},
          {-4.14633, -11.2500, -9.873, 54.109}},
      {{-5.25276, -26.2183, -59.631, 50.646}, {-4.71537, -17.3569, -22.660, 91.359},
          {-4.43422, -13.6078, -10.238, 76.781}},
      {{-5.51727, -29.9760, -75.222, 202.253}, {-4.98228, -20.3050, -25.224, 132.03},
          {-4.70233, -16.1253, -9.836, 94.272}}};

  private MacKinnon() {
  }

  /**
   * The approximate asymptotic p-value of a {@code tau} statistic: the probability, under the unit-root
   * (no-cointegration) null, of a statistic at or below {@code statistic}.
   *
   * @param statistic the t-statistic of the lagged level; NaN gives NaN, {@code -infinity} gives 0
   * @param terms the deterministic terms of the (cointegrating) regression
   * @param variables {@code N}: 1 for the ADF test, the number of series for Engle-Granger; 1 to
   *     {@link #MAX_VARIABLES}
   * @return the p-value in {@code [0, 1]}
   * @throws IllegalArgumentException if {@code terms} is null or {@code variables} is out of range
   */
  public static double pValue(double statistic, DeterministicTerms terms, int variables) {
    Args.notNull(terms, "terms");
    Args.inRange(variables, 1, MAX_VARIABLES, "variables");
    if (Double.isNaN(statistic)) {
      return Double.NaN;
    }
    int t = terms.ordinal();
    int n = variables - 1;
    if (statistic > TAU_MAX[t][n]) {
      return 1.0;
    }
    if (statistic < TAU_MIN[t][n]) {
      return 0.0;
    }
    double[] g = statistic <= TAU_STAR[t][n] ? SMALL_P[t][n] : LARGE_P[t][n];
    double[] units = statistic <= TAU_STAR[t][n] ? SMALL_P_UNITS : LARGE_P_UNITS;
    double z = 0;
    for (int i = g.length - 1; i >= 0; i--) {
      z = z * statistic + g[i] * units[i];
    }
    return StandardNormal.cdf(z);
  }

  /**
   * Finite-sample critical values (MacKinnon 2010).
   *
   * @param terms the deterministic terms of the (cointegrating) regression
   * @param variables {@code N}: 1 for the ADF test, the number of series for Engle-Granger; 1 to
   *     {@link #MAX_VARIABLES}, only 1 with {@link DeterministicTerms#NONE}
   * @param sampleSize {@code T}, the sample size, {@code >= 1} (the ADF regression's number of
   *     observations, as statsmodels' {@code adfuller}; the series length minus one for Engle-Granger, as
   *     statsmodels' {@code coint} and Stata's {@code egranger})
   * @return the critical values
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static CriticalValues criticalValues(DeterministicTerms terms, int variables, int sampleSize) {
    Args.atLeast(sampleSize, 1, "sampleSize");
    return critical(terms, variables, 1.0 / sampleSize);
  }

  /**
   * Asymptotic critical values ({@code T} infinite: the coefficients {@code b_inf}).
   *
   * @param terms the deterministic terms
   * @param variables {@code N}, as for {@link #criticalValues(DeterministicTerms, int, int)}
   * @return the critical values
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static CriticalValues asymptoticCriticalValues(DeterministicTerms terms, int variables) {
    return critical(terms, variables, 0.0);
  }

  private static CriticalValues critical(DeterministicTerms terms, int variables, double inverseT) {
    Args.notNull(terms, "terms");
    double[][][] table;
    switch (terms) {
      case NONE:
        table = CRITICAL_NONE;
        break;
      case CONSTANT:
        table = CRITICAL_CONSTANT;
        break;
      default:
        table = CRITICAL_CONSTANT_TREND;
        break;
    }
    Args.inRange(variables, 1, table.length, "variables");
    double[][] rows = table[variables - 1];
    return new CriticalValues(surface(rows[0], inverseT), surface(rows[1], inverseT),
        surface(rows[2], inverseT));
  }

  private static double surface(double[] b, double inverseT) {
    return b[0] + inverseT * (b[1] + inverseT * (b[2] + inverseT * b[3]));
  }
}
