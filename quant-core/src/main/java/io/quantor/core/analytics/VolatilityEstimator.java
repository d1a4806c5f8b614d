package io.quantor.core.analytics;

/**
 * The realized-volatility estimators of {@link RealizedVolatility}, each over a window of {@code W} bars.
 *
 * <p>All use natural logs; "sample variance" has divisor {@code W - 1}, "mean" divisor {@code W}. The
 * annualized volatility is {@code sigma = sqrt(A * variance)} with {@code A} the periods per year (252 for
 * daily bars). With {@code o_i = ln(O_i/C_(i-1))} (overnight return) and {@code c_i = ln(C_i/O_i)},
 * each constant gives its formula and source. The windows end at (and include) the current bar.
 */
public enum VolatilityEstimator {

  /**
   * Close to close: the sample variance of the {@code W} log returns {@code ln(C_i/C_(i-1))}. Needs
   * {@code W + 1} closes: lookback {@code W}; {@code W >= 2}. The classical estimator (Hull, <i>Options,
   * Futures and Other Derivatives</i>; Sinclair, <i>Volatility Trading</i>, 2008, ch. 2). Reads the close
   * only.
   */
  CLOSE_TO_CLOSE(2, 1),

  /**
   * Parkinson: {@code sum ln(H_i/L_i)^2 / (4 W ln 2)}; lookback {@code W - 1}. About five times as
   * efficient as close to close for a driftless diffusion, but blind to overnight gaps and biased down by
   * discrete sampling. Parkinson, M. (1980), "The Extreme Value Method for Estimating the Variance of the
   * Rate of Return", <i>Journal of Business</i> 53(1), 61-65. Reads high and low only.
   */
  PARKINSON(1, 0),

  /**
   * Garman-Klass: the mean of {@code 0.5 ln(H_i/L_i)^2 - (2 ln 2 - 1) ln(C_i/O_i)^2}; lookback
   * {@code W - 1}; no overnight term. Garman, M.B. and Klass, M.J. (1980), "On the Estimation of Security
   * Price Volatilities from Historical Data", <i>Journal of Business</i> 53(1), 67-78 (their practical
   * estimator).
   */
  GARMAN_KLASS(1, 0),

  /**
   * Rogers-Satchell: the mean of {@code ln(H_i/C_i) ln(H_i/O_i) + ln(L_i/C_i) ln(L_i/O_i)}; lookback
   * {@code W - 1}. Unbiased under a drift, no overnight term. Rogers, L.C.G. and Satchell, S.E. (1991),
   * "Estimating Variance from High, Low and Closing Prices", <i>Annals of Applied Probability</i> 1(4),
   * 504-512.
   */
  ROGERS_SATCHELL(1, 0),

  /**
   * Yang-Zhang: {@code V_o + k V_c + (1 - k) V_rs} with {@code V_o} the sample variance of the overnight
   * returns {@code o_i}, {@code V_c} the sample variance of {@code c_i}, {@code V_rs} the Rogers-Satchell
   * mean and {@code k = 0.34 / (1.34 + (W + 1)/(W - 1))}. Needs the close before the window: lookback
   * {@code W}; {@code W >= 2}. Drift-independent and includes the overnight jump. Yang, D. and Zhang, Q.
   * (2000), "Drift-Independent Volatility Estimation Based on High, Low, Open, and Close Prices",
   * <i>Journal of Business</i> 73(3), 477-491 (alpha = 1.34).
   */
  YANG_ZHANG(2, 1);

  private final int minWindow;
  private final int extraBars;

  VolatilityEstimator(int minWindow, int extraBars) {
    this.minWindow = minWindow;
    this.extraBars = extraBars;
  }

  /**
   * The smallest window the estimator accepts (2 where it takes a sample variance, else 1).
   *
   * @return the smallest window
   */
  public int minWindow() {
    return minWindow;
  }

  /**
   * The warm-up of the estimator over {@code window} bars: the 0-based index of its first value.
   *
   * @param window the window, {@code >= minWindow()}
   * @return {@code window} for close to close and Yang-Zhang (they need the previous close), else
   *     {@code window - 1}
   */
  public int lookback(int window) {
    return window - 1 + extraBars;
  }
}
