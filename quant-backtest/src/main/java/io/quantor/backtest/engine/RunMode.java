package io.quantor.backtest.engine;

/**
 * How a {@link TradingEngine} executes a strategy's orders. The strategy's code is the same in every mode;
 * only the clock, the data source and the broker differ.
 */
public enum RunMode {
  /**
   * Historical bars on a simulated clock; orders fill through the broker module's execution simulator on
   * a later bar of their instrument, inside the engine, without a broker.
   */
  BACKTEST,
  /**
   * The paper broker: the engine pushes every bar into it, it fills orders through the same simulator on
   * the next bar, and the engine books the fills it reports as execution events.
   */
  PAPER,
  /**
   * Any {@link io.quantor.broker.Broker}: the caller's feed pushes bars into a {@link LiveSession}, orders
   * go to the broker, and fills come back as execution events whenever the broker reports them.
   */
  LIVE
}
