package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.core.testing.ReferenceTable;
import org.junit.jupiter.api.Test;

/**
 * SMA and EMA against TA-Lib on ORCL daily closes.
 *
 * <p>Reference: {@code shared/reference/indicators/sma_20.csv} and {@code ema_20.csv} (TA-Lib C via
 * talib-web 0.1.3, see that folder's README). Tolerance: 1e-9 relative, 1e-9 absolute below 1, as the
 * README suggests; the same undefined warm-up rows.
 */
class MovingAverageReferenceTest {

  private static final double TOL = 1e-9;

  @Test
  void smaMatchesTaLib() {
    double[] close = ReferenceTable.orclDaily().column("close");
    ReferenceTable ref = ReferenceTable.indicator("sma_20.csv");
    ref.assertMatches("sma", Indicators.sma(close, 20), TOL);
    assertEquals(ref.firstDefined("sma"), new Sma(20).lookback());
  }

  @Test
  void emaMatchesTaLib() {
    double[] close = ReferenceTable.orclDaily().column("close");
    ReferenceTable ref = ReferenceTable.indicator("ema_20.csv");
    ref.assertMatches("ema", Indicators.ema(close, 20), TOL);
    assertEquals(ref.firstDefined("ema"), new Ema(20).lookback());
  }
}
