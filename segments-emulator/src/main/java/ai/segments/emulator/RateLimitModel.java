package ai.segments.emulator;

/**
 * How the emulator's rate limit counts a user's requests: the models of the throttles real API
 * servers run. Each answers a refused request with the API's 429: {@code {"detail": "Request was
 * throttled. Expected available in N seconds."}} and {@code Retry-After: N}.
 */
public enum RateLimitModel {

  /**
   * Django REST framework's {@code SimpleRateThrottle} (its {@code UserRateThrottle} and {@code
   * ScopedRateThrottle}), which the Segments.ai API runs, as its 401 and 429 texts show: per user a
   * sliding log of the requests it accepted within the period; a request is refused while the log
   * holds {@code requests} entries, and refused requests are not logged; the wait is the time until
   * the oldest logged request leaves the period. The default model.
   */
  DRF,

  /**
   * A fixed window: a counter per user that resets at the end of each period, counting refused
   * requests too; the wait is the time until the window resets. Stands for the simple counters of
   * many API gateways and reverse proxies (e.g. a per-period quota counter in front of a service).
   */
  FIXED_WINDOW,

  /**
   * A token bucket: a steady rate of {@code requests} per period with bursts of up to the bucket
   * size (by default {@code requests}); the wait is the time until the next token. Stands for AWS
   * API Gateway's and Stripe-style throttles, which publish a steady rate and a burst.
   */
  TOKEN_BUCKET
}
