package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates a {@link FuzzySystem} without allocating: the compiled, mutable working state of one
 * thread. Get one from {@link FuzzySystem#evaluator()}; not thread safe.
 *
 * <p>Construction does the work that does not depend on the inputs: rule antecedents are compiled to a
 * small postfix program over the input terms' degrees, each Mamdani output term's membership is
 * computed once over the output grid (with the index range where it is non-zero), and every buffer is
 * preallocated. One evaluation then:
 * <ol>
 *   <li>clamps each input to its universe and fuzzifies it (rejecting NaN and infinity);</li>
 *   <li>computes each rule's firing strength, {@code degree(antecedent) * weight};</li>
 *   <li>for each Mamdani output, implies and aggregates the consequent terms over the grid (with max
 *       aggregation first merging the rules per term, which min and product implication allow:
 *       {@code max_r min(s_r, mu) = min(max_r s_r, mu)}, {@code max_r s_r mu = (max_r s_r) mu}) and
 *       defuzzifies; for each Sugeno output, takes the firing-strength-weighted average of the rule
 *       consequents;</li>
 *   <li>writes outputs, default flags and firing strengths into a {@link FuzzyResult}.</li>
 * </ol>
 * The cost is linear in the number of rules and in the grid points each fired term covers.
 */
public final class FuzzyEvaluator {

  private static final int AND = -1;
  private static final int OR = -2;
  private static final int NOT = -3;

  private final FuzzySystem system;
  private final boolean andProduct;
  private final boolean orProbabilistic;
  private final boolean implicationProduct;
  private final boolean aggregationMax;

  private final double[] inMin;
  private final double[] inMax;
  private final double[] clamped;
  private final MembershipFunction[] termFunction;
  private final int[] termInput;
  private final double[] degree;

  private final int[][] code;
  private final double[] weight;
  private final double[] stack;
  private final double[] strength;

  private final int[] conRule;
  private final int[] conTerm;

  private final MamdaniState[] mamdani;
  private final SugenoState[] sugeno;
  private final double[] outputs;
  private final boolean[] defaulted;
  private final FuzzyResult own;

  FuzzyEvaluator(FuzzySystem system) {
    this.system = system;
    InferenceOptions o = system.options();
    andProduct = o.and() == InferenceOptions.And.PRODUCT;
    orProbabilistic = o.or() == InferenceOptions.Or.PROBABILISTIC_SUM;
    implicationProduct = o.implication() == InferenceOptions.Implication.PRODUCT;
    aggregationMax = o.aggregation() == InferenceOptions.Aggregation.MAX;

    List<LinguisticVariable> inputs = system.inputs();
    int nIn = inputs.size();
    inMin = new double[nIn];
    inMax = new double[nIn];
    clamped = new double[nIn];
    int[] offset = new int[nIn];
    int nTerms = 0;
    for (int i = 0; i < nIn; i++) {
      inMin[i] = inputs.get(i).min();
      inMax[i] = inputs.get(i).max();
      offset[i] = nTerms;
      nTerms += inputs.get(i).terms().size();
    }
    termFunction = new MembershipFunction[nTerms];
    termInput = new int[nTerms];
    degree = new double[nTerms];
    for (int i = 0; i < nIn; i++) {
      List<Term> terms = inputs.get(i).terms();
      for (int k = 0; k < terms.size(); k++) {
        termFunction[offset[i] + k] = terms.get(k).function();
        termInput[offset[i] + k] = i;
      }
    }

    List<Rule> rules = system.rules();
    int nRules = rules.size();
    code = new int[nRules][];
    weight = new double[nRules];
    strength = new double[nRules];
    int depth = 1;
    List<int[]> cons = new ArrayList<>();
    for (int r = 0; r < nRules; r++) {
      Rule rule = rules.get(r);
      List<Integer> program = new ArrayList<>();
      compile(rule.antecedent(), inputs, offset, program);
      code[r] = program.stream().mapToInt(Integer::intValue).toArray();
      depth = Math.max(depth, stackDepth(code[r]));
      weight[r] = rule.weight();
      for (Rule.Consequent c : rule.consequents()) {
        int out = system.outputIndex(c.output());
        cons.add(new int[] {r, out, system.outputs().get(out).termIndex(c.term())});
      }
    }
    stack = new double[depth];
    conRule = new int[cons.size()];
    int[] conOut = new int[cons.size()];
    conTerm = new int[cons.size()];
    for (int c = 0; c < cons.size(); c++) {
      conRule[c] = cons.get(c)[0];
      conOut[c] = cons.get(c)[1];
      conTerm[c] = cons.get(c)[2];
    }

    int nOut = system.outputs().size();
    mamdani = new MamdaniState[nOut];
    sugeno = new SugenoState[nOut];
    for (int j = 0; j < nOut; j++) {
      int count = 0;
      for (int c = 0; c < conOut.length; c++) {
        count += conOut[c] == j ? 1 : 0;
      }
      int[] mine = new int[count];
      count = 0;
      for (int c = 0; c < conOut.length; c++) {
        if (conOut[c] == j) {
          mine[count++] = c;
        }
      }
      OutputVariable out = system.outputs().get(j);
      if (out instanceof OutputVariable.Mamdani m) {
        mamdani[j] = new MamdaniState(m, mine, implicationProduct, aggregationMax);
      } else {
        sugeno[j] = new SugenoState((OutputVariable.Sugeno) out, mine, nIn);
      }
    }
    outputs = new double[nOut];
    defaulted = new boolean[nOut];
    own = new FuzzyResult(system);
  }

  /**
   * The system this evaluator evaluates.
   *
   * @return the system
   */
  public FuzzySystem system() {
    return system;
  }

  /**
   * Evaluates into this evaluator's own result object, which is overwritten by the next call (copy it
   * with {@link FuzzyResult#copy()} to keep it). Allocates nothing.
   *
   * @param inputs the inputs in declaration order, finite (clamped to their universes)
   * @return the result, owned by this evaluator
   * @throws IllegalArgumentException if {@code inputs} is null, of the wrong length, or not finite
   */
  public FuzzyResult evaluate(double[] inputs) {
    evaluate(inputs, own);
    return own;
  }

  /**
   * Evaluates the inputs held by a reusable holder; see {@link #evaluate(double[])}.
   *
   * @param inputs the holder
   * @return the result, owned by this evaluator
   * @throws IllegalArgumentException if the holder is null, belongs to another system, or holds a
   *     value that is not finite
   */
  public FuzzyResult evaluate(FuzzyInputs inputs) {
    Args.notNull(inputs, "inputs");
    if (inputs.system() != system) {
      throw new IllegalArgumentException("inputs belong to system " + inputs.system().name()
          + ", not to " + system.name());
    }
    evaluate(inputs.values(), own);
    return own;
  }

  /**
   * Evaluates into a caller's result object (from {@link FuzzyResult#of(FuzzySystem)} or a copy).
   * Allocates nothing.
   *
   * @param inputs the inputs in declaration order, finite (clamped to their universes)
   * @param into the result to overwrite, made for this evaluator's system
   * @throws IllegalArgumentException if an argument is null, of the wrong length or system, or an input
   *     is not finite
   */
  public void evaluate(double[] inputs, FuzzyResult into) {
    if (inputs == null || inputs.length != inMin.length) {
      throw new IllegalArgumentException("inputs must have length " + inMin.length + ", was "
          + (inputs == null ? "null" : Integer.toString(inputs.length)));
    }
    if (into == null || into.system() != system) {
      throw new IllegalArgumentException("into must be a result of system " + system.name());
    }
    for (int i = 0; i < inputs.length; i++) {
      double v = inputs[i];
      if (!(v > Double.NEGATIVE_INFINITY && v < Double.POSITIVE_INFINITY)) {
        throw badInput(i, v);
      }
      clamped[i] = v < inMin[i] ? inMin[i] : v > inMax[i] ? inMax[i] : v;
    }
    for (int t = 0; t < degree.length; t++) {
      degree[t] = termFunction[t].degree(clamped[termInput[t]]);
    }
    for (int r = 0; r < code.length; r++) {
      strength[r] = run(code[r]) * weight[r];
    }
    for (int j = 0; j < outputs.length; j++) {
      double value = mamdani[j] != null ? mamdani[j].compute(strength, conRule, conTerm)
          : sugeno[j].compute(strength, conRule, conTerm, clamped);
      boolean noValue = Double.isNaN(value);
      defaulted[j] = noValue;
      outputs[j] = noValue ? defaultValue(j) : value;
    }
    into.write(outputs, defaulted, strength);
  }

  private double defaultValue(int j) {
    return mamdani[j] != null ? mamdani[j].defuzz.defaultValue() : sugeno[j].defaultValue;
  }

  private IllegalArgumentException badInput(int i, double v) {
    return new IllegalArgumentException(String.format(Locale.ROOT, "input %s must be finite, was %s",
        system.inputs().get(i).name(), v));
  }

  private double run(int[] program) {
    double[] s = stack;
    int top = -1;
    for (int op : program) {
      if (op >= 0) {
        s[++top] = degree[op];
      } else if (op == NOT) {
        s[top] = 1.0 - s[top];
      } else {
        double b = s[top--];
        double a = s[top];
        if (op == AND) {
          s[top] = andProduct ? a * b : (a < b ? a : b);
        } else {
          s[top] = orProbabilistic ? a + b - a * b : (a > b ? a : b);
        }
      }
    }
    return s[0];
  }

  private static void compile(Condition c, List<LinguisticVariable> inputs, int[] offset,
      List<Integer> program) {
    if (c instanceof Condition.Is is) {
      for (int i = 0; i < inputs.size(); i++) {
        if (inputs.get(i).name().equals(is.variable())) {
          program.add(offset[i] + inputs.get(i).termIndex(is.term()));
          return;
        }
      }
      throw new IllegalStateException("unresolved " + is);
    } else if (c instanceof Condition.And and) {
      compile(and.left(), inputs, offset, program);
      compile(and.right(), inputs, offset, program);
      program.add(AND);
    } else if (c instanceof Condition.Or or) {
      compile(or.left(), inputs, offset, program);
      compile(or.right(), inputs, offset, program);
      program.add(OR);
    } else {
      compile(((Condition.Not) c).operand(), inputs, offset, program);
      program.add(NOT);
    }
  }

  private static int stackDepth(int[] program) {
    int top = 0;
    int max = 0;
    for (int op : program) {
      if (op >= 0) {
        max = Math.max(max, ++top);
      } else if (op != NOT) {
        top--;
      }
    }
    return max;
  }

  /** One Sugeno output: term functions and the consequents that name it. */
  private static final class SugenoState {

    final double[] constant;
    final double[][] coefficient;
    final int[] cons;
    final double defaultValue;

    SugenoState(OutputVariable.Sugeno out, int[] cons, int nIn) {
      int n = out.terms().size();
      constant = new double[n];
      coefficient = new double[n][];
      for (int k = 0; k < n; k++) {
        constant[k] = out.terms().get(k).constant();
        coefficient[k] = Arrays.copyOf(out.terms().get(k).coefficients(), nIn);
      }
      this.cons = cons;
      this.defaultValue = out.defaultValue();
    }

    double compute(double[] strength, int[] conRule, int[] conTerm, double[] x) {
      double num = 0;
      double den = 0;
      for (int c : cons) {
        double s = strength[conRule[c]];
        if (s > 0) {
          int k = conTerm[c];
          double z = constant[k];
          double[] a = coefficient[k];
          for (int i = 0; i < a.length; i++) {
            z += a[i] * x[i];
          }
          num += s * z;
          den += s;
        }
      }
      return den > 0 ? num / den : Double.NaN;
    }
  }

  /** One Mamdani output: the grid, the terms over it, the aggregation buffer and the defuzzifier. */
  private static final class MamdaniState {

    final Defuzzification defuzz;
    final boolean implicationProduct;
    final boolean aggregationMax;
    final int[] cons;
    final int n;
    final double min;
    final double max;
    final double[] x;
    final double[][] mu;
    final int[] lo;
    final int[] hi;
    final double[] agg;
    final double[] level;
    int dirtyFrom;
    int dirtyTo;
    final boolean piecewise;
    final double[] rx;
    final double[] ry;
    final double[] scratch;
    final int[] levelTerm;
    final double[] levelValue;

    MamdaniState(OutputVariable.Mamdani out, int[] cons, boolean implicationProduct,
        boolean aggregationMax) {
      this.defuzz = out.defuzzification();
      this.implicationProduct = implicationProduct;
      this.aggregationMax = aggregationMax;
      this.cons = cons;
      LinguisticVariable v = out.variable();
      min = v.min();
      max = v.max();
      n = defuzz.points();
      x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = defuzz.abscissa(min, max, i);
      }
      int nTerms = v.terms().size();
      mu = new double[nTerms][n];
      lo = new int[nTerms];
      hi = new int[nTerms];
      for (int k = 0; k < nTerms; k++) {
        MembershipFunction f = v.terms().get(k).function();
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
          mu[k][i] = f.degree(x[i]);
          if (mu[k][i] > 0) {
            first = first < 0 ? i : first;
            last = i;
          }
        }
        lo[k] = first < 0 ? 0 : first;
        hi[k] = first < 0 ? 0 : last + 1;
      }
      agg = new double[n];
      level = new double[nTerms];
      piecewise = defuzz.integration() == Defuzzification.Integration.PIECEWISE_LINEAR;
      int levels = aggregationMax ? nTerms : cons.length;
      if (piecewise) {
        int capacity = n + (implicationProduct ? 0 : (n - 1) * levels);
        rx = new double[capacity];
        ry = new double[capacity];
        scratch = new double[levels];
        levelTerm = new int[levels];
        levelValue = new double[levels];
      } else {
        rx = null;
        ry = null;
        scratch = null;
        levelTerm = null;
        levelValue = null;
      }
    }

    private double imply(double s, double m) {
      return implicationProduct ? s * m : (m < s ? m : s);
    }

    double compute(double[] strength, int[] conRule, int[] conTerm) {
      // Only the range the previous evaluation wrote can be non-zero: clear just that.
      Arrays.fill(agg, dirtyFrom, dirtyTo, 0.0);
      int from = n;
      int to = 0;
      boolean any = false;
      if (aggregationMax) {
        Arrays.fill(level, 0.0);
        for (int c : cons) {
          double s = strength[conRule[c]];
          if (s > level[conTerm[c]]) {
            level[conTerm[c]] = s;
          }
        }
        for (int k = 0; k < level.length; k++) {
          double s = level[k];
          if (s > 0) {
            any = true;
            from = Math.min(from, lo[k]);
            to = Math.max(to, hi[k]);
            double[] m = mu[k];
            for (int i = lo[k], end = hi[k]; i < end; i++) {
              double v = imply(s, m[i]);
              if (v > agg[i]) {
                agg[i] = v;
              }
            }
          }
        }
      } else {
        for (int c : cons) {
          double s = strength[conRule[c]];
          if (s > 0) {
            any = true;
            int k = conTerm[c];
            from = Math.min(from, lo[k]);
            to = Math.max(to, hi[k]);
            double[] m = mu[k];
            for (int i = lo[k], end = hi[k]; i < end; i++) {
              agg[i] += imply(s, m[i]);
            }
          }
        }
        for (int i = from; i < to; i++) {
          if (agg[i] > 1.0) {
            agg[i] = 1.0;
          }
        }
      }
      dirtyFrom = from < to ? from : 0;
      dirtyTo = from < to ? to : 0;
      if (!any || from >= to) {
        return Double.NaN;
      }
      double value = piecewise ? piecewise(strength, conRule, conTerm) : sampled(x, agg, from, to);
      return value < min ? min : value > max ? max : value;
    }

    /** Sample-sum defuzzification over {@code [from, to)}, outside which every sample is 0. */
    private double sampled(double[] xs, double[] ys, int from, int to) {
      switch (defuzz.method()) {
        case CENTROID: {
          // Two interleaved accumulator pairs halve the dependency chain of the sums.
          double sum0 = 0;
          double sum1 = 0;
          double weighted0 = 0;
          double weighted1 = 0;
          int i = from;
          for (; i + 1 < to; i += 2) {
            sum0 += ys[i];
            weighted0 += xs[i] * ys[i];
            sum1 += ys[i + 1];
            weighted1 += xs[i + 1] * ys[i + 1];
          }
          if (i < to) {
            sum0 += ys[i];
            weighted0 += xs[i] * ys[i];
          }
          double sum = sum0 + sum1;
          return sum > 0 ? (weighted0 + weighted1) / sum : Double.NaN;
        }
        case BISECTOR: {
          double total = 0;
          for (int i = from; i < to; i++) {
            total += ys[i];
          }
          if (!(total > 0)) {
            return Double.NaN;
          }
          double half = 0.5 * total;
          double running = 0;
          for (int i = from; i < to; i++) {
            running += ys[i];
            if (running >= half) {
              return xs[i];
            }
          }
          return xs[to - 1];
        }
        default:
          return ofMaximum(xs, ys, from, to);
      }
    }

    private double ofMaximum(double[] xs, double[] ys, int from, int count) {
      double top = 0;
      for (int i = from; i < count; i++) {
        top = ys[i] > top ? ys[i] : top;
      }
      if (!(top > 0)) {
        return Double.NaN;
      }
      double sum = 0;
      int hits = 0;
      double first = Double.NaN;
      double last = Double.NaN;
      for (int i = from; i < count; i++) {
        if (ys[i] == top) {
          first = hits == 0 ? xs[i] : first;
          last = xs[i];
          sum += xs[i];
          hits++;
        }
      }
      switch (defuzz.method()) {
        case SMALLEST_OF_MAXIMUM:
          return first;
        case LARGEST_OF_MAXIMUM:
          return last;
        default:
          return sum / hits;
      }
    }

    /**
     * Builds the refined grid (activation crossings inserted, as scikit-fuzzy's control system does) and
     * defuzzifies the linear interpolation through it.
     */
    private double piecewise(double[] strength, int[] conRule, int[] conTerm) {
      int levels = 0;
      if (!implicationProduct) {
        if (aggregationMax) {
          for (int k = 0; k < level.length; k++) {
            if (level[k] > 0) {
              levelTerm[levels] = k;
              levelValue[levels++] = level[k];
            }
          }
        } else {
          for (int c : cons) {
            double s = strength[conRule[c]];
            if (s > 0) {
              levelTerm[levels] = conTerm[c];
              levelValue[levels++] = s;
            }
          }
        }
      }
      int m = 0;
      for (int i = 0; i < n - 1; i++) {
        rx[m] = x[i];
        ry[m++] = agg[i];
        int found = 0;
        double x0 = x[i];
        double x1 = x[i + 1];
        for (int j = 0; j < levels; j++) {
          double s = levelValue[j];
          double a = mu[levelTerm[j]][i];
          double b = mu[levelTerm[j]][i + 1];
          if ((a >= s) != (b >= s)) {
            double p = x0 + (s - a) * (x1 - x0) / (b - a);
            if (p > x0 && p < x1) {
              found = insertSorted(scratch, found, p);
            }
          }
        }
        for (int j = 0; j < found; j++) {
          rx[m] = scratch[j];
          ry[m++] = aggregateAt(i, scratch[j], strength, conRule, conTerm);
        }
      }
      rx[m] = x[n - 1];
      ry[m++] = agg[n - 1];
      switch (defuzz.method()) {
        case CENTROID:
          return centroidLinear(rx, ry, m);
        case BISECTOR:
          return bisectorLinear(rx, ry, m);
        default:
          return ofMaximum(rx, ry, 0, m);
      }
    }

    private static int insertSorted(double[] a, int count, double p) {
      int i = count;
      while (i > 0 && a[i - 1] > p) {
        i--;
      }
      if (i > 0 && a[i - 1] == p) {
        return count;
      }
      System.arraycopy(a, i, a, i + 1, count - i);
      a[i] = p;
      return count + 1;
    }

    /** The aggregated degree at {@code p} inside grid segment {@code i}, terms interpolated linearly. */
    private double aggregateAt(int i, double p, double[] strength, int[] conRule, int[] conTerm) {
      double dx = x[i + 1] - x[i];
      double v = 0;
      if (aggregationMax) {
        for (int k = 0; k < level.length; k++) {
          if (level[k] > 0) {
            double slope = (mu[k][i + 1] - mu[k][i]) / dx;
            double w = imply(level[k], slope * (p - x[i]) + mu[k][i]);
            v = w > v ? w : v;
          }
        }
        return v;
      }
      for (int c : cons) {
        double s = strength[conRule[c]];
        if (s > 0) {
          int k = conTerm[c];
          double slope = (mu[k][i + 1] - mu[k][i]) / dx;
          v += imply(s, slope * (p - x[i]) + mu[k][i]);
        }
      }
      return v > 1.0 ? 1.0 : v;
    }

    /** Exact centroid of the polyline: each segment a trapezoid (scikit-fuzzy's {@code centroid}). */
    private static double centroidLinear(double[] xs, double[] ys, int count) {
      double moments = 0;
      double area = 0;
      for (int i = 1; i < count; i++) {
        double x1 = xs[i - 1];
        double x2 = xs[i];
        double y1 = ys[i - 1];
        double y2 = ys[i];
        if ((y1 == 0 && y2 == 0) || x1 == x2) {
          continue;
        }
        double moment;
        double a;
        if (y1 == y2) {
          moment = 0.5 * (x1 + x2);
          a = (x2 - x1) * y1;
        } else if (y1 == 0) {
          moment = 2.0 / 3.0 * (x2 - x1) + x1;
          a = 0.5 * (x2 - x1) * y2;
        } else if (y2 == 0) {
          moment = 1.0 / 3.0 * (x2 - x1) + x1;
          a = 0.5 * (x2 - x1) * y1;
        } else {
          moment = (2.0 / 3.0 * (x2 - x1) * (y2 + 0.5 * y1)) / (y1 + y2) + x1;
          a = 0.5 * (x2 - x1) * (y1 + y2);
        }
        moments += moment * a;
        area += a;
      }
      return area > 0 ? moments / area : Double.NaN;
    }

    /** The abscissa splitting the polyline's area in halves, solved exactly inside its segment. */
    private static double bisectorLinear(double[] xs, double[] ys, int count) {
      double total = 0;
      for (int i = 1; i < count; i++) {
        total += 0.5 * (xs[i] - xs[i - 1]) * (ys[i - 1] + ys[i]);
      }
      if (!(total > 0)) {
        return Double.NaN;
      }
      double half = 0.5 * total;
      double running = 0;
      for (int i = 1; i < count; i++) {
        double w = xs[i] - xs[i - 1];
        double y1 = ys[i - 1];
        double a = 0.5 * w * (y1 + ys[i]);
        if (running + a >= half && a > 0) {
          // Area from xs[i-1] to xs[i-1] + d is y1 d + s d^2 / 2 with slope s; solve for the remainder
          // r in the cancellation-free form d = 2 r / (y1 + sqrt(y1^2 + 2 s r)).
          double r = half - running;
          double s = (ys[i] - y1) / w;
          double root = Math.sqrt(Math.max(0.0, y1 * y1 + 2 * s * r));
          double d = y1 + root > 0 ? 2 * r / (y1 + root) : 0.0;
          return xs[i - 1] + Math.min(Math.max(d, 0.0), w);
        }
        running += a;
      }
      return xs[count - 1];
    }
  }
}
