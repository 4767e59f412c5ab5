package ai.segments.spring.retry;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsResponse;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Retries calls through {@link SegmentsRetryOperations} and tells a {@link SegmentsRetryListener}
 * about every retry. Registered inside the observation interceptor, so that one observation covers
 * a call with all its retries.
 */
public final class SegmentsRetryInterceptor implements SegmentsCallInterceptor {

  private final SegmentsRetryOperations retryOperations;
  private final SegmentsRetryListener listener;

  /**
   * Creates the interceptor.
   *
   * @param retryOperations the retry engine
   * @param listener told about every retry
   */
  public SegmentsRetryInterceptor(
      SegmentsRetryOperations retryOperations, SegmentsRetryListener listener) {
    this.retryOperations = retryOperations;
    this.listener = listener;
  }

  @Override
  public <T> SegmentsResponse<T> intercept(SegmentsCall call, Chain<T> chain) {
    AtomicReference<RuntimeException> lastFailure = new AtomicReference<>();
    return this.retryOperations.execute(
        call,
        attempt -> {
          if (attempt.attempt() > 1) {
            this.listener.onRetry(attempt, RetryReason.of(lastFailure.get()));
          }
          try {
            return chain.proceed(attempt);
          } catch (RuntimeException ex) {
            lastFailure.set(ex);
            throw ex;
          }
        });
  }
}
