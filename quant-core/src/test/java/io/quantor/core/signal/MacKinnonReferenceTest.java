package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * MacKinnon p-values and critical values against statsmodels 0.13.5 ({@code statsmodels.tsa.adfvalues},
 * Debian {@code python3-statsmodels}), which implements the same published tables.
 *
 * <p><b>Source.</b>
 * <pre>
 * from statsmodels.tsa.adfvalues import mackinnonp, mackinnoncrit
 * for reg in ['n', 'c', 'ct']:
 *     for N in range(1, 7):
 *         print([mackinnonp(s, regression=reg, N=N) for s in STATS])   # '%.15g'
 * mackinnoncrit(N, reg, 100), mackinnoncrit(N, reg, 1257), mackinnoncrit(N, reg, np.inf)
 * </pre>
 * with {@code STATS = -25, -6, -4.2, -3.3, -2.9, -2, -1.2, 0, 0.5, 1, 3}, which cross every cut-off
 * ({@code tau*}, the smallest and the largest tabulated statistic) of every table.
 *
 * <p><b>Tolerance.</b> {@code 1e-12} relative plus {@code 1e-300} absolute for p-values (the same
 * polynomial; scipy's normal distribution function against ours, both accurate to about {@code 1e-15}
 * relative in this range); critical values {@code 1e-10} absolute (12 printed digits).
 */
class MacKinnonReferenceTest {

  private static final double[] STATS = {-25.0, -6.0, -4.2, -3.3, -2.9, -2.0, -1.2, 0.0, 0.5, 1.0, 3.0};

  /** statsmodels' p-values: rows N = 1..6, columns {@link #STATS}. */
  private static final double[][] NONE = {
      {0, 9.40828096592341e-09, 3.28795322748677e-05, 0.000979236171815881, 0.00365995360850151,
          0.0435206230560491, 0.210650625221702, 0.684279636046954, 0.824879195252956, 0.915951756414187,
          0.999806858419243},
      {0, 1.45095982336866e-07, 0.000511797391232867, 0.0114453659751108, 0.0352587624274254,
          0.236621648004382, 0.613655999727636, 0.940359666988146, 0.973161334090065, 0.985062775278094, 1},
      {0, 1.26495686953281e-06, 0.0032346130761485, 0.0496174223100334, 0.124398612204519,
          0.502411192462619, 0.850308479826038, 0.987019678299598, 0.993422659522284, 1, 1},
      {0, 7.83688910689398e-06, 0.0127289087763878, 0.132519724079144, 0.274194771188161,
          0.726575325702866, 0.947957519711489, 0.997157348321517, 0.99867324896062, 1, 1},
      {0, 4.29167104738442e-05, 0.0366720093523359, 0.26270148975451, 0.458514565201258,
          0.867796637410627, 0.983274016301204, 0.999459213049366, 0.99979790935604, 0.999866904828225, 1},
      {2.00304491566496e-52, 0.000162477617001479, 0.0838111017797736, 0.421917155775899,
          0.636638973289936, 0.942231302864519, 0.994989596136775, 0.999903036890995, 0.999971207439198,
          0.999985343056546, 1}};
  private static final double[][] CONSTANT = {
      {0, 1.66612048340544e-07, 0.0006589002060493, 0.0148784744922907, 0.0453479974721656,
          0.286573099168432, 0.67359571193223, 0.958532086060056, 0.984873096306552, 0.994265948547761, 1},
      {0, 1.62349248122683e-06, 0.00364782889421768, 0.0547348145850778, 0.13592860720258,
          0.528578080245108, 0.857900953817447, 0.985900258025964, 0.99264991992015, 1, 1},
      {0, 8.36211928930574e-06, 0.0135009479670849, 0.138293050904682, 0.283862192800816,
          0.734136532638564, 0.946059878311377, 0.995191436510304, 0.996711721100514, 1, 1},
      {1.14715538945794e-61, 3.88216997627765e-05, 0.0379618740144278, 0.267323359496986,
          0.464816206212968, 0.868299341399992, 0.981279618299269, 0.998811993336217, 0.999254822045421, 1,
          1},
      {2.46717711631269e-53, 0.000166433351460143, 0.0853612140759463, 0.425869251447256,
          0.639873712213662, 0.941133944996775, 0.994093495629965, 0.999771610590055, 0.999887126411762, 1,
          1},
      {0, 0.000594136834971285, 0.161671794455206, 0.587205252699787, 0.779580080168287,
          0.975784102097439, 0.998269695025794, 0.999960744430681, 0.999985215870029, 0.999989660481076, 1}};
  private static final double[][] CONSTANT_TREND = {
      {0, 2.19685999462497e-06, 0.00447697111214791, 0.0662524967763319, 0.162215061990001,
          0.601433772240274, 0.910502858053632, 0.994233167694789, 0.996851911498776, 1, 1},
      {0, 9.57094422573745e-06, 0.0150627159148122, 0.152268797930923, 0.309241723300267,
          0.771646450869564, 0.962407339299291, 0.997814038545087, 0.99871757187818, 1, 1},
      {3.90834860294969e-52, 4.26194281252024e-05, 0.0403222008699914, 0.280578084041937,
          0.484209756454213, 0.883879888930197, 0.985790368053775, 0.999361279259567, 0.999659168234944, 1,
          1},
      {2.79130511634846e-56, 0.000170654079691757, 0.0885723931680899, 0.436433525080113,
          0.651776539799532, 0.946754504524117, 0.995264737159058, 0.999869897057508, 0.999947356301091, 1,
          1},
      {4.07412057923105e-55, 0.000582715917643276, 0.164980131475283, 0.594370603186176,
          0.78593904070892, 0.977665599343841, 0.998559591957241, 0.999976614214951, 0.999992924255539,
          0.999996186223512, 1},
      {7.06241625256696e-53, 0.00172622579759824, 0.268270151135496, 0.730748643216403,
          0.879044610473635, 0.991359829546368, 0.999597741879745, 0.999996152522093, 0.999999114468151,
          0.999999653051479, 1}};

  @Test
  void pValuesMatchStatsmodels() {
    checkTable(DeterministicTerms.NONE, NONE);
    checkTable(DeterministicTerms.CONSTANT, CONSTANT);
    checkTable(DeterministicTerms.CONSTANT_TREND, CONSTANT_TREND);
  }

  private static void checkTable(DeterministicTerms terms, double[][] expected) {
    for (int n = 1; n <= 6; n++) {
      for (int j = 0; j < STATS.length; j++) {
        double e = expected[n - 1][j];
        double a = MacKinnon.pValue(STATS[j], terms, n);
        assertEquals(e, a, 1e-12 * e + 1e-300, terms + " N=" + n + " tau=" + STATS[j]);
      }
    }
  }

  /** Both sides of the cut-offs: {@code tau*} picks the polynomial, min and max clip to 0 and 1. */
  @Test
  void cutOffs() {
    assertEquals(0.477975652594189, MacKinnon.pValue(-1.61, DeterministicTerms.CONSTANT, 1), 1e-13);
    assertEquals(0.478618725857373, MacKinnon.pValue(-1.6099, DeterministicTerms.CONSTANT, 1), 1e-13);
    assertEquals(0.229659603310183, MacKinnon.pValue(-2.62, DeterministicTerms.CONSTANT, 2), 1e-13);
    assertEquals(0.993955978858538, MacKinnon.pValue(0.92, DeterministicTerms.CONSTANT, 2), 1e-13);
    assertEquals(1.0, MacKinnon.pValue(0.9201, DeterministicTerms.CONSTANT, 2));
    assertEquals(1.33853789595226e-29, MacKinnon.pValue(-18.86, DeterministicTerms.CONSTANT, 2),
        1e-12 * 1.33853789595226e-29);
    assertEquals(0.0, MacKinnon.pValue(-18.8601, DeterministicTerms.CONSTANT, 2));
    assertEquals(0.165470788900138, MacKinnon.pValue(-2.89, DeterministicTerms.CONSTANT_TREND, 1), 1e-13);
    assertEquals(0.268365351036832, MacKinnon.pValue(-1.04, DeterministicTerms.NONE, 1), 1e-13);
    assertEquals(0.0, MacKinnon.pValue(Double.NEGATIVE_INFINITY, DeterministicTerms.CONSTANT, 2));
    assertTrue(Double.isNaN(MacKinnon.pValue(Double.NaN, DeterministicTerms.CONSTANT, 2)));
  }

  @Test
  void criticalValuesMatchStatsmodels() {
    crit(DeterministicTerms.NONE, 1, new double[] {-2.5884607, -1.943991277, -1.614410036},
        new double[] {-2.56752097489, -1.94121579733, -1.61661040816},
        new double[] {-2.56574, -1.941, -1.61682});
    crit(DeterministicTerms.CONSTANT, 1, new double[] {-3.497501033, -2.89090644, -2.5824349},
        new double[] {-3.4355629708, -2.86384206339, -2.56799564414},
        new double[] {-3.43035, -2.86154, -2.56677});
    crit(DeterministicTerms.CONSTANT, 2, new double[] {-4.0093117, -3.3979133, -3.087134},
        new double[] {-3.90517394768, -3.34099517741, -3.0478257867},
        new double[] {-3.89644, -3.33613, -3.04445});
    crit(DeterministicTerms.CONSTANT, 6, new double[] {-5.508053061, -4.877797193, -4.557367523},
        new double[] {-5.26613718081, -4.72039991066, -4.43550446525},
        new double[] {-5.24568, -4.70693, -4.42501});
    crit(DeterministicTerms.CONSTANT_TREND, 1, new double[] {-4.052277955, -3.455342974, -3.15332088},
        new double[] {-3.96599020736, -3.4139885022, -3.12910945639},
        new double[] {-3.95877, -3.41049, -3.12705});
    crit(DeterministicTerms.CONSTANT_TREND, 2, new double[] {-4.4855749, -3.8768834, -3.567856908},
        new double[] {-4.33992476074, -3.78814375132, -3.50194841127},
        new double[] {-4.32762, -3.78057, -3.49631});
    crit(DeterministicTerms.CONSTANT_TREND, 6, new double[] {-5.824349947, -5.18772037, -4.864472328},
        new double[] {-5.54116476092, -4.99844943776, -4.71516457861},
        new double[] {-5.51727, -4.98228, -4.70233});
  }

  private static void crit(DeterministicTerms terms, int n, double[] t100, double[] t1257, double[] inf) {
    CriticalValues c100 = MacKinnon.criticalValues(terms, n, 100);
    CriticalValues c1257 = MacKinnon.criticalValues(terms, n, 1257);
    CriticalValues cInf = MacKinnon.asymptoticCriticalValues(terms, n);
    AugmentedDickeyFullerReferenceTest.assertCritical(c100, t100[0], t100[1], t100[2]);
    AugmentedDickeyFullerReferenceTest.assertCritical(c1257, t1257[0], t1257[1], t1257[2]);
    AugmentedDickeyFullerReferenceTest.assertCritical(cInf, inf[0], inf[1], inf[2]);
  }

  @Test
  void rejectsCasesOutsideTheTables() {
    assertThrows(IllegalArgumentException.class, () -> MacKinnon.pValue(-3, DeterministicTerms.CONSTANT, 0));
    assertThrows(IllegalArgumentException.class, () -> MacKinnon.pValue(-3, DeterministicTerms.CONSTANT, 7));
    assertThrows(IllegalArgumentException.class, () -> MacKinnon.pValue(-3, null, 1));
    assertThrows(IllegalArgumentException.class,
        () -> MacKinnon.criticalValues(DeterministicTerms.NONE, 2, 100));
    assertThrows(IllegalArgumentException.class,
        () -> MacKinnon.criticalValues(DeterministicTerms.CONSTANT, 1, 0));
  }
}
