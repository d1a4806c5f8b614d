package io.quantor.backtest.report;

/**
 * One chart of a tear sheet, rendered to PNG.
 *
 * @param id the chart's identifier, used as the image's {@code id} and {@code data-chart} attribute
 * @param alt the image's text alternative
 * @param caption what the chart shows, one or two sentences
 * @param width the image's width in pixels
 * @param height the image's height in pixels
 * @param png the PNG bytes (not copied: package-private, never handed out)
 */
record RenderedChart(String id, String alt, String caption, int width, int height, byte[] png) {
}
