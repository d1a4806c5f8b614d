package io.quantor.risk.measure;

import io.quantor.core.internal.Args;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A joint distribution of asset returns to simulate: multivariate normal, or multivariate Student-t with
 * the same covariance. Immutable; the random generator is created per call from the seed of the
 * {@link MonteCarloSettings}, so equal settings give equal scenarios.
 *
 * <p>A scenario is {@code x = mean + s L z}: {@code L} the lower Cholesky factor of the covariance
 * ({@code covariance = L L'}, positive semidefinite allowed), {@code z} a vector of independent standard
 * normals (Commons RNG's {@code ZigguratSampler.NormalizedGaussian} on {@code XO_RO_SHI_RO_128_PP}), and
 * {@code s = 1} for the normal model. For the Student-t model with {@code nu > 2} degrees of freedom,
 * {@code s = sqrt((nu - 2) / W)} with {@code W} chi-square with {@code nu} degrees of freedom (a gamma
 * variate of shape {@code nu / 2} and scale 2, one per scenario, shared by all assets): the multivariate
 * t with scale matrix {@code covariance (nu - 2) / nu}, whose covariance is {@code covariance} itself
 * because {@code E[(nu - 2) / W] = 1}. Each asset is then a Student-t with standard deviation
 * {@code sqrt(covariance_ii)}, and the assets share tail events (they are not independent even when
 * uncorrelated), as a common volatility shock would make them.
 *
 * <p>Per scenario the generator draws the {@code d} normals first, then (Student-t) the chi-square.
 *
 * <pre>{@code
 * MonteCarloModel model = MonteCarloModel.studentT(mean, covariance, 5);
 * double[][] scenarios = model.scenarios(MonteCarloSettings.of(100_000, 42));
 * }</pre>
 */
public final class MonteCarloModel {

  private final double[] mean;
  private final double[][] covariance;
  private final double[][] factor;
  private final double degreesOfFreedom;

  private MonteCarloModel(double[] mean, double[][] covariance, double degreesOfFreedom) {
    int d = ReturnData.checkMeanAndCovariance(mean, covariance);
    this.mean = mean.clone();
    this.covariance = new double[d][];
    for (int i = 0; i < d; i++) {
      this.covariance[i] = covariance[i].clone();
    }
    this.factor = Cholesky.lower(this.covariance);
    this.degreesOfFreedom = degreesOfFreedom;
  }

  /**
   * A multivariate normal distribution.
   *
   * @param mean the mean return of each asset
   * @param covariance the covariance matrix, symmetric positive semidefinite
   * @return the model
   * @throws IllegalArgumentException if the dimensions differ, a value is not finite, or the covariance
   *     is not symmetric positive semidefinite
   */
  public static MonteCarloModel gaussian(double[] mean, double[][] covariance) {
    return new MonteCarloModel(mean, covariance, Double.POSITIVE_INFINITY);
  }

  /**
   * A multivariate Student-t distribution with the given covariance (not scale) matrix.
   *
   * @param mean the mean return of each asset
   * @param covariance the covariance matrix, symmetric positive semidefinite
   * @param degreesOfFreedom the degrees of freedom {@code nu}, finite and {@code > 2} (the covariance
   *     is infinite otherwise)
   * @return the model
   * @throws IllegalArgumentException if the dimensions differ, a value is not finite, the covariance is
   *     not symmetric positive semidefinite, or {@code degreesOfFreedom <= 2}
   */
  public static MonteCarloModel studentT(double[] mean, double[][] covariance, double degreesOfFreedom) {
    if (!(degreesOfFreedom > 2 && degreesOfFreedom < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("degreesOfFreedom must be finite and > 2, was " + degreesOfFreedom);
    }
    return new MonteCarloModel(mean, covariance, degreesOfFreedom);
  }

  /**
   * The number of assets.
   *
   * @return the dimension
   */
  public int assets() {
    return mean.length;
  }

  /**
   * The mean returns.
   *
   * @return a copy of the mean vector
   */
  public double[] mean() {
    return mean.clone();
  }

  /**
   * The covariance matrix.
   *
   * @return a copy of the covariance matrix
   */
  public double[][] covariance() {
    double[][] copy = new double[covariance.length][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = covariance[i].clone();
    }
    return copy;
  }

  /**
   * The degrees of freedom.
   *
   * @return {@code nu} of the Student-t model, {@link Double#POSITIVE_INFINITY} for the normal model
   */
  public double degreesOfFreedom() {
    return degreesOfFreedom;
  }

  /**
   * Simulated asset returns.
   *
   * @param settings the scenario count, seed and antithetic switch
   * @return a matrix with one row per scenario and one column per asset
   * @throws IllegalArgumentException if {@code settings} is null
   */
  public double[][] scenarios(MonteCarloSettings settings) {
    Args.notNull(settings, "settings");
    int d = mean.length;
    double[][] out = new double[settings.scenarios()][];
    Draws draws = new Draws(settings.seed());
    double[] z = new double[d];
    double[] shock = new double[d];
    int t = 0;
    while (t < out.length) {
      double s = draws.next(z);
      for (int i = 0; i < d; i++) {
        double v = 0;
        for (int k = 0; k <= i; k++) {
          v += factor[i][k] * z[k];
        }
        shock[i] = s * v;
      }
      double[] row = new double[d];
      for (int i = 0; i < d; i++) {
        row[i] = mean[i] + shock[i];
      }
      out[t++] = row;
      if (settings.antithetic() && t < out.length) {
        double[] mirror = new double[d];
        for (int i = 0; i < d; i++) {
          mirror[i] = mean[i] - shock[i];
        }
        out[t++] = mirror;
      }
    }
    return out;
  }

  /**
   * Simulated portfolio returns {@code w'x}, the same scenarios as {@link #scenarios} (up to rounding)
   * without forming them: with {@code b = L'w}, a scenario's return is {@code w'mean + s b'z}, {@code O(d)}
   * per scenario instead of {@code O(d^2)}.
   *
   * @param weights the portfolio weights, one per asset (any sign, any sum)
   * @param settings the scenario count, seed and antithetic switch
   * @return one portfolio return per scenario
   * @throws IllegalArgumentException if the weights do not match the assets or are not finite
   */
  public double[] portfolioReturns(double[] weights, MonteCarloSettings settings) {
    Args.notNull(settings, "settings");
    int d = checkAssets(weights);
    double center = 0;
    for (int i = 0; i < d; i++) {
      center += weights[i] * mean[i];
    }
    double[] b = new double[d];
    for (int k = 0; k < d; k++) {
      double v = 0;
      for (int i = k; i < d; i++) {
        v += factor[i][k] * weights[i];
      }
      b[k] = v;
    }
    double[] out = new double[settings.scenarios()];
    Draws draws = new Draws(settings.seed());
    double[] z = new double[d];
    int t = 0;
    while (t < out.length) {
      double s = draws.next(z);
      double v = 0;
      for (int k = 0; k < d; k++) {
        v += b[k] * z[k];
      }
      double shock = s * v;
      out[t++] = center + shock;
      if (settings.antithetic() && t < out.length) {
        out[t++] = center - shock;
      }
    }
    return out;
  }

  int checkAssets(double[] weights) {
    int d = ReturnData.checkWeights(weights);
    if (d != mean.length) {
      throw new IllegalArgumentException("weights must hold " + mean.length
          + " values (one per asset of the model), was " + d);
    }
    return d;
  }

  /** The random draws of one call: normals, and the Student-t scale. */
  private final class Draws {
    private final ContinuousSampler normal;
    private final ContinuousSampler chiSquare;

    Draws(long seed) {
      UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
      normal = ZigguratSampler.NormalizedGaussian.of(rng);
      chiSquare = degreesOfFreedom < Double.POSITIVE_INFINITY
          ? AhrensDieterMarsagliaTsangGammaSampler.of(rng, degreesOfFreedom / 2, 2) : null;
    }

    /** Fills {@code z} with standard normals and returns the scale {@code s} of the scenario. */
    double next(double[] z) {
      for (int k = 0; k < z.length; k++) {
        z[k] = normal.sample();
      }
      return chiSquare == null ? 1 : Math.sqrt((degreesOfFreedom - 2) / chiSquare.sample());
    }
  }
}
