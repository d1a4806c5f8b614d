package io.quantor.core.trade;

/** The kind of an {@link Instrument}: what it is, not how it is priced. */
public enum AssetClass {
  /** A common or preferred share. */
  STOCK,
  /** An exchange-traded fund. */
  ETF,
  /** A listed option; its {@link Instrument#multiplier()} is usually 100 and it names an underlying. */
  OPTION,
  /** A futures contract; its multiplier is the contract's point value. */
  FUTURE,
  /** A currency pair. */
  FOREX,
  /** A crypto asset. */
  CRYPTO
}
