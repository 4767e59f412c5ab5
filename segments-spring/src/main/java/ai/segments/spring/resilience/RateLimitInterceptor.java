package ai.segments.spring.resilience;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.SegmentsException;
import java.time.Duration;

/**
 * Paces every attempt through a {@link SegmentsRateLimiter} and tells it when the API throttled an
 * attempt: an {@link ApiLimitException} (HTTP 429 or the API's {@code throttled} detail) or a 503
 * with {@code Retry-After}. Registered inside the retry interceptor, so that retries wait for
 * permits too. Calls to other hosts than the API's ({@link SegmentsCall#targetsApi()} false) are
 * not paced: the API's limits do not apply to them.
 */
public final class RateLimitInterceptor implements SegmentsCallInterceptor {

  private static final int SERVICE_UNAVAILABLE = 503;

  private final SegmentsRateLimiter limiter;

  /**
   * Creates the interceptor.
   *
   * @param limiter the client's rate limiter
   */
  public RateLimitInterceptor(SegmentsRateLimiter limiter) {
    this.limiter = limiter;
  }

  @Override
  public <T> SegmentsResponse<T> intercept(SegmentsCall call, Chain<T> chain) {
    if (!call.targetsApi()) {
      return chain.proceed(call);
    }
    long bookedAt = this.limiter.acquire(call);
    try {
      SegmentsResponse<T> response = chain.proceed(call);
      this.limiter.accepted(call);
      return response;
    } catch (SegmentsException ex) {
      if (isThrottling(ex)) {
        this.limiter.throttled(call, bookedAt, ex.retryAfter().orElse(Duration.ZERO));
      }
      throw ex;
    }
  }

  private static boolean isThrottling(SegmentsException ex) {
    return ex instanceof ApiLimitException
        || (ex.statusCode().orElse(0) == SERVICE_UNAVAILABLE && ex.retryAfter().isPresent());
  }
}
