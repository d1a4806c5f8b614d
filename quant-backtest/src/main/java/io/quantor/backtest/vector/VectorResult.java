package io.quantor.backtest.vector;

import io.quantor.backtest.internal.EquityReturns;
/**
 * The curves of a {@link VectorBacktest}: per bar, the position held after the bar's fill, the cash, the
 * fee paid at the bar, the equity at the close and the simple return. Immutable: the array accessors
 * return copies; the indexed accessors read in place.
 *
 * <pre>{@code
 * VectorResult r = bt.run(open, close, target);
 * r.finalEquity();
 * r.totalFees();
 * double[] returns = r.returns();   // feed to io.quantor.backtest.metrics.ReturnMetrics
 * }</pre>
 */
public final class VectorResult {

  private final double initialCash;
  private final double[] position;
  private final double[] cash;
  private final double[] fees;
  private final double[] equity;
  private final int trades;

  VectorResult(double initialCash, double[] position, double[] cash, double[] fees, double[] equity,
      int trades) {
    this.initialCash = initialCash;
    this.position = position;
    this.cash = cash;
    this.fees = fees;
    this.equity = equity;
    this.trades = trades;
  }

  /**
   * The number of bars.
   *
   * @return the length of every curve
   */
  public int size() {
    return equity.length;
  }

  /**
   * The position held at the close of bar {@code t}.
   *
   * @param t the bar
   * @return the signed quantity
   */
  public double position(int t) {
    return position[t];
  }

  /**
   * The equity at the close of bar {@code t}.
   *
   * @param t the bar
   * @return the equity
   */
  public double equity(int t) {
    return equity[t];
  }

  /**
   * The positions (a copy).
   *
   * @return the signed quantity held at each close
   */
  public double[] positions() {
    return position.clone();
  }

  /**
   * The cash (a copy).
   *
   * @return the cash at each close
   */
  public double[] cash() {
    return cash.clone();
  }

  /**
   * The fees paid at each bar (a copy).
   *
   * @return the fee of the bar's fill, 0 if none
   */
  public double[] fees() {
    return fees.clone();
  }

  /**
   * The equity curve (a copy).
   *
   * @return the equity at each close
   */
  public double[] equity() {
    return equity.clone();
  }

  /**
   * The simple returns: {@code equity[t] / equity[t-1] - 1}, the first against the initial cash, with the
   * engine's rule for a ruin ({@code BacktestResult.returns(int)}): floored at {@code -1} on the bar the
   * equity reaches zero or below, {@code 0} after it, so the returns stay finite and compoundable.
   *
   * @return a new array
   */
  public double[] returns() {
    double[] r = new double[equity.length];
    double previous = initialCash;
    for (int t = 0; t < r.length; t++) {
      r[t] = EquityReturns.simple(previous, equity[t]);
      previous = equity[t];
    }
    return r;
  }

  /**
   * The number of fills (one per order, since orders fill in full).
   *
   * @return the trade count
   */
  public int tradeCount() {
    return trades;
  }

  /**
   * The sum of the fees.
   *
   * @return the total fees
   */
  public double totalFees() {
    double s = 0;
    for (double f : fees) {
      s += f;
    }
    return s;
  }

  /**
   * The equity at the last close.
   *
   * @return the final equity, the initial cash if there is no bar
   */
  public double finalEquity() {
    return equity.length == 0 ? initialCash : equity[equity.length - 1];
  }

  /**
   * The return over the whole run.
   *
   * @return {@code finalEquity / initialCash - 1}
   */
  public double totalReturn() {
    return finalEquity() / initialCash - 1;
  }

  @Override
  public String toString() {
    return "VectorResult[" + equity.length + " bars, " + trades + " trades, equity " + initialCash + " -> "
        + finalEquity() + "]";
  }
}
