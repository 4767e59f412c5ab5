package ai.segments.spring.resilience;

import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.SegmentsErrorDetails;
import java.time.Duration;

/**
 * A call failed fast because the {@link SegmentsCircuitBreaker} is open: nothing was sent (so it is
 * {@link #isSafeToRetry() safe to retry} later, but not retried now); {@link #retryAfter()} is the
 * rest of the cool-down.
 */
public class SegmentsCircuitOpenException extends NetworkException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that was not sent
   * @param reason why the breaker opened
   * @param retryAfter the rest of the cool-down
   */
  public SegmentsCircuitOpenException(String operation, String reason, Duration retryAfter) {
    super(
        operation
            + ": the Segments API is failing ("
            + reason
            + "); calls fail fast for "
            + retryAfter
            + " (circuit breaker open); not sent",
        null,
        new SegmentsErrorDetails(operation, null, null, retryAfter, false));
    markSafeToRetry();
  }
}
