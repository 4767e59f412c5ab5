package ai.segments.spring.resilience;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsResponse;

/**
 * Sends every attempt through a {@link SegmentsCircuitBreaker}: fails it fast while the breaker is
 * open, and tells the breaker how it went. Registered inside the retry interceptor; a fast failure
 * is never retried. Calls to other hosts than the API's ({@link SegmentsCall#targetsApi()} false:
 * downloads from storage or image hosts) pass by the breaker: they neither wait for it nor count.
 */
public final class CircuitBreakerInterceptor implements SegmentsCallInterceptor {

  private final SegmentsCircuitBreaker breaker;

  /**
   * Creates the interceptor.
   *
   * @param breaker the client's breaker
   */
  public CircuitBreakerInterceptor(SegmentsCircuitBreaker breaker) {
    this.breaker = breaker;
  }

  @Override
  public <T> SegmentsResponse<T> intercept(SegmentsCall call, Chain<T> chain) {
    if (!call.targetsApi()) {
      return chain.proceed(call);
    }
    this.breaker.acquire(call);
    SegmentsResponse<T> response;
    try {
      response = chain.proceed(call);
    } catch (RuntimeException | Error ex) {
      this.breaker.failed(ex);
      throw ex;
    }
    this.breaker.succeeded();
    return response;
  }
}
