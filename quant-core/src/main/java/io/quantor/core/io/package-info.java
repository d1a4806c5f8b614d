/**
 * Reading and writing bar data: CSV readers and writers for Yahoo-style daily files, timestamped files
 * and date/time intraday files ({@link io.quantor.core.io.BarCsvFormat}), with strict validation that
 * names the file, line and column of every problem ({@link io.quantor.core.io.DataFormatException}) or a
 * lenient mode that reports skipped rows ({@link io.quantor.core.io.ReadReport}).
 *
 * <pre>{@code
 * BarSeries orcl = BarCsvReader.daily().withSymbol("ORCL").read(Path.of("orcl_daily_1995_2014.csv"));
 * BarSeries minutes = BarCsvReader.intraday().withZone(ZoneId.of("Europe/Berlin"))
 *     .read(Path.of("intraday_1min_2006-01-02_to_2006-02-27.csv"));
 * BarCsvWriter.timestamped().write(minutes, Path.of("copy.csv"));
 * }</pre>
 */
package io.quantor.core.io;
