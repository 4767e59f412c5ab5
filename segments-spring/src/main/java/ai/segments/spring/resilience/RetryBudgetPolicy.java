package ai.segments.spring.resilience;

import ai.segments.client.exception.ApiLimitException;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryPolicy;

/**
 * A Spring Retry {@link RetryPolicy} that draws every retry its delegate allows from a {@link
 * RetryBudget}: when the budget is spent, the failure surfaces at once (the retry is refused).
 * Retries of throttled calls ({@link ApiLimitException}) are free: the API asked the client to
 * wait, the rate limiter paces them, and a call that can wait within the maximum back-off must not
 * fail. Retries of calls to other hosts than the API's (downloads, {@link #isOutsideApi}) are free
 * too: their failures say nothing about the API.
 */
public final class RetryBudgetPolicy implements RetryPolicy {

  private static final long serialVersionUID = 1L;

  /** The retry context attribute set when the budget refused a retry. */
  public static final String REFUSED_ATTRIBUTE = "segments.retry.budget.refused";

  /**
   * The retry context attribute set to {@code true} when the call goes to another host than the
   * API's (a download, see {@link ai.segments.client.call.SegmentsCall#targetsApi()}): such calls
   * draw nothing from the budget and do not refill it.
   */
  public static final String OUTSIDE_API_ATTRIBUTE = "segments.outsideApi";

  private final RetryPolicy delegate;
  private final transient RetryBudget budget;

  /**
   * Creates the policy.
   *
   * @param delegate decides which failures are worth a retry
   * @param budget pays for the retries
   */
  public RetryBudgetPolicy(RetryPolicy delegate, RetryBudget budget) {
    this.delegate = delegate;
    this.budget = budget;
  }

  /**
   * Whether a retry context belongs to a call to another host than the API's.
   *
   * @param context the retry context
   * @return {@code true} when {@link #OUTSIDE_API_ATTRIBUTE} is set
   */
  public static boolean isOutsideApi(RetryContext context) {
    return Boolean.TRUE.equals(context.getAttribute(OUTSIDE_API_ATTRIBUTE));
  }

  @Override
  public boolean canRetry(RetryContext context) {
    return !context.hasAttribute(REFUSED_ATTRIBUTE) && this.delegate.canRetry(context);
  }

  @Override
  public RetryContext open(RetryContext parent) {
    return this.delegate.open(parent);
  }

  @Override
  public void close(RetryContext context) {
    this.delegate.close(context);
  }

  @Override
  public void registerThrowable(RetryContext context, Throwable throwable) {
    this.delegate.registerThrowable(context, throwable);
    if (!(throwable instanceof ApiLimitException)
        && !isOutsideApi(context)
        && this.delegate.canRetry(context)
        && !this.budget.tryRetry()) {
      context.setAttribute(REFUSED_ATTRIBUTE, true);
    }
  }

  @Override
  public int getMaxAttempts() {
    return this.delegate.getMaxAttempts();
  }
}
