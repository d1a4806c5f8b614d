package io.quantor.broker.algo;

/**
 * Where a parent order stands: how much executed, at what average price, and how much is left.
 *
 * <pre>{@code
 * ExecutionSummary s = algo.summary();
 * if (!s.complete()) {
 *   log.warn("{} left {} unfilled", s.parentId(), s.unfilledQuantity());
 * }
 * }</pre>
 *
 * @param parentId the parent's client order id
 * @param orderedQuantity the parent's quantity
 * @param executedQuantity the quantity filled by children
 * @param unfilledQuantity {@code orderedQuantity - executedQuantity}, {@code >= 0}
 * @param averagePrice the quantity-weighted mean fill price, {@code NaN} before the first fill
 * @param fees the children's fees
 * @param children the number of child orders sent
 * @param complete whether the whole quantity executed
 */
public record ExecutionSummary(String parentId, double orderedQuantity, double executedQuantity,
    double unfilledQuantity, double averagePrice, double fees, int children, boolean complete) {
}
