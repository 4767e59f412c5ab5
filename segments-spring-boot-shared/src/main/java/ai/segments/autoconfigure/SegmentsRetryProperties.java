package ai.segments.autoconfigure;

import ai.segments.spring.resilience.RetryBudget;
import ai.segments.spring.retry.SegmentsRetrySettings;
import java.time.Duration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retries of throttled and transient failures, under the prefix {@code segments.retry}, with the
 * retry budget they draw from ({@code segments.retry.budget.*}). Its defaults are {@link
 * SegmentsRetrySettings#DEFAULTS}, the retry engine's, and {@link RetryBudget}'s {@code DEFAULT_*}
 * constants.
 *
 * <p>Checked once bound: a malformed value fails startup with a {@link
 * SegmentsConfigurationException} that names the property.
 */
@ConfigurationProperties("segments.retry")
public class SegmentsRetryProperties implements InitializingBean {

  /** Whether to retry throttled and transient failures. */
  private boolean enabled = true;

  /** Total attempts per call, including the first; 1 disables retries. */
  private int maxAttempts = SegmentsRetrySettings.DEFAULTS.maxAttempts();

  /** Back-off before the first retry. */
  private Duration initialInterval = SegmentsRetrySettings.DEFAULTS.initialInterval();

  /** Growth factor of the back-off from one retry to the next. */
  private double multiplier = SegmentsRetrySettings.DEFAULTS.multiplier();

  /**
   * Cap for one back-off, and for a server's Retry-After: a longer requested wait fails at once.
   */
  private Duration maxInterval = SegmentsRetrySettings.DEFAULTS.maxInterval();

  private final Budget budget = new Budget();

  /** Creates the properties with their defaults. */
  public SegmentsRetryProperties() {}

  /**
   * Whether retries are on.
   *
   * @return {@code true} when on
   */
  public boolean isEnabled() {
    return this.enabled;
  }

  /**
   * Turns retries on or off.
   *
   * @param enabled {@code true} to retry
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Total attempts per call.
   *
   * @return the attempts, at least 1
   */
  public int getMaxAttempts() {
    return this.maxAttempts;
  }

  /**
   * Sets the total attempts per call.
   *
   * @param maxAttempts at least 1
   */
  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /**
   * The first back-off.
   *
   * @return the interval
   */
  public Duration getInitialInterval() {
    return this.initialInterval;
  }

  /**
   * Sets the first back-off.
   *
   * @param initialInterval a positive duration
   */
  public void setInitialInterval(Duration initialInterval) {
    this.initialInterval = initialInterval;
  }

  /**
   * The back-off growth factor.
   *
   * @return the multiplier, at least 1
   */
  public double getMultiplier() {
    return this.multiplier;
  }

  /**
   * Sets the back-off growth factor.
   *
   * @param multiplier at least 1
   */
  public void setMultiplier(double multiplier) {
    this.multiplier = multiplier;
  }

  /**
   * The cap of one back-off.
   *
   * @return the cap
   */
  public Duration getMaxInterval() {
    return this.maxInterval;
  }

  /**
   * Sets the cap of one back-off.
   *
   * @param maxInterval a duration not shorter than the initial interval
   */
  public void setMaxInterval(Duration maxInterval) {
    this.maxInterval = maxInterval;
  }

  /**
   * The retry budget.
   *
   * @return the settings
   */
  public Budget getBudget() {
    return this.budget;
  }

  /**
   * These settings as the retry engine takes them.
   *
   * @return the settings
   */
  public SegmentsRetrySettings toSettings() {
    return new SegmentsRetrySettings(
        this.maxAttempts, this.initialInterval, this.multiplier, this.maxInterval);
  }

  /**
   * Checks the bound values.
   *
   * @throws SegmentsConfigurationException naming the first property with an invalid value
   */
  @Override
  public void afterPropertiesSet() {
    checkRetry();
    this.budget.check();
  }

  private void checkRetry() {
    if (this.maxAttempts < 1) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.retry.max-attempts",
          "must be at least 1",
          "Set 'segments.retry.max-attempts' to 1 (no retries) or more");
    }
    SegmentsProperties.requirePositive("segments.retry.initial-interval", this.initialInterval);
    SegmentsProperties.requirePositive("segments.retry.max-interval", this.maxInterval);
    if (!(this.multiplier >= 1.0)) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.retry.multiplier",
          "must be at least 1.0",
          "Set 'segments.retry.multiplier' to 1.0 (constant back-off) or more");
    }
    if (this.maxInterval.compareTo(this.initialInterval) < 0) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.retry.max-interval",
          "must not be shorter than 'segments.retry.initial-interval'",
          "Raise 'segments.retry.max-interval' or lower 'segments.retry.initial-interval'");
    }
  }

  /**
   * The retry budget ({@code segments.retry.budget.*}): retries draw from a bucket of tokens that
   * successful calls refill, so that retries stop when most calls fail.
   */
  public static class Budget {

    /** Whether retries draw from the budget; false retries every retryable failure. */
    private boolean enabled = true;

    /**
     * Retry tokens each successful call adds: retries stay below this share of successful calls.
     */
    private double ratio = RetryBudget.DEFAULT_RATIO;

    /**
     * Retries the budget holds at most, and at the start: the floor of retries without successes.
     */
    private int capacity = RetryBudget.DEFAULT_CAPACITY;

    /** Creates the budget settings with their defaults. */
    public Budget() {}

    /**
     * Whether the budget is on.
     *
     * @return {@code true} when on
     */
    public boolean isEnabled() {
      return this.enabled;
    }

    /**
     * Turns the budget on or off.
     *
     * @param enabled {@code true} to draw retries from the budget
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The tokens per successful call.
     *
     * @return the ratio, in {@code (0, 1]}
     */
    public double getRatio() {
      return this.ratio;
    }

    /**
     * Sets the tokens per successful call.
     *
     * @param ratio in {@code (0, 1]}
     */
    public void setRatio(double ratio) {
      this.ratio = ratio;
    }

    /**
     * The largest number of banked retries.
     *
     * @return at least 1
     */
    public int getCapacity() {
      return this.capacity;
    }

    /**
     * Sets the largest number of banked retries.
     *
     * @param capacity at least 1
     */
    public void setCapacity(int capacity) {
      this.capacity = capacity;
    }

    void check() {
      if (!(this.ratio > 0 && this.ratio <= 1)) {
        throw SegmentsConfigurationException.invalidProperty(
            "segments.retry.budget.ratio",
            "must be above 0 and at most 1",
            "Set 'segments.retry.budget.ratio' to a share like 0.2");
      }
      if (this.capacity < 1) {
        throw SegmentsConfigurationException.invalidProperty(
            "segments.retry.budget.capacity",
            "must be at least 1",
            "Set 'segments.retry.budget.capacity' to a number of retries like 10");
      }
    }
  }
}
