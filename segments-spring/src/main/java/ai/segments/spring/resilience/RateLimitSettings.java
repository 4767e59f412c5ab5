package ai.segments.spring.resilience;

import java.time.Duration;

/**
 * Settings of a {@link SegmentsRateLimiter}.
 *
 * @param mode adaptive, fixed or off
 * @param fixedRate the requests per second in {@link RateLimitMode#FIXED} mode
 * @param minimumRate the lowest rate the adaptive mode drops to, in requests per second
 * @param maxWait the longest a call waits for a permit; a longer wait fails it at once
 */
public record RateLimitSettings(
    RateLimitMode mode, double fixedRate, double minimumRate, Duration maxWait) {

  /** The lowest rate the adaptive mode drops to by default: half a request per second. */
  public static final double DEFAULT_MINIMUM_RATE = 0.5;

  /**
   * The adaptive mode with the {@link #DEFAULT_MINIMUM_RATE default minimum rate}.
   *
   * @param maxWait the longest a call waits for a permit
   * @return the settings
   */
  public static RateLimitSettings adaptive(Duration maxWait) {
    return new RateLimitSettings(RateLimitMode.ADAPTIVE, 0, DEFAULT_MINIMUM_RATE, maxWait);
  }
}
