package ai.segments.spring.resilience;

/** How the client paces its requests per API key. */
public enum RateLimitMode {
  /**
   * Unlimited until the API throttles; then evenly paced at a rate learned from the rate the API
   * accepted when it throttled, held just under it and probed beyond slowly (see {@code
   * CubicRate}); a long {@code Retry-After} stops sending until it has passed.
   */
  ADAPTIVE,
  /** A constant rate, e.g. the known rate of the plan. */
  FIXED,
  /** No client-side pacing. */
  OFF
}
