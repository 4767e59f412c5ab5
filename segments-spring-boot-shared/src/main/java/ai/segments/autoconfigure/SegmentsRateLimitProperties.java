package ai.segments.autoconfigure;

import ai.segments.spring.resilience.RateLimitMode;
import ai.segments.spring.resilience.RateLimitSettings;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The client-side rate limit per API key ({@code segments.rate-limit.*}). A call waits for a permit
 * at most {@code segments.retry.max-interval}, as long as it would wait for a {@code Retry-After}.
 */
@ConfigurationProperties("segments.rate-limit")
public class SegmentsRateLimitProperties implements InitializingBean {

  /**
   * How the client paces its requests: adaptive (unlimited until the API throttles, then a rate
   * that backs off on throttling and grows back while calls succeed), fixed (the rate below) or
   * off.
   */
  private RateLimitMode mode = RateLimitMode.ADAPTIVE;

  /** Requests per second per API key in fixed mode, e.g. the known rate of the plan. */
  private Double rate;

  /** Lowest requests per second the adaptive mode drops to. */
  private double minimumRate = RateLimitSettings.DEFAULT_MINIMUM_RATE;

  /** Creates the properties with their defaults. */
  public SegmentsRateLimitProperties() {}

  /**
   * The mode.
   *
   * @return adaptive, fixed or off
   */
  public RateLimitMode getMode() {
    return this.mode;
  }

  /**
   * Sets the mode.
   *
   * @param mode adaptive, fixed or off
   */
  public void setMode(RateLimitMode mode) {
    this.mode = mode;
  }

  /**
   * The fixed rate.
   *
   * @return requests per second, or {@code null} when not set
   */
  public Double getRate() {
    return this.rate;
  }

  /**
   * Sets the fixed rate.
   *
   * @param rate requests per second, positive
   */
  public void setRate(Double rate) {
    this.rate = rate;
  }

  /**
   * The lowest adaptive rate.
   *
   * @return requests per second
   */
  public double getMinimumRate() {
    return this.minimumRate;
  }

  /**
   * Sets the lowest adaptive rate.
   *
   * @param minimumRate requests per second, positive
   */
  public void setMinimumRate(double minimumRate) {
    this.minimumRate = minimumRate;
  }

  /**
   * Checks the bound values.
   *
   * @throws SegmentsConfigurationException naming the first property with an invalid value
   */
  @Override
  public void afterPropertiesSet() {
    if (this.mode == null) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.rate-limit.mode",
          "must be adaptive, fixed or off",
          "Set 'segments.rate-limit.mode' to adaptive (the default), fixed or off");
    }
    if (this.mode == RateLimitMode.FIXED && !(this.rate != null && this.rate > 0)) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.rate-limit.rate",
          "must be a positive number of requests per second in fixed mode",
          "Set 'segments.rate-limit.rate' to the rate of your plan, for example 10");
    }
    if (!(this.minimumRate > 0)) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.rate-limit.minimum-rate",
          "must be a positive number of requests per second",
          "Set 'segments.rate-limit.minimum-rate' to a rate like 0.5");
    }
  }
}
