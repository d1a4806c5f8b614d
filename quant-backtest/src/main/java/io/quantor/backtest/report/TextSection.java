package io.quantor.backtest.report;

/**
 * An extra section of a tear sheet: a heading and preformatted text, shown as given (escaped).
 *
 * @param heading the heading
 * @param text the preformatted text
 */
record TextSection(String heading, String text) {
}
