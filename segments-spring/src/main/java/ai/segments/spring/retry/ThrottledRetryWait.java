package ai.segments.spring.retry;

import ai.segments.spring.resilience.SegmentsRateLimiter;

/**
 * How long the retry waits before it repeats an attempt the API throttled (an {@link
 * ai.segments.client.exception.ApiLimitException}: HTTP 429 or the API's {@code throttled} detail).
 */
public enum ThrottledRetryWait {

  /**
   * The answer's {@code Retry-After} (the back-off when it has none): right when nothing else paces
   * the client's attempts.
   */
  RETRY_AFTER,

  /**
   * No wait of the retry's own: an adaptive {@link SegmentsRateLimiter} inside the retry paces the
   * attempts. It has lowered the key's rate on the throttling answer and, for a {@code Retry-After}
   * of more than a second, holds the key's permits for the part of it the API surely meant, so the
   * retry waits for its permit in line instead of sleeping the header's whole seconds on top (the
   * API rounds its wait up to whole seconds: DRF's "Expected available in 1 second" often means a
   * few milliseconds).
   */
  RATE_LIMITER;

  /**
   * The wait for a client whose attempts the given limiter paces.
   *
   * @param limiter the rate limiter inside the retry, or {@code null} for none
   * @return {@link #RATE_LIMITER} for an adaptive limiter, else {@link #RETRY_AFTER}
   */
  public static ThrottledRetryWait pacedBy(SegmentsRateLimiter limiter) {
    return (limiter != null && limiter.adapts()) ? RATE_LIMITER : RETRY_AFTER;
  }
}
