package io.quantor.risk.greeks;

/**
 * One position valued in a market: its price per unit of the underlying, its market value and its
 * position-scaled Greeks.
 *
 * <p>This record carries results and does not validate them.
 *
 * @param position the position
 * @param spot the spot of its underlying used
 * @param unitPrice the price per unit of the underlying (the spot for a stock, the option price)
 * @param marketValue {@code units * unitPrice}, signed (negative for a short position)
 * @param exposure the Greeks scaled by the position's units
 */
public record PositionGreeks(RiskPosition position, double spot, double unitPrice, double marketValue,
    GreeksExposure exposure) {
}
