package ai.segments.emulator;

/**
 * A per-user limit on API requests: the fixed window of {@link RateLimiter} or the token bucket of
 * {@link TokenBucketRateLimiter}.
 */
interface RequestLimit {

  /**
   * Counts a request of a user.
   *
   * @param key the user
   * @return 0 when the request is allowed, else the whole seconds (at least 1) until it would be
   */
  long acquire(String key);
}
