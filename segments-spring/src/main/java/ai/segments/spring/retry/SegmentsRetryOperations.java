package ai.segments.spring.retry;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsResponse;

/**
 * The retry engine behind {@link SegmentsRetryInterceptor}: a small seam so that the engine (Spring
 * Retry today, {@code org.springframework.core.retry} of Spring Framework 7 later) can change
 * without touching the interceptor. The auto-configured implementation is {@link
 * SpringRetrySegmentsRetryOperations}.
 */
@FunctionalInterface
public interface SegmentsRetryOperations {

  /**
   * Runs a call until it succeeds or the policy gives up. Each attempt is sent with its {@link
   * SegmentsCall#withAttempt(int) attempt number}. On giving up, the last failure is rethrown after
   * {@link ai.segments.client.exception.SegmentsException#recordAttempts(int)}.
   *
   * @param call the call at its first attempt
   * @param attempt sends one attempt
   * @param <T> the response body type
   * @return the response of the successful attempt
   */
  <T> SegmentsResponse<T> execute(SegmentsCall call, SegmentsCallInterceptor.Chain<T> attempt);
}
