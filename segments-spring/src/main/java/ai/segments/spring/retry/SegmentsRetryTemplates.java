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
    return create(retry, SegmentsClock.system(), () -> ThreadLocalRandom.current().nextDouble());
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
    RetryTemplate template = create(retry);
    if (budget != null) {
      template.setRetryPolicy(new RetryBudgetPolicy(policy(retry), budget));
      template.registerListener(new RetryBudgetRefill(budget));
    }
    return template;
  }

  /**
   * The template for the given settings, waiting on the given clock, with the given source of
   * jitter.
   *
   * @param retry the retry settings
   * @param clock waits between attempts
   * @param random uniform values in {@code [0, 1)} for the jitter
   * @return the template
   */
  public static RetryTemplate create(
      SegmentsRetrySettings retry, SegmentsClock clock, DoubleSupplier random) {
    RetryTemplate template = new RetryTemplate();
    template.setRetryPolicy(policy(retry));
    template.setBackOffPolicy(
        new SegmentsBackOffPolicy(
            new ExponentialJitterBackOff(
                retry.initialInterval(), retry.multiplier(), retry.maxInterval(), random),
            clock));
    return template;
  }

  private static SegmentsRetryPolicy policy(SegmentsRetrySettings retry) {
    return new SegmentsRetryPolicy(
        retry.maxAttempts(), new SegmentsRetryDecision(retry.maxInterval()));
  }
}
