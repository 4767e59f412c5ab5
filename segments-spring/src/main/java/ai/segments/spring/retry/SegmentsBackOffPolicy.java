package ai.segments.spring.retry;

import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.SegmentsException;
import ai.segments.spring.resilience.SegmentsClock;
import java.time.Duration;
import org.springframework.retry.RetryContext;
import org.springframework.retry.backoff.BackOffContext;
import org.springframework.retry.backoff.BackOffPolicy;

/**
 * A Spring Retry {@link BackOffPolicy} that waits as {@link ExponentialJitterBackOff} says,
 * honouring the {@code Retry-After} of the failed attempt, except that a throttled attempt waits as
 * the {@link ThrottledRetryWait} says. Failed responses have been read and closed before it runs.
 * When interrupted it stops retrying, restores the interrupt flag and lets the last failure
 * surface.
 */
public final class SegmentsBackOffPolicy implements BackOffPolicy {

  private final ExponentialJitterBackOff backOff;
  private final SegmentsClock clock;
  private final ThrottledRetryWait throttledWait;

  /**
   * Creates the policy.
   *
   * @param backOff computes the waits
   * @param clock waits
   * @param throttledWait the wait before repeating a throttled attempt
   */
  public SegmentsBackOffPolicy(
      ExponentialJitterBackOff backOff, SegmentsClock clock, ThrottledRetryWait throttledWait) {
    this.backOff = backOff;
    this.clock = clock;
    this.throttledWait = throttledWait;
  }

  @Override
  public BackOffContext start(RetryContext context) {
    return new Context(context);
  }

  @Override
  public void backOff(BackOffContext backOffContext) {
    RetryContext context = ((Context) backOffContext).retryContext;
    Throwable failure = context.getLastThrowable();
    if (failure instanceof ApiLimitException
        && this.throttledWait == ThrottledRetryWait.RATE_LIMITER) {
      return;
    }
    Duration retryAfter =
        (failure instanceof SegmentsException ex) ? ex.retryAfter().orElse(null) : null;
    Duration delay = this.backOff.delayBefore(context.getRetryCount(), retryAfter);
    try {
      this.clock.sleep(delay);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      context.setExhaustedOnly();
    }
  }

  /** Remembers the retry context, whose failures decide the wait. */
  private record Context(RetryContext retryContext) implements BackOffContext {}
}
