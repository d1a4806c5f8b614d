package io.quantor.examples;

import io.quantor.core.indicator.Indicators;
import io.quantor.core.indicator.Rsi;
import io.quantor.core.io.BarCsvReader;
import io.quantor.core.series.BarSeries;
import io.quantor.core.sim.SyntheticMarket;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The README's quick start: load daily bars (a Yahoo-style CSV file given as the first argument, or ten
 * years of seeded synthetic bars), compute indicators in batch and streaming form, print the last values.
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am compile exec:java -Dexamples.mainClass=io.quantor.examples.QuickStart
 * ./mvnw -B -q -pl examples -am compile exec:java -Dexamples.mainClass=io.quantor.examples.QuickStart \
 *     -Dexec.args="../shared/data/orcl_daily_1995_2014.csv"
 * </pre>
 */
public final class QuickStart {

  private QuickStart() {
  }

  /**
   * Runs the quick start.
   *
   * @param args optionally the path of a daily CSV file ({@code Date,Open,High,Low,Close,Adj Close,Volume})
   */
  public static void main(String[] args) {
    System.out.print(run(args));
  }

  /**
   * Runs the quick start and returns what {@link #main} prints.
   *
   * @param args optionally the path of a daily CSV file
   * @return the report
   */
  public static String run(String[] args) {
    BarSeries daily = args.length > 0
        ? BarCsvReader.daily().read(Path.of(args[0]))   // strict: errors name file, line and column
        : SyntheticMarket.daily(2_520, 7);              // ten years of seeded synthetic daily bars

    // Batch form: whole columns in, arrays of the same length out, NaN during the warm-up.
    double[] close = daily.closes();
    double[] sma = Indicators.sma(close, 20);
    double[] rsi = Indicators.rsi(close, 14);
    Indicators.Macd macd = Indicators.macd(close, 12, 26, 9);
    Indicators.BollingerBands bands = Indicators.bbands(close, 20, 2.0, 2.0);
    double[] atr = Indicators.atr(daily.highs(), daily.lows(), close, 14);

    // Streaming form: one update per bar, O(1), the same numbers as the batch form.
    Rsi streaming = new Rsi(14);
    for (int i = 0; i < daily.size(); i++) {
      streaming.update(daily.close(i));
    }

    int last = daily.size() - 1;
    StringBuilder out = new StringBuilder();
    out.append(daily).append('\n');
    out.append(String.format(Locale.ROOT, "close %.4f  SMA(20) %.4f  ATR(14) %.4f%n", close[last],
        sma[last], atr[last]));
    out.append(String.format(Locale.ROOT, "RSI(14) %.4f (streaming %.4f)%n", rsi[last],
        streaming.value()));
    out.append(String.format(Locale.ROOT, "MACD %.4f  signal %.4f  histogram %.4f%n", macd.macd()[last],
        macd.signal()[last], macd.histogram()[last]));
    out.append(String.format(Locale.ROOT, "Bollinger(20, 2) %.4f / %.4f / %.4f%n", bands.lower()[last],
        bands.middle()[last], bands.upper()[last]));
    return out.toString();
  }
}
