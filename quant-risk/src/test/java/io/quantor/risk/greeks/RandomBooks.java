package io.quantor.risk.greeks;

import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of positions for the property tests: stocks and European or American options on two
 * underlyings of a fixed market (A at 100 with q = 1 %, beta 1.1; B at 50 without dividends, beta 0.8;
 * r = 3 %), strikes within 30 % of the spot, expiries from a day to two years, volatilities 5 % to 100 %.
 */
public final class RandomBooks {

  /** The market every generated position is valued in. */
  public static final MarketSnapshot MARKET = MarketSnapshot.of(0.03,
      Underlying.of("A", 100, 0.01, 1.1), Underlying.of("B", 50, 0.0, 0.8));

  private RandomBooks() {
  }

  /** A stock or option position on A or B, signed quantity in [-20, 20]. */
  public static Arbitrary<RiskPosition> position() {
    Arbitrary<String> symbol = Arbitraries.of("A", "B");
    Arbitrary<Double> quantity = Arbitraries.integers().between(-20, 20).map(Integer::doubleValue);
    Arbitrary<RiskPosition> stock = Combinators.combine(symbol, quantity.map(q -> q * 10))
        .as(RiskPosition::stock);
    return Arbitraries.frequencyOf(
        Tuple.of(1, stock),
        Tuple.of(3, option(symbol, quantity)));
  }

  /** A book of 0 to 6 positions. */
  public static Arbitrary<List<RiskPosition>> book() {
    return position().list().ofMinSize(0).ofMaxSize(6);
  }

  /** A structure of 1 to 4 option legs, quantities in [-3, 3]. */
  public static Arbitrary<List<RiskPosition>> structure() {
    Arbitrary<Double> quantity = Arbitraries.integers().between(-3, 3).filter(q -> q != 0)
        .map(Integer::doubleValue);
    return option(Arbitraries.of("A", "B"), quantity).list().ofMinSize(1)
        .ofMaxSize(4);
  }

  private static Arbitrary<RiskPosition> option(Arbitrary<String> symbol, Arbitrary<Double> quantity) {
    Arbitrary<OptionType> type = Arbitraries.of(OptionType.class);
    Arbitrary<Double> moneyness = Arbitraries.doubles().between(0.7, 1.3).ofScale(4);
    Arbitrary<Double> expiry = Arbitraries.integers().between(1, 730).map(days -> days / 365.0);
    Arbitrary<Double> vol = Arbitraries.doubles().between(0.05, 1.0).ofScale(4);
    Arbitrary<ExerciseStyle> exercise = Arbitraries.of(ExerciseStyle.class);
    return Combinators.combine(symbol, type, moneyness, expiry, quantity, exercise, vol)
        .as((s, t, m, e, q, x, v) -> OptionPosition.of(s, t, m * MARKET.underlying(s).spot(), e, q,
            OptionPosition.DEFAULT_MULTIPLIER, x, v));
  }
}
