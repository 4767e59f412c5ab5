package ai.segments.spring.retry;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.NetworkException;
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
 *   <li>HTTP 502/503/504, connect failures, resets, read timeouts and success answers whose body
 *       could not be read (malformed, truncated or empty): only {@link
 *       SegmentsOperation#isRepeatable() repeatable} operations (GET, PUT, PATCH, DELETE and the
 *       bulk {@code addSamples}), since the request may have reached the server, and creates whose
 *       failure the client marked {@link SegmentsException#isSafeToRetry() safe to retry} (a
 *       uniquely named resource that a lookup did not find, or a request that never left);
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
            || ((operation.isRepeatable() || ex.isSafeToRetry()) && isTransient(ex));
    return retryable ? Optional.of(RetryReason.of(ex)) : Optional.empty();
  }

  private static boolean isTransient(SegmentsException ex) {
    return ex.isTransportFailure() || isTransientStatus(ex) || isUnreadableSuccess(ex);
  }

  /** A 2xx answer whose body was not valid JSON (malformed, empty): corrupted on its way. */
  private static boolean isUnreadableSuccess(SegmentsException ex) {
    int status = ex.statusCode().orElse(0);
    return ex instanceof NetworkException && status >= 200 && status < 300;
  }

  private boolean waitsTooLong(SegmentsException ex) {
    return ex.retryAfter().filter(wait -> wait.compareTo(this.maxInterval) > 0).isPresent();
  }

  private static boolean isTransientStatus(SegmentsException ex) {
    return ex.statusCode().stream().anyMatch(TRANSIENT_STATUSES::contains);
  }
}
