package io.quantor.core.sizing;

import io.quantor.core.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A sized position: the signed target quantity in whole lots, what the sizer's rule asked for before
 * the limits, the constraint that bound, and a step-by-step explanation.
 *
 * <p>Build one with {@link #constrain(SizingRequest, double, List)}, the final step every sizer shares,
 * or {@link #missingInput(SizingRequest, String, List)} when an input is absent.
 *
 * @param quantity the signed target position in units, a whole number of lots ({@code lots * lotSize});
 *     0 is flat
 * @param lots the signed number of lots
 * @param fraction the signed target notional as a fraction of equity, {@code quantity * price / equity}
 * @param unconstrainedQuantity the signed quantity the sizer's rule asked for, before maximum position,
 *     capital and lot size
 * @param orderQuantity the signed quantity to trade to reach the target, {@code quantity -
 *     currentPosition}
 * @param binding the constraint that limited the quantity ({@link SizingConstraint#NONE} if none)
 * @param explanation the steps that led to the quantity, one readable line each, with their numbers
 */
public record SizingResult(double quantity, long lots, double fraction, double unconstrainedQuantity,
    double orderQuantity, SizingConstraint binding, List<String> explanation) {

  /**
   * Lot counts are capped at 2^53, the largest count a double holds exactly; no real order comes near.
   */
  static final double MAX_LOTS = 0x1p53;

  /**
   * A quantity within this many lots of a whole lot counts as that lot, so that {@code 0.3 / 0.1}
   * (2.9999999999999996 in binary floating point) rounds to 3 lots, not 2.
   */
  static final double LOT_TOLERANCE = 1e-9;

  /**
   * Validates the result and copies the explanation.
   *
   * @param quantity the signed target position, finite
   * @param lots the signed number of lots, with the sign of {@code quantity}
   * @param fraction the signed fraction of equity, finite
   * @param unconstrainedQuantity the quantity before the limits, finite
   * @param orderQuantity the quantity to trade, finite
   * @param binding the binding constraint, not null
   * @param explanation the steps, not null, no null line
   * @throws IllegalArgumentException if a value is null, not finite, or the signs disagree
   */
  public SizingResult {
    Args.finite(quantity, "quantity");
    Args.finite(fraction, "fraction");
    Args.finite(unconstrainedQuantity, "unconstrainedQuantity");
    Args.finite(orderQuantity, "orderQuantity");
    Args.notNull(binding, "binding");
    Args.notNull(explanation, "explanation");
    if (Long.signum(lots) != (int) Math.signum(quantity)) {
      throw new IllegalArgumentException("lots must have the sign of quantity " + quantity + ", was "
          + lots);
    }
    for (String line : explanation) {
      Args.notNull(line, "explanation line");
    }
    explanation = List.copyOf(explanation);
  }

  /**
   * The shared final step: applies the request's maximum position, its available capital and its lot
   * size to a sizer's unconstrained quantity, in that order, and records each step.
   *
   * <ol>
   *   <li><b>Maximum position.</b> {@code |q| <= min(maxQuantity, maxFraction * equity / price)}, for
   *       whichever limits the request gives.</li>
   *   <li><b>Capital.</b> The gross notional {@code |q| * price} may not exceed the funding: the
   *       available capital, plus the notional of a current position on the same side as the target
   *       (already paid for). This applies to shorts too: margin is not modelled, so a short is sized as if
   *       it had to be fully collateralized by cash (conservative for a margin account). A current
   *       position on the other side is not counted: the proceeds of closing it are not assumed.</li>
   *   <li><b>Lot size.</b> {@code |q|} is rounded toward zero to a whole number of lots (a quantity
   *       within 1e-9 lot of a whole lot counts as that lot). The lot count is then checked against the
   *       limits in exactly the products the limits are written in ({@code (lots * lotSize) * price <=
   *       funding}), and lowered by one if floating-point rounding put it over; so the result never
   *       exceeds a limit. Lot counts are capped at 2^53.</li>
   * </ol>
   *
   * <p>The sign of the target is the sign of {@code unconstrainedQuantity}. The binding constraint is the
   * last of maximum position and capital that reduced the quantity (the tighter one); if neither did and
   * rounding changed the quantity, {@link SizingConstraint#LOT_SIZE}; otherwise
   * {@link SizingConstraint#NONE}.
   *
   * @param request the request that carries the limits
   * @param unconstrainedQuantity the signed quantity the sizer's rule asks for, finite
   * @param steps the sizer's explanation so far (copied, not modified)
   * @return the constrained result
   * @throws IllegalArgumentException if an argument is null or {@code unconstrainedQuantity} not finite
   */
  public static SizingResult constrain(SizingRequest request, double unconstrainedQuantity,
      List<String> steps) {
    Args.notNull(request, "request");
    Args.finite(unconstrainedQuantity, "unconstrainedQuantity");
    Args.notNull(steps, "steps");
    List<String> lines = new ArrayList<>(steps);
    int dir = unconstrainedQuantity > 0 ? 1 : unconstrainedQuantity < 0 ? -1 : 0;
    double want = Math.abs(unconstrainedQuantity);
    double price = request.price();
    double lotSize = request.lotSize();
    SizingConstraint binding = SizingConstraint.NONE;
    double q = want;

    double maxQuantity = request.maxQuantity().orElse(Double.POSITIVE_INFINITY);
    double maxNotional = request.maxFraction().isPresent()
        ? request.maxFraction().getAsDouble() * request.equity()
        : Double.POSITIVE_INFINITY;
    double maxByPosition = Math.min(maxQuantity, maxNotional / price);
    if (q > maxByPosition) {
      lines.add("max position: " + num(q) + " capped to " + num(maxByPosition) + " ("
          + limitText(request, maxNotional) + ")");
      q = maxByPosition;
      binding = SizingConstraint.MAX_POSITION;
    }

    boolean sameSide = dir != 0 && Math.signum(request.currentPosition()) == dir;
    double funding = request.availableCapital() + (sameSide ? request.currentNotional() : 0.0);
    double maxByCapital = funding / price;
    if (q > maxByCapital) {
      lines.add("capital: " + num(q) + " capped to " + num(maxByCapital) + " (funding " + num(funding)
          + (sameSide ? " = available " + num(request.availableCapital()) + " + held notional "
              + num(request.currentNotional()) : " available") + ", / price " + num(price) + ")");
      q = maxByCapital;
      binding = SizingConstraint.CAPITAL;
    }

    double lots = Math.min(Math.floor(q / lotSize + LOT_TOLERANCE), MAX_LOTS);
    while (lots > 0 && !(lots * lotSize <= maxQuantity && lots * lotSize * price <= maxNotional
        && lots * lotSize * price <= funding)) {
      lots--;
    }
    double absQuantity = lots * lotSize;
    if (Math.abs(absQuantity - q) > LOT_TOLERANCE * lotSize) {
      lines.add("lot size " + num(lotSize) + ": " + num(q) + " rounded toward zero to " + num(lots)
          + " lots = " + num(absQuantity));
      if (binding == SizingConstraint.NONE) {
        binding = SizingConstraint.LOT_SIZE;
      }
    }
    double quantity = lots == 0 ? 0.0 : dir * absQuantity;
    long signedLots = dir * (long) lots;
    double order = quantity - request.currentPosition();
    lines.add("target " + num(quantity) + " (" + num(quantity * price / request.equity())
        + " of equity), current " + num(request.currentPosition()) + ", order " + num(order)
        + ", binding " + binding);
    return new SizingResult(quantity, signedLots, quantity * price / request.equity(), unconstrainedQuantity,
        order, binding, lines);
  }

  /**
   * The result when the request lacks an input the sizer needs: a zero target position (no risk estimate,
   * no risk), so the order closes any current position, with binding constraint
   * {@link SizingConstraint#MISSING_INPUT}.
   *
   * @param request the request
   * @param input the name of the missing input, as the request's accessor names it
   * @param steps the sizer's explanation so far (copied, not modified)
   * @return the zero-position result
   * @throws IllegalArgumentException if an argument is null
   */
  public static SizingResult missingInput(SizingRequest request, String input, List<String> steps) {
    Args.notNull(request, "request");
    Args.notNull(input, "input");
    Args.notNull(steps, "steps");
    List<String> lines = new ArrayList<>(steps);
    lines.add("missing input " + input + ": target 0, current " + num(request.currentPosition())
        + ", order " + num(-request.currentPosition()));
    return new SizingResult(0.0, 0, 0.0, 0.0, 0.0 - request.currentPosition(),
        SizingConstraint.MISSING_INPUT, lines);
  }

  /**
   * The explanation as one text, a line per step.
   *
   * @return the explanation, one line per step, joined with line feeds
   */
  public String explain() {
    return String.join("\n", explanation);
  }

  private static String limitText(SizingRequest request, double maxNotional) {
    StringBuilder sb = new StringBuilder();
    request.maxQuantity().ifPresent(m -> sb.append("maxQuantity ").append(num(m)));
    if (request.maxFraction().isPresent()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append("maxFraction ").append(num(request.maxFraction().getAsDouble())).append(" x equity ")
          .append(num(request.equity())).append(" / price ").append(num(request.price())).append(" = ")
          .append(num(maxNotional / request.price()));
    }
    return sb.toString();
  }

  /**
   * Formats a number for an explanation: six significant digits, no exponent, no trailing zeros,
   * independent of the default locale. The text is exactly
   * {@code new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString()}, that is
   * the exact binary value rounded half-up, but computed from the short decimal of
   * {@link Double#toString(double)} where that gives the same digits, because the exact expansion of a
   * double is long and slow to build.
   *
   * <p>Why the short decimal {@code S} rounds like the exact value {@code v}: {@code S} reads back as
   * {@code v}, so {@code |S - v| <= ulp(v)}, and for a normal double {@code ulp(v) < 2.3e-10} units of the
   * sixth significant digit. The two round differently only if a rounding tie (a seventh digit 5 followed
   * by zeros) lies between them, so within 1e-9 units of {@code S}. Such an {@code S} has a seventh digit 5
   * and zeros to the fifteenth, or a seventh digit 4 and nines to the fifteenth; then, and for subnormal
   * values (whose ulp is relatively large), the exact expansion is rounded instead. The bound holds whether
   * or not {@code Double.toString} gives the shortest decimal (before Java 19 it sometimes does not).
   *
   * @param value a finite value
   * @return the text
   */
  static String num(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    if (Math.abs(value) < Double.MIN_NORMAL) {
      return exactNum(value);
    }
    String text = Double.toString(Math.abs(value));
    // The significant digits d[0..n) and the decimal point position: |value| = 0.d[0]d[1]... * 10^point.
    char[] d = new char[text.length()];
    int n = 0;
    int point = 0;
    boolean afterPoint = false;
    int at = 0;
    for (; at < text.length(); at++) {
      char c = text.charAt(at);
      if (c == 'E') {
        point += Integer.parseInt(text, at + 1, text.length(), 10);
        break;
      }
      if (c == '.') {
        afterPoint = true;
      } else if (n == 0 && c == '0') {
        if (afterPoint) {
          point--;
        }
      } else {
        d[n++] = c;
        if (!afterPoint) {
          point++;
        }
      }
    }
    if (n > 6) {
      if (nearTie(d, n)) {
        return exactNum(value);
      }
      boolean up = d[6] >= '5';
      n = 6;
      if (up) {
        int k = 5;
        while (k >= 0 && d[k] == '9') {
          d[k--] = '0';
        }
        if (k >= 0) {
          d[k]++;
        } else {
          d[0] = '1';
          n = 1;
          point++;
        }
      }
    }
    while (n > 1 && d[n - 1] == '0') {
      n--;
    }
    StringBuilder sb = new StringBuilder(n + Math.abs(point) + 3);
    if (value < 0) {
      sb.append('-');
    }
    if (point <= 0) {
      sb.append("0.");
      for (int z = point; z < 0; z++) {
        sb.append('0');
      }
      sb.append(d, 0, n);
    } else if (point >= n) {
      sb.append(d, 0, n);
      for (int z = n; z < point; z++) {
        sb.append('0');
      }
    } else {
      sb.append(d, 0, point).append('.').append(d, point, n - point);
    }
    return sb.toString();
  }

  /**
   * Whether the digits lie within 1e-9 units of the sixth digit of a rounding tie: a seventh digit 5 and
   * zeros (or nothing) to the fifteenth, or a seventh digit 4 and nines to the fifteenth.
   */
  private static boolean nearTie(char[] d, int n) {
    int end = Math.min(n, 15);
    if (d[6] == '5') {
      for (int k = 7; k < end; k++) {
        if (d[k] != '0') {
          return false;
        }
      }
      return true;
    }
    if (d[6] == '4' && n >= 15) {
      for (int k = 7; k < 15; k++) {
        if (d[k] != '9') {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static String exactNum(double value) {
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
