/**
 * The broker SPI will live here: order lifecycle, ServiceLoader discovery, the execution simulator shared by backtest and paper trading, the paper broker, order management and the journal (issue: quant-broker-spi).
 *
 * <p>This module currently holds no public types; it depends on {@code quant-core} and shares its
 * vocabulary ({@code io.quantor.core.series}, {@code io.quantor.core.indicator}).
 */
package io.quantor.broker;
