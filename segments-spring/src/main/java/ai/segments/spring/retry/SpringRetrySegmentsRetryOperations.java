package ai.segments.spring.retry;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.client.exception.SegmentsException;
import ai.segments.spring.resilience.RetryBudgetPolicy;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryOperations;

/**
 * {@link SegmentsRetryOperations} on Spring Retry: runs each call in the given {@link
 * RetryOperations} (the {@code segmentsRetryTemplate} bean), numbering attempts from its retry
 * count.
 */
public final class SpringRetrySegmentsRetryOperations implements SegmentsRetryOperations {

  private final RetryOperations retryOperations;

  /**
   * Creates the adapter.
   *
   * @param retryOperations the Spring Retry template
   */
  public SpringRetrySegmentsRetryOperations(RetryOperations retryOperations) {
    this.retryOperations = retryOperations;
  }

  @Override
  public <T> SegmentsResponse<T> execute(
      SegmentsCall call, SegmentsCallInterceptor.Chain<T> attempt) {
    return this.retryOperations.execute(
        context -> {
          context.setAttribute(SegmentsRetryPolicy.OPERATION_ATTRIBUTE, call.operation());
          context.setAttribute(RetryBudgetPolicy.OUTSIDE_API_ATTRIBUTE, !call.targetsApi());
          return attempt.proceed(call.withAttempt(context.getRetryCount() + 1));
        },
        SpringRetrySegmentsRetryOperations::giveUp);
  }

  private static <T> T giveUp(RetryContext context) {
    Throwable last = context.getLastThrowable();
    if (last instanceof SegmentsException ex) {
      ex.recordAttempts(context.getRetryCount());
    }
    if (last instanceof RuntimeException ex) {
      throw ex;
    }
    if (last instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException("Segments call failed", last);
  }
}
