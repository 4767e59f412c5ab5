package ai.segments.spring.observation;

import ai.segments.client.call.SegmentsCall;
import ai.segments.spring.retry.RetryReason;
import ai.segments.spring.retry.SegmentsRetryListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts retries in the counter {@value #NAME}, tagged {@code operation} and {@code reason}. */
public final class SegmentsRetryMetrics implements SegmentsRetryListener {

  /** The counter name. */
  public static final String NAME = "segments.client.retries";

  private final MeterRegistry registry;

  /**
   * Creates the listener.
   *
   * @param registry where the counter lives
   */
  public SegmentsRetryMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onRetry(SegmentsCall retry, RetryReason reason) {
    Counter.builder(NAME)
        .description("Retries of Segments API calls")
        .tag("operation", retry.operation().operationName())
        .tag("reason", reason.tagValue())
        .register(this.registry)
        .increment();
  }
}
