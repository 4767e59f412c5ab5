package ai.segments.autoconfigure;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retry budget ({@code segments.retry.budget.*}): retries draw from a bucket of tokens that
 * successful calls refill, so that retries stop when most calls fail.
 */
@ConfigurationProperties("segments.retry.budget")
public class SegmentsRetryBudgetProperties implements InitializingBean {

  /** Whether retries draw from the budget; false retries every retryable failure. */
  private boolean enabled = true;

  /** Retry tokens each successful call adds: retries stay below this share of successful calls. */
  private double ratio = 0.2;

  /** Retries the budget holds at most, and at the start: the floor of retries without successes. */
  private int capacity = 10;

  /** Creates the properties with their defaults. */
  public SegmentsRetryBudgetProperties() {}

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

  /**
   * Checks the bound values.
   *
   * @throws SegmentsConfigurationException naming the first property with an invalid value
   */
  @Override
  public void afterPropertiesSet() {
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
