package ai.segments.spring.retry;

import ai.segments.client.call.SegmentsOperation;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.context.RetryContextSupport;

/**
 * A Spring Retry {@link RetryPolicy} that allows at most {@code maxAttempts} attempts and asks a
 * {@link SegmentsRetryDecision} whether a failure is worth another one. The operation is read from
 * the {@link #OPERATION_ATTRIBUTE} context attribute that {@link
 * SpringRetrySegmentsRetryOperations} sets.
 */
public final class SegmentsRetryPolicy implements RetryPolicy {

  private static final long serialVersionUID = 1L;

  /** The retry context attribute that holds the {@link SegmentsOperation} being retried. */
  public static final String OPERATION_ATTRIBUTE = "segments.operation";

  private final int maxAttempts;
  private final SegmentsRetryDecision decision;

  /**
   * Creates the policy.
   *
   * @param maxAttempts total attempts, including the first
   * @param decision which failures are retried
   */
  public SegmentsRetryPolicy(int maxAttempts, SegmentsRetryDecision decision) {
    this.maxAttempts = maxAttempts;
    this.decision = decision;
  }

  @Override
  public boolean canRetry(RetryContext context) {
    Throwable failure = context.getLastThrowable();
    if (failure == null) {
      return true;
    }
    return context.getRetryCount() < this.maxAttempts
        && context.getAttribute(OPERATION_ATTRIBUTE) instanceof SegmentsOperation operation
        && this.decision.retryReason(operation, failure).isPresent();
  }

  @Override
  public RetryContext open(RetryContext parent) {
    return new RetryContextSupport(parent);
  }

  @Override
  public void close(RetryContext context) {}

  @Override
  public void registerThrowable(RetryContext context, Throwable throwable) {
    ((RetryContextSupport) context).registerThrowable(throwable);
  }

  @Override
  public int getMaxAttempts() {
    return this.maxAttempts;
  }
}
