package ai.segments.autoconfigure.retry;

import ai.segments.client.SegmentsOperation;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.SegmentsException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Which failures are retried, for which operations.
 *
 * <ul>
 *   <li>{@link ApiLimitException} (HTTP 429 or the API's {@code throttled} detail): every
 *       operation, since the API refused the request without acting on it;
 *   <li>HTTP 502/503/504, connect failures and read timeouts: only {@link
 *       SegmentsOperation#isRepeatable() repeatable} operations (GET, PUT, PATCH, DELETE and the
 *       bulk {@code addSamples}), since the request may have reached the server;
 *   <li>nothing when the server asks (with {@code Retry-After}) for a longer wait than the maximum
 *       back-off: the failure surfaces at once, carrying the requested wait.
 * </ul>
 */
public final class SegmentsRetryDecision {

  private static final Set<Integer> TRANSIENT_STATUSES = Set.of(502, 503, 504);

  private final Duration maxInterval;

  /**
   * Creates the decision.
   *
   * @param maxInterval the longest wait the policy accepts from a {@code Retry-After}
   */
  public SegmentsRetryDecision(Duration maxInterval) {
    this.maxInterval = maxInterval;
  }

  /**
   * Whether to retry after a failure.
   *
   * @param operation the operation that failed
   * @param failure the failure
   * @return the reason to retry, or empty to let the failure surface
   */
  public Optional<RetryReason> retryReason(SegmentsOperation operation, Throwable failure) {
    if (!(failure instanceof SegmentsException ex) || waitsTooLong(ex)) {
      return Optional.empty();
    }
    boolean retryable =
        ex instanceof ApiLimitException
            || (operation.isRepeatable() && (ex.isTransportFailure() || isTransientStatus(ex)));
    return retryable ? Optional.of(RetryReason.of(ex)) : Optional.empty();
  }

  private boolean waitsTooLong(SegmentsException ex) {
    return ex.retryAfter().filter(wait -> wait.compareTo(this.maxInterval) > 0).isPresent();
  }

  private static boolean isTransientStatus(SegmentsException ex) {
    return ex.statusCode().stream().anyMatch(TRANSIENT_STATUSES::contains);
  }
}
