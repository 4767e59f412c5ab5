package ai.segments.spring.resilience;

/** How the client paces its requests per API key. */
public enum RateLimitMode {
  /**
   * Unlimited until the API throttles; then a send rate that drops on every throttling answer and
   * grows back while calls succeed (CUBIC, like the AWS SDK's adaptive retry mode).
   */
  ADAPTIVE,
  /** A constant rate, e.g. the known rate of the plan. */
  FIXED,
  /** No client-side pacing. */
  OFF
}
