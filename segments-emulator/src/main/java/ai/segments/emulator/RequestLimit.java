package ai.segments.emulator;

/**
 * A per-user limit on API requests, one of the {@link RateLimitModel}s: {@link
 * SlidingLogRateLimiter}, {@link FixedWindowRateLimiter} or {@link TokenBucketRateLimiter}.
 */
interface RequestLimit {

  /**
   * Counts a request of a user.
   *
   * @param key the user
   * @return 0 when the request is allowed, else the whole seconds (at least 1) until it would be
   */
  long acquire(String key);

  /**
   * The API's 429 answer, in Django REST framework's words: {@code Request was throttled. Expected
   * available in N seconds.} ({@code 1 second.} for one) and {@code Retry-After: N}.
   *
   * @param seconds the wait, at least 1
   * @return the answer
   */
  static ApiResponse throttled(long seconds) {
    String unit = seconds == 1 ? "second" : "seconds";
    return ApiResponse.json(
            429,
            Json.object()
                .put(
                    "detail",
                    "Request was throttled. Expected available in " + seconds + " " + unit + "."))
        .header("Retry-After", Long.toString(seconds));
  }
}
