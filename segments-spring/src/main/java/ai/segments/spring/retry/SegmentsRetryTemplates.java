package ai.segments.spring.retry;

import ai.segments.spring.resilience.RetryBudget;
import ai.segments.spring.resilience.RetryBudgetPolicy;
import ai.segments.spring.resilience.RetryBudgetRefill;
import ai.segments.spring.resilience.SegmentsClock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.springframework.retry.support.RetryTemplate;

/** Creates the Spring Retry template that {@link SegmentsRetrySettings} describe. */
public final class SegmentsRetryTemplates {

  private SegmentsRetryTemplates() {}

  /**
   * The template for the given settings, sleeping on the calling thread.
   *
   * @param retry the retry settings
   * @return the template
   */
  public static RetryTemplate create(SegmentsRetrySettings retry) {
    return create(retry, null);
  }

  /**
   * The template for the given settings, sleeping on the calling thread, drawing every retry from a
   * budget that its successful calls refill.
   *
   * @param retry the retry settings
   * @param budget the retry budget, or {@code null} for none
   * @return the template
   */
  public static RetryTemplate create(SegmentsRetrySettings retry, RetryBudget budget) {
    return create(retry, budget, ThrottledRetryWait.RETRY_AFTER);
  }

  /**
   * The template for the given settings, sleeping on the calling thread, drawing every retry from a
   * budget that its successful calls refill, and waiting before a throttled attempt's retry as
   * given (see {@link ThrottledRetryWait#pacedBy}).
   *
   * @param retry the retry settings
   * @param budget the retry budget, or {@code null} for none
   * @param throttledWait the wait before repeating a throttled attempt
   * @return the template
   */
  public static RetryTemplate create(
      SegmentsRetrySettings retry, RetryBudget budget, ThrottledRetryWait throttledWait) {
    return create(
        retry,
        budget,
        throttledWait,
        SegmentsClock.system(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * The template for the given settings, waiting on the given clock, with the given source of
   * jitter.
   *
   * @param retry the retry settings
   * @param budget the retry budget, or {@code null} for none
   * @param throttledWait the wait before repeating a throttled attempt
   * @param clock waits between attempts
   * @param random uniform values in {@code [0, 1)} for the jitter
   * @return the template
   */
  public static RetryTemplate create(
      SegmentsRetrySettings retry,
      RetryBudget budget,
      ThrottledRetryWait throttledWait,
      SegmentsClock clock,
      DoubleSupplier random) {
    RetryTemplate template = new RetryTemplate();
    if (budget != null) {
      template.setRetryPolicy(new RetryBudgetPolicy(policy(retry), budget));
      template.registerListener(new RetryBudgetRefill(budget));
    } else {
      template.setRetryPolicy(policy(retry));
    }
    template.setBackOffPolicy(
        new SegmentsBackOffPolicy(
            new ExponentialJitterBackOff(
                retry.initialInterval(), retry.multiplier(), retry.maxInterval(), random),
            clock,
            throttledWait));
    return template;
  }

  private static SegmentsRetryPolicy policy(SegmentsRetrySettings retry) {
    return new SegmentsRetryPolicy(
        retry.maxAttempts(), new SegmentsRetryDecision(retry.maxInterval()));
  }
}
