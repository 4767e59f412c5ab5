package ai.segments.spring.retry;

import java.time.Duration;

/**
 * How the Segments client retries: the values of {@code segments.retry.*}.
 *
 * @param maxAttempts total attempts including the first
 * @param initialInterval the first back-off
 * @param multiplier how much each back-off grows
 * @param maxInterval the cap of one back-off, also for a server's {@code Retry-After}
 */
public record SegmentsRetrySettings(
    int maxAttempts, Duration initialInterval, double multiplier, Duration maxInterval) {

  /** The defaults: 4 attempts, back-offs from 1 s doubling up to 30 s. */
  public static final SegmentsRetrySettings DEFAULTS =
      new SegmentsRetrySettings(4, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30));
}
