package ai.segments.spring.resilience;

import java.time.Duration;

/**
 * Settings of a {@link SegmentsCircuitBreaker}.
 *
 * @param failureThreshold consecutive failed attempts (no response or a 5xx answer) that open it
 * @param coolDown how long it stays open, failing calls fast
 * @param probes calls let through when half-open; it closes unless all of them fail
 */
public record CircuitBreakerSettings(int failureThreshold, Duration coolDown, int probes) {

  /**
   * The defaults: open after 5 failed attempts in a row, for 2 s, then close unless 3 probes fail.
   */
  public static final CircuitBreakerSettings DEFAULTS =
      new CircuitBreakerSettings(5, Duration.ofSeconds(2), 3);
}
