package io.quantor.backtest.baseline;

import io.quantor.backtest.internal.Inputs;

/**
 * The per-bar returns a position series earns on an asset, with proportional trading costs: the
 * vectorized form of a single-asset backtest that baselines, random entry and what-if variants share,
 * so that they all pay for their trades the same way.
 *
 * <p><b>Timing.</b> The exposure decided at bar {@code t} (for example at its close, from the
 * information available then) is held over the next bar and earns bar {@code t+1}'s return; the change
 * of position at bar {@code t} pays its cost at bar {@code t}. With {@code e_{-1} = 0} (flat before the
 * first bar) and {@code c = costBps / 10,000}:
 * <pre>
 *   r_t = e_{t-1} * a_t - c * |e_t - e_{t-1}|,   t = 0 .. n-1
 * </pre>
 * so {@code r_0 = -c |e_0|}: nothing is earned on the first bar, and the exposure of the last bar earns
 * nothing inside the sample. The asset returns {@code a_t} are the ones the positions earn: close to
 * close for positions taken at the close, open to open for positions filled at the next open; the caller
 * chooses and passes them. There is no interest on idle cash and no financing of leverage or shorts:
 * pass excess returns if that matters.
 *
 * <pre>{@code
 * double[] asset = {0.01, -0.02, 0.03};
 * double[] exposure = {1, 1, 0};                        // long after bar 0, flat after bar 2
 * double[] r = VariantReturns.of(asset, exposure, 10);  // 10 bps per unit of turnover
 * // r = {-0.001, -0.02, 0.03 - 0.001}
 * }</pre>
 */
public final class VariantReturns {

  /** Basis points in one unit. */
  static final double BPS = 10_000;

  private VariantReturns() {
  }

  /**
   * The returns of a position series (see the class documentation for the timing).
   *
   * @param assetReturns the asset's simple returns per bar, the ones the positions earn, finite, not
   *     empty
   * @param exposure the position per bar as a fraction of equity (1 = fully long, -1 = fully short,
   *     any finite leverage), the same length
   * @param costBps the cost in basis points per unit of turnover {@code |e_t - e_{t-1}|}, finite,
   *     {@code >= 0}
   * @return the strategy's returns per bar, a new array of the same length
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] of(double[] assetReturns, double[] exposure, double costBps) {
    Inputs.finiteSeries(assetReturns, "assetReturns");
    Inputs.finiteSeries(exposure, "exposure");
    Inputs.sameLength(assetReturns, "assetReturns", exposure, "exposure");
    Inputs.costBps(costBps);
    double[] out = new double[assetReturns.length];
    fill(assetReturns, exposure, costBps / BPS, out);
    return out;
  }

  /** The returns into {@code out}, inputs already checked; no allocation. */
  static void fill(double[] assetReturns, double[] exposure, double cost, double[] out) {
    double previous = 0;
    for (int t = 0; t < out.length; t++) {
      double e = exposure[t];
      out[t] = previous * assetReturns[t] - cost * Math.abs(e - previous);
      previous = e;
    }
  }
}
